"""The agenda: which follow-ups are due (no Qt, no SQL; the store hands over each client's latest session).

A client's appointment is the ``next_appointment`` of their *latest* session (a later session replaces
it: the person came, or a new appointment was made; two on one day: the one saved later). With N the
"no contact" weeks (a setting, default 6):

* **today**: the appointment is today;
* **upcoming** ("this week"): after today up to the end of the window (default: the rest of the
  calendar week, Monday to Sunday; ``days=N``: the next N days after today);
* **overdue**: the appointment was in the last N weeks, before today, and no later session was recorded;
* **no contact**: the latest session said "further session needed", it is at least N weeks old (and at
  most :data:`LOOKBACK_WEEKS`: older cases are for the client list and the retention rules) and no
  appointment is set from N weeks ago on (an appointment missed longer ago counts as no contact).
  Only the most recent :data:`NO_CONTACT_LIMIT` are listed (``Agenda.no_contact_limited``).

Procedures waiting for a decision are a section of their own, filled by the service when the
procedures feature is there (:class:`WaitingProcedure`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

__all__ = [
    "DEFAULT_NO_CONTACT_WEEKS",
    "LOOKBACK_WEEKS",
    "NO_CONTACT_LIMIT",
    "Agenda",
    "AgendaItem",
    "LatestSession",
    "Section",
    "WaitingProcedure",
    "build_agenda",
    "initials",
    "lookback",
    "no_contact_cutoff",
    "window_end",
]

DEFAULT_NO_CONTACT_WEEKS = 6
LOOKBACK_WEEKS = 52
NO_CONTACT_LIMIT = 200
MAX_NO_CONTACT_WEEKS = 104
MAX_DAYS = 366


class Section(StrEnum):
    TODAY = "today"
    UPCOMING = "upcoming"
    OVERDUE = "overdue"
    NO_CONTACT = "no_contact"
    PROCEDURES = "procedures"


@dataclass(frozen=True, slots=True)
class LatestSession:
    """A client's latest session as the store reads it (only clients who may be due)."""

    session_id: str
    client_id: str
    date: dt.date
    created_at: dt.datetime | None
    next_appointment: dt.date | None
    appointment_time: dt.time | None
    appointment_place: str
    further_session_needed: bool
    first_name: str = ""
    last_name: str = ""
    pseudonym: str = ""

    def __repr__(self) -> str:  # names: never in a log line
        return f"LatestSession(session_id={self.session_id!r})"


@dataclass(frozen=True, slots=True)
class WaitingProcedure:
    """A recognition procedure without a decision, applied for before the cut-off."""

    procedure_id: str
    client_id: str
    applied: dt.date
    client_name: str = ""  # as shown ("Last, First" or the pseudonym)
    occupation: str = ""

    def __repr__(self) -> str:
        return f"WaitingProcedure(procedure_id={self.procedure_id!r})"


def initials(first_name: str, last_name: str) -> str:
    """``"A. B."`` (first letters of the first and the last name; empty names give nothing)."""
    return " ".join(f"{n.strip()[0].upper()}." for n in (first_name, last_name) if n.strip())


def _display(first_name: str, last_name: str, pseudonym: str) -> str:
    return f"{last_name}, {first_name}".strip(", ") or pseudonym


@dataclass(frozen=True, slots=True)
class AgendaItem:
    section: Section
    client_id: str
    #: the session that set the appointment (or the latest session; a procedure's id in PROCEDURES)
    record_id: str
    #: the appointment (today, upcoming, overdue), the last contact (no contact) or the application date
    day: dt.date
    time: dt.time | None = None
    place: str = ""
    last_contact: dt.date | None = None
    first_name: str = ""
    last_name: str = ""
    pseudonym: str = ""

    def __repr__(self) -> str:
        return f"AgendaItem(section={self.section.value!r}, record_id={self.record_id!r})"

    @property
    def display_name(self) -> str:
        return _display(self.first_name, self.last_name, self.pseudonym)

    @property
    def initials(self) -> str:
        return initials(self.first_name, self.last_name)

    def to_json(self, *, full_names: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {
            "section": self.section.value,
            "client": self.client_id,
            "id": self.record_id,
            "date": self.day.isoformat(),
            "time": self.time.isoformat(timespec="minutes") if self.time else None,
            "place": self.place,
            "last_contact": self.last_contact.isoformat() if self.last_contact else None,
        }
        out["name" if full_names else "initials"] = self.display_name if full_names else self.initials
        return out


@dataclass(frozen=True, slots=True)
class Agenda:
    today: dt.date
    until: dt.date
    no_contact_weeks: int
    items: tuple[AgendaItem, ...] = field(default=())
    #: more "no contact" cases than :data:`NO_CONTACT_LIMIT`: only the most recent are listed
    no_contact_limited: bool = False
    #: waiting procedures beyond the listed (oldest) ones
    procedures_more: int = 0
    #: "procedures waiting longer than N months" (the setting used)
    procedure_months: int = 6

    def section(self, section: Section) -> list[AgendaItem]:
        return [i for i in self.items if i.section is section]

    @property
    def due(self) -> bool:
        """Something needs the counsellor now (today, overdue, no contact, a long-waiting procedure)."""
        return any(i.section is not Section.UPCOMING for i in self.items)

    def appointments(self) -> list[AgendaItem]:
        """Today's and the upcoming appointments, in order (what a calendar export holds)."""
        return [i for i in self.items if i.section in (Section.TODAY, Section.UPCOMING)]


def window_end(today: dt.date, days: int | None = None) -> dt.date:
    """The last day of "upcoming": the Sunday of today's week, or ``today + days``."""
    if days is None:
        return today + dt.timedelta(days=6 - today.weekday())
    return today + dt.timedelta(days=max(0, min(days, MAX_DAYS)))


def no_contact_cutoff(today: dt.date, weeks: int) -> dt.date:
    """A latest session on or before this day is "no contact for ``weeks`` weeks"."""
    return today - dt.timedelta(weeks=max(1, min(weeks, MAX_NO_CONTACT_WEEKS)))


def lookback(today: dt.date) -> dt.date:
    return today - dt.timedelta(weeks=LOOKBACK_WEEKS)


def _order(s: LatestSession) -> tuple[dt.date, dt.datetime]:
    return (s.date, s.created_at or dt.datetime.min)


def build_agenda(
    latest: Iterable[LatestSession],
    today: dt.date,
    *,
    days: int | None = None,
    no_contact_weeks: int = DEFAULT_NO_CONTACT_WEEKS,
    procedures: Iterable[WaitingProcedure] = (),
    limit: int = NO_CONTACT_LIMIT,
    procedures_more: int = 0,
    procedure_months: int = 6,
) -> Agenda:
    """The agenda of ``today`` from each client's latest session (several of one client: the latest
    date, then the latest saved, counts)."""
    until = window_end(today, days)
    cutoff = no_contact_cutoff(today, no_contact_weeks)
    back = lookback(today)
    lapsed: list[AgendaItem] = []
    per_client: dict[str, LatestSession] = {}
    for s in latest:
        seen = per_client.get(s.client_id)
        if seen is None or _order(s) >= _order(seen):
            per_client[s.client_id] = s
    items: list[AgendaItem] = []
    for s in per_client.values():
        nxt = s.next_appointment
        if nxt is not None and nxt >= cutoff:
            if nxt == today:
                section = Section.TODAY
            elif today < nxt <= until:
                section = Section.UPCOMING
            elif nxt < today:
                section = Section.OVERDUE
            else:
                continue  # later than the window
            items.append(
                AgendaItem(
                    section,
                    s.client_id,
                    s.session_id,
                    nxt,
                    s.appointment_time,
                    s.appointment_place,
                    s.date,
                    first_name=s.first_name,
                    last_name=s.last_name,
                    pseudonym=s.pseudonym,
                )
            )
        elif s.further_session_needed and back <= s.date <= cutoff:
            lapsed.append(
                AgendaItem(
                    Section.NO_CONTACT,
                    s.client_id,
                    s.session_id,
                    s.date,
                    last_contact=s.date,
                    first_name=s.first_name,
                    last_name=s.last_name,
                    pseudonym=s.pseudonym,
                )
            )
    lapsed.sort(key=lambda i: i.day, reverse=True)
    items.extend(lapsed[:limit])
    for p in procedures:
        last, _, first = p.client_name.partition(", ")
        items.append(
            AgendaItem(
                Section.PROCEDURES,
                p.client_id,
                p.procedure_id,
                p.applied,
                place=p.occupation,  # in this section: the reference occupation
                first_name=first,
                last_name=last if first else "",
                pseudonym="" if first else p.client_name,
            )
        )
    order = list(Section)
    items.sort(
        key=lambda i: (order.index(i.section), i.day, i.time or dt.time.min, i.display_name.casefold(), i.record_id)
    )
    weeks = max(1, min(no_contact_weeks, MAX_NO_CONTACT_WEEKS))
    return Agenda(
        today,
        until,
        weeks,
        tuple(items),
        no_contact_limited=len(lapsed) >= limit,
        procedures_more=max(0, procedures_more),
        procedure_months=procedure_months,
    )
