"""Clean records from the command line (issue 11, item 5), through the real CLI in subprocesses:
``void ID --reason TEXT``, ``duplicates [--json]``, ``merge KEEP_ID OTHER_ID``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from iq_desktop.crypto import TEST_KDF
from iq_desktop.domain.codes import SessionKind
from iq_desktop.domain.records import Client, CounsellingSession
from iq_desktop.services import records as R
from iq_desktop.services.vault import create_vault, open_vault
from tests.conftest import PASSPHRASE, USER

ROOT = Path(__file__).resolve().parents[3]
COUNSELLOR, COUNSELLOR_PASS = "berater", "Zugspitze Brezel Fahrrad Laterne 77"


def _cli(data: Path, user: str, passphrase: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "IQ_PASSPHRASE": passphrase}
    return subprocess.run(
        [sys.executable, "-m", "iq_desktop", "--data-dir", str(data), "--user", user, *args],
        capture_output=True, text=True, env=env, timeout=120, cwd=data.parent, stdin=subprocess.DEVNULL,
    )  # fmt: skip


@pytest.fixture
def data(data_dir: Path) -> tuple[Path, dict[str, str]]:
    vault, _ = create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    try:
        vault.add_user(COUNSELLOR, "counsellor", COUNSELLOR_PASS, kdf=TEST_KDF)
        keep = R.save_client(vault, Client("Zqxada", "Probe", birth_date=date(1990, 1, 2)))
        other = R.save_client(vault, Client("ZQXADA", "Pröbe", birth_date=date(1990, 1, 2), phone="0151 2345"))
        s1 = R.save_session(vault, CounsellingSession(keep.id, date(2024, 2, 6)))
        s2 = R.save_session(vault, CounsellingSession(other.id, date(2024, 3, 6)))
        s3 = R.save_session(vault, CounsellingSession(keep.id, date(2024, 3, 9), kind=SessionKind.FOLLOW_UP))
    finally:
        vault.lock()
    return data_dir, {"keep": keep.id, "other": other.id, "s1": s1.id, "s2": s2.id, "s3": s3.id}


def test_void_needs_a_reason_and_is_audited(data: tuple[Path, dict[str, str]]) -> None:
    folder, ids = data
    short = _cli(folder, COUNSELLOR, COUNSELLOR_PASS, "void", ids["s3"], "--reason", "x")
    assert short.returncode == 1 and "at least 3" in short.stderr and "Traceback" not in short.stderr
    missing = _cli(folder, COUNSELLOR, COUNSELLOR_PASS, "void", ids["s3"])
    assert missing.returncode == 2  # --reason is required
    done = _cli(folder, COUNSELLOR, COUNSELLOR_PASS, "void", ids["s3"], "--reason", "entered twice")
    assert done.returncode == 0, done.stderr
    assert "Voided the session" in done.stderr
    again = _cli(folder, COUNSELLOR, COUNSELLOR_PASS, "void", ids["s3"], "--reason", "entered twice")
    assert again.returncode == 1 and "No session, participation, event or procedure" in again.stderr
    vault = open_vault(folder, USER, PASSPHRASE)
    try:
        with vault._uow(readonly=True) as uow:
            (entry,) = uow.audit.recent(action="void")
        assert (entry.user, entry.record_id, entry.record_type, entry.detail) == (
            COUNSELLOR, ids["s3"], "session", "entered twice"
        )  # fmt: skip
    finally:
        vault.lock()


def test_duplicates_and_merge(data: tuple[Path, dict[str, str]]) -> None:
    folder, ids = data
    listed = _cli(folder, USER, PASSPHRASE, "duplicates", "--json")
    assert listed.returncode == 0, listed.stderr
    (pair,) = json.loads(listed.stdout)
    assert {pair["first"], pair["second"]} == {ids["keep"], ids["other"]} and pair["reason"] == "name_birth_date"
    plain = _cli(folder, COUNSELLOR, COUNSELLOR_PASS, "duplicates")
    assert plain.returncode == 0 and "name_birth_date" in plain.stdout
    assert "Zqx" not in plain.stdout + plain.stderr  # a counsellor sees ids, not names
    refused = _cli(folder, COUNSELLOR, COUNSELLOR_PASS, "merge", ids["keep"], ids["other"], "--yes")
    assert refused.returncode == 1 and "coordinator" in refused.stderr
    unconfirmed = _cli(folder, USER, PASSPHRASE, "merge", ids["keep"], ids["other"])
    assert unconfirmed.returncode == 1 and "--yes" in unconfirmed.stderr
    merged = _cli(folder, USER, PASSPHRASE, "merge", ids["keep"], ids["other"], "--yes")
    assert merged.returncode == 0, merged.stderr
    assert "1 initial session(s) became follow-ups" in merged.stderr and "Zqx" not in merged.stderr
    assert _cli(folder, USER, PASSPHRASE, "duplicates", "--json").stdout.strip() == "[]"
    vault = open_vault(folder, USER, PASSPHRASE)
    try:
        assert R.get_client(vault, ids["other"]) is None
        sessions = {s.id: s.kind for s in R.client_history(vault, ids["keep"])[0]}
        assert sessions == {ids["s1"]: SessionKind.INITIAL, ids["s2"]: SessionKind.FOLLOW_UP,
                            ids["s3"]: SessionKind.FOLLOW_UP}  # fmt: skip
    finally:
        vault.lock()
