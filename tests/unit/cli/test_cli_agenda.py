"""``iq-desktop agenda`` through the real CLI in a subprocess on a real vault (issue 11, item 1): text,
--json, --overdue, --days, --ics [--full-names]; initials unless full names are asked for."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from iq_desktop.crypto import TEST_KDF
from iq_desktop.domain.codes import Outcome, SessionKind
from iq_desktop.domain.records import Client, CounsellingSession
from iq_desktop.services import records as R
from iq_desktop.services.vault import create_vault
from tests.conftest import PASSPHRASE, USER

ROOT = Path(__file__).resolve().parents[3]
TODAY = dt.date.today()
D = dt.timedelta


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "IQ_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-m", "iq_desktop", "--data-dir", str(data), "--user", USER, *args],
        capture_output=True, text=True, env=env, timeout=120, cwd=data.parent,
    )  # fmt: skip


@pytest.fixture
def ids(data_dir: Path) -> dict[str, str]:
    vault, _ = create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    try:
        today = R.save_client(vault, Client("Tara", "Termin", phone="0170 555"))
        at: dict[str, Any] = {"appointment_time": dt.time(9, 30), "appointment_place": "Passau"}
        R.save_session(vault, CounsellingSession(today.id, TODAY - D(days=7), next_appointment=TODAY, **at))
        later = R.save_client(vault, Client("Lars", "Später"))
        R.save_session(vault, CounsellingSession(later.id, TODAY - D(days=7), next_appointment=TODAY + D(days=5)))
        missed = R.save_client(vault, Client("Otto", "Offen"))
        R.save_session(vault, CounsellingSession(missed.id, TODAY - D(days=20), next_appointment=TODAY - D(days=2)))
        lapsed = R.save_client(vault, Client("Pia", "Pause"))
        R.save_session(vault, CounsellingSession(lapsed.id, TODAY - D(weeks=8), kind=SessionKind.INITIAL,
                                                 outcomes=frozenset({Outcome.FURTHER_SESSION_NEEDED})))  # fmt: skip
        return {"today": today.id, "later": later.id, "missed": missed.id, "lapsed": lapsed.id}
    finally:
        vault.lock()


def test_agenda_text_and_json(data_dir: Path, ids: dict[str, str]) -> None:
    done = _cli(data_dir, "agenda", "--days", "7")
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert "Today (1)" in text and "Overdue (1)" in text and "No contact for 6 weeks" in text
    assert "T. T." in text and "09:30" in text and ids["today"] in text
    assert "Termin" not in text and "Tara" not in text  # initials unless asked for

    doc = json.loads(_cli(data_dir, "agenda", "--days", "7", "--json").stdout)
    sections = {i["client"]: i["section"] for i in doc["items"]}
    assert sections == {ids["today"]: "today", ids["later"]: "upcoming", ids["missed"]: "overdue",
                        ids["lapsed"]: "no_contact"}  # fmt: skip
    assert all("name" not in i for i in doc["items"]) and doc["today"] == TODAY.isoformat()

    named = json.loads(_cli(data_dir, "agenda", "--json", "--full-names", "--overdue").stdout)
    assert {i["section"] for i in named["items"]} == {"overdue", "no_contact"}
    assert {i["name"] for i in named["items"]} == {"Offen, Otto", "Pause, Pia"}

    short = json.loads(_cli(data_dir, "agenda", "--days", "1", "--json").stdout)
    assert ids["later"] not in {i["client"] for i in short["items"]}


def test_agenda_ics_export(data_dir: Path, ids: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "termine.ics"
    done = _cli(data_dir, "agenda", "--days", "7", "--ics", str(out))
    assert done.returncode == 0, done.stderr
    assert "2 appointment(s) written" in done.stdout
    text = out.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.count("BEGIN:VEVENT") == 2
    assert "SUMMARY:Beratung T. T." in text and "LOCATION:Passau" in text
    assert "Tara" not in text and "0170" not in text
    again = _cli(data_dir, "agenda", "--ics", str(out))
    assert again.returncode == 1 and "already exists" in again.stderr and len(again.stderr.splitlines()) == 1
    named = tmp_path / "named.ics"
    assert _cli(data_dir, "agenda", "--days", "7", "--ics", str(named), "--full-names").returncode == 0
    assert "SUMMARY:Beratung Termin\\, Tara" in named.read_bytes().decode("utf-8")


def test_agenda_usage_errors(data_dir: Path, ids: dict[str, str]) -> None:
    bad = _cli(data_dir, "agenda", "--days", "-1")
    assert bad.returncode == 2 and "--days" in bad.stderr
