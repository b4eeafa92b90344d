"""Settings → Backup: automatic backups set up and run like a coordinator would (issue 11, item 7); the
status bar's reminder after a week, clicked; a pulled USB stick is a message, never a dialog."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tests.ui._screens_support import wait_idle


def _window(qtbot: Any, ctx: Any) -> Any:
    from iq_desktop.ui.shell.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _panel(qtbot: Any, win: Any) -> Any:
    page = win.show_page("settings")
    panel = page.backup_panel
    qtbot.waitUntil(lambda: panel.status is not None, timeout=5000)
    return panel


def _no_dialogs() -> None:
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_choose_a_folder_then_back_up_now(qtbot: Any, ctx: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from iq_desktop.services import auto_backup

    win = _window(qtbot, ctx)
    bar = win.status
    qtbot.waitUntil(lambda: bar.backup_status is not None, timeout=5000)
    assert bar.backup_button.isVisible() and "No backup yet" in bar.backup_button.toolTip()  # never backed up

    panel = _panel(qtbot, win)
    assert not panel.auto_check.isChecked() and not panel.run_button.isEnabled()
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(stick)))
    qtbot.mouseClick(panel.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.status is not None and panel.status.config.folder == stick, timeout=5000)
    assert panel.auto_check.isChecked()  # choosing a folder switches them on
    assert panel.folder.currentText() == str(stick)
    assert auto_backup.config(ctx.vault) == auto_backup.Config(True, stick, 7)

    panel.keep.setFocus()
    panel.keep.selectAll()
    qtbot.keyClicks(panel.keep, "3")
    qtbot.keyClick(panel.keep, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.status.config.keep == 3, timeout=5000)

    panel.run_button.setFocus()
    qtbot.keyClick(panel.run_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Saved and checked" in panel.auto_status.text(), timeout=15000)
    written = list(stick.glob("iq-backup-*.tar"))
    assert len(written) == 1 and auto_backup.verify_backup(written[0]).ok
    qtbot.waitUntil(lambda: not bar.backup_button.isVisible(), timeout=5000)  # the reminder is gone
    assert "Last backup" in panel.auto_status.text() or "Saved and checked" in panel.auto_status.text()

    panel.auto_check.setFocus()
    qtbot.keyClick(panel.auto_check, Qt.Key.Key_Space)  # off again
    qtbot.waitUntil(lambda: not panel.status.config.enabled, timeout=5000)
    _no_dialogs()


def test_the_reminder_after_a_week_opens_the_backup_panel(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.services import auto_backup

    old = datetime.now(UTC) - timedelta(days=10)
    ctx.db.run_sync(lambda: ctx.vault.set_settings({auto_backup.LAST_AT: old.isoformat()}))
    win = _window(qtbot, ctx)
    bar = win.status
    qtbot.waitUntil(lambda: bar.backup_button.isVisible(), timeout=5000)
    assert "10 day" in bar.backup_button.toolTip()
    qtbot.mouseClick(bar.backup_button, Qt.MouseButton.LeftButton)
    page = win.pages["settings"]
    assert win.stack.currentWidget() is page
    panel = page.backup_panel
    qtbot.waitUntil(lambda: panel.reminder.isVisible(), timeout=5000)
    assert "10 day" in panel.reminder.text()
    assert win.focusWidget() in (panel.backup_button, panel.run_button)


def test_a_pulled_usb_stick_is_a_message_and_the_next_hour_retries(qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    from iq_desktop.services import auto_backup
    from iq_desktop.ui.settings.auto_backup_timer import AutoBackupTimer

    stick = tmp_path / "stick"
    stick.mkdir()
    folder = stick / "IQ-Desktop-Backups"
    ctx.db.run_sync(lambda: auto_backup.configure(ctx.vault, folder=folder))
    folder.rmdir()  # the stick is not plugged in
    win = _window(qtbot, ctx)
    timer = AutoBackupTimer(ctx, first_check_ms=0, every_ms=60_000)
    with qtbot.waitSignal(timer.reported, timeout=10000) as blocker:
        timer.start()
    assert blocker.args[0].problem == auto_backup.Problem.FOLDER_MISSING
    bar = win.status
    qtbot.waitUntil(lambda: "failed" in bar.backup_reason, timeout=5000)
    assert bar.backup_button.isVisible() and "USB drive" in bar.backup_button.toolTip()
    panel = _panel(qtbot, win)
    qtbot.waitUntil(lambda: "USB drive" in panel.auto_status.text(), timeout=5000)
    _no_dialogs()

    folder.mkdir()  # plugged in: the next check writes it
    with qtbot.waitSignal(timer.reported, timeout=10000) as blocker:
        timer.check()
    assert blocker.args[0].ok
    qtbot.waitUntil(lambda: not bar.backup_button.isVisible(), timeout=5000)
    timer.stop()
    assert not timer.running


@pytest.mark.parametrize("role", ["counsellor"])
def test_a_counsellor_sees_the_setup_but_only_backs_up(qtbot: Any, ctx: Any, tmp_path: Path, role: str) -> None:
    from iq_desktop.crypto import TEST_KDF
    from iq_desktop.services import auto_backup
    from iq_desktop.services.vault import open_vault

    folder = tmp_path / "stick"
    ctx.db.run_sync(lambda: auto_backup.configure(ctx.vault, folder=folder, keep=2))
    ctx.db.run_sync(lambda: ctx.vault.add_user("ben", role, "ben's own long passphrase 9", kdf=TEST_KDF))
    coordinator = ctx.vault
    ctx.vault = ctx.db.run_sync(lambda: open_vault(ctx.data_dir, "ben", "ben's own long passphrase 9"))
    try:
        win = _window(qtbot, ctx)
        panel = _panel(qtbot, win)
        assert not panel.auto_check.isEnabled() and not panel.folder.isEnabled() and not panel.keep.isEnabled()
        assert "Only a coordinator" in panel.folder_note.text()
        assert not panel.restore_button.isVisible() and panel.backup_button.isVisible()
        assert panel.run_button.isEnabled()
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Saved and checked" in panel.auto_status.text(), timeout=15000)
        assert len(list(folder.glob("iq-backup-*.tar"))) == 1
        wait_idle(qtbot, ctx)
    finally:
        ctx.db.run_sync(ctx.vault.lock)
        ctx.vault = coordinator


def test_the_shell_starts_the_hourly_check_after_unlock_and_stops_it_at_lock(qtbot: Any, made_vault: Path) -> None:
    from iq_desktop.crypto import TEST_KDF
    from iq_desktop.ui.settings.auto_backup_timer import AutoBackupTimer
    from iq_desktop.ui.shell.app import Shell
    from tests.ui.conftest import PASSPHRASE, USER

    shell = Shell(made_vault, "en", kdf=TEST_KDF)
    try:
        shell.start()
        win = shell.window
        qtbot.waitUntil(lambda: win.user.count() > 0, timeout=5000)
        win.user.setCurrentIndex(max(0, win.user.findText(USER)))
        qtbot.keyClicks(win.passphrase, PASSPHRASE)
        with qtbot.waitSignal(shell.main_shown, timeout=10000):
            qtbot.keyClick(win.passphrase, Qt.Key.Key_Return)
        timer = shell.ctx.findChild(AutoBackupTimer)
        assert timer is not None and timer.running
        shell.ctx.lock()
        assert not timer.running
    finally:
        shell.shutdown()
        if shell.window is not None:
            shell.window.close()
            shell.window.deleteLater()


def test_a_usb_drive_is_offered_first_and_chosen_by_keyboard(
    qtbot: Any, ctx: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from iq_desktop.services import auto_backup

    usb = tmp_path / "media" / "STICK"
    usb.mkdir(parents=True)
    monkeypatch.setattr(auto_backup, "removable_media_dirs", lambda: [usb])
    win = _window(qtbot, ctx)
    panel = _panel(qtbot, win)
    assert panel.folder.count() == 1 and str(usb) in panel.folder.itemText(0)
    panel.folder.setFocus()
    qtbot.keyClick(panel.folder, Qt.Key.Key_Down)
    target = usb / auto_backup.DRIVE_FOLDER
    qtbot.waitUntil(lambda: panel.status.config.folder == target, timeout=5000)
    assert target.is_dir() and panel.auto_check.isChecked() and panel.run_button.isEnabled()
    assert "own disk" in panel.folder_note.text()  # tmp_path is on the vault's disk: the warning
