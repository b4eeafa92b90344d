"""Issue 9, item 3: restoring an older backup on a synced laptop, end to end against the real server.

Sync, back up, change more (edits, deletions, a new period) and sync, restore the older backup with
``iq-desktop restore`` (--replace, the backup's passphrase), sync: the server's figures for the device
are the restored vault's, nothing is quarantined, nothing is counted twice; later edits keep working."""

from __future__ import annotations

import argparse
import random
from datetime import date
from pathlib import Path

import pytest

from iq_desktop.cli.parser import build_parser, run
from iq_desktop.services import sync_service
from iq_desktop.services import vault as vs
from iq_desktop.services.backup import restore_backup
from iq_desktop.services.errors import VaultExists, WrongPassphrase
from tests.sync.conftest import PASSPHRASE, enrol, new_vault
from tests.sync.helpers import add_lonely_period, add_records, assert_converged, delete_a_session, edit_a_session
from tests.sync.server import ServerProcess


def _cli(data_dir: Path, *argv: str) -> int:
    args: argparse.Namespace = build_parser().parse_args(["--data-dir", str(data_dir), *argv])
    return run(args)


def _sync(vault: vs.Vault) -> sync_service.RunSummary:
    s = sync_service.sync_now(vault, retry_for=30)
    assert s.complete and s.error is None, s
    return s


def test_restore_an_older_backup_then_sync_brings_the_server_to_the_restored_vault(
    tmp_path: Path, server: ServerProcess, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "vault"
    vault = new_vault(data)
    device = enrol(vault, server)
    rng = random.Random(9)
    add_records(vault, 80, seed=3)
    _sync(vault)
    backup = vault.backup(tmp_path / "older.iqbackup")

    # after the backup: edits, deletions and a period the backup does not have at all, all synced
    for _ in range(6):
        edit_a_session(vault, rng)
        delete_a_session(vault, rng)
    add_lonely_period(vault, date(2019, 5, 14))
    add_records(vault, 30, seed=4)
    _sync(vault)
    assert_converged(vault, server, device)
    vault.lock()

    # the restore refuses to overwrite without --replace, and a wrong passphrase changes nothing
    monkeypatch.setenv("IQ_PASSPHRASE", PASSPHRASE)
    assert _cli(data, "restore", str(backup)) == 1
    assert "already exists" in capsys.readouterr().err
    with pytest.raises(VaultExists):
        restore_backup(backup, data, passphrase=PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        restore_backup(backup, data, replace=True, passphrase="not the passphrase at all")
    assert _cli(data, "restore", str(backup), "--replace") == 0
    assert "Restored the backup" in capsys.readouterr().err

    restored = vs.open_vault(data, "coord", PASSPHRASE)
    try:
        summary = _sync(restored)
        assert summary.requeued > 0 and summary.rejected == 0
        assert_converged(restored, server, device)  # the server's figures are the restored vault's
        # and the restored vault goes on as usual: its revisions continue above the server's
        for _ in range(3):
            edit_a_session(restored, rng)
        add_records(restored, 10, seed=5)
        _sync(restored)
        assert_converged(restored, server, device)
    finally:
        restored.lock()
