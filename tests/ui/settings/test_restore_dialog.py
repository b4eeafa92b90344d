"""Settings → Backup → "Restore from backup…" (issue 9 item 3), typed and clicked like a coordinator.

A real vault with records is backed up, a record is added, and the backup is restored through the
dialog: the app locks, restores (``services.backup.restore_backup``), and shows the restored vault,
without the added record; the replaced vault is kept beside it. A wrong passphrase is refused in the
dialog and the open vault is untouched. A counsellor has no restore button.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from iq_desktop.crypto import TEST_KDF
from iq_desktop.domain.codes import ConsentScope
from iq_desktop.domain.records import Client
from tests.ui.conftest import PASSPHRASE, USER

ADDED = "Zora"  # the first name of the client added after the backup


def _client(first: str) -> Client:
    return Client(
        first_name=first,
        last_name="Example",
        birth_date=date(1985, 5, 5),
        nationality="SY",
        qualification_country="SY",
        consent_date=date.today() - timedelta(days=30),
        consent_scope=ConsentScope.COUNSELLING,
    )


@pytest.fixture
def backed_up(made_vault: Path, tmp_path: Path) -> Path:
    """Three clients, a backup of them, then a fourth client added (the vault is locked again)."""
    from iq_desktop.services import records
    from iq_desktop.services.vault import open_vault

    vault = open_vault(made_vault, USER, PASSPHRASE)
    for name in ("Amal", "Bilal", "Chen"):
        records.save_client(vault, _client(name))
    backup = vault.backup(tmp_path / "backups" / "iq-backup.tar")
    records.save_client(vault, _client(ADDED))
    vault.add_user("ben.counsellor", "counsellor", PASSPHRASE + " ben", kdf=TEST_KDF)
    vault.lock()
    return backup


@pytest.fixture
def shell(qapp: Any, made_vault: Path) -> Any:
    from iq_desktop.ui.shell.app import Shell

    s = Shell(made_vault, "en", kdf=TEST_KDF)
    yield s
    s.shutdown()
    if s.window is not None:
        s.window.close()
        s.window.deleteLater()


def _unlock(qtbot: Any, shell: Any, user: str = USER, passphrase: str = PASSPHRASE) -> Any:
    from iq_desktop.ui.access.unlock import UnlockWindow

    win = shell.window
    assert isinstance(win, UnlockWindow)
    qtbot.waitUntil(lambda: win.user.count() > 1, timeout=5000)
    win.user.setCurrentIndex(win.user.findText(user))
    qtbot.keyClicks(win.passphrase, passphrase)
    with qtbot.waitSignal(shell.main_shown, timeout=10000) as blocker:
        qtbot.keyClick(win.passphrase, Qt.Key.Key_Return)
    main = blocker.args[0]
    qtbot.waitExposed(main)
    return main


def _go(qtbot: Any, main: Any, row: int) -> None:
    """Click the page's entry in the navigation."""
    rect = main.nav.visualItemRect(main.nav.item(row))
    qtbot.mouseClick(main.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _settings(qtbot: Any, main: Any) -> Any:
    _go(qtbot, main, 6)
    page = main.pages["settings"]
    assert main.stack.currentWidget() is page
    return page


def _client_names(qtbot: Any, main: Any) -> set[str]:
    _go(qtbot, main, 1)
    page = main.pages["clients"]
    qtbot.waitUntil(lambda: page.model.loaded_once and page.model.rowCount() > 0, timeout=5000)
    model = page.model
    qtbot.waitUntil(lambda: all(model.index(r, 0).data() != "…" for r in range(model.rowCount())), timeout=5000)
    texts = {str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(model.columnCount())}
    return {n for n in ("Amal", "Bilal", "Chen", ADDED) if any(n in t for t in texts)}


def _open_dialog(qtbot: Any, main: Any) -> Any:
    from iq_desktop.ui.settings.restore_dialog import RestoreDialog

    page = _settings(qtbot, main)
    assert page.restore_button.isVisible()
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(RestoreDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _fill(qtbot: Any, dialog: Any, backup: Path, passphrase: str) -> None:
    qtbot.keyClicks(dialog.file, str(backup))
    assert dialog.user.text() == USER  # pre-filled with the signed-in coordinator
    qtbot.keyClicks(dialog.passphrase, passphrase)
    assert not dialog.restore_button.isEnabled()  # not before the tick
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert dialog.restore_button.isEnabled()


def test_a_coordinator_restores_a_backup_and_the_app_shows_the_restored_vault(
    qtbot: Any, shell: Any, backed_up: Path, made_vault: Path
) -> None:
    shell.start()
    main = _unlock(qtbot, shell)
    old_vault = shell.ctx.vault
    assert _client_names(qtbot, main) == {"Amal", "Bilal", "Chen", ADDED}

    dialog = _open_dialog(qtbot, main)
    _fill(qtbot, dialog, backed_up, PASSPHRASE)
    with qtbot.waitSignal(shell.main_shown, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    restored = blocker.args[0]
    qtbot.waitExposed(restored)

    assert old_vault.locked
    assert shell.ctx.vault is not old_vault and shell.ctx.user == USER
    assert _client_names(qtbot, restored) == {"Amal", "Bilal", "Chen"}  # without the one added later
    kept = sorted(p.name for p in made_vault.glob("vault.db.before-restore-*"))
    assert len(kept) == 1  # the replaced vault is kept beside it
    from iq_desktop.sync.outbox import RECONCILE_ITEMS

    assert shell.ctx.vault.get_setting(RECONCILE_ITEMS) == "1"  # the next sync reconciles with the server


def test_a_wrong_passphrase_is_refused_and_the_open_vault_is_untouched(
    qtbot: Any, shell: Any, backed_up: Path, made_vault: Path
) -> None:
    shell.start()
    main = _unlock(qtbot, shell)
    vault = shell.ctx.vault
    before = (made_vault / "vault.db").stat().st_ino

    dialog = _open_dialog(qtbot, main)
    _fill(qtbot, dialog, backed_up, "not the passphrase at all 9")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=10000)

    assert "passphrase is not correct" in dialog.problem.text()
    assert dialog.isVisible() and dialog.restore_button.isEnabled()  # try again, or Cancel
    assert shell.main is main and shell.ctx.vault is vault and not vault.locked
    assert (made_vault / "vault.db").stat().st_ino == before
    assert not list(made_vault.glob("*.before-restore-*"))
    assert not list(made_vault.glob(".iq-restore-*"))  # the checked key file was not left behind
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _client_names(qtbot, main) == {"Amal", "Bilal", "Chen", ADDED}


def test_a_counsellor_has_no_restore_button(qtbot: Any, shell: Any, backed_up: Path) -> None:
    shell.start()
    main = _unlock(qtbot, shell, "ben.counsellor", PASSPHRASE + " ben")
    page = _settings(qtbot, main)
    assert not page.restore_button.isVisible()
    assert page.backup_button.isVisible()
