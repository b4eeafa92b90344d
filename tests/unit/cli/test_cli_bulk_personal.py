"""Reading personal data in bulk from the command line (issue 10, item 5), through the real CLI in
subprocesses: ``list --json`` (every field) is a coordinator's action; a counsellor's ``list`` shows ids
and initials, no names, contact data or notes; ``list`` and ``show`` are audited."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from iq_desktop.crypto import TEST_KDF
from iq_desktop.domain.records import Client, CounsellingSession
from iq_desktop.services.batch import save_batch
from iq_desktop.services.vault import Vault, create_vault, open_vault
from tests.conftest import PASSPHRASE, USER

ROOT = Path(__file__).resolve().parents[3]
COUNSELLOR, COUNSELLOR_PASS = "berater", "Zugspitze Brezel Fahrrad Laterne 77"


def _cli(data: Path, user: str, passphrase: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "IQ_PASSPHRASE": passphrase}
    return subprocess.run(
        [sys.executable, "-m", "iq_desktop", "--data-dir", str(data), "--user", user, *args],
        capture_output=True, text=True, env=env, timeout=120, cwd=data.parent,
    )  # fmt: skip


def _audit(data: Path) -> list[tuple[str, str, str | None, str]]:
    vault = open_vault(data, USER, PASSPHRASE)
    try:
        with vault._uow(readonly=True) as uow:
            return [(e.user, e.action, e.record_id, e.detail) for e in uow.audit.recent(500)]
    finally:
        vault.lock()


@pytest.fixture
def data(data_dir: Path) -> Path:
    vault: Vault
    vault, _ = create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    try:
        vault.add_user(COUNSELLOR, "counsellor", COUNSELLOR_PASS, kdf=TEST_KDF)
        clients = [
            Client(f"CNRYfirst{i}", f"CNRYlast{i}", email=f"cnry{i}@example.org", phone=f"+49 151 99{i:05d}",
                   notes=f"CNRYnotes{i}", birth_date=date(1980, 1, 1 + i))
            for i in range(5)
        ]  # fmt: skip
        sessions = [CounsellingSession(c.id, date(2024, 3, 1), notes=f"CNRYsession{i}") for i, c in enumerate(clients)]
        save_batch(vault, clients=clients, sessions=sessions)
    finally:
        vault.lock()
    return data_dir


def test_counsellor_cannot_dump_every_record(data: Path) -> None:
    full = _cli(data, COUNSELLOR, COUNSELLOR_PASS, "list", "--json")
    assert full.returncode != 0 and "coordinator" in full.stderr
    assert "CNRY" not in full.stdout and "cnry" not in full.stdout
    assert (COUNSELLOR, "refused") in {(u, a) for u, a, _, _ in _audit(data)}


def test_counsellor_list_shows_ids_and_initials_only(data: Path) -> None:
    listed = _cli(data, COUNSELLOR, COUNSELLOR_PASS, "list")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    clients = [line.split("\t") for line in lines if line.startswith("client\t")]
    assert len(clients) == 5 and all(c[2] == "C. C." for c in clients)
    assert "CNRY" not in listed.stdout and "cnry" not in listed.stdout and "1980-" not in listed.stdout
    assert [(a, d) for u, a, _, d in _audit(data) if u == COUNSELLOR and a == "list"] == [
        ("list", "client=5, session=5")
    ]


def test_coordinator_bulk_output_is_audited(data: Path) -> None:
    full = _cli(data, USER, PASSPHRASE, "list", "--json")
    assert full.returncode == 0, full.stderr
    records = json.loads(full.stdout)
    assert {r["notes"] for r in records if r["type"] == "client"} == {f"CNRYnotes{i}" for i in range(5)}
    one = records[0]["id"]
    shown = _cli(data, COUNSELLOR, COUNSELLOR_PASS, "show", one)
    assert shown.returncode == 0, shown.stderr
    audit = _audit(data)
    assert (USER, "list_full", None, "client=5, session=5") in audit
    assert (COUNSELLOR, "show", one, "") in audit
    for entry in audit:  # the audit names no personal value
        assert "CNRY" not in repr(entry) and "cnry" not in repr(entry)
