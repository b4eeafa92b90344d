"""Issue 10, item 14: the vault's files are owner-only (0600) and its folder 0700, also under a
permissive umask and for files that older versions left 0644; the server's SQLite database too."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from iq_desktop.crypto import TEST_KDF

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")

PW = "Meine Katze frisst gern Kuchen am Montag"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    old = os.umask(0o022)  # the usual default: new files 0644, folders 0755
    try:
        yield
    finally:
        os.umask(old)


def test_a_new_vault_is_owner_only(tmp_path: Path, permissive_umask: None) -> None:
    from iq_desktop.services.vault import create_vault

    data = tmp_path / "data"
    vault, _recovery = create_vault(data, "coordinator", PW, kdf=TEST_KDF)
    try:
        vault.set_setting("language", "de")  # a write: the -wal and -shm exist now
        assert _mode(data) == 0o700
        for name in ("vault.db", "vault.db-wal", "vault.db-shm", "keys.json"):
            assert (data / name).exists(), name
            assert _mode(data / name) == 0o600, name
        backup = vault.backup(tmp_path / "backup.iqbackup")
        assert _mode(backup) == 0o600
    finally:
        vault.lock()


def test_files_of_older_versions_are_narrowed_when_the_vault_is_opened(tmp_path: Path, permissive_umask: None) -> None:
    from iq_desktop.services.vault import create_vault, open_vault

    data = tmp_path / "data"
    create_vault(data, "coordinator", PW, kdf=TEST_KDF)[0].lock()
    os.chmod(data, 0o755)
    for f in data.iterdir():
        os.chmod(f, 0o644)
    vault = open_vault(data, "coordinator", PW)
    try:
        vault.set_setting("language", "en")
        assert _mode(data) == 0o700
        for name in ("vault.db", "vault.db-wal", "vault.db-shm", "keys.json"):
            assert _mode(data / name) == 0o600, name
    finally:
        vault.lock()


def test_a_restored_vault_is_owner_only(tmp_path: Path, permissive_umask: None) -> None:
    from iq_desktop.services.backup import restore_backup
    from iq_desktop.services.vault import create_vault

    vault, _recovery = create_vault(tmp_path / "data", "coordinator", PW, kdf=TEST_KDF)
    try:
        backup = vault.backup(tmp_path / "backup.iqbackup")
    finally:
        vault.lock()
    target = tmp_path / "restored"
    restore_backup(backup, target)
    assert _mode(target) == 0o700
    assert _mode(target / "vault.db") == 0o600
    assert _mode(target / "keys.json") == 0o600


def test_the_servers_sqlite_database_is_owner_only(tmp_path: Path, permissive_umask: None) -> None:
    from sqlalchemy import text

    from iq_server.db.engine import make_engine

    db = tmp_path / "server" / "iq.db"
    engine = make_engine(f"sqlite:///{db}")
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE t (x INTEGER)"))
            conn.execute(text("INSERT INTO t VALUES (1)"))
        for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
            assert path.exists(), path.name
            assert _mode(path) == 0o600, path.name
    finally:
        engine.dispose()
    os.chmod(db, 0o644)  # a database of an older version
    make_engine(f"sqlite:///{db}").dispose()
    assert _mode(db) == 0o600
