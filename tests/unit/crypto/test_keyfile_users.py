"""Key file, users (issue 11): removing wipes the slot; the forced-change flag is bound to the slot (removing
it by hand breaks the slot) and cleared by the user's own passphrase; a role changed by a coordinator is
bound by a MAC under the data key (a hand-edited role is refused); the safety rules."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from iq_desktop.crypto import (
    TEST_KDF,
    KeyFile,
    KeyFileDamaged,
    NotAllowed,
    UnknownUser,
    Unlocked,
    WrongPassphrase,
)

ANA, ANA_PW = "Ana", "correct horse battery"
BO, BO_PW, BO_OWN, BO_RESET = "Bo", "bo's first passphrase", "bo's very own passphrase", "bo reset passphrase 9"


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, KeyFile, Unlocked, str]:
    path = tmp_path / "keys.json"
    kf, ana, recovery = KeyFile.create(path, ANA, ANA_PW, kdf=TEST_KDF)
    kf.add_user(ana, BO, "counsellor", BO_PW, must_change=True)
    return path, kf, ana, recovery


def _doc(path: Path) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return result


def _slot(path: Path, user: str) -> dict[str, Any]:
    return next(s for s in _doc(path)["slots"] if s.get("user") == user)


def _put(path: Path, doc: dict[str, Any]) -> None:
    path.write_text(json.dumps(doc), "utf-8")


def test_flag_is_listed_and_carried_to_the_unlock(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, kf, _ana, _ = made
    flags = {s.user: s.must_change for s in KeyFile.load(path).users()}
    assert flags == {ANA: False, BO: True}
    assert _slot(path, BO)["must_change"] is True and "must_change" not in _slot(path, ANA)
    assert kf.unlock(BO, BO_PW).must_change
    assert not kf.unlock(ANA, ANA_PW).must_change


def test_own_passphrase_clears_the_flag(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, kf, _ana, _ = made
    kf.change_passphrase(BO, BO_PW, BO_OWN)
    assert "must_change" not in _slot(path, BO)
    assert not KeyFile.load(path).unlock(BO, BO_OWN).must_change


def test_recalibration_keeps_the_flag(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    from iq_desktop.crypto.kdf import MIN_KDF

    path, kf, ana, _ = made
    kf.add_user(ana, "Cy", "counsellor", "cy's first passphrase", kdf=MIN_KDF, must_change=True)
    ticks = iter([10.0, 10.4])  # 0.4 s: below the target, the slot is re-wrapped under stronger parameters
    cy = kf.unlock("Cy", "cy's first passphrase", recalibrate=(0.5, 1.0), clock=lambda: next(ticks))
    assert cy.must_change and kf.recalibrated is not None
    assert KeyFile.load(path).kdf_of("Cy") == kf.recalibrated
    assert _slot(path, "Cy")["must_change"] is True


def test_removing_the_flag_by_hand_breaks_the_slot(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, _kf, _ana, _ = made
    doc = _doc(path)
    for s in doc["slots"]:
        s.pop("must_change", None)
    _put(path, doc)
    with pytest.raises(WrongPassphrase):
        KeyFile.load(path).unlock(BO, BO_PW)
    doc["slots"][0]["must_change"] = False  # only ever written as true
    _put(path, doc)
    with pytest.raises(KeyFileDamaged):
        KeyFile.load(path)


def test_reset_sets_a_new_passphrase_and_the_flag(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, kf, ana, _ = made
    kf.change_passphrase(BO, BO_PW, BO_OWN)
    kf.reset_passphrase(ana, BO, BO_RESET)
    with pytest.raises(WrongPassphrase):
        KeyFile.load(path).unlock(BO, BO_OWN)
    bo = KeyFile.load(path).unlock(BO, BO_RESET)
    assert bo.must_change and bo.data_key == ana.data_key and bo.role == "counsellor"
    with pytest.raises(NotAllowed):
        kf.reset_passphrase(ana, ANA, "a new passphrase for me")  # one's own: change it instead
    with pytest.raises(NotAllowed):
        kf.reset_passphrase(bo, ANA, "bo cannot reset ana 1")


def test_recovery_reset_forces_a_change(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, kf, _ana, recovery = made
    kf.recover(recovery, BO, BO_RESET, must_change=True).wipe()
    assert KeyFile.load(path).unlock(BO, BO_RESET).must_change


def test_remove_wipes_the_slot(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, kf, ana, _ = made
    salt = _slot(path, BO)["salt"]
    kf.remove_user(ana, BO)
    assert [s.user for s in KeyFile.load(path).users()] == [ANA]
    assert salt not in path.read_text("utf-8") and BO_PW not in path.read_text("utf-8")
    with pytest.raises(UnknownUser):
        KeyFile.load(path).unlock(BO, BO_PW)
    with pytest.raises(NotAllowed, match="yourself"):
        kf.remove_user(ana, ANA)
    assert KeyFile.load(path).unlock(ANA, ANA_PW).data_key == ana.data_key


def test_set_role_is_bound_by_a_mac(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, kf, ana, _ = made
    assert kf.set_role(ana, BO, "coordinator")
    slot = _slot(path, BO)
    assert slot["role"] == "coordinator" and slot["wrapped_role"] == "counsellor" and slot["role_mac"]
    bo = KeyFile.load(path).unlock(BO, BO_PW)
    assert bo.role == "coordinator" and bo.must_change  # the flag survives a role change
    assert not kf.set_role(ana, BO, "coordinator")  # nothing to do

    # back to the wrapped role: the MAC is no longer needed
    assert kf.set_role(ana, BO, "counsellor")
    assert "wrapped_role" not in _slot(path, BO) and "role_mac" not in _slot(path, BO)
    assert KeyFile.load(path).unlock(BO, BO_PW).role == "counsellor"

    # Bo's own new passphrase binds the role in force into the slot
    kf.set_role(ana, BO, "coordinator")
    kf.change_passphrase(BO, BO_PW, BO_OWN)
    slot = _slot(path, BO)
    assert slot["role"] == "coordinator" and "wrapped_role" not in slot
    assert KeyFile.load(path).unlock(BO, BO_OWN).role == "coordinator"


def test_a_role_edited_by_hand_is_refused(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, _kf, _ana, _ = made
    doc = _doc(path)
    slot = next(s for s in doc["slots"] if s.get("user") == BO)
    slot["role"] = "coordinator"  # without the data key: no valid MAC
    _put(path, doc)
    with pytest.raises(WrongPassphrase):  # the associated data no longer matches
        KeyFile.load(path).unlock(BO, BO_PW)
    slot["wrapped_role"], slot["role_mac"] = "counsellor", "AAAAAAAAAAAAAAAAAAAAAA=="
    _put(path, doc)
    with pytest.raises(KeyFileDamaged, match="role was altered"):
        KeyFile.load(path).unlock(BO, BO_PW)
    slot.pop("role_mac")
    _put(path, doc)
    with pytest.raises(KeyFileDamaged):
        KeyFile.load(path)


def test_a_changed_role_mac_moved_to_another_slot_is_refused(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, kf, ana, _ = made
    kf.add_user(ana, "Cy", "counsellor", "cy's first passphrase")
    kf.set_role(ana, BO, "coordinator")
    doc = _doc(path)
    bo = next(s for s in doc["slots"] if s.get("user") == BO)
    cy = next(s for s in doc["slots"] if s.get("user") == "Cy")
    cy["role"], cy["wrapped_role"], cy["role_mac"] = "coordinator", "counsellor", bo["role_mac"]
    _put(path, doc)
    with pytest.raises(KeyFileDamaged):
        KeyFile.load(path).unlock("Cy", "cy's first passphrase")


def test_last_coordinator_and_self(made: tuple[Path, KeyFile, Unlocked, str]) -> None:
    path, kf, ana, _ = made
    with pytest.raises(NotAllowed):
        kf.set_role(ana, ANA, "counsellor")  # nobody changes their own role
    kf.set_role(ana, BO, "coordinator")
    bo = KeyFile.load(path).unlock(BO, BO_PW)
    kf2 = KeyFile.load(path)
    kf2.set_role(bo, ANA, "counsellor")  # Bo may demote Ana: Bo stays a coordinator
    with pytest.raises(NotAllowed):
        kf2.remove_user(bo, BO)
    ana_now = KeyFile.load(path).unlock(ANA, ANA_PW)
    with pytest.raises(NotAllowed):
        KeyFile.load(path).set_role(ana_now, BO, "counsellor")  # Ana is no coordinator any more
    assert {s.user: s.role for s in KeyFile.load(path).users()} == {ANA: "counsellor", BO: "coordinator"}


def test_old_files_without_the_new_fields_still_open(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    kf, ana, _ = KeyFile.create(path, ANA, ANA_PW, kdf=TEST_KDF)
    kf.add_user(ana, BO, "counsellor", BO_PW)
    assert set(_slot(path, BO)) == {"type", "user", "role", "kdf", "salt", "nonce", "ciphertext"}
    assert not KeyFile.load(path).unlock(BO, BO_PW).must_change
