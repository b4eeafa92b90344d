"""The shell: unlock -> main window -> lock -> unlock, pages, shortcuts, status bar, auto-lock, errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from iq_desktop.crypto import TEST_KDF
from iq_desktop.ui.context import Change
from iq_desktop.ui.records.models import ID_ROLE
from tests.ui.conftest import PASSPHRASE

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def shell(qapp: Any, made_vault: Path) -> Any:
    from iq_desktop.ui.shell.app import Shell

    s = Shell(made_vault, "en", kdf=TEST_KDF)
    yield s
    s.shutdown()
    if s.window is not None:
        s.window.close()
        s.window.deleteLater()


def _unlock(qtbot: Any, shell: Any) -> Any:
    from iq_desktop.ui.access.unlock import UnlockWindow

    win = shell.window
    assert isinstance(win, UnlockWindow)
    qtbot.waitUntil(lambda: win.user.count() > 0, timeout=5000)
    qtbot.keyClicks(win.passphrase, PASSPHRASE)
    with qtbot.waitSignal(shell.main_shown, timeout=10000) as blocker:
        qtbot.keyClick(win.passphrase, Qt.Key.Key_Return)
    main = blocker.args[0]
    qtbot.waitExposed(main)
    return main


def test_unlock_lock_unlock_with_keyboard(qtbot: Any, shell: Any) -> None:
    shell.start()
    main = _unlock(qtbot, shell)
    vault = shell.ctx.vault
    sessions = main.pages["sessions"]
    qtbot.waitUntil(lambda: sessions.model.loaded_once, timeout=5000)
    events: list[str] = []
    shell.ctx.about_to_lock.connect(lambda: events.append("about_to_lock"))
    shell.ctx.locked.connect(lambda: events.append("locked"))
    with qtbot.waitSignal(shell.unlock_shown, timeout=5000):
        QTest.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert events == ["about_to_lock", "locked"]
    qtbot.waitUntil(lambda: vault.locked, timeout=5000)
    assert shell.main is None and shell.ctx is None
    main2 = _unlock(qtbot, shell)
    assert main2 is not main


def test_every_main_screen_opens(qtbot: Any, shell: Any) -> None:
    from iq_desktop.ui.shell.main_window import PAGES

    shell.start()
    main = _unlock(qtbot, shell)
    for n, (key, *_rest) in enumerate(PAGES, start=1):
        QTest.keyClick(main, Qt.Key(Qt.Key.Key_0 + n), Qt.KeyboardModifier.ControlModifier)
        assert main.stack.currentWidget() is main.pages[key]
        assert main.pages[key].isVisible()
    assert main.load_errors == []


def test_self_test_checks_fail_on_a_placeholder_screen(qtbot: Any, shell: Any) -> None:
    """--self-test must not say "ok" when a screen failed to load and became a placeholder page."""
    from iq_desktop.ui.shell.main_window import _placeholder
    from iq_desktop.ui.shell.self_test import check_main_window, sync_problem

    shell.start()
    main = _unlock(qtbot, shell)
    assert sync_problem() is None
    assert check_main_window(main, QApplication.instance()) == []
    broken = _placeholder("Figures")  # what the window shows when the figures screen fails to load
    main.stack.addWidget(broken)
    main.pages["figures"] = broken
    problems = check_main_window(main)
    assert problems == ["screen figures failed to load (placeholder shown)"]


def test_ctrl_n_opens_new_session_form_and_ctrl_f_finds(qtbot: Any, shell: Any) -> None:
    shell.start()
    main = _unlock(qtbot, shell)
    QTest.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = main.stack.currentWidget()
    assert type(form).__name__ == "SessionForm"
    form.cancel()  # nothing typed: closes without asking
    qtbot.waitUntil(lambda: main.stack.currentWidget() is main.pages["sessions"], timeout=3000)
    QTest.keyClick(main, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    clients = main.pages["clients"]
    assert main.stack.currentWidget() is clients
    assert QApplication.focusWidget() is clients.find_edit or not main.isActiveWindow()


def test_status_bar_shows_waiting_records_in_words(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.services import demo
    from iq_desktop.ui.shell.status_bar import StatusBar

    ctx.db.run_sync(lambda: demo.create_demo_data(ctx.vault, 10, seed=3))
    bar = StatusBar(ctx)
    qtbot.addWidget(bar)
    qtbot.waitUntil(lambda: bar.waiting_count is not None, timeout=5000)
    assert bar.waiting_count and bar.waiting_count > 0
    assert str(bar.waiting_count) in bar.waiting.text.text()
    assert bar.waiting.icon.pixmap() is not None and not bar.waiting.icon.pixmap().isNull()
    assert bar.online.text.text() and bar.last_sync.text.text()
    bar.set_online(False)
    assert bar.online.text.text() == "Offline"


def test_autolock_after_idle_and_on_suspend(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.access.autolock import AutoLock

    vault = ctx.vault
    lock = AutoLock(ctx, minutes=1)
    lock.check()
    assert ctx.vault is vault  # not idle yet
    lock.last_input -= 61
    with qtbot.waitSignal(ctx.locked, timeout=2000):
        lock.check()
    assert ctx.vault is None
    qtbot.waitUntil(lambda: vault.locked, timeout=5000)


def test_suspend_locks(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.access.autolock import AutoLock

    lock = AutoLock(ctx, minutes=5)
    with qtbot.waitSignal(ctx.locked, timeout=2000):
        lock._state_changed(Qt.ApplicationState.ApplicationSuspended)
    assert ctx.is_locked


def test_crash_log_has_type_and_frames_but_no_message(qtbot: Any, tmp_path: Path) -> None:
    from iq_desktop.ui import errors

    errors.set_log_dir(tmp_path / "logs")

    def inner() -> None:
        secret = "Müller, Amina"  # noqa: F841 - a local that must not be logged
        raise ValueError("client Müller, Amina born 1980")

    try:
        inner()
    except ValueError as exc:
        dlg = errors.report_exception(exc)
    qtbot.addWidget(dlg)
    assert isinstance(dlg, errors.CrashDialog)
    text = dlg.log_path.read_text()
    assert "builtins.ValueError" in text and "in inner" in text
    assert "Müller" not in text and "1980" not in text and "Amina" not in text
    assert str(Path.home()) not in text
    dlg.close()


def test_known_error_is_a_plain_message(qtbot: Any) -> None:
    from iq_desktop.services.errors import VaultDamaged
    from iq_desktop.ui import errors

    box = errors.report_exception(VaultDamaged("x"))
    qtbot.addWidget(box)
    assert "damaged" in box.text().lower() and "backup" in box.text().lower()
    box.close()


def test_german_is_the_default_language(qtbot: Any, made_vault: Path, db_worker: Any) -> None:
    from iq_desktop.ui import i18n
    from iq_desktop.ui.access.unlock import UnlockWindow

    try:
        assert i18n.install(None) == "de"
        win = UnlockWindow(made_vault, db_worker)
        qtbot.addWidget(win)
        assert win.unlock_button.text() == "Entsperren"
    finally:
        i18n.install("en")


@pytest.mark.parametrize("flag", ["--self-test"])
def test_self_test_exits_zero(flag: str, tmp_path: Path) -> None:
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
        "HOME": str(tmp_path),
        "PATH": "/usr/bin:/bin",
        "IQ_DATA_DIR": str(tmp_path / "unused"),
    }
    code = f"import sys; from iq_desktop.ui.shell.app import run; sys.exit(run(['iq-desktop', '{flag}']))"
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr[-2000:]
    assert "self-test: ok" in proc.stdout


def test_language_switch_rebuilds_the_window_and_is_remembered(qtbot: Any, shell: Any) -> None:
    from iq_desktop.ui import i18n
    from iq_desktop.ui.context import settings_for

    shell.start()
    main = _unlock(qtbot, shell)
    main.show_page("clients")
    try:
        with qtbot.waitSignal(shell.main_shown) as blocker:
            shell.ctx.language_changed.emit("de")
        new = blocker.args[0]
        assert new is not main
        assert new.current_key() == "clients"
        assert new.nav.item(0).text() == "Beratungen"
        assert settings_for(shell.data_dir).value("ui/language") == "de"
    finally:
        i18n.install("en")


def test_demo_mode_opens_without_passphrase_and_shows_a_banner(qtbot: Any, tmp_path: Path) -> None:
    from iq_desktop.ui.shell.app import Shell

    s = Shell(tmp_path / "demo", "en", demo=True)
    try:
        with qtbot.waitSignal(s.main_shown, timeout=30000) as blocker:
            s.start()
        main = blocker.args[0]
        assert main.demo_banner.isVisible() and "DEMO" in main.demo_banner.text()
        assert "DEMO" in main.windowTitle()
        sessions = main.pages["sessions"]
        qtbot.waitUntil(lambda: sessions.model.rowCount() > 100, timeout=10000)
    finally:
        s.shutdown()
        if s.window is not None:
            s.window.close()


def test_open_a_session_and_a_client_from_the_lists(qtbot: Any, shell: Any) -> None:
    from iq_desktop.services import demo

    shell.start()
    main = _unlock(qtbot, shell)
    shell.db.run_sync(lambda: demo.create_demo_data(shell.ctx.vault, 12, seed=5))
    shell.ctx.notify(Change.RECORDS)
    sessions = main.pages["sessions"]
    qtbot.waitUntil(lambda: sessions.model.row_values(0) is not None, timeout=5000)
    sessions.table.setFocus()
    sessions.table.selectRow(0)
    sessions.table.setCurrentIndex(sessions.model.index(0, 0))
    sessions.table.activated.emit(sessions.model.index(0, 0))  # Enter / double-click
    qtbot.waitUntil(lambda: type(main.stack.currentWidget()).__name__ == "SessionForm", timeout=5000)
    form = main.stack.currentWidget()
    assert form.record_id == sessions.model.row_values(0)[5]
    form.cancel()
    qtbot.waitUntil(lambda: main.stack.currentWidget() is sessions, timeout=3000)

    clients = main.show_page("clients")
    qtbot.waitUntil(lambda: clients.model.rowCount() > 0, timeout=5000)
    qtbot.waitUntil(lambda: clients.model.data(clients.model.index(0, 0), ID_ROLE) is not None, timeout=5000)
    clients.table.activated.emit(clients.model.index(0, 0))
    qtbot.waitUntil(lambda: type(main.stack.currentWidget()).__name__ == "ClientPage", timeout=5000)
    QTest.keyClick(main, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # navigating away closes it
    qtbot.waitUntil(lambda: main.stack.currentWidget() is clients, timeout=3000)
    QTest.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert type(main.stack.currentWidget()).__name__ == "ClientForm"


def test_run_accepts_argv_with_or_without_program_name() -> None:
    from iq_desktop.ui.shell.app import parse_args

    assert parse_args(["--demo"]).demo
    assert parse_args(["iq-desktop", "--demo", "--data-dir", "x"]).data_dir == "x"
    assert parse_args(["/usr/bin/iq-desktop", "--self-test"]).self_test


def test_cli_starts_the_gui_self_test(tmp_path: Path) -> None:
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO), "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    code = "import sys; from iq_desktop.launcher import main; sys.exit(main(['--self-test']))"
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr[-2000:]
    assert "self-test: ok" in proc.stdout
