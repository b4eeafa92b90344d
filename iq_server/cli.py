"""The ``iq-server`` command. Exit codes: 0 ok, 1 refused (one line on stderr), 2 usage.

Every refusal is a :class:`~iq_server.errors.ServerError`; :func:`main` is the one place that turns it
into exit code 1 and its message on stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import TextIO

from iq_desktop.fs.atomic import atomic_replace
from iq_server import config
from iq_server import enrolment_qr as enrolqr
from iq_server.db.engine import Database
from iq_server.db.migrations import migrate
from iq_server.errors import Refused, ServerError
from iq_server.services import enrolment as admin
from iq_server.services import render, report, retention


def _say(*parts: object, file: TextIO | None = None) -> None:
    (file or sys.stdout).write(" ".join(str(p) for p in parts) + "\n")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="iq-server", description="The IQ regional network server.")
    p.add_argument("--db", metavar="URL", help="sqlite:///FILE or postgresql+psycopg://USER@HOST/DB "
                   "(default: $IQ_SERVER_DATABASE_URL, else a SQLite file in the user data folder)")  # fmt: skip
    sub = p.add_subparsers(dest="cmd", required=True, metavar="COMMAND")

    s = sub.add_parser("serve", help="run the HTTP API")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8443)
    s.add_argument("--tls-cert", metavar="FILE")
    s.add_argument("--tls-key", metavar="FILE")
    s.add_argument("--workers", type=int, default=1, metavar="N",
                   help="server processes sharing the port (limits are kept in the database; default 1)")  # fmt: skip
    s.add_argument("--docs", action="store_true", help="serve /docs, /redoc and /openapi.json (off by default)")

    site = sub.add_parser("site", help="advice sites").add_subparsers(dest="site_cmd", required=True, metavar="ACTION")
    a = site.add_parser("add", help="add a site")
    a.add_argument("site_id", metavar="SITE_ID")
    a.add_argument("--name", required=True)
    a.add_argument("--state", required=True, help="federal state, ISO 3166-2:DE code such as DE-BE")
    a.add_argument("--network", required=True, help="the IQ regional network")
    site.add_parser("list", help="list sites").add_argument("--json", action="store_true")

    e = sub.add_parser("enrolment-code", help="a one-time code to enrol a device for a site")
    e.add_argument("--site", required=True, metavar="SITE_ID")
    e.add_argument("--valid-hours", type=int, default=24)
    e.add_argument("--server-url", metavar="URL", help="the address laptops use, put into the QR code "
                   "(default: $IQ_SERVER_PUBLIC_URL)")  # fmt: skip
    e.add_argument("--no-qr", action="store_true", help="do not show the QR code (shown only on a terminal)")

    dev = sub.add_parser("device", help="enrolled devices").add_subparsers(dest="device_cmd", required=True,
                                                                            metavar="ACTION")  # fmt: skip
    dev.add_parser("list", help="list devices").add_argument("--json", action="store_true")
    dev.add_parser("revoke", help="revoke a device").add_argument("device_id", metavar="DEVICE_ID")
    tr = dev.add_parser("transfer", help="give a device's records to another device of the same site (a "
                        "coordinator's action: then that device may update or retract them)")  # fmt: skip
    tr.add_argument("from_device", metavar="FROM_DEVICE_ID")
    tr.add_argument("to_device", metavar="TO_DEVICE_ID")

    r = sub.add_parser(
        "report", help='"IQ in figures" for one period of the lattice and one region',
        description="Publish the network's figures for one quarter, half-year or year and one region (all sites, "
        "a federal state or a network with contributions from at least 3 sites). Every count is perturbed by the "
        "cell key method (at most 4 from the true count; see docs/disclosure-control.md). Site-level figures are "
        "shown only on the site's own laptop.",
    )  # fmt: skip
    r.add_argument("--period", metavar="PERIOD", help="a quarter (2019-Q2), a half-year (2019-H1) or a year (2019)")
    r.add_argument(
        "--from",
        dest="date_from",
        type=_date,
        metavar="DATE",
        help="with --to: the first and last day of one period of the lattice (instead of --period)",
    )
    r.add_argument("--to", dest="date_to", type=_date, metavar="DATE")
    r.add_argument("--state", help="only the sites of this federal state (ISO 3166-2:DE code such as DE-BE)")
    r.add_argument("--network", help="only the sites of this IQ regional network")
    r.add_argument("--site", help=argparse.SUPPRESS)  # refused with a message: no site-level publication
    r.add_argument(
        "--as-of",
        dest="as_of",
        type=_date,
        metavar="DATE",
        help="reference date for successful completers (default: today)",
    )
    r.add_argument("--format", choices=render.FORMATS, default="text")
    r.add_argument("--out", metavar="FILE")
    r.add_argument("--no-store", action="store_true", help="do not keep the report in the archive")
    r.add_argument("--stored", type=int, metavar="ID", help="output a stored report again")
    r.add_argument("--list-stored", action="store_true", help="list stored reports")

    pg = sub.add_parser("purge", help="apply the retention period")
    pg.add_argument("--months", type=int, help="retention in months (default $IQ_SERVER_RETENTION_MONTHS or 24)")
    pg.add_argument("--confirm", action="store_true",
                    help="purge even if it removes more than a quarter of the contributions held")  # fmt: skip
    return p


def _write(data: bytes, out: str | None, binary: bool) -> None:
    if out is None:
        if binary:
            raise Refused("XLSX is binary; give --out FILE")
        sys.stdout.write(data.decode("utf-8"))
        return
    target = Path(out).expanduser()
    if not target.parent.is_dir():
        raise Refused(f"the folder for --out does not exist: {target.parent}")
    try:
        atomic_replace(target, data)
    except OSError as exc:
        raise Refused(f"cannot write {target}: {exc.strerror}") from None


def _print_json(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, indent=2, default=str) + "\n")


def _report(db: Database, args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    if args.list_stored:
        for rid, created, params in report.list_archived(db):
            when = params.get("period") or f"{params.get('from')}..{params.get('to')}"
            extra = f"as of {params['as_of']}" if params.get("as_of") else f"k={params.get('k')}"
            _say(f"#{rid}  {created}  {when}  {extra}  {render.region_words(params)}")
        return
    if args.stored is not None:
        data = report.archived(db, args.stored)
    else:
        if args.site:
            raise Refused(report.SITE_REFUSED)
        if (args.date_from is None) != (args.date_to is None):
            parser.error("give --from and --to together (or --period)")
        if args.period and args.date_from:
            parser.error("give --period or --from/--to, not both")
        if args.date_from is not None:
            period = report.period_for(args.date_from, args.date_to).label
        elif args.period:
            period = args.period
        else:
            parser.error("report needs --period PERIOD (e.g. 2019-H1) (or --stored ID / --list-stored)")
        data = report.build(db, report.Params(period, args.state, args.network, args.as_of))
        if not args.no_store:
            rid = report.archive(db, data)
            _say(f"stored as report #{rid} (iq-server report --stored {rid})", file=sys.stderr)
    _write(render.render(data, args.format), args.out, args.format == "xlsx")


def _serve(db: Database, args: argparse.Namespace, version: int) -> None:
    import uvicorn

    from iq_server.api import limits as api_limits
    from iq_server.api.logs import log_config
    from iq_server.api.protocol import GuardedH11Protocol

    if bool(args.tls_cert) != bool(args.tls_key):
        raise Refused("give both --tls-cert and --tls-key (or neither, behind a TLS reverse proxy)")
    for f in (args.tls_cert, args.tls_key):
        if f and not Path(f).is_file():
            raise Refused(f"TLS file not found: {f}")
    if not 1 <= args.port <= 65535:
        raise Refused("--port must be from 1 to 65535")
    if not 1 <= args.workers <= 64:
        raise Refused("--workers must be from 1 to 64")
    limits = config.Limits.from_env()
    api_limits.Limiter(db, limits).forget_stale()
    # every worker process builds its app from these (iq_server.api.asgi)
    os.environ["IQ_SERVER_DATABASE_URL"] = config.resolve_db_url(args.db)
    os.environ["IQ_SERVER_DOCS"] = "1" if args.docs else "0"
    _raise_open_files_limit()
    uvicorn.run(
        "iq_server.api.asgi:create", factory=True, workers=args.workers if args.workers > 1 else None,
        host=args.host, port=args.port, ssl_certfile=args.tls_cert, ssl_keyfile=args.tls_key,
        access_log=False, proxy_headers=True, forwarded_allow_ips=config.forwarded_allow_ips(),
        log_level="info", log_config=log_config(args.workers), server_header=False, http=GuardedH11Protocol,
        timeout_keep_alive=5, limit_concurrency=limits.max_connections, h11_max_incomplete_event_size=16 * 1024,
    )  # fmt: skip


def _raise_open_files_limit() -> None:
    """Allow as many open connections as the system lets this process have (the soft limit is often 1024)."""
    try:
        import resource
    except ImportError:  # Windows
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard if hard != resource.RLIM_INFINITY else 65536, hard))


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    db = Database.open(config.resolve_db_url(args.db))
    try:
        _dispatch(db, args, parser)
    finally:
        db.dispose()


def _dispatch(db: Database, args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    version = migrate(db)
    if args.cmd == "serve":
        _serve(db, args, version)
    elif args.cmd == "site" and args.site_cmd == "add":
        s = admin.add_site(db, args.site_id, args.name, args.state, args.network)
        _say(f"added site {s.site_id} ({s.name}, {s.state}, network {s.network})")
    elif args.cmd == "site":
        sites = admin.list_sites(db)
        if args.json:
            _print_json([s.model_dump(mode="json") for s in sites])
        else:
            for s in sites:
                _say(f"{s.site_id}\t{s.state}\t{s.network}\t{s.name}")
    elif args.cmd == "enrolment-code":
        server_url = config.public_url(args.server_url)  # checked before a code is made
        code, expires = admin.create_enrolment_code(db, args.site, args.valid_hours)
        show_qr = not args.no_qr and sys.stdout.isatty()
        enrolqr.print_code(code, expires, args.site, server_url, out=sys.stdout, err=sys.stderr, show_qr=show_qr)
    elif args.cmd == "device" and args.device_cmd == "list":
        devices = admin.list_devices(db)
        rows = [d.model_dump(mode="json", exclude={"token_hash"}) for d in devices]
        if args.json:
            _print_json(rows)
        else:
            for d in rows:
                status = "revoked" if d["revoked_at"] else "active"
                seen = d["last_seen_on"] or "-"  # a day: nothing finer is kept
                _say(f"{d['device_id']}\t{d['site_id']}\t{status}\t{d['name'] or ''}\tlast seen {seen}")
    elif args.cmd == "device" and args.device_cmd == "transfer":
        n = admin.transfer_items(db, args.from_device, args.to_device)
        _say(f"transferred {n} record(s) from device {args.from_device} to {args.to_device}")
    elif args.cmd == "device":
        admin.revoke_device(db, args.device_id)
        _say(f"revoked device {args.device_id}")
    elif args.cmd == "report":
        _report(db, args, parser)
    elif args.cmd == "purge":
        res = retention.purge(db, config.retention_months(args.months), confirm=args.confirm)
        if res.note:
            _say(f"note: {res.note}", file=sys.stderr)
        _say(f"purged {res.records} contribution(s) for periods ended before {res.before}; "
              f"removed {res.codes} used or expired enrolment code(s)")  # fmt: skip


SERVER_STACK = ("fastapi", "uvicorn", "psycopg", "segno")  # the ``server`` extra of pyproject.toml


def main(argv: list[str] | None = None) -> int:
    if not all(importlib.util.find_spec(name) for name in SERVER_STACK):
        _say("iq-server: the server is not installed: pip install 'iq-desktop[server]'", file=sys.stderr)
        return 1
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        _run(args, parser)
    except ServerError as exc:
        _say(f"iq-server: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        _say(f"iq-server: unexpected error ({type(exc).__name__}); see docs/server.md or report it", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
