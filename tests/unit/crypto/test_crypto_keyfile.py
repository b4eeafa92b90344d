"""KeyFile: round trips, refusals, tampering.  Uses TEST_KDF (insecure, fast) throughout."""

from __future__ import annotations

import base64
import contextlib
import json
import os
from pathlib import Path
from typing import Any

import pytest

from iq_desktop.crypto import (
    TEST_KDF,
    CryptoError,
    InvalidUserName,
    KdfParams,
    KeyFile,
    KeyFileDamaged,
    KeyFileExists,
    KeyFileMissing,
    NotAllowed,
    SlotInfo,
    UnknownUser,
    Unlocked,
    UnsupportedKeyFile,
    UserExists,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
    data_key_from_recovery_key,
    format_recovery_key,
)

PW = "correct horse battery"
PW2 = "another good passphrase"


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, KeyFile, Unlocked, str]:
    path = tmp_path / "keys.json"
    kf, unlocked, recovery = KeyFile.create(path, "Ana", PW, kdf=TEST_KDF)
    return path, kf, unlocked, recovery


def _doc(path: Path) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return result


def _put(path: Path, doc: dict[str, Any]) -> None:
    path.write_text(json.dumps(doc), "utf-8")


def test_create_load_unlock_round_trip(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, kf, unlocked, _ = made
    assert len(unlocked.data_key) == 32
    assert unlocked.user == "Ana" and unlocked.role == "coordinator"
    doc = _doc(path)
    assert doc["format"] == "iq-desktop-keyfile" and doc["version"] == 1
    assert doc["vault_id"] == kf.vault_id
    slot = doc["slots"][0]
    assert slot["kdf"] == {"alg": "argon2id", "memory_kib": 8, "iterations": 1, "lanes": 1}
    assert len(base64.b64decode(slot["salt"])) == 16 and len(base64.b64decode(slot["nonce"])) == 12
    loaded = KeyFile.load(path)
    assert loaded.vault_id == kf.vault_id
    assert loaded.users() == [SlotInfo("Ana", "coordinator")]
    again = loaded.unlock("ana", PW)  # user names are case-insensitive
    assert again.data_key == unlocked.data_key and again.user == "Ana"
    if os.name == "posix":
        assert path.stat().st_mode & 0o077 == 0  # not readable by others


def test_secrets_not_in_file_or_repr(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, kf, unlocked, _recovery = made
    text = path.read_bytes()
    assert PW.encode() not in text and unlocked.data_key not in text
    assert unlocked.data_key.hex() not in repr(unlocked) and PW not in repr(kf)


def test_create_refuses_existing_path(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, *_ = made
    before = path.read_bytes()
    with pytest.raises(KeyFileExists):
        KeyFile.create(path, "Bo", PW, kdf=TEST_KDF)
    assert path.read_bytes() == before


def test_explicit_data_key(tmp_path: Path) -> None:
    key = os.urandom(32)
    kf, unlocked, recovery = KeyFile.create(tmp_path / "k.json", "Ana", PW, kdf=TEST_KDF, data_key=key)
    assert unlocked.data_key == key
    assert kf.unlock_with_recovery(recovery) == key


def test_many_wrong_passphrases_refused(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    _path, kf, unlocked, _ = made
    for i in range(1000):
        with pytest.raises(WrongPassphrase) as info:
            kf.unlock("Ana", f"wrong passphrase {i}")
        assert str(info.value) == "The passphrase is not correct."
        assert info.value.args == ("The passphrase is not correct.",)
    with pytest.raises(WrongPassphrase):
        kf.unlock("Ana", PW + " ")
    assert kf.unlock("Ana", PW).data_key == unlocked.data_key


def test_passphrase_nfc_normalised(tmp_path: Path) -> None:
    composed, decomposed = "Gr\u00fc\u00dfe aus K\u00f6ln", "Gru\u0308\u00dfe aus Ko\u0308ln"
    kf, _, _ = KeyFile.create(tmp_path / "k.json", "Ana", composed, kdf=TEST_KDF)
    assert kf.unlock("Ana", decomposed).user == "Ana"


def test_unknown_user(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    _, kf, _, _ = made
    with pytest.raises(UnknownUser, match="Bob"):
        kf.unlock("Bob", PW)


def test_recovery_key_opens(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, kf, unlocked, recovery = made
    assert kf.unlock_with_recovery(recovery) == unlocked.data_key
    sloppy = recovery.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert KeyFile.load(path).unlock_with_recovery(sloppy) == unlocked.data_key
    assert data_key_from_recovery_key(recovery) == unlocked.data_key


def test_recovery_key_typo_and_foreign(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    _, kf, _, recovery = made
    chars = list(recovery)
    chars[10] = "7" if chars[10] != "7" else "8"  # group 3
    with pytest.raises(WrongRecoveryKey, match="group 3"):
        kf.unlock_with_recovery("".join(chars))
    with pytest.raises(WrongRecoveryKey, match="not correct for this vault"):
        kf.unlock_with_recovery(format_recovery_key(os.urandom(32)))
    with pytest.raises(WrongRecoveryKey):
        kf.unlock_with_recovery(recovery[:-5])


def test_recover_sets_new_passphrase(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, kf, unlocked, recovery = made
    result = kf.recover(recovery, "ANA", PW2)
    assert result.data_key == unlocked.data_key and result.role == "coordinator"
    loaded = KeyFile.load(path)
    assert loaded.unlock("Ana", PW2).data_key == unlocked.data_key
    with pytest.raises(WrongPassphrase):
        loaded.unlock("Ana", PW)
    with pytest.raises(UnknownUser):
        kf.recover(recovery, "Nobody", PW2)


def test_rebuild_lost_keyfile(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, kf, unlocked, recovery = made
    path.unlink()
    with pytest.raises(KeyFileMissing):
        KeyFile.load(path)
    new, again = KeyFile.rebuild(path, recovery, "Ana", PW2, kdf=TEST_KDF, vault_id=kf.vault_id)
    assert again.data_key == unlocked.data_key and new.vault_id == kf.vault_id
    assert KeyFile.load(path).unlock_with_recovery(recovery) == unlocked.data_key


def test_change_passphrase(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, kf, unlocked, _ = made
    kf.add_user(unlocked, "Bo", "counsellor", "bo's passphrase")
    bo_slot_before = _doc(path)["slots"][1]
    with pytest.raises(WrongPassphrase):
        kf.change_passphrase("Ana", "not it at all", PW2)
    kf.change_passphrase("Ana", PW, PW2)
    assert _doc(path)["slots"][1] == bo_slot_before  # only Ana's slot was re-wrapped
    loaded = KeyFile.load(path)
    assert loaded.unlock("Ana", PW2).data_key == unlocked.data_key
    with pytest.raises(WrongPassphrase):
        loaded.unlock("Ana", PW)
    assert loaded.unlock("bo", "bo's passphrase").role == "counsellor"
    assert not list(path.parent.glob(".keys.json.*"))  # no temp files left behind


def test_change_passphrase_upgrades_kdf(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, kf, _, _ = made
    stronger = KdfParams(64, 2, 1)
    kf.change_passphrase("Ana", PW, PW2, kdf=stronger)
    assert KeyFile.load(path).kdf_of("Ana") == stronger


def test_weak_passphrase_refused(made: tuple[Path, KeyFile, Unlocked, str], tmp_path: Path) -> None:
    _, kf, unlocked, _ = made
    with pytest.raises(WeakPassphrase) as info:
        kf.change_passphrase("Ana", PW, "short")
    assert "short" not in str(info.value) and info.value.problems
    with pytest.raises(WeakPassphrase):
        KeyFile.create(tmp_path / "other.json", "X", "1234567890", kdf=TEST_KDF)
    with pytest.raises(WeakPassphrase):
        kf.add_user(unlocked, "Bo", "counsellor", "")


def test_add_user_rules(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, kf, ana, _ = made
    kf.add_user(ana, "Bo", "counsellor", "bo's passphrase")
    bo = kf.unlock("Bo", "bo's passphrase")
    with pytest.raises(NotAllowed):
        kf.add_user(bo, "Cy", "counsellor", "cy's passphrase")
    assert isinstance(NotAllowed("x"), CryptoError)
    for dup in ("Bo", "bo", "  BO  ", "ana"):
        with pytest.raises(UserExists):
            kf.add_user(ana, dup, "counsellor", "dup's passphrase")
    for bad in ("", "   ", "x" * 65, "a\nb"):
        with pytest.raises(InvalidUserName):
            kf.add_user(ana, bad, "counsellor", "bad's passphrase")
    with pytest.raises(CryptoError):
        kf.add_user(ana, "Cy", "admin", "cy's passphrase")  # type: ignore[arg-type]
    kf.add_user(ana, "  Dee  ", "coordinator", "dee's passphrase")
    assert KeyFile.load(path).users() == [
        SlotInfo("Ana", "coordinator"),
        SlotInfo("Bo", "counsellor"),
        SlotInfo("Dee", "coordinator"),
    ]
    assert KeyFile.load(path).unlock("dee", "dee's passphrase").data_key == ana.data_key


def test_add_user_with_foreign_key_refused(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    _, kf, _, _ = made
    forged = Unlocked(data_key=os.urandom(32), user="Ana", role="coordinator")
    with pytest.raises(KeyFileDamaged):
        kf.add_user(forged, "Bo", "counsellor", "bo's passphrase")


def test_remove_user(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, kf, ana, _ = made
    kf.add_user(ana, "Bo", "counsellor", "bo's passphrase")
    bo = kf.unlock("Bo", "bo's passphrase")
    with pytest.raises(NotAllowed):
        kf.remove_user(bo, "Ana")
    with pytest.raises(NotAllowed):
        kf.remove_user(ana, "Ana")  # last coordinator
    kf.remove_user(ana, "bo")
    assert [u.user for u in KeyFile.load(path).users()] == ["Ana"]


def test_wipe(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    _, kf, unlocked, _ = made
    buffer = unlocked._buffer
    unlocked.wipe()
    assert unlocked.wiped and buffer == bytearray(32)
    with pytest.raises(CryptoError):
        kf.add_user(unlocked, "Bo", "counsellor", "bo's passphrase")


def test_changes_see_other_writers(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, kf, ana, _ = made
    other = KeyFile.load(path)
    other.add_user(ana, "Bo", "counsellor", "bo's passphrase")
    kf.add_user(ana, "Cy", "counsellor", "cy's passphrase")  # must not drop Bo
    assert [u.user for u in KeyFile.load(path).users()] == ["Ana", "Bo", "Cy"]


# ---- tampering -------------------------------------------------------------------------


def _flip_b64(value: str) -> str:
    raw = bytearray(base64.b64decode(value))
    raw[0] ^= 1
    return base64.b64encode(bytes(raw)).decode()


def _other_uuid(value: str) -> str:
    return ("1" if value[0] != "1" else "2") + value[1:]


SLOT_EDITS = {
    "role": (lambda s: s.update(role="counsellor"), KeyFileDamaged),  # leaves no coordinator; see below
    "user": (lambda s: s.update(user="Anb"), UnknownUser),  # "Ana" is gone
    "salt": (lambda s: s.update(salt=_flip_b64(s["salt"])), WrongPassphrase),
    "nonce": (lambda s: s.update(nonce=_flip_b64(s["nonce"])), WrongPassphrase),
    "ciphertext": (lambda s: s.update(ciphertext=_flip_b64(s["ciphertext"])), WrongPassphrase),
    "kdf_memory": (lambda s: s["kdf"].update(memory_kib=16), WrongPassphrase),
    "kdf_iterations": (lambda s: s["kdf"].update(iterations=2), WrongPassphrase),
    "kdf_huge": (lambda s: s["kdf"].update(memory_kib=2**40), KeyFileDamaged),
    "kdf_alg": (lambda s: s["kdf"].update(alg="scrypt"), KeyFileDamaged),
    "kdf_float": (lambda s: s["kdf"].update(lanes=1.0), KeyFileDamaged),
    "salt_length": (lambda s: s.update(salt=base64.b64encode(b"x" * 15).decode()), KeyFileDamaged),
    "salt_not_b64": (lambda s: s.update(salt="%%%"), KeyFileDamaged),
    "ciphertext_short": (lambda s: s.update(ciphertext=s["ciphertext"][:20]), KeyFileDamaged),
    "missing_nonce": (lambda s: s.pop("nonce"), KeyFileDamaged),
    "extra_field": (lambda s: s.update(admin=True), KeyFileDamaged),
    "unknown_role": (lambda s: s.update(role="admin"), KeyFileDamaged),
    "bad_type": (lambda s: s.update(type="token"), KeyFileDamaged),
}


@pytest.mark.parametrize("edit", sorted(SLOT_EDITS))
def test_tampered_slot(made: tuple[Path, KeyFile, Unlocked, str], edit: str) -> None:
    path, *_ = made
    change, expected = SLOT_EDITS[edit]
    doc = _doc(path)
    change(doc["slots"][0])
    _put(path, doc)
    with pytest.raises(expected):
        KeyFile.load(path).unlock("Ana", PW)


def test_role_tamper_with_two_coordinators(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    """Promoting a counsellor in the file does not work: the slot no longer opens."""
    path, kf, ana, _ = made
    kf.add_user(ana, "Bo", "counsellor", "bo's passphrase")
    doc = _doc(path)
    doc["slots"][1]["role"] = "coordinator"
    _put(path, doc)
    loaded = KeyFile.load(path)
    with pytest.raises(WrongPassphrase):
        loaded.unlock("Bo", "bo's passphrase")
    assert loaded.unlock("Ana", PW).role == "coordinator"


def test_tampered_vault_id(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, _, _, recovery = made
    doc = _doc(path)
    doc["vault_id"] = _other_uuid(doc["vault_id"])
    _put(path, doc)
    loaded = KeyFile.load(path)
    with pytest.raises(WrongPassphrase):
        loaded.unlock("Ana", PW)
    with pytest.raises(WrongRecoveryKey):
        loaded.unlock_with_recovery(recovery)


def test_tampered_recovery_slot(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, _, _, recovery = made
    doc = _doc(path)
    doc["slots"][-1]["ciphertext"] = _flip_b64(doc["slots"][-1]["ciphertext"])
    _put(path, doc)
    loaded = KeyFile.load(path)
    with pytest.raises(WrongRecoveryKey):
        loaded.unlock_with_recovery(recovery)
    assert loaded.unlock("Ana", PW).user == "Ana"  # passphrase slots unaffected


def test_tampered_key_check(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, *_ = made
    doc = _doc(path)
    doc["key_check"] = _flip_b64(doc["key_check"])
    _put(path, doc)
    with pytest.raises(KeyFileDamaged):
        KeyFile.load(path).unlock("Ana", PW)


DOC_EDITS = {
    "format": lambda d: d.update(format="something-else"),
    "version_str": lambda d: d.update(version="1"),
    "vault_id_garbage": lambda d: d.update(vault_id="not-a-uuid"),
    "no_slots": lambda d: d.update(slots=[]),
    "slots_not_list": lambda d: d.update(slots={}),
    "no_recovery": lambda d: d["slots"].pop(),
    "two_recovery": lambda d: d["slots"].append(d["slots"][-1]),
    "duplicate_user": lambda d: d["slots"].insert(0, d["slots"][0]),
    "no_coordinator": lambda d: d["slots"][0].update(role="counsellor"),
    "missing_vault_id": lambda d: d.pop("vault_id"),
    "extra_top": lambda d: d.update(evil=1),
}


@pytest.mark.parametrize("edit", sorted(DOC_EDITS))
def test_tampered_document(made: tuple[Path, KeyFile, Unlocked, str], edit: str) -> None:
    path, *_ = made
    doc = _doc(path)
    DOC_EDITS[edit](doc)
    _put(path, doc)
    with pytest.raises(KeyFileDamaged) as info:
        KeyFile.load(path)
    assert "backup" in str(info.value) and "recovery key" in str(info.value)


def test_newer_version(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, *_ = made
    doc = _doc(path)
    doc["version"] = 2
    _put(path, doc)
    with pytest.raises(UnsupportedKeyFile, match="update"):
        KeyFile.load(path)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"   \n",
        b"{",
        b"null",
        b"[]",
        b'"keys"',
        b"\xff\xfe\x00garbage",
        b"[" * 100_000,
        b'{"format": "iq-desktop-keyfile", "format": "iq-desktop-keyfile"}',
        b'{"format": "iq-desktop-keyfile", "version": NaN}',
        b"x" * (2 * 1024 * 1024),
    ],
    ids=range(11),
)
def test_garbage_files(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "keys.json"
    path.write_bytes(content)
    with pytest.raises(KeyFileDamaged):
        KeyFile.load(path)


def test_truncation_at_every_length(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, *_ = made
    full = path.read_bytes()
    for cut in range(0, len(full) - 2):  # the last bytes are only "}\n"
        path.write_bytes(full[:cut])
        with pytest.raises(KeyFileDamaged):
            KeyFile.load(path)


def test_random_byte_flips_never_escape_crypto_error(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    import random

    path, _, unlocked, recovery = made
    full = path.read_bytes()
    rng = random.Random(1234)
    for _ in range(300):
        data = bytearray(full)
        data[rng.randrange(len(data))] = rng.randrange(256)
        path.write_bytes(bytes(data))
        try:
            kf = KeyFile.load(path)
            assert kf.unlock("Ana", PW).data_key == unlocked.data_key
        except CryptoError:
            pass
        with contextlib.suppress(CryptoError):
            assert KeyFile.load(path).unlock_with_recovery(recovery) == unlocked.data_key


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(KeyFileMissing) as info:
        KeyFile.load(tmp_path / "keys.json")
    assert isinstance(info.value, KeyFileDamaged)
