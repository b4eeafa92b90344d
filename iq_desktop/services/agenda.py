"""The agenda (follow-ups due), the coordinator's list of stops, the agenda's settings and the
calendar (.ics) export. The rules are in :mod:`iq_desktop.domain.agenda`, the query in
:mod:`iq_desktop.store.agenda_repo`."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

from iq_desktop.domain.agenda import (
    DEFAULT_NO_CONTACT_WEEKS,
    MAX_NO_CONTACT_WEEKS,
    NO_CONTACT_LIMIT,
    Agenda,
    AgendaItem,
    Section,
    WaitingProcedure,
    build_agenda,
    lookback,
    no_contact_cutoff,
    window_end,
)
from iq_desktop.domain.ics import CalendarEvent, calendar
from iq_desktop.fs.atomic import atomic_writer
from iq_desktop.services import procedures
from iq_desktop.services.exporting import ExportRefused

if TYPE_CHECKING:
    from iq_desktop.services.vault import Vault

__all__ = [
    "DEFAULT_PROCEDURE_MONTHS",
    "MAX_STOPS",
    "Section",
    "agenda",
    "calendar_text",
    "export_ics",
    "no_contact_weeks",
    "procedure_months",
    "set_agenda_settings",
    "set_stops",
    "show_first",
    "show_first_now",
    "stops",
]

STOPS_KEY = "agenda.stops"
NO_CONTACT_KEY = "agenda.no_contact_weeks"
PROCEDURE_MONTHS_KEY = "agenda.procedure_months"
SHOW_FIRST_KEY = "agenda.show_first"
DEFAULT_PROCEDURE_MONTHS = 6
MAX_STOPS = 50
MAX_STOP_LENGTH = 80
#: the summary of a calendar entry: "Beratung A. B."
DEFAULT_TITLE = "Beratung"


def _today() -> dt.date:
    return dt.date.today()


# --- settings ------------------------------------------------------------------------------------


def _int_setting(vault: Vault, key: str, default: int, low: int, high: int) -> int:
    raw = vault.get_setting(key)
    try:
        return max(low, min(high, int(raw))) if raw is not None else default
    except ValueError:
        return default


def no_contact_weeks(vault: Vault) -> int:
    return _int_setting(vault, NO_CONTACT_KEY, DEFAULT_NO_CONTACT_WEEKS, 1, MAX_NO_CONTACT_WEEKS)


def procedure_months(vault: Vault) -> int:
    return _int_setting(vault, PROCEDURE_MONTHS_KEY, DEFAULT_PROCEDURE_MONTHS, 1, 120)


def show_first(vault: Vault) -> bool:
    """Show the agenda first after unlock when something is due (default: on)."""
    return vault.get_setting(SHOW_FIRST_KEY, "1") != "0"


def set_agenda_settings(
    vault: Vault, *, show_first: bool | None = None, weeks: int | None = None, months: int | None = None
) -> None:
    values: dict[str, str | None] = {}
    if show_first is not None:
        values[SHOW_FIRST_KEY] = "1" if show_first else "0"
    if weeks is not None:
        values[NO_CONTACT_KEY] = str(max(1, min(MAX_NO_CONTACT_WEEKS, int(weeks))))
    if months is not None:
        values[PROCEDURE_MONTHS_KEY] = str(max(1, min(120, int(months))))
    if values:
        vault.set_settings(values)


def stops(vault: Vault) -> list[str]:
    """The stops (town/venue) the coordinator keeps, in their order."""
    raw = vault.get_setting(STOPS_KEY)
    if not raw:
        return []
    try:
        value = json.loads(raw)
    except ValueError:
        return []
    return [s for s in value if isinstance(s, str)] if isinstance(value, list) else []


def set_stops(vault: Vault, names: list[str]) -> list[str]:
    """Replace the list of stops (coordinators only): trimmed, blanks and duplicates dropped."""
    vault.require_coordinator("change the list of stops")
    clean: list[str] = []
    for name in names:
        name = " ".join(name.split())[:MAX_STOP_LENGTH]
        if name and name.casefold() not in {c.casefold() for c in clean}:
            clean.append(name)
    vault.set_setting(STOPS_KEY, json.dumps(clean[:MAX_STOPS], ensure_ascii=False))
    return clean[:MAX_STOPS]


# --- the agenda ----------------------------------------------------------------------------------


#: the agenda lists at most this many (the oldest) waiting procedures and counts the rest
PROCEDURE_LIMIT = 200


def _procedures(vault: Vault, today: dt.date, months: int) -> tuple[list[WaitingProcedure], int]:
    """The oldest procedures waiting longer than ``months`` and how many more wait."""
    shown = [
        WaitingProcedure(p.procedure_id, p.client_id, p.applied, p.client_name, p.occupation)
        for p in procedures.pending_longer_than(vault, months, today, limit=PROCEDURE_LIMIT)
    ]
    more = 0
    if len(shown) >= PROCEDURE_LIMIT:
        more = max(0, procedures.count_pending_longer_than(vault, months, today) - len(shown))
    return shown, more


def agenda(
    vault: Vault,
    *,
    today: dt.date | None = None,
    days: int | None = None,
    weeks: int | None = None,
    with_procedures: bool = True,
) -> Agenda:
    """The agenda of ``today``: appointments today and up to the end of the week (``days``: the next N
    days), overdue ones, no contact for ``weeks`` (default: the setting) and long-waiting procedures."""
    today = today or _today()
    weeks = weeks if weeks is not None else no_contact_weeks(vault)
    until, cutoff = window_end(today, days), no_contact_cutoff(today, weeks)
    with vault._uow(readonly=True) as uow:
        latest = uow.agenda.latest_due(until=until, cutoff=cutoff, lookback=lookback(today), limit=NO_CONTACT_LIMIT)
    months = procedure_months(vault)
    waiting, more = _procedures(vault, today, months) if with_procedures else ([], 0)
    return build_agenda(
        latest,
        today,
        days=days,
        no_contact_weeks=weeks,
        procedures=waiting,
        procedures_more=more,
        procedure_months=months,
    )


def show_first_now(vault: Vault) -> bool:
    """After unlock: should the agenda be the first screen (the setting is on and something is due)?"""
    return show_first(vault) and agenda(vault).due


# --- calendar export -----------------------------------------------------------------------------


def _summary(item: AgendaItem, title: str, full_names: bool) -> str:
    who = item.display_name if full_names else item.initials
    return f"{title} {who}".strip()


def calendar_text(
    items: list[AgendaItem],
    *,
    full_names: bool = False,
    places: bool = True,
    title: str = DEFAULT_TITLE,
    stamp: dt.datetime | None = None,
) -> str:
    """The appointments as an iCalendar: the summary holds initials only (``full_names``: the name), the
    location the stop (``places``); nothing else of the person (no notes, contact details, birth date)."""
    events = [
        CalendarEvent(
            uid=f"{i.record_id}@iq-desktop",
            day=i.day,
            time=i.time,
            summary=_summary(i, title, full_names),
            location=i.place if places else "",
        )
        for i in items
    ]
    return calendar(events, stamp=stamp or dt.datetime.now(dt.UTC), name=title)


def export_ics(
    vault: Vault,
    out: Path,
    items: list[AgendaItem],
    *,
    full_names: bool = False,
    places: bool = True,
    title: str = DEFAULT_TITLE,
    overwrite: bool = False,
) -> int:
    """Write ``items`` (the appointments) as an .ics file, atomically and owner-only; audited (how many,
    whether with names). Returns the number of appointments written."""
    out = Path(out)
    if out.is_dir():
        raise ExportRefused(f"{out} is a folder; give the name of the file to write.")
    if not out.parent.is_dir():
        raise ExportRefused(f"The folder {out.parent} does not exist; create it or choose another place.")
    if out.exists() and not overwrite:
        raise ExportRefused(f"The file {out.name} already exists; choose another name or delete it first.")
    data = calendar_text(items, full_names=full_names, places=places, title=title).encode("utf-8")
    detail = f"ics: appointments={len(items)}, names={'full' if full_names else 'initials'}"
    written = False
    try:
        with vault._uow() as uow:  # the audit entry commits only if the file was written
            uow.audit.add(vault.user, "export", detail=detail)
            with atomic_writer(out, overwrite=overwrite, suffix=".part") as fh:
                fh.write(data)
            written = True
    except FileExistsError:
        raise ExportRefused(f"The file {out.name} appeared while exporting; it was left unchanged.") from None
    except OSError as exc:
        raise ExportRefused(
            f"Cannot write the calendar ({exc.strerror or type(exc).__name__}); nothing was written."
        ) from None
    except BaseException:
        if written:
            with contextlib.suppress(OSError):
                out.unlink()
        raise
    return len(items)
