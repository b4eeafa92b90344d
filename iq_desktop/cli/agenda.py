"""``iq-desktop agenda``: the follow-ups due (today, the coming days, overdue, no contact although a
further session was needed, procedures waiting), as text or JSON, and as an .ics calendar file."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from iq_desktop.cli.common import SubParsers, add_command, open_vault_from_args, out

__all__ = ["cmd_agenda", "register"]

_HEADINGS = {
    "today": "Today",
    "upcoming": "Coming days",
    "overdue": "Overdue",
    "no_contact": "No contact for {weeks} weeks although a further session was needed",
    "procedures": "Recognition procedures waiting for a decision",
}


def _count(high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not 0 <= value <= high:
            raise argparse.ArgumentTypeError(f"must be between 0 and {high}")
        return value

    return parse


def register(sub: SubParsers) -> None:
    p = add_command(sub, "agenda", cmd_agenda, "the follow-ups due: today, the coming days, overdue, no contact")
    p.add_argument("--days", type=_count(366), metavar="N", help="appointments of the next N days (default: to Sunday)")
    p.add_argument("--overdue", action="store_true", help="only what is overdue or without contact")
    p.add_argument(
        "--weeks", type=_count(104), metavar="N", help="no contact for N weeks (default: the vault's setting)"
    )
    p.add_argument("--json", action="store_true", help="one JSON object: the date, the window, the items")
    p.add_argument("--ics", metavar="FILE", type=Path, help="write the appointments as an iCalendar file")
    p.add_argument("--full-names", action="store_true",
                   help="full names instead of initials (in the output and the .ics file)")  # fmt: skip
    p.add_argument("--no-places", action="store_true", help="leave the stops out of the .ics file")


def _when(item_time: object, day: object) -> str:
    return f"{day} {item_time}" if item_time else f"{day}"


def cmd_agenda(args: argparse.Namespace) -> int:
    from iq_desktop.services import agenda as A

    with open_vault_from_args(args) as vault:
        found = A.agenda(vault, days=args.days, weeks=args.weeks)
        written = None
        if args.ics is not None:
            written = A.export_ics(vault, args.ics, found.appointments(), full_names=args.full_names,
                                   places=not args.no_places)  # fmt: skip
    items = [i for i in found.items if not args.overdue or i.section in (A.Section.OVERDUE, A.Section.NO_CONTACT)]
    if args.json:
        doc = {
            "today": found.today.isoformat(),
            "until": found.until.isoformat(),
            "no_contact_weeks": found.no_contact_weeks,
            "no_contact_limited": found.no_contact_limited,
            "items": [i.to_json(full_names=args.full_names) for i in items],
        }
        if written is not None:
            doc["ics_written"] = written
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=1)
        out()
        return 0
    if written is not None:
        out(f"{written} appointment(s) written to {args.ics}")
    for section in A.Section:
        rows = [i for i in items if i.section is section]
        if not rows:
            continue
        out(_HEADINGS[section.value].format(weeks=found.no_contact_weeks) + f" ({len(rows)})")
        for i in rows:
            who = i.display_name if args.full_names else (i.initials or "-")
            when = _when(i.time.isoformat(timespec="minutes") if i.time else "", i.day.isoformat())
            extra = f"  {i.place}" if i.place else ""
            out(f"  {when}  {who}  client {i.client_id}{extra}")
    if not items:
        out("Nothing due.")
    return 0
