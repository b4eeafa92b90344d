"""CLI commands that clean records (issue 11): ``void``, ``duplicates``, ``merge``.

Names go to stdout only, for coordinators (as ``list`` does); stderr lines carry ids and counts only."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from iq_desktop.cli.common import Refused, add_command, err, open_vault_from_args, out

SubParsers = Any  # argparse's private _SubParsersAction


def register(sub: SubParsers) -> None:
    """Add the clean-record commands (called by ``iq_desktop.cli.parser.build_parser``)."""
    p = add_command(
        sub, "void", cmd_void, "delete a wrong session, participation, event or procedure, with a reason (audited)"
    )
    p.add_argument("id", help="the record's id")
    p.add_argument("--reason", required=True, metavar="TEXT", help="why it is wrong (at least 3 characters)")
    p = add_command(sub, "duplicates", cmd_duplicates, "list clients that look like the same person")
    p.add_argument("--json", action="store_true", help="the pairs as JSON")
    p = add_command(
        sub, "merge", cmd_merge, "merge client OTHER_ID into KEEP_ID: their records move, OTHER_ID is deleted"
    )
    p.add_argument("keep_id", metavar="KEEP_ID")
    p.add_argument("other_id", metavar="OTHER_ID")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def cmd_void(args: argparse.Namespace) -> int:
    from iq_desktop.services import cleanup

    with open_vault_from_args(args) as vault:
        kind = cleanup.void(vault, args.id, args.reason)
    err(f"Voided the {kind} {args.id}; the network's figures are corrected at the next sync.")
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    from iq_desktop.services import cleanup, records

    with open_vault_from_args(args) as vault:
        pairs = cleanup.duplicates(vault)
        names: dict[str, str] = {}
        if vault.is_coordinator:  # names for coordinators only, as "list" shows them
            for cid in sorted({c for p in pairs for c in (p.first, p.second)}):
                client = records.get_client(vault, cid)
                names[cid] = client.display_name if client else ""
    if args.json:
        rows = [
            {"first": p.first, "second": p.second, "reason": p.reason.value}
            | ({"first_name": names[p.first], "second_name": names[p.second]} if names else {})
            for p in pairs
        ]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        out()
    else:
        for p in pairs:
            shown = f"\t{names[p.first]}\t{names[p.second]}" if names else ""
            out(f"{p.first}\t{p.second}\t{p.reason.value}{shown}")
    err(f"{len(pairs)} possible duplicate{'s' if len(pairs) != 1 else ''}.")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from iq_desktop.services import cleanup

    if not args.yes:
        if not sys.stdin.isatty():
            raise Refused("Merging two clients cannot be undone; run again with --yes to confirm.")
        answer = input("Move every record of OTHER_ID to KEEP_ID and delete OTHER_ID? Type “merge”: ")
        if answer.strip().lower() != "merge":
            raise Refused("Not confirmed; nothing was merged.")
    with open_vault_from_args(args) as vault:
        result = cleanup.merge(vault, args.keep_id, args.other_id)
    moved = ", ".join(f"{n} {table}" for table, n in sorted(result.moved.items()) if n) or "no records"
    err(
        f"Merged {result.other_id} into {result.keep_id}: moved {moved}; "
        f"{len(result.now_follow_up)} initial session(s) became follow-ups; filled {len(result.filled)} field(s)."
    )
    return 0
