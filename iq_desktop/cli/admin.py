"""CLI commands for coordinators' oversight: ``audit`` (the audit log, filtered; ``--csv FILE`` exports it)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING

from iq_desktop.cli.common import SubParsers, add_command, err, open_vault_from_args, out

if TYPE_CHECKING:
    from iq_desktop.services.audit_log import AuditEntry, AuditQuery
    from iq_desktop.services.vault import Vault

__all__ = ["cmd_audit", "register"]


def register(sub: SubParsers) -> None:
    p = add_command(sub, "audit", cmd_audit, "show the audit log, newest first: who did what when (coordinators only)")
    p.add_argument("--json", action="store_true", help="as JSON (one object per entry)")
    p.add_argument("--since", metavar="DATE", help="from this day on (YYYY-MM-DD, UTC) or this time (ISO)")
    p.add_argument("--until", metavar="DATE", help="up to and including this day (YYYY-MM-DD, UTC)")
    p.add_argument("--user", dest="audit_user", metavar="NAME", help="only what this user did")
    p.add_argument("--action", action="append", metavar="A", help="only this action (repeatable), e.g. unlock, erase")
    p.add_argument("--limit", type=int, default=0, metavar="N", help="at most N entries (default: all)")
    p.add_argument("--csv", metavar="FILE", help="write the entries to a new CSV file instead (audited)")


def cmd_audit(args: argparse.Namespace) -> int:
    from datetime import date

    from iq_desktop.cli.common import Refused
    from iq_desktop.services import audit_log as al

    actions = frozenset(args.action or ())
    unknown = sorted(actions - set(al.action_names()))
    if unknown:
        raise Refused(f"Unknown action {unknown[0]}; use one of: {', '.join(al.action_names())}.")
    try:
        until = date.fromisoformat(args.until) if args.until else None
    except ValueError:
        raise Refused("The --until date is not valid; write it as YYYY-MM-DD.") from None
    since = al.parse_since(args.since) if args.since else None
    query = al.AuditQuery(args.audit_user, actions, since, until)
    with open_vault_from_args(args) as vault:
        if args.csv:
            from pathlib import Path

            n = al.export_audit_csv(vault, query, Path(args.csv))
            err(f"Wrote {n} audit entries to {args.csv}.")
            return 0
        entries = list(_entries(vault, query, args.limit))
    if args.json:
        out(json.dumps([_as_json(e) for e in entries], ensure_ascii=False, indent=2))
        return 0
    for e in entries:
        record = f" {e.record_type or ''}:{e.record_id}" if e.record_id else ""
        detail = f"  {e.detail}" if e.detail else ""
        out(f"{e.at.isoformat(timespec='seconds')}  {e.user}  {e.action}{record}{detail}")
    if not entries:
        err("No audit entries match.")
    return 0


def _entries(vault: Vault, query: AuditQuery, limit: int) -> Iterator[AuditEntry]:
    from iq_desktop.services.audit_log import iter_entries

    for n, entry in enumerate(iter_entries(vault, query), 1):
        yield entry
        if limit and n >= limit:
            return


def _as_json(e: AuditEntry) -> dict[str, object]:
    return {
        "at": e.at.isoformat(timespec="seconds"),
        "user": e.user,
        "action": e.action,
        "record_type": e.record_type,
        "record_id": e.record_id,
        "detail": e.detail,
    }
