"""A small iCalendar (RFC 5545) writer for the agenda's export: VEVENTs with floating local times.

Text values are escaped (backslash, semicolon, comma, line breaks), lines end in CRLF and are folded
at 75 octets (never inside a UTF-8 character). Times are "floating" (local wall-clock time, no time
zone), as the counsellor typed them; an appointment without a time is an all-day event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["CalendarEvent", "calendar", "escape_text", "fold"]

PRODID = "-//IQ Desktop//Agenda//DE"


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    uid: str
    day: dt.date
    summary: str
    time: dt.time | None = None
    location: str = ""
    duration_minutes: int = 60

    def __repr__(self) -> str:  # the summary may hold a name
        return f"CalendarEvent(uid={self.uid!r})"


def escape_text(value: str) -> str:
    """RFC 5545 3.3.11: ``\\`` ``;`` ``,`` escaped, line breaks as ``\\n``; other control characters dropped."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return "".join(ch for ch in value if ch == "\t" or (ord(ch) >= 0x20 and ord(ch) != 0x7F))


def fold(line: str) -> str:
    """RFC 5545 3.1: at most 75 octets per line; continuation lines start with one space."""
    out: list[str] = []
    current = ""
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


def _stamp(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _event_lines(e: CalendarEvent, stamp: str) -> list[str]:
    lines = ["BEGIN:VEVENT", f"UID:{escape_text(e.uid)}", f"DTSTAMP:{stamp}"]
    if e.time is None:
        lines.append(f"DTSTART;VALUE=DATE:{e.day.strftime('%Y%m%d')}")
        lines.append(f"DTEND;VALUE=DATE:{(e.day + dt.timedelta(days=1)).strftime('%Y%m%d')}")
    else:
        start = dt.datetime.combine(e.day, e.time.replace(second=0, microsecond=0, tzinfo=None))
        end = start + dt.timedelta(minutes=max(1, e.duration_minutes))
        lines.append(f"DTSTART:{start.strftime('%Y%m%dT%H%M%S')}")
        lines.append(f"DTEND:{end.strftime('%Y%m%dT%H%M%S')}")
    lines.append(f"SUMMARY:{escape_text(e.summary)}")
    if e.location:
        lines.append(f"LOCATION:{escape_text(e.location)}")
    lines.append("END:VEVENT")
    return lines


def calendar(events: Iterable[CalendarEvent], *, stamp: dt.datetime, name: str = "") -> str:
    """The whole ``VCALENDAR`` as text (CRLF line ends, folded); encode it as UTF-8."""
    dtstamp = _stamp(stamp)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    if name:
        lines.append(f"X-WR-CALNAME:{escape_text(name)}")
    for e in events:
        lines.extend(_event_lines(e, dtstamp))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
