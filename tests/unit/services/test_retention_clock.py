"""Issue 9, item 2: a laptop clock far ahead must not purge clients.

An injectable clock stands for the wrong wall clock; the first command writes audit entries with it
(as the torture run's first command did), the second runs the automatic retention."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from iq_desktop.cli.parser import build_parser, run
from iq_desktop.domain.records import Client, CounsellingSession
from iq_desktop.services import records as R
from iq_desktop.services import retention
from iq_desktop.services.errors import NotAllowed
from iq_desktop.services.vault import open_vault
from iq_desktop.sync.outbox import SERVER_DATE
from tests.conftest import PASSPHRASE

TODAY = date.today()
FIVE_YEARS_AHEAD = datetime.now(UTC) + timedelta(days=5 * 365)
CLIENTS = 40


def _clients(vault: Any, n: int = CLIENTS) -> None:
    """``n`` clients with sessions in the last year, their rows last changed a year ago."""
    for i in range(n):
        c = R.save_client(vault, Client("Testa", f"Probe{i}"))
        R.save_session(vault, CounsellingSession(c.id, TODAY - timedelta(days=10 + i)))
    with vault._uow() as uow:
        uow.connection.exec_driver_sql("UPDATE client SET updated_at = ?", ((TODAY - timedelta(days=365)).isoformat(),))


def _count(vault: Any) -> int:
    with vault._uow(readonly=True) as uow:
        return int(uow.clients.count())


def _first_command_with_the_wrong_clock(vault: Any) -> None:
    with vault._uow() as uow:  # e.g. "lock", "settings", "sync": written at the wrong time
        uow.audit.add(vault.user, "settings", detail="language", at=FIVE_YEARS_AHEAD)
        uow.audit.add(vault.user, "sync", detail="sent=0", at=FIVE_YEARS_AHEAD)


def test_clock_five_years_ahead_deletes_nothing_and_says_why(vault: Any) -> None:
    _clients(vault)
    vault.set_setting(SERVER_DATE, datetime.now(UTC).isoformat())  # the last sync, by the server's clock
    _first_command_with_the_wrong_clock(vault)
    assert retention.auto_retention(vault, clock=lambda: FIVE_YEARS_AHEAD) is None
    assert _count(vault) == CLIENTS
    held = retention.held_back(vault)
    assert held is not None and held.clients == CLIENTS and held.total_clients == CLIENTS
    assert "more than 400 days after the newest date this vault can trust" in held.why
    assert TODAY.isoformat() in held.why


def test_without_a_sync_the_newest_session_is_the_evidence(vault: Any) -> None:
    _clients(vault)
    _first_command_with_the_wrong_clock(vault)
    assert retention.auto_retention(vault, clock=lambda: FIVE_YEARS_AHEAD) is None
    assert _count(vault) == CLIENTS


def test_a_plausible_clock_still_purges_at_most_five_percent_without_confirmation(vault: Any) -> None:
    _clients(vault)
    # the server confirms the date (the laptop really was away for five years): the clock is plausible,
    # but every client would go: held back for a coordinator
    vault.set_setting(SERVER_DATE, FIVE_YEARS_AHEAD.isoformat())
    result = retention.auto_retention(vault, clock=lambda: FIVE_YEARS_AHEAD)
    assert result is not None and result.held and result.clients == CLIENTS
    assert f"{CLIENTS} of {CLIENTS} clients" in result.why and "more than 5%" in result.why
    assert _count(vault) == CLIENTS
    assert retention.held_back(vault) is not None
    done = retention.purge_retention(vault, today=FIVE_YEARS_AHEAD.date(), confirmed=True)
    assert done.clients == CLIENTS and _count(vault) == 0
    assert retention.held_back(vault) is None


def test_a_small_share_is_purged_automatically(vault: Any) -> None:
    _clients(vault)
    old = R.save_client(vault, Client("Old", "Contact"))
    R.save_session(vault, CounsellingSession(old.id, date(2015, 1, 10)))
    with vault._uow() as uow:
        uow.connection.exec_driver_sql("UPDATE client SET updated_at = '2015-01-10 09:00:00.000000' WHERE id = ?",
                                       (old.id,))  # fmt: skip
    result = retention.auto_retention(vault, clock=lambda: datetime.now(UTC))
    assert result is not None and not result.held and result.clients == 1
    assert _count(vault) == CLIENTS


def test_only_a_coordinator_confirms(vault: Any, data_dir: Path) -> None:
    from iq_desktop.crypto import TEST_KDF

    vault.add_user("berta", "counsellor", "another passphrase, long enough", kdf=TEST_KDF)
    counsellor = open_vault(data_dir, "berta", "another passphrase, long enough")
    try:
        with pytest.raises(NotAllowed):
            retention.purge_retention(counsellor, confirmed=True)
    finally:
        counsellor.lock()


def _cli(data_dir: Path, *argv: str) -> int:
    args: argparse.Namespace = build_parser().parse_args(["--data-dir", str(data_dir), *argv])
    return run(args)


def test_cli_reports_without_apply_and_purges_with_it(vault: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    _clients(vault, 3)
    with vault._uow() as uow:  # all three last seen long ago
        uow.connection.exec_driver_sql("UPDATE counselling_session SET date = '2015-01-10'")
        uow.connection.exec_driver_sql("UPDATE client SET updated_at = '2015-01-10 09:00:00.000000'")
    monkeypatch.setenv("IQ_PASSPHRASE", PASSPHRASE)
    assert _cli(data_dir, "retention") == 0
    captured = capsys.readouterr()
    assert "would delete:   3 of 3 clients" in captured.out and "--apply" in captured.err
    assert _count(vault) == 3
    assert _cli(data_dir, "retention", "--apply") == 0
    assert "Deleted the personal data of 3 of 3 clients" in capsys.readouterr().err
    assert _count(vault) == 0


@pytest.mark.skipif(shutil.which("faketime") is None, reason="faketime is not installed")
def test_faketime_end_to_end(vault: Any, data_dir: Path) -> None:  # pragma: no cover - needs faketime
    _clients(vault)
    vault.set_setting(SERVER_DATE, datetime.now(UTC).isoformat())
    vault.lock()
    ahead = (date.today() + timedelta(days=5 * 365)).isoformat()
    env = {"IQ_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(Path(__file__).resolve().parents[3])}
    for _ in range(2):  # the first command writes audit entries with the wrong time, the second trusts none
        subprocess.run(["faketime", ahead, sys.executable, "-m", "iq_desktop", "--data-dir", str(data_dir),
                        "list", "--type", "client"], env=env, capture_output=True, timeout=120, check=True)  # fmt: skip
    again = open_vault(data_dir, "coordinator", PASSPHRASE)
    try:
        assert _count(again) == CLIENTS
    finally:
        again.lock()
