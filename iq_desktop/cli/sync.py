"""Sync commands of the headless CLI::

    iq-desktop [--data-dir DIR] enrol [--server URL] [--code -] [--ca-bundle FILE]   (code: stdin or a prompt)
    iq-desktop [--data-dir DIR] sync [--verify] [--json]
    iq-desktop [--data-dir DIR] status [--json]
    iq-desktop [--data-dir DIR] outbox [--json]

Exit codes: 0 ok; 1 refused, or ``sync`` left records pending (it says whether it will retry).
``sync`` keeps going while the server accepts batches (waiting as its 429 Retry-After asks, each wait
at most :data:`RETRY_FOR_SECONDS`; a longer one ends the run with "will retry") and stops after
:data:`RETRY_FOR_SECONDS` without progress; it shows a progress line ("sent 1,200 of 5,000…").
Only a coordinator may enrol; any user may sync. Output never carries a token or personal data;
``outbox`` shows exactly the de-identified payloads that will leave the laptop.
"""

from __future__ import annotations

import argparse
import json
import sys

from iq_desktop.cli.common import Refused, SubParsers, err, open_vault_from_args, out

RETRY_FOR_SECONDS = 60.0


def register(subparsers: SubParsers) -> None:
    """Add the sync commands to the CLI (called by ``iq_desktop.cli.parser.build_parser``)."""
    p = subparsers.add_parser("enrol", help="enrol this laptop with the regional server (coordinators only)",
                              description="Enrol this laptop with the regional network's server, with a one-time "
                              "code from its admin. Records saved before are sent at the next sync.")  # fmt: skip
    p.add_argument("--server", metavar="URL", help="https://... (plain http only to this computer); may be left out "
                   "when --code is an enrolment URI that carries the server")  # fmt: skip
    p.add_argument("--code", metavar="-", help="- : read the one-time enrolment code, or the enrolment URI of the "
                   "server's QR code (iq-enrol:?server=...&code=...), from standard input; left out: a hidden prompt "
                   "(or IQ_ENROL_CODE_FILE). A code given here is visible to other programs (argv).")  # fmt: skip
    p.add_argument("--ca-bundle", metavar="FILE", help="the network's own CA certificate(s), PEM")
    p.add_argument("--label", metavar="NAME", help="the name the server shows for this laptop (default: a random "
                   "label such as laptop-7KQ2M9; the computer's host name is never sent)")  # fmt: skip
    p.set_defaults(func=cmd_enrol)

    p = subparsers.add_parser(
        "sync",
        help="send queued de-identified records to the regional server now",
        description="Send the outbox now; prints sent, duplicates, rejected, pending.",
    )
    p.add_argument("--verify", action="store_true", help="also compare with the server's state and re-send gaps")
    p.add_argument("--json", action="store_true", help="the summary as JSON")
    p.set_defaults(func=cmd_sync)

    p = subparsers.add_parser("status", help="sync status: pending, quarantined, last success, last error")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)

    p = subparsers.add_parser("outbox", help="exactly what will leave this laptop at the next sync")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_outbox)


def enrol_target(server: str | None, code: str) -> tuple[str | None, str]:
    """The server address and the code from ``--server`` and ``--code`` (a code or an enrolment URI).

    Raises ``Refused`` for a malformed URI or a URI whose server differs from ``--server``; the server is
    None when neither gives one. Messages never repeat the code (a one-time secret)."""
    from iq_desktop.domain import enrol_uri

    server = server.strip() if server and server.strip() else None
    if not enrol_uri.is_enrol_uri(code):
        return server, code
    try:
        parsed = enrol_uri.parse(code)
    except ValueError as exc:
        raise Refused(f"--code: {exc}. Copy the whole URI again, or give the code and --server.") from None
    if parsed.server and server and parsed.server.rstrip("/") != server.rstrip("/"):
        raise Refused(f"--server {server} differs from the server in the --code URI ({parsed.server}); "
                      "leave out --server, or give --code the code alone.")  # fmt: skip
    return server or parsed.server, parsed.code


def _enrol_code(given: str | None) -> str:
    """The code from standard input (``--code -``: its first line, read before the passphrase), a hidden
    prompt or IQ_ENROL_CODE(_FILE) (no ``--code``), or from the command line itself (still accepted, but
    visible to other programs in the process list: the help and the README show the safe ways)."""
    from iq_desktop.cli.common import read_secret_file, secret

    if given == "-":
        return read_secret_file("-", "enrolment code").strip()
    if given is None:
        return secret("IQ_ENROL_CODE", "Enrolment code or URI: ", "enrolment code").strip()
    return given


def cmd_enrol(args: argparse.Namespace) -> int:
    from iq_desktop.services import sync_service

    server, code = enrol_target(args.server, _enrol_code(args.code))
    if server is None:
        err("enrol needs the server's address: give --server URL, or as --code the enrolment URI of the "
            "server's QR code that carries it (iq-enrol:?server=...&code=...).")  # fmt: skip
        return 2
    with open_vault_from_args(args) as vault:
        st = sync_service.enrol(vault, server, code, args.ca_bundle, label=args.label)
    err(f"Enrolled with {st.server_url} for site {st.site_id} ({st.state}, network {st.network}); "
        f"device {st.device_id}. {st.pending} record(s) queued; run “iq-desktop sync”.")  # fmt: skip
    return 0


class _Progress:
    """The progress line on stderr: "sent 1,200 of 5,000…", rewritten in place on a terminal; elsewhere
    (a log, a pipe) one line per tenth of the backlog."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.shown = False
        self.step = -1

    def __call__(self, done: int, total: int) -> None:
        line = f"sent {done:,} of {total:,}…"
        if self.tty:
            sys.stderr.write(f"\r{line}")
            sys.stderr.flush()
            self.shown = True
            return
        step = done * 10 // max(total, 1)
        if step != self.step and done < total:
            self.step = step
            sys.stderr.write(line + "\n")
            sys.stderr.flush()

    def end(self) -> None:
        if self.shown:
            sys.stderr.write("\n")


def cmd_sync(args: argparse.Namespace) -> int:
    from iq_desktop.services import sync_service

    progress = _Progress()
    with open_vault_from_args(args) as vault:
        try:
            s = sync_service.sync_now(vault, progress=progress, verify=args.verify, retry_for=RETRY_FOR_SECONDS)
        finally:
            progress.end()
    if args.json:
        out(json.dumps(s.as_dict(), indent=2))
    else:
        line = f"sent {s.sent}, duplicates {s.duplicates}, rejected {s.rejected}, pending {s.pending}"
        if s.quarantined:
            line += f", in quarantine {s.quarantined} (see “iq-desktop status”)"
        if s.reconciled is not None:
            line += ", server and laptop agree" if s.reconciled else f", re-sent {s.requeued} after comparing"
        out(line)
    if s.error:
        prefix = "Will retry: " if s.will_retry else ""
        err(f"{prefix}{s.error} ({s.pending} record(s) pending).")
    return 0 if s.complete and not s.error else 1


#: What the last error means for the user, by ``SyncStatus.last_error_kind`` / ``last_error_cause``.
_KIND_WORDS = {
    "retry": "temporary: sync tries again by itself",
    "busy": "another sync was running; it finished or will finish by itself",
    "not_enrolled": "needs a coordinator: enrol this laptop",
    "revoked": "needs a coordinator: this laptop was revoked; enrol it again with a new code",
    "wrong_site": "needs the network's administrator: the records belong to another site",
    "reconcile": "sent again; if it stays, ask the network's administrator",
    "ca_bundle": "needs a coordinator: put the CA bundle file back, or enrol again with --ca-bundle FILE",
}
_CAUSE_WORDS = {
    "offline": "no connection to the server",
    "timeout": "the server did not answer in time",
    "tls": "the server's certificate could not be verified",
    "server": "the server has a problem",
    "rate_limited": "the server asked to wait",
    "unclear": "the server's answer was not clear; nothing was marked sent",
}


def problem_kind_words(kind: str | None, cause: str | None) -> str:
    words = _KIND_WORDS.get(kind or "", "needs attention: check the enrolment or ask the network's administrator")
    return f"{_CAUSE_WORDS[cause]}; {words}" if kind == "retry" and cause in _CAUSE_WORDS else words


def cmd_status(args: argparse.Namespace) -> int:
    from iq_desktop.services import sync_service

    with open_vault_from_args(args) as vault:
        st = sync_service.status(vault)
        quarantine = sync_service.quarantine_list(vault)
    if args.json:
        data = st.as_dict()
        data["quarantine"] = [{"record_id": q.record_id, "record_type": q.record_type, "revision": q.revision,
                               "reason": q.reason} for q in quarantine]  # fmt: skip
        out(json.dumps(data, indent=2))
        return 0
    if st.enrolled:
        out(f"server:        {st.server_url} (site {st.site_id}, {st.state}, network {st.network})")
    else:
        out("server:        not enrolled (a coordinator runs “iq-desktop enrol”)")
    out(f"pending:       {st.pending}")
    out(f"quarantined:   {st.quarantined}")
    out(f"sent:          {st.sent}")
    out(f"last success:  {st.last_success or 'never'}")
    out(f"last error:    {st.last_error or '-'}")
    if st.last_error:
        out(f"               ({problem_kind_words(st.last_error_kind, st.last_error_cause)})")
    for q in quarantine:
        out(f"  quarantined {q.record_type} {q.record_id} rev {q.revision}: {q.reason or ''}")
    return 0


def cmd_outbox(args: argparse.Namespace) -> int:
    from iq_desktop.services import sync_service

    with open_vault_from_args(args) as vault:
        items = sync_service.outbox_listing(vault)
        st = sync_service.status(vault)
    if args.json:
        out(json.dumps({"site_id": st.site_id, "records": [i.as_dict() for i in items]}, indent=2))
        return 0
    if not items:
        out("The outbox is empty: nothing will leave this laptop.")
        return 0
    out(f"{len(items)} record(s) will leave this laptop (site {st.site_id or 'not enrolled yet'}):")
    for i in items:
        out(f"{i.record_type} {i.record_id} rev {i.revision}: {i.payload}")
    return 0
