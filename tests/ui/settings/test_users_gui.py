"""Settings → users, as a coordinator would do it by keyboard: the table shows name, role and state; one's
own row cannot be removed, demoted or reset; another user can be (each change audited); a counsellor sees
the table but none of the buttons."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from iq_desktop.crypto import TEST_KDF
from tests.ui.conftest import USER

if TYPE_CHECKING:  # imported in the tests: the page module needs a QApplication first
    from iq_desktop.ui.settings.page import SettingsPage

BEN, BEN_PASS = "ben.counsellor", "Bens Passphrase 2026 Tanne"
NEW = "Neue Passphrase fuer Ben 55 See"


def _page(qtbot: Any, ctx: Any) -> SettingsPage:
    from iq_desktop.ui.settings.page import SettingsPage

    ctx.db.run_sync(lambda: ctx.vault.add_user(BEN, "counsellor", BEN_PASS, kdf=TEST_KDF))
    page = SettingsPage(ctx)
    page.kdf = TEST_KDF
    page.users_panel.kdf = TEST_KDF
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    page.activateWindow()  # offscreen: the window a user would be typing in
    qtbot.waitUntil(lambda: page.user_list.rowCount() == 2, timeout=5000)
    return page


def _select(qtbot: Any, page: SettingsPage, name: str) -> None:
    table = page.user_list
    page.activateWindow()  # offscreen: a closed dialog leaves no window active
    qtbot.waitUntil(page.isActiveWindow, timeout=3000)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(table.rowCount() + 1):
        row = page.users_panel.selected()
        if row is not None and row.user == name:
            return
        qtbot.keyClick(table, Qt.Key.Key_Down)
    raise AssertionError(f"{name} not reached by keyboard")


def _modal(qtbot: Any, kind: type) -> Any:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=5000)
    return QApplication.activeModalWidget()


def _actions(ctx: Any) -> list[tuple[str, str, str | None, str]]:
    def read() -> list[tuple[str, str, str | None, str]]:
        with ctx.vault._uow(readonly=True) as uow:
            return [(e.user, e.action, e.record_id, e.detail) for e in uow.audit.recent(50)]

    result: list[tuple[str, str, str | None, str]] = ctx.db.run_sync(read)
    return result


def test_table_and_own_row(qtbot: Any, ctx: Any) -> None:
    page = _page(qtbot, ctx)
    cells = {page.user_list.item(r, 0).text(): page.user_list.item(r, 2).text() for r in range(2)}
    assert cells[USER] == "you" and cells[BEN] == ""
    _select(qtbot, page, USER)
    panel = page.users_panel
    assert not panel.remove_button.isEnabled() and not panel.role_button.isEnabled()
    assert not panel.reset_button.isEnabled() and panel.audit_button.isEnabled()
    _select(qtbot, page, BEN)
    assert panel.remove_button.isEnabled() and panel.role_button.isEnabled() and panel.reset_button.isEnabled()


def test_change_role_reset_and_remove_by_keyboard(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.settings.users import ResetDialog, RoleDialog

    page = _page(qtbot, ctx)
    panel = page.users_panel
    _select(qtbot, page, BEN)

    qtbot.keyClick(page, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # C&hange role…
    dlg = _modal(qtbot, RoleDialog)
    qtbot.keyClick(dlg.role, Qt.Key.Key_Down)
    assert dlg.chosen() == "coordinator"
    qtbot.keyClick(dlg.role, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "✔" in panel.status.text(), timeout=5000)
    roles = {u.user: u.role for u in ctx.db.run_sync(ctx.vault.users)}
    assert roles[BEN] == "coordinator"

    _select(qtbot, page, BEN)
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # Reset a &forgotten passphrase…
    reset = _modal(qtbot, ResetDialog)
    assert not reset.ok.isEnabled()
    qtbot.keyClicks(reset.fields.first, NEW)
    qtbot.keyClick(reset.fields.first, Qt.Key.Key_Tab)
    qtbot.keyClicks(reset.fields.second, NEW)
    panel.status.setText("")
    qtbot.keyClick(reset.fields.second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "✔" in panel.status.text(), timeout=10000)
    qtbot.waitUntil(lambda: "new passphrase" in page.user_list.item(1, 2).text(), timeout=5000)
    flags = {u.user: u.must_change for u in ctx.db.run_sync(ctx.vault.users)}
    assert flags == {BEN: True, USER: False}

    _select(qtbot, page, BEN)
    qtbot.keyClick(page, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Re&move user…
    box = _modal(qtbot, QMessageBox)
    assert BEN in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)  # Enter keeps the user
    panel.status.setText("")
    box.activateWindow()  # offscreen: as a user's window manager would
    qtbot.waitUntil(box.isActiveWindow, timeout=3000)
    qtbot.keyClick(box, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # &Remove
    qtbot.waitUntil(lambda: page.user_list.rowCount() == 1, timeout=5000)
    assert [u.user for u in ctx.db.run_sync(ctx.vault.users)] == [USER]

    done = {(a, r) for _u, a, r, _d in _actions(ctx)}
    assert {("set_role", BEN), ("reset_passphrase", BEN), ("remove_user", BEN)} <= done
    assert not any(NEW in d for *_x, d in _actions(ctx))


def test_counsellor_sees_no_user_buttons(qtbot: Any, data_dir: Path, db_worker: Any, qapp: Any) -> None:
    from iq_desktop.services.vault import create_vault, open_vault
    from iq_desktop.ui.context import AppContext
    from iq_desktop.ui.settings.page import SettingsPage

    def make() -> Any:
        v, _ = create_vault(data_dir, USER, "correct horse battery staple 7", kdf=TEST_KDF)
        v.add_user(BEN, "counsellor", BEN_PASS, kdf=TEST_KDF)
        v.lock()
        return open_vault(data_dir, BEN, BEN_PASS)

    vault = db_worker.run_sync(make)
    c = AppContext(data_dir, vault, db_worker, language="en")
    try:
        page = SettingsPage(c)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.user_list.rowCount() == 2, timeout=5000)
        panel = page.users_panel
        for b in (panel.remove_button, panel.role_button, panel.reset_button, panel.audit_button):
            assert not b.isVisible()
    finally:
        db_worker.run_sync(vault.lock)
        c.net.stop()
