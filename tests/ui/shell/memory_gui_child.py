"""Child process of test_memory_after_lock_gui: the real app (offscreen) unlocked by typing, the session
and client lists shown, a client's page opened, then locked with Ctrl+L; waits (stdin) while the parent
scans this process's memory. argv: data_dir. stdin: the passphrase line, then EOF to exit."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def _wait(what: Callable[[], object], seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not what():
        if time.monotonic() > deadline:
            modal = QApplication.activeModalWidget()
            raise SystemExit(f"timed out waiting at line {sys._getframe(1).f_lineno} (modal: {type(modal).__name__})")
        QTest.qWait(20)


def _unlock_and_browse(shell: Any, passphrase: str) -> str:
    from iq_desktop.ui.access.unlock import UnlockWindow

    _wait(lambda: isinstance(shell.window, UnlockWindow) and shell.window.user.count() > 0)
    win = shell.window
    QTest.keyClicks(win.passphrase, passphrase)
    QTest.keyClick(win.passphrase, Qt.Key.Key_Return)
    _wait(lambda: shell.main is not None)
    main = shell.main
    sessions = main.pages["sessions"]
    _wait(lambda: sessions.model.loaded_once and sessions.model.rowCount() > 0)
    clients = main.show_page("clients")
    _wait(lambda: clients.model.rowCount() > 0)
    QTest.qWait(500)
    shown = f"shown {sessions.model.rowCount()} sessions, {clients.model.rowCount()} clients"
    QTest.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _wait(lambda: isinstance(shell.window, UnlockWindow))
    return shown


def main() -> None:
    from iq_desktop.ui.shell.app import FORGET_AFTER_LOCK_MS, Shell

    app = QApplication([])
    shell = Shell(Path(sys.argv[1]), "en")
    shell.start()
    print(_unlock_and_browse(shell, sys.stdin.readline().rstrip("\n")), flush=True)
    QTest.qWait(FORGET_AFTER_LOCK_MS + 1500)  # the app's clean-up after a lock has run
    print("locked", flush=True)
    sys.stdin.read()
    shell.shutdown()
    app.quit()


if __name__ == "__main__":
    main()
