"""First-run wizard, driven like a user: type, click, keyboard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWizard

from iq_desktop.crypto import TEST_KDF
from iq_desktop.ui.access.first_run import FirstRunWizard

GOOD = "Mein Fahrrad ist blau 2024"


def _wizard(qtbot: Any, data_dir: Path, db_worker: Any) -> FirstRunWizard:
    wiz = FirstRunWizard(data_dir, db_worker, kdf=TEST_KDF)
    qtbot.addWidget(wiz, before_close_func=lambda w: setattr(w, "ask_before_cancel", False))
    wiz.show()
    qtbot.waitExposed(wiz)
    return wiz


def test_first_run_end_to_end(qtbot: Any, data_dir: Path, db_worker: Any, tmp_path: Path) -> None:
    wiz = _wizard(qtbot, data_dir, db_worker)
    next_button = wiz.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wiz.currentPage() is wiz.account
    assert not next_button.isEnabled()

    qtbot.keyClicks(wiz.account.user, "anna")
    qtbot.keyClicks(wiz.account.fields.first, "short")
    assert "10" in wiz.account.fields.problems.text()
    assert wiz.account.fields.strength_text.text()  # strength in words, not colour alone
    assert not next_button.isEnabled()
    wiz.account.fields.first.clear()
    qtbot.keyClicks(wiz.account.fields.first, GOOD)
    qtbot.keyClicks(wiz.account.fields.second, GOOD[:-1] + "5")
    assert not next_button.isEnabled()  # the two differ
    wiz.account.fields.second.clear()
    qtbot.keyClicks(wiz.account.fields.second, GOOD)
    assert next_button.isEnabled()

    with qtbot.waitSignal(wiz.currentIdChanged, timeout=10000):
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wiz.vault is not None
    assert wiz.currentPage() is wiz.key_page
    groups = wiz.key_page.key_label.text().split()
    assert len(groups) == 14 and all(len(g) == 4 for g in groups)
    assert "".join(groups) == wiz.recovery_key.replace("-", "")

    finish = wiz.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wiz.reject()  # cancel is refused once the vault exists
    assert wiz.isVisible()

    pdf = tmp_path / "key.pdf"
    wiz.key_page.save_pdf(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")

    wiz.key_page.stored.setFocus()
    qtbot.keyClick(wiz.key_page.stored, Qt.Key.Key_Space)
    assert finish.isEnabled()
    with qtbot.waitSignal(wiz.vault_created) as blocker:
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    vault = blocker.args[0]
    assert vault.user == "anna" and vault.role == "coordinator"
    assert (data_dir / "vault.db").is_file()
    db_worker.run_sync(vault.lock)


def test_window_stays_responsive_while_vault_is_created(qtbot: Any, data_dir: Path, db_worker: Any) -> None:
    import threading

    gate = threading.Event()
    db_worker.submit(gate.wait, 5)  # the worker is busy: creation must queue, not block the GUI
    wiz = _wizard(qtbot, data_dir, db_worker)
    wiz.next()
    qtbot.keyClicks(wiz.account.user, "bert")
    qtbot.keyClicks(wiz.account.fields.first, GOOD)
    qtbot.keyClicks(wiz.account.fields.second, GOOD)
    wiz.next()
    assert wiz.creating and wiz.account.busy.isVisible()
    assert not wiz.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.wait(50)  # the event loop runs
    gate.set()
    qtbot.waitUntil(lambda: wiz.currentPage() is wiz.key_page, timeout=10000)
    assert wiz.vault is not None
    db_worker.run_sync(wiz.vault.lock)


def test_every_input_has_a_label_and_an_accessible_name(qtbot: Any, data_dir: Path, db_worker: Any) -> None:
    wiz = _wizard(qtbot, data_dir, db_worker)
    wiz.next()
    edits = wiz.account.findChildren(QLineEdit)
    buddies = {label.buddy() for label in wiz.account.findChildren(QLabel) if label.buddy() is not None}
    assert len(edits) == 3
    for e in edits:
        assert e.accessibleName()
        assert e in buddies


def test_existing_vault_is_reported_not_overwritten(qtbot: Any, made_vault: Path, db_worker: Any) -> None:
    wiz = _wizard(qtbot, made_vault, db_worker)
    wiz.next()
    qtbot.keyClicks(wiz.account.user, "carla")
    qtbot.keyClicks(wiz.account.fields.first, GOOD)
    qtbot.keyClicks(wiz.account.fields.second, GOOD)
    wiz.next()
    qtbot.waitUntil(lambda: not wiz.creating, timeout=10000)
    assert wiz.vault is None
    assert "⚠" in wiz.account.status.text()
    assert wiz.currentPage() is wiz.account


def _answer_confirmation(qtbot: Any, answer: str, seen: list[str]) -> None:
    """When the "cancel the setup?" question shows, note its text and press ``answer`` like a user."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def respond() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, respond)
            return
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == answer)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, respond)


def test_focus_starts_at_the_user_name_and_tabs_to_the_passphrases(qtbot: Any, data_dir: Path, db_worker: Any) -> None:
    from PySide6.QtWidgets import QApplication

    wiz = _wizard(qtbot, data_dir, db_worker)
    wiz.activateWindow()
    qtbot.waitUntil(wiz.isActiveWindow, timeout=2000)
    qtbot.mouseClick(wiz.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    fields = wiz.account.fields
    qtbot.waitUntil(wiz.account.user.hasFocus, timeout=2000)
    qtbot.keyClicks(QApplication.focusWidget(), "anna")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert fields.first.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert fields.second.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert wiz.account.user.hasFocus()
    assert wiz.account.user.text() == "anna"


def test_a_stray_space_or_esc_never_ends_the_setup_without_asking(qtbot: Any, data_dir: Path, db_worker: Any) -> None:
    from PySide6.QtWidgets import QApplication

    wiz = _wizard(qtbot, data_dir, db_worker)
    wiz.activateWindow()
    qtbot.waitUntil(wiz.isActiveWindow, timeout=2000)
    wiz.next()
    qtbot.waitUntil(wiz.account.user.hasFocus, timeout=2000)
    # Shift+Tab from the user name, then a space typed as if still in the text: at most a question
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    cancel = wiz.button(QWizard.WizardButton.CancelButton)
    seen: list[str] = []
    if cancel.hasFocus():
        _answer_confirmation(qtbot, "Continue setup", seen)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert wiz.isVisible()
    assert isinstance(cancel, QPushButton) and not cancel.autoDefault()

    _answer_confirmation(qtbot, "Continue setup", seen)
    qtbot.keyClick(wiz, Qt.Key.Key_Escape)
    assert wiz.isVisible() and wiz.result() == 0
    assert seen and "Nothing has been saved" in seen[-1]

    _answer_confirmation(qtbot, "Continue setup", seen)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert wiz.isVisible()

    _answer_confirmation(qtbot, "Cancel setup", seen)
    with qtbot.waitSignal(wiz.rejected, timeout=5000):
        wiz.close()
    assert not wiz.isVisible()
    assert not (data_dir / "vault.db").exists()


def test_shift_tab_from_the_user_name_stays_in_the_text_fields_so_a_space_is_only_text(
    qtbot: Any, data_dir: Path, db_worker: Any
) -> None:
    from PySide6.QtWidgets import QApplication

    wiz = _wizard(qtbot, data_dir, db_worker)
    wiz.activateWindow()
    qtbot.waitUntil(wiz.isActiveWindow, timeout=2000)
    qtbot.mouseClick(wiz.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    account, fields = wiz.account, wiz.account.fields
    qtbot.waitUntil(account.user.hasFocus, timeout=2000)
    qtbot.keyClicks(account.user, "anna")

    # Shift+Tab from the user name wraps to the last field of the page, not to a wizard button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    focused = QApplication.focusWidget()
    assert focused is fields.second and not isinstance(focused, QPushButton)
    qtbot.keyClick(focused, Qt.Key.Key_Space)  # a space typed as if still in the text
    assert QApplication.activeModalWidget() is None  # no question, nothing pressed
    assert wiz.isVisible() and wiz.result() == 0
    assert wiz.currentPage() is account
    assert account.user.text() == "anna" and fields.first.text() == ""
    assert fields.second.text() == " "  # the space is text in a text field

    # and round the other way: repeat -> user name with Tab; Shift+Tab walks back through all three
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert account.user.hasFocus()
    for expected in (fields.second, fields.first, account.user):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert QApplication.focusWidget() is expected

    # the buttons stay reachable: Enter is "Next" once the page is complete (here: not yet, nothing happens)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert wiz.currentPage() is account and wiz.isVisible()
