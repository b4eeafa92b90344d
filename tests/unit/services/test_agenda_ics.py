"""The agenda's calendar export (issue 11, item 1): initials only by default, nothing else about the
person (no phone, e-mail, notes, birth date); full names and places only when chosen; written
owner-only and atomically, audited."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from iq_desktop.domain.codes import SessionKind
from iq_desktop.domain.records import Client, CounsellingSession
from iq_desktop.services import agenda as A
from iq_desktop.services import records as R
from iq_desktop.services.exporting import ExportRefused

TODAY = dt.date.today()
SECRETS = ("0170 9876543", "anna.berg@example.org", "CNRYnotes", "CNRYsession", "1984", "19840229")


def _parse(text: str) -> list[dict[str, str]]:
    """A minimal reader: unfold, split into VEVENTs, property name -> value (parameters dropped)."""
    lines = text.replace("\r\n ", "").split("\r\n")
    events: list[dict[str, str]] = []
    for line in lines:
        if line == "BEGIN:VEVENT":
            events.append({})
        elif events and ":" in line and line != "END:VEVENT":
            name, value = line.split(":", 1)
            events[-1][name.split(";")[0]] = value
    return events


@pytest.fixture
def appointment(vault: Any) -> Any:
    c = R.save_client(
        vault,
        Client("Anna", "Berg", birth_date=dt.date(1984, 2, 29), phone=SECRETS[0], email=SECRETS[1], notes=SECRETS[2]),
    )
    R.save_session(
        vault,
        CounsellingSession(
            c.id,
            TODAY - dt.timedelta(days=7),
            kind=SessionKind.INITIAL,
            next_appointment=TODAY,
            appointment_time=dt.time(10, 15),
            appointment_place="Passau; Caritas, Raum 2",
            notes=SECRETS[3],
        ),
    )
    return vault


def test_initials_only_by_default_and_nothing_else_of_the_person(appointment: Any, tmp_path: Path) -> None:
    vault = appointment
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "termine.ics"
    items = A.agenda(vault).appointments()
    assert A.export_ics(vault, out, items) == 1
    raw = out.read_bytes()
    text = raw.decode("utf-8")
    assert (out.stat().st_mode & 0o777) == 0o600
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    for secret in (*SECRETS, "Anna", "Berg"):
        assert secret not in text
    [event] = _parse(text)
    assert event["SUMMARY"] == "Beratung A. B."
    assert event["DTSTART"] == TODAY.strftime("%Y%m%d") + "T101500"
    assert event["LOCATION"] == "Passau\\; Caritas\\, Raum 2"
    assert event["UID"].endswith("@iq-desktop") and "DTSTAMP" in event
    assert not {"DESCRIPTION", "ATTENDEE", "CONTACT", "ORGANIZER"} & set(event)
    assert list(out.parent.iterdir()) == [out]  # no temporary file left
    with vault._uow(readonly=True) as uow:
        audit = uow.audit.recent(5, action="export")
    assert audit and "ics" in audit[0].detail and "initials" in audit[0].detail


def test_full_names_and_no_place_when_chosen(appointment: Any, tmp_path: Path) -> None:
    vault = appointment
    out = tmp_path / "mit-namen.ics"
    A.export_ics(vault, out, A.agenda(vault).appointments(), full_names=True, places=False)
    [event] = _parse(out.read_bytes().decode("utf-8"))
    assert event["SUMMARY"] == "Beratung Berg\\, Anna" and "LOCATION" not in event
    for secret in SECRETS:
        assert secret not in out.read_text("utf-8")


def test_an_existing_file_is_not_overwritten_unless_asked(appointment: Any, tmp_path: Path) -> None:
    out = tmp_path / "da.ics"
    out.write_text("old")
    with pytest.raises(ExportRefused):
        A.export_ics(appointment, out, [])
    assert out.read_text() == "old"
    A.export_ics(appointment, out, [], overwrite=True)
    assert out.read_text().startswith("BEGIN:VCALENDAR")
