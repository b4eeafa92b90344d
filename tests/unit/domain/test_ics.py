"""The agenda's iCalendar writer (RFC 5545): CRLF, folding at 75 octets, escaping, floating times."""

from __future__ import annotations

import datetime as dt

from iq_desktop.domain.ics import CalendarEvent, calendar, escape_text, fold

STAMP = dt.datetime(2026, 12, 4, 15, 0, tzinfo=dt.UTC)


def _unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_escaping() -> None:
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    assert escape_text("x\r\ny\x00z") == "x\\nyz"


def test_folding_keeps_every_line_within_75_octets_and_never_splits_a_character() -> None:
    line = "SUMMARY:" + "Beratung Ölçü Straße " * 10
    folded = fold(line)
    parts = folded.split("\r\n")
    assert len(parts) > 1 and all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line


def test_calendar_structure() -> None:
    text = calendar(
        [
            CalendarEvent("u1@iq-desktop", dt.date(2026, 12, 7), "Beratung A. B.", dt.time(9, 30), "Passau, Caritas"),
            CalendarEvent("u2@iq-desktop", dt.date(2026, 12, 31), "Beratung C. D."),
        ],
        stamp=STAMP,
    )
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = _unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and "VERSION:2.0" in lines and lines[-2] == "END:VCALENDAR"
    assert lines.count("BEGIN:VEVENT") == 2 and "DTSTAMP:20261204T150000Z" in lines
    assert "DTSTART:20261207T093000" in lines and "DTEND:20261207T103000" in lines
    assert "LOCATION:Passau\\, Caritas" in lines
    assert "DTSTART;VALUE=DATE:20261231" in lines and "DTEND;VALUE=DATE:20270101" in lines
