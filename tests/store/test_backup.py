"""Backups: one tar file with a consistent encrypted copy; restored, it opens with the same
passphrase or the recovery key; written atomically; a damaged backup is refused clearly."""

from __future__ import annotations

import tarfile
from datetime import date
from pathlib import Path

import pytest

from iq_desktop.domain.records import Client, CounsellingSession
from iq_desktop.services import records as R
from iq_desktop.services import vault as V
from iq_desktop.services.backup import BackupDamaged, restore_backup
from iq_desktop.services.errors import IQError
from tests.conftest import PASSPHRASE, USER


def _data(vault: V.Vault) -> tuple[str, str]:
    c = R.save_client(vault, Client("Backup", "Person", birth_date=date(1988, 8, 8)))
    s = R.save_session(vault, CounsellingSession(c.id, date(2024, 5, 5)))
    return c.id, s.id


def test_backup_restores_with_passphrase_and_recovery_key(tmp_path: Path) -> None:
    from iq_desktop.crypto import TEST_KDF

    src = tmp_path / "src"
    vault, recovery = V.create_vault(src, USER, PASSPHRASE, kdf=TEST_KDF)
    cid, sid = _data(vault)
    out = vault.backup(tmp_path / "backups" / "iq.backup")
    after = R.save_client(vault, Client("After", "Backup"))  # not in the backup
    vault.lock()
    with tarfile.open(out) as tar:
        assert sorted(tar.getnames()) == ["iq-desktop-backup.json", "keys.json", "vault.db"]
    assert not [p for p in out.parent.iterdir() if p != out], "no temp files left beside the backup"

    dst = tmp_path / "restored"
    restore_backup(out, dst)
    restored = V.open_vault(dst, USER, PASSPHRASE)
    assert R.get_client(restored, cid) is not None and R.get_session(restored, sid) is not None
    assert R.get_client(restored, after.id) is None
    assert {r.id: r.sync_state for r in R.list_sessions(restored)} == {sid: "pending"}
    assert restored.store.integrity_check() == []
    restored.lock()

    dst2 = tmp_path / "restored2"
    restore_backup(out, dst2)
    by_recovery = V.recover_vault(dst2, recovery, USER, "a fresh passphrase 1")
    assert R.get_client(by_recovery, cid) is not None
    by_recovery.lock()


def test_restore_refuses_to_overwrite_unless_asked(vault: V.Vault, tmp_path: Path, data_dir: Path) -> None:
    cid, _ = _data(vault)
    out = vault.backup(tmp_path / "b.tar")
    R.erase_client(vault, cid)
    vault.lock()
    with pytest.raises(V.VaultExists):
        restore_backup(out, data_dir)
    restore_backup(out, data_dir, replace=True)
    assert any(p.name.startswith("vault.db.before-restore-") for p in data_dir.iterdir())
    again = V.open_vault(data_dir, USER, PASSPHRASE)
    assert R.get_client(again, cid) is not None
    again.lock()


def test_damaged_or_foreign_backup_is_refused(tmp_path: Path, data_dir: Path) -> None:
    bogus = tmp_path / "bogus.tar"
    bogus.write_bytes(b"not a tar at all" * 100)
    with pytest.raises(BackupDamaged):
        restore_backup(bogus, data_dir)
    with tarfile.open(tmp_path / "empty.tar", "w"):
        pass
    with pytest.raises(BackupDamaged):
        restore_backup(tmp_path / "empty.tar", data_dir)
    with pytest.raises(IQError, match="not found"):
        restore_backup(tmp_path / "missing.tar", data_dir)
    assert not V.vault_exists(data_dir)


def test_backup_of_truncated_vault_reads_as_damaged(vault: V.Vault, tmp_path: Path) -> None:
    _data(vault)
    out = vault.backup(tmp_path / "b.tar")
    vault.lock()
    dst = tmp_path / "r"
    restore_backup(out, dst)
    db = dst / "vault.db"
    db.write_bytes(db.read_bytes()[:5000])
    with pytest.raises(V.VaultDamaged):
        v = V.open_vault(dst, USER, PASSPHRASE)
        try:
            R.all_records(v)
        finally:
            v.lock()
