"""A lock closes the dialogs of the locked session (issue 10, item 1): nothing that shows personal data
stays open (or in memory) behind the unlock screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from iq_desktop.crypto import TEST_KDF
from tests.ui.shell.test_shell import _unlock


@pytest.fixture
def shell(qapp: Any, made_vault: Path) -> Any:
    from iq_desktop.ui.shell.app import Shell

    s = Shell(made_vault, "en", kdf=TEST_KDF)
    yield s
    s.shutdown()
    if s.window is not None:
        s.window.close()
        s.window.deleteLater()


def test_lock_closes_open_dialogs(qtbot: Any, shell: Any) -> None:
    shell.start()
    main = _unlock(qtbot, shell)
    dialog = QDialog(main)
    QVBoxLayout(dialog).addWidget(QLabel("Client CNRYlast0001Q", dialog))
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(shell.unlock_shown, timeout=5000):
        QTest.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
