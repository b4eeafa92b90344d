"""Create, open, lock, recover, users: real SQLCipher files in tmp_path, fast test KDF."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from iq_desktop.crypto import TEST_KDF, KeyFile
from iq_desktop.services import vault as V
from iq_desktop.services.errors import IQError
from tests.conftest import PASSPHRASE, USER


def test_create_open_lock_roundtrip(data_dir: Path) -> None:
    assert not V.vault_exists(data_dir)
    vault, recovery = V.create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    assert V.vault_exists(data_dir)
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4})+", recovery)
    assert vault.role == "coordinator" and vault.user == USER
    vault.set_setting("site_id", "S-1")
    vault.lock()
    assert vault.locked
    with pytest.raises(V.VaultLocked):
        vault.get_setting("site_id")
    vault.lock()  # idempotent
    again = V.open_vault(data_dir, USER, PASSPHRASE)
    assert again.get_setting("site_id") == "S-1"
    assert again.site is not None and again.site.site_id == "S-1"
    with again._uow(readonly=True) as uow:
        actions = [a.action for a in reversed(uow.audit.recent())]
    assert actions[:2] == ["create", "unlock"] and actions[-1] == "unlock" and "lock" in actions
    again.lock()
    assert [u.user for u in V.list_users(data_dir)] == [USER]


def test_create_refuses_existing_and_open_refuses_missing(data_dir: Path) -> None:
    with pytest.raises(V.VaultMissing):
        V.open_vault(data_dir, USER, PASSPHRASE)
    vault, _ = V.create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    vault.lock()
    with pytest.raises(V.VaultExists):
        V.create_vault(data_dir, "other", PASSPHRASE, kdf=TEST_KDF)


def test_wrong_passphrase_and_unknown_user_are_refused_and_audited(data_dir: Path) -> None:
    V.create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)[0].lock()
    for attempt in ("wrong passphrase 1", PASSPHRASE + " ", PASSPHRASE.upper(), ""):
        with pytest.raises(V.WrongPassphrase) as err:
            V.open_vault(data_dir, USER, attempt)
        assert isinstance(err.value, IQError) and err.value.__cause__ is None
    with pytest.raises(V.UnknownUser):
        V.open_vault(data_dir, "nobody", PASSPHRASE)
    side_file = (data_dir / V.FAILURES_NAME).read_text()
    assert "nobody" not in side_file and "wrong" not in side_file
    vault = V.open_vault(data_dir, USER, PASSPHRASE)
    with vault._uow(readonly=True) as uow:
        assert uow.audit.count("failed_unlock") == 5
    vault.lock()
    assert not (data_dir / V.FAILURES_NAME).exists()


def test_many_wrong_passphrases_refused(data_dir: Path) -> None:
    V.create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)[0].lock()
    keyfile = KeyFile.load(data_dir / V.KEYS_NAME)
    for i in range(1000):  # straight at the key slot: the services path adds file I/O per attempt
        with pytest.raises(Exception, match="not correct"):
            keyfile.unlock(USER, f"wrong passphrase {i}")
    for i in range(20):
        with pytest.raises(V.WrongPassphrase):
            V.open_vault(data_dir, USER, f"wrong passphrase {i}")
    V.open_vault(data_dir, USER, PASSPHRASE).lock()


def test_key_never_stored_on_disk(data_dir: Path) -> None:
    vault, recovery = V.create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    key = vault._require_unlocked().data_key
    vault.audit("sync")
    vault.lock()
    for path in data_dir.iterdir():
        raw = path.read_bytes()
        for needle in (key, key.hex().encode(), key.hex().upper().encode(), PASSPHRASE.encode(), recovery.encode()):
            assert needle not in raw, path.name


def test_lock_wipes_key(data_dir: Path) -> None:
    vault, _ = V.create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    unlocked = vault._unlocked
    assert unlocked is not None
    vault.lock()
    assert unlocked.wiped and vault._unlocked is None and vault._store is None


def test_recovery_key_opens_and_sets_new_passphrase(data_dir: Path) -> None:
    vault, recovery = V.create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    vault.set_setting("site_id", "S-9")
    vault.lock()
    with pytest.raises(V.WrongRecoveryKey):
        wrong = recovery.replace(recovery[0], "Z" if recovery[0] != "Z" else "Y", 1)
        V.recover_vault(data_dir, wrong, USER, "new pass 123456")
    vault = V.recover_vault(data_dir, recovery, USER, "brand new passphrase 7")
    assert vault.get_setting("site_id") == "S-9"
    vault.lock()
    with pytest.raises(V.WrongPassphrase):
        V.open_vault(data_dir, USER, PASSPHRASE)
    V.open_vault(data_dir, USER, "brand new passphrase 7").lock()


def test_recovery_rebuilds_a_lost_key_file(data_dir: Path) -> None:
    vault, recovery = V.create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    vault.set_setting("site_id", "S-2")
    vault.lock()
    (data_dir / V.KEYS_NAME).unlink()
    with pytest.raises(V.KeyFileDamaged):
        V.open_vault(data_dir, USER, PASSPHRASE)
    vault = V.recover_vault(data_dir, recovery, "rescuer", "another passphrase 99")
    assert vault.get_setting("site_id") == "S-2" and vault.role == "coordinator"
    vault.lock()


def test_recovery_key_of_another_vault_does_not_leave_a_wrong_key_file(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    V.create_vault(a, USER, PASSPHRASE, kdf=TEST_KDF)[0].lock()
    _, other_recovery = V.create_vault(b, USER, PASSPHRASE, kdf=TEST_KDF)
    (a / V.KEYS_NAME).unlink()
    with pytest.raises(V.WrongRecoveryKey):
        V.recover_vault(a, other_recovery, USER, "another passphrase 99")
    assert not (a / V.KEYS_NAME).exists()


def test_change_passphrase(vault: V.Vault, data_dir: Path) -> None:
    with pytest.raises(V.WrongPassphrase):
        vault.change_passphrase("not the old one", "new passphrase 12345")
    with pytest.raises(V.WeakPassphrase):
        vault.change_passphrase(PASSPHRASE, "short")
    vault.change_passphrase(PASSPHRASE, "new passphrase 12345")
    vault.lock()
    V.open_vault(data_dir, USER, "new passphrase 12345").lock()


def test_add_user_coordinator_only(vault: V.Vault, data_dir: Path) -> None:
    vault.add_user("berta", "counsellor", "berta passphrase 1")
    with pytest.raises(V.UserExists):
        vault.add_user("Berta", "counsellor", "berta passphrase 2")
    with pytest.raises(IQError):
        vault.add_user("carl", "admin", "carl passphrase 1")
    vault.lock()
    berta = V.open_vault(data_dir, "berta", "berta passphrase 1")
    assert berta.role == "counsellor" and not berta.is_coordinator
    assert berta.get_setting("site_id") == "TEST-SITE-01"
    with pytest.raises(V.NotAllowed):
        berta.add_user("dora", "counsellor", "dora passphrase 1")
    berta.lock()
    assert {(u.user, u.role) for u in V.list_users(data_dir)} == {(USER, "coordinator"), ("berta", "counsellor")}
    boss = V.open_vault(data_dir, USER, PASSPHRASE)
    boss.remove_user("berta")
    with pytest.raises(V.NotAllowed):
        boss.remove_user(USER)  # the last coordinator
    boss.lock()
    with pytest.raises(V.UnknownUser):
        V.open_vault(data_dir, "berta", "berta passphrase 1")


def test_settings_defaults_and_audit(vault: V.Vault) -> None:
    assert vault.get_setting("retention_months") == "36"
    assert vault.get_setting("nope") is None
    vault.set_settings({"server_url": "https://iq.example.org", "language": "en"})
    s = vault.settings()
    assert s["server_url"] == "https://iq.example.org" and s["language"] == "en" and s["retention_months"] == "36"
    vault.set_setting("server_url", None)
    assert vault.get_setting("server_url") is None


def test_orphaned_key_file_from_a_crashed_creation_is_set_aside(data_dir: Path) -> None:
    (data_dir / V.KEYS_NAME).write_text("{}")
    vault, _ = V.create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    vault.lock()
    assert any(p.name.startswith(V.KEYS_NAME + ".orphaned-") for p in data_dir.iterdir())
    V.open_vault(data_dir, USER, PASSPHRASE).lock()
