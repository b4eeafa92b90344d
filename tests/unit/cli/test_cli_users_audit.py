"""Users and the audit log from the command line (issue 11, item 6), through the real CLI in subprocesses:
``user add`` (the new user must choose their own passphrase first), ``user list``, ``user set-role``,
``user reset-passphrase`` (again a forced change), ``user remove`` (unlocking is refused cleanly
afterwards), ``audit`` with its filters, JSON and CSV export (coordinators only, audited)."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from iq_desktop.crypto import TEST_KDF
from iq_desktop.services.vault import create_vault
from tests.conftest import PASSPHRASE, USER

ROOT = Path(__file__).resolve().parents[3]
BEN, BEN_FIRST, BEN_OWN = "ben", "Startwort Ben 2026 Fluss", "Bens eigene Passphrase 31 Wald"
BEN_RESET = "Zuruecksetzen Ben 77 Regen"


def _cli(data: Path, user: str, passphrase: str | None, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    for name in ("IQ_PASSPHRASE", "IQ_NEW_PASSPHRASE", "IQ_RECOVERY_KEY"):
        if name not in env:
            full.pop(name, None)
    if passphrase is not None:
        full["IQ_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "iq_desktop", "--data-dir", str(data), "--user", user, *args],
        capture_output=True, text=True, env=full, timeout=120, cwd=data.parent, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def _one_line(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, result
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    for w in words:
        assert w in result.stderr, result.stderr


def _add_ben(d: Path) -> subprocess.CompletedProcess[str]:
    return _cli(d, USER, PASSPHRASE, "user", "add", BEN, "--role", "counsellor", IQ_NEW_PASSPHRASE=BEN_FIRST)


@pytest.fixture
def data(data_dir: Path) -> tuple[Path, str]:
    vault, recovery = create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    vault.lock()
    return data_dir, recovery


def test_user_lifecycle(data: tuple[Path, str]) -> None:
    d, _ = data
    added = _cli(d, USER, PASSPHRASE, "user", "add", BEN, "--role", "counsellor", IQ_NEW_PASSPHRASE=BEN_FIRST)
    assert added.returncode == 0, added.stderr

    listed = _cli(d, USER, PASSPHRASE, "user", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == [
        {"user": BEN, "role": "counsellor", "must_change_passphrase": True},
        {"user": USER, "role": "coordinator", "must_change_passphrase": False},
    ]

    # Ben's first passphrase opens nothing but the change of it
    _one_line(_cli(d, BEN, BEN_FIRST, "list"), "You must choose a new passphrase first: iq-desktop change-passphrase")
    changed = _cli(d, BEN, BEN_FIRST, "change-passphrase", IQ_NEW_PASSPHRASE=BEN_OWN)
    assert changed.returncode == 0, changed.stderr
    assert _cli(d, BEN, BEN_OWN, "list").returncode == 0

    # a counsellor cannot manage users; the refusal is audited
    _one_line(_cli(d, BEN, BEN_OWN, "user", "set-role", USER, "counsellor"), "Only a coordinator")

    promoted = _cli(d, USER, PASSPHRASE, "user", "set-role", BEN, "coordinator")
    assert promoted.returncode == 0, promoted.stderr
    assert "now a coordinator" in promoted.stderr
    # the role changed without Ben's passphrase: it still opens, now as a coordinator
    audit_by_ben = _cli(d, BEN, BEN_OWN, "audit", "--json")
    assert audit_by_ben.returncode == 0, audit_by_ben.stderr

    # nobody demotes or removes themselves; the last coordinator stays
    _one_line(_cli(d, USER, PASSPHRASE, "user", "remove", USER), "yourself")
    demoted = _cli(d, USER, PASSPHRASE, "user", "set-role", BEN, "counsellor")
    assert demoted.returncode == 0, demoted.stderr
    _one_line(_cli(d, BEN, BEN_OWN, "user", "remove", USER), "Only a coordinator")

    reset = _cli(d, USER, PASSPHRASE, "user", "reset-passphrase", BEN, IQ_NEW_PASSPHRASE=BEN_RESET)
    assert reset.returncode == 0, reset.stderr
    _one_line(_cli(d, BEN, BEN_OWN, "list"), "passphrase is not correct")
    _one_line(_cli(d, BEN, BEN_RESET, "list"), "You must choose a new passphrase first")

    removed = _cli(d, USER, PASSPHRASE, "user", "remove", BEN)
    assert removed.returncode == 0, removed.stderr
    _one_line(_cli(d, BEN, BEN_RESET, "list"), "no user called")
    text = _cli(d, USER, PASSPHRASE, "user", "list")
    assert BEN not in text.stdout and USER in text.stdout

    entries = json.loads(_cli(d, USER, PASSPHRASE, "audit", "--json").stdout)
    seen = {(e["user"], e["action"], e["record_id"]) for e in entries}
    for action in ("add_user", "set_role", "reset_passphrase", "remove_user"):
        assert (USER, action, BEN) in seen, action
    assert (BEN, "change_passphrase", None) in seen
    assert (BEN, "refused", USER) in seen  # the name stays in the log after the removal
    assert not any(BEN_FIRST in json.dumps(e) or BEN_OWN in json.dumps(e) for e in entries)


def test_reset_with_the_recovery_key(data: tuple[Path, str]) -> None:
    d, recovery = data
    assert (
        _cli(d, USER, PASSPHRASE, "user", "add", BEN, "--role", "counsellor", IQ_NEW_PASSPHRASE=BEN_FIRST).returncode
        == 0
    )
    reset = _cli(
        d, USER, None, "user", "reset-passphrase", BEN, "--recovery-key",
        IQ_RECOVERY_KEY=recovery, IQ_NEW_PASSPHRASE=BEN_RESET,
    )  # fmt: skip
    assert reset.returncode == 0, reset.stderr
    _one_line(_cli(d, BEN, BEN_RESET, "list"), "You must choose a new passphrase first")
    entries = json.loads(_cli(d, USER, PASSPHRASE, "audit", "--json", "--action", "reset_passphrase").stdout)
    assert [(e["user"], e["record_id"]) for e in entries] == [("(recovery key)", BEN)]


def test_audit_filters_and_csv_export(data: tuple[Path, str], tmp_path: Path) -> None:
    d, _ = data
    assert _cli(d, USER, PASSPHRASE, "list").returncode == 0
    unlocks = json.loads(_cli(d, USER, PASSPHRASE, "audit", "--json", "--action", "unlock", "--user", USER).stdout)
    assert len(unlocks) >= 2 and {e["action"] for e in unlocks} == {"unlock"}
    assert json.loads(_cli(d, USER, PASSPHRASE, "audit", "--json", "--since", "2999-01-01").stdout) == []
    plain = _cli(d, USER, PASSPHRASE, "audit", "--limit", "3")
    assert plain.returncode == 0 and len(plain.stdout.splitlines()) == 3
    _one_line(_cli(d, USER, PASSPHRASE, "audit", "--since", "yesterday"), "YYYY-MM-DD")
    _one_line(_cli(d, USER, PASSPHRASE, "audit", "--action", "nonsense"), "Unknown action")

    out = tmp_path / "audit.csv"
    written = _cli(d, USER, PASSPHRASE, "audit", "--csv", str(out), "--action", "unlock")
    assert written.returncode == 0, written.stderr
    rows = list(csv.reader(out.read_text("utf-8-sig").splitlines()))
    assert rows[0] == ["at", "user", "action", "record_type", "record_id", "detail"]
    assert {r[2] for r in rows[1:]} == {"unlock"}
    if os.name == "posix":
        assert out.stat().st_mode & 0o077 == 0
    _one_line(_cli(d, USER, PASSPHRASE, "audit", "--csv", str(out)), "already exists")
    exports = json.loads(_cli(d, USER, PASSPHRASE, "audit", "--json", "--action", "export").stdout)
    assert [e["detail"] for e in exports] == [f"audit_log: rows={len(rows) - 1}"]


def test_counsellor_cannot_read_the_audit_log(data: tuple[Path, str], tmp_path: Path) -> None:
    d, _ = data
    assert (
        _cli(d, USER, PASSPHRASE, "user", "add", BEN, "--role", "counsellor", IQ_NEW_PASSPHRASE=BEN_FIRST).returncode
        == 0
    )
    assert _cli(d, BEN, BEN_FIRST, "change-passphrase", IQ_NEW_PASSPHRASE=BEN_OWN).returncode == 0
    _one_line(_cli(d, BEN, BEN_OWN, "audit"), "Only a coordinator")
    _one_line(_cli(d, BEN, BEN_OWN, "audit", "--csv", str(tmp_path / "a.csv")), "Only a coordinator")
    assert not (tmp_path / "a.csv").exists()
