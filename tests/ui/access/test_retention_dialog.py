"""A purge the automatic retention held back is shown after unlock (issue 9 item 2, the GUI part).

The clock is injected into the real retention service (5 years ahead: the clock is not trusted); the
app then opens the vault as after an unlock. A coordinator gets a dialog naming the count and why;
nothing is deleted until "Delete now" is clicked, and "Not now" deletes nothing. A counsellor gets a
note to ask a coordinator, and no dialog.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from iq_desktop.crypto import TEST_KDF
from tests.ui.conftest import PASSPHRASE, USER

RECORDS = 40  # demo records (clients and their sessions)
COUNSELLOR, COUNSELLOR_PASSPHRASE = "ben.counsellor", PASSPHRASE + " ben"


def five_years_ahead() -> datetime:
    return datetime.now(UTC) + timedelta(days=5 * 365)


@pytest.fixture
def shell(qapp: Any, made_vault: Path) -> Iterator[Any]:
    from iq_desktop.services import demo
    from iq_desktop.services.vault import open_vault
    from iq_desktop.ui.shell.app import Shell

    def fill() -> None:
        vault = open_vault(made_vault, USER, PASSPHRASE)
        demo.create_demo_data(vault, RECORDS, seed=7)
        vault.add_user(COUNSELLOR, "counsellor", COUNSELLOR_PASSPHRASE, kdf=TEST_KDF)
        vault.lock()

    s = Shell(made_vault, "en", kdf=TEST_KDF)
    s.db.run_sync(fill)
    yield s
    s.shutdown()
    if s.window is not None:
        s.window.close()
        s.window.deleteLater()


def _unlock_with_clock_ahead(qtbot: Any, shell: Any, user: str, passphrase: str) -> Any:
    """Open the vault (as the unlock screen does), run the automatic retention with the clock 5 years
    ahead, then show the main window as after an unlock."""
    from iq_desktop.services.retention import auto_retention
    from iq_desktop.services.vault import open_vault

    def unlock() -> Any:
        vault = open_vault(shell.data_dir, user, passphrase)
        assert auto_retention(vault, clock=five_years_ahead) is None  # not run: the clock is not trusted
        return vault

    vault = shell.db.run_sync(unlock)
    with qtbot.waitSignal(shell.main_shown, timeout=10000) as blocker:
        shell.open_main(vault)
    main = blocker.args[0]
    qtbot.waitExposed(main)
    return main


def _clients(shell: Any) -> int:
    from iq_desktop.services.queries import count_clients

    return int(shell.db.run_sync(lambda: count_clients(shell.ctx.vault)))


def _dialog(qtbot: Any, main: Any) -> Any:
    from iq_desktop.ui.access.retention_dialog import RetentionDialog

    qtbot.waitUntil(lambda: main.findChild(RetentionDialog) is not None, timeout=5000)
    dialog = main.findChild(RetentionDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_nothing_is_deleted_until_delete_now_is_clicked(qtbot: Any, shell: Any) -> None:
    from iq_desktop.services.retention import held_back

    main = _unlock_with_clock_ahead(qtbot, shell, USER, PASSPHRASE)
    clients = _clients(shell)
    held = shell.db.run_sync(lambda: held_back(shell.ctx.vault))
    assert held.reason == "clock" and held.total_clients == clients and held.clients > clients // 2
    dialog = _dialog(qtbot, main)
    text = dialog.message.text()
    assert "clock may be wrong" in text
    assert f"{held.clients} of {clients} clients would be deleted" in text
    assert _clients(shell) == clients  # shown, nothing deleted

    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert _clients(shell) == clients - held.clients  # exactly the ones the dialog named
    assert shell.db.run_sync(lambda: held_back(shell.ctx.vault)) is None
    assert f"{held.clients} clients were deleted" in main.statusBar().currentMessage()


def test_not_now_deletes_nothing(qtbot: Any, shell: Any) -> None:
    from iq_desktop.services.retention import held_back

    main = _unlock_with_clock_ahead(qtbot, shell, USER, PASSPHRASE)
    clients = _clients(shell)
    dialog = _dialog(qtbot, main)
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: shell.db.run_sync(lambda: held_back(shell.ctx.vault)) is None, timeout=5000)
    assert _clients(shell) == clients


def test_a_counsellor_gets_a_note_to_ask_a_coordinator(qtbot: Any, shell: Any) -> None:
    from iq_desktop.ui.access.retention_dialog import RetentionDialog

    main = _unlock_with_clock_ahead(qtbot, shell, COUNSELLOR, COUNSELLOR_PASSPHRASE)
    clients = _clients(shell)
    qtbot.waitUntil(lambda: "ask a coordinator" in main.statusBar().currentMessage(), timeout=5000)
    assert main.findChild(RetentionDialog) is None
    assert _clients(shell) == clients
