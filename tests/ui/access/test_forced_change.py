"""A new user (or one whose passphrase a coordinator reset) unlocks with the given passphrase and is led
straight into choosing their own, by keyboard; only then does the vault open. Cancelling keeps it locked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from iq_desktop.crypto import TEST_KDF
from iq_desktop.ui.access.unlock import ForcedChangeDialog, UnlockWindow
from tests.ui.conftest import PASSPHRASE, USER

NEW_USER, GIVEN, OWN = "carla", "Startpasswort Carla 2026 Berg", "Carlas eigene Passphrase 88 Tal"


def _with_new_user(data_dir: Path) -> Path:
    from iq_desktop.services.vault import create_vault

    vault, _ = create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    try:
        vault.add_user(NEW_USER, "counsellor", GIVEN, must_change=True)
    finally:
        vault.lock()
    return data_dir


def _unlock_as_new_user(qtbot: Any, data_dir: Path, db_worker: Any) -> tuple[UnlockWindow, ForcedChangeDialog]:
    win = UnlockWindow(data_dir, db_worker)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.user.count() == 2 and win.unlock_button.isEnabled(), timeout=5000)
    win.user.setFocus()
    win.user.setCurrentText(NEW_USER)
    qtbot.keyClick(win.user, Qt.Key.Key_Tab)
    qtbot.keyClicks(win.passphrase, GIVEN)
    qtbot.keyClick(win.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ForcedChangeDialog), timeout=5000)
    dlg = QApplication.activeModalWidget()
    assert isinstance(dlg, ForcedChangeDialog)
    return win, dlg


def test_new_user_chooses_own_passphrase_then_the_vault_opens(qtbot: Any, data_dir: Path, db_worker: Any) -> None:
    data = _with_new_user(data_dir)
    win, dlg = _unlock_as_new_user(qtbot, data, db_worker)
    assert any(NEW_USER in label.text() for label in dlg.findChildren(QLabel))  # "Welcome, carla. …"
    assert not dlg.ok.isEnabled()
    assert dlg.fields.first.hasFocus()
    qtbot.keyClicks(dlg.fields.first, OWN)
    qtbot.keyClick(dlg.fields.first, Qt.Key.Key_Tab)
    qtbot.keyClicks(dlg.fields.second, OWN)
    assert dlg.ok.isEnabled()
    with qtbot.waitSignal(win.unlocked, timeout=10000) as blocker:
        qtbot.keyClick(dlg.fields.second, Qt.Key.Key_Return)
    vault = blocker.args[0]
    try:
        assert vault.user == NEW_USER and not vault.locked
        with vault._uow(readonly=True) as uow:
            actions = [(e.user, e.action) for e in uow.audit.recent(20)]
        assert (NEW_USER, "change_passphrase") in actions and (NEW_USER, "unlock") in actions
        assert not any(u.must_change for u in vault.users())
    finally:
        db_worker.run_sync(vault.lock)
    assert win.passphrase.text() == ""


def test_the_given_passphrase_cannot_be_kept(qtbot: Any, data_dir: Path, db_worker: Any) -> None:
    data = _with_new_user(data_dir)
    _win, dlg = _unlock_as_new_user(qtbot, data, db_worker)
    qtbot.keyClicks(dlg.fields.first, GIVEN)
    qtbot.keyClicks(dlg.fields.second, GIVEN)
    qtbot.keyClick(dlg.fields.second, Qt.Key.Key_Return)
    assert "⚠" in dlg.message.text()
    assert dlg.isVisible()


def test_cancel_keeps_the_vault_locked(qtbot: Any, data_dir: Path, db_worker: Any) -> None:
    data = _with_new_user(data_dir)
    win, dlg = _unlock_as_new_user(qtbot, data, db_worker)
    with qtbot.assertNotEmitted(win.unlocked, wait=200):
        qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=3000)
    assert win.passphrase.text() == "" and win.message.text()
    assert win.failures == 0
