"""Unlock screen: wrong/right passphrase, growing delays, damaged vault, recovery key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from iq_desktop.crypto import TEST_KDF
from iq_desktop.ui.access.unlock import RecoveryDialog, UnlockWindow, backoff_seconds
from tests.ui.conftest import PASSPHRASE, USER


def _window(qtbot: Any, data_dir: Path, db_worker: Any) -> UnlockWindow:
    win = UnlockWindow(data_dir, db_worker)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.user.count() > 0 and win.unlock_button.isEnabled(), timeout=5000)
    return win


def test_backoff_grows_step_by_step() -> None:
    assert [backoff_seconds(n) for n in range(0, 9)] == [0, 0, 1, 2, 4, 8, 16, 30, 30]


def test_wrong_then_right_passphrase(qtbot: Any, made_vault: Path, db_worker: Any) -> None:
    win = _window(qtbot, made_vault, db_worker)
    assert win.user.currentText() == USER
    qtbot.keyClicks(win.passphrase, "not the passphrase")
    qtbot.keyClick(win.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.failures == 1, timeout=5000)
    assert "passphrase" in win.message.text().lower() or "Passphrase" in win.message.text()
    assert win.unlock_button.isEnabled()  # no delay after the first mistake

    qtbot.keyClicks(win.passphrase, "still wrong")
    qtbot.mouseClick(win.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.failures == 2, timeout=5000)
    assert not win.unlock_button.isEnabled()  # 1 s to wait, with a countdown
    assert "1" in win.message.text()
    win.try_unlock()  # Enter during the wait does nothing
    qtbot.waitUntil(win.unlock_button.isEnabled, timeout=3000)

    win.passphrase.clear()
    qtbot.keyClicks(win.passphrase, PASSPHRASE)
    with qtbot.waitSignal(win.unlocked, timeout=5000) as blocker:
        qtbot.keyClick(win.passphrase, Qt.Key.Key_Return)
    vault = blocker.args[0]
    assert vault.user == USER and not vault.locked
    assert win.passphrase.text() == ""
    db_worker.run_sync(vault.lock)


def test_damaged_vault_gets_a_plain_message(qtbot: Any, made_vault: Path, db_worker: Any) -> None:
    db = made_vault / "vault.db"
    raw = bytearray(db.read_bytes())
    raw[0:4096] = b"\0" * 4096
    db.write_bytes(bytes(raw))
    win = _window(qtbot, made_vault, db_worker)
    qtbot.keyClicks(win.passphrase, PASSPHRASE)
    qtbot.keyClick(win.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "⚠" in win.message.text(), timeout=5000)
    assert "damaged" in win.message.text().lower() or "beschädigt" in win.message.text()
    assert "Traceback" not in win.message.text()


def test_inputs_are_labelled(qtbot: Any, made_vault: Path, db_worker: Any) -> None:
    win = _window(qtbot, made_vault, db_worker)
    buddies = {label.buddy() for label in win.findChildren(QLabel) if label.buddy() is not None}
    for w in win.findChildren(QLineEdit) + win.findChildren(QComboBox):
        if w.parent() is not None and isinstance(w.parent(), QComboBox):
            continue
        assert w.accessibleName(), w
        assert w in buddies, w


def test_forgot_passphrase_with_recovery_key(qtbot: Any, data_dir: Path, db_worker: Any) -> None:
    from iq_desktop.services.vault import create_vault

    vault, recovery = create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    vault.lock()
    win = _window(qtbot, data_dir, db_worker)
    qtbot.mouseClick(win.forgot_button, Qt.MouseButton.LeftButton)
    dlg = win._recovery
    assert isinstance(dlg, RecoveryDialog)
    qtbot.keyClicks(dlg.key, "AAAA-" + recovery[5:])  # a typo first
    new = "ein ganz neuer Satz 77"
    qtbot.keyClicks(dlg.fields.first, new)
    qtbot.keyClicks(dlg.fields.second, new)
    dlg.start()
    qtbot.waitUntil(lambda: "⚠" in dlg.message.text(), timeout=5000)
    dlg.key.clear()
    qtbot.keyClicks(dlg.key, recovery.lower())
    with qtbot.waitSignal(win.unlocked, timeout=5000) as blocker:
        dlg.start()
    db_worker.run_sync(blocker.args[0].lock)
    from iq_desktop.services.vault import open_vault

    db_worker.run_sync(lambda: open_vault(data_dir, USER, new).lock())


def test_unlock_button_sits_right_under_the_passphrase(qtbot: Any, made_vault: Path, db_worker: Any) -> None:
    """No empty gap between the passphrase field and the Unlock button (the message grows below it)."""
    from iq_desktop.ui.access.unlock import UnlockWindow

    win = UnlockWindow(made_vault, db_worker)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    field = win.passphrase.mapTo(win, win.passphrase.rect().bottomLeft()).y()
    button = win.unlock_button.mapTo(win, win.unlock_button.rect().topLeft()).y()
    assert 0 < button - field <= win.fontMetrics().lineSpacing() * 1.5, (field, button)
    assert not win.message.isVisible()
    forgot = win.forgot_button.mapTo(win, win.forgot_button.rect().topLeft()).y()
    assert forgot - (button + win.unlock_button.height()) <= win.fontMetrics().lineSpacing() * 2.5


def test_a_mistyped_recovery_key_names_the_group_in_german(qtbot: Any, data_dir: Path, db_worker: Any) -> None:
    """Issue 12, item 15: as the command line does (the same service check), the dialog says which group."""
    from iq_desktop.services.vault import create_vault
    from iq_desktop.ui import i18n

    vault, recovery = create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    vault.lock()
    i18n.install("de")
    try:
        win = _window(qtbot, data_dir, db_worker)
        qtbot.mouseClick(win.forgot_button, Qt.MouseButton.LeftButton)
        dlg = win._recovery
        assert isinstance(dlg, RecoveryDialog)
        groups = recovery.split("-")
        wrong = groups[2][0]
        groups[2] = ("B" if wrong != "B" else "C") + groups[2][1:]  # one typo in the third group
        qtbot.keyClicks(dlg.key, "-".join(groups))
        new = "ein ganz neuer Satz 77"
        qtbot.keyClicks(dlg.fields.first, new)
        qtbot.keyClicks(dlg.fields.second, new)
        ok = dlg.buttons.buttons()[0] if dlg.buttons.buttons()[0].isEnabled() else dlg.buttons.buttons()[1]
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert "Gruppe 3" in dlg.message.text(), dlg.message.text()
        dlg.key.clear()
        qtbot.keyClicks(dlg.key, "ABCD-EFGH")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert "Zeichen" in dlg.message.text() and "8" in dlg.message.text()
    finally:
        i18n.install("en")
