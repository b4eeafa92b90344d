"""The audit log viewer (Settings → "Show audit log…"), by keyboard: entries newest first with the actions
in words, filters by user and action, more entries loaded as the table scrolls, the export as CSV
(audited itself)."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import USER


def _fill(ctx: Any, n: int) -> None:
    """``n`` old edits by another user (the vault's own entries are the newest)."""

    def add() -> None:
        start = datetime(2025, 1, 1, 9, 0, tzinfo=UTC)
        with ctx.vault._uow() as uow:
            for i in range(n):
                uow.audit.add("berta", "edit", "session", f"S{i:05d}", at=start + timedelta(minutes=i))

    ctx.db.run_sync(add)


def _dialog(qtbot: Any, ctx: Any) -> Any:
    from iq_desktop.ui.settings.page import SettingsPage

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    page.activateWindow()  # offscreen: the window a user would be typing in
    qtbot.waitUntil(page.isActiveWindow, timeout=3000)
    qtbot.keyClick(page, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # Show aud&it log…
    qtbot.waitUntil(lambda: type(QApplication.activeModalWidget()).__name__ == "AuditDialog", timeout=5000)
    dlg = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: not dlg.model.loading and dlg.model.rowCount() > 0, timeout=5000)
    dlg.keep_page_alive = page  # qtbot holds widgets weakly; the dialog's parent is on the page
    return dlg


def _wait_loaded(qtbot: Any, dlg: Any) -> None:
    qtbot.waitUntil(lambda: not dlg.model.loading, timeout=5000)


def test_entries_filters_and_paging(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.services.audit_log import PAGE_SIZE

    _fill(ctx, PAGE_SIZE + 50)
    dlg = _dialog(qtbot, ctx)
    model = dlg.model
    assert model.rowCount() == PAGE_SIZE and not model.complete  # one page at first
    first = [model.index(0, c).data() for c in range(5)]
    assert first[1] == USER and first[2] in ("Unlocked", "Created")  # the newest: the vault's own
    assert "scroll down" in dlg.count.text()

    dlg.table.setFocus()
    qtbot.keyClick(dlg.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # to the end: the next page
    qtbot.waitUntil(lambda: model.complete, timeout=5000)
    assert model.rowCount() >= PAGE_SIZE + 50
    assert len({e.id for e in model.entries}) == model.rowCount()  # keyset paging: no entry twice

    dlg.action.setFocus()
    action_index = dlg.action.findData("edit")
    while dlg.action.currentIndex() != action_index:
        qtbot.keyClick(dlg.action, Qt.Key.Key_Down)
    _wait_loaded(qtbot, dlg)
    assert model.rowCount() == PAGE_SIZE  # a new first page
    dlg.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.complete and model.rowCount() == PAGE_SIZE + 50, timeout=5000)
    assert {model.index(r, 2).data() for r in range(model.rowCount())} == {"Edited"}

    qtbot.waitUntil(lambda: dlg.user.findData("berta") >= 0, timeout=5000)
    dlg.user.setCurrentIndex(dlg.user.findData(USER))
    _wait_loaded(qtbot, dlg)
    assert model.rowCount() == 0  # the coordinator edited nothing

    dlg.user.setCurrentIndex(0)
    dlg.action.setCurrentIndex(0)
    dlg.since.setDate(QDate(2025, 1, 1))
    dlg.until.setDate(QDate(2025, 1, 1))
    _wait_loaded(qtbot, dlg)
    dlg.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.complete, timeout=5000)
    assert model.rowCount() == PAGE_SIZE + 50  # all of that day's, nothing of today


def test_export_csv_is_audited(qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    _fill(ctx, 5)
    dlg = _dialog(qtbot, ctx)
    dlg.action.setCurrentIndex(dlg.action.findData("edit"))
    _wait_loaded(qtbot, dlg)
    out = tmp_path / "protokoll.csv"
    dlg.export_to(out)
    qtbot.waitUntil(lambda: "✔" in dlg.status.text(), timeout=5000)
    rows = list(csv.reader(out.read_text("utf-8-sig").splitlines()))
    assert rows[0] == ["at", "user", "action", "record_type", "record_id", "detail"]
    assert len(rows) == 6 and {r[2] for r in rows[1:]} == {"edit"}

    def exports() -> list[str]:
        with ctx.vault._uow(readonly=True) as uow:
            return [e.detail for e in uow.audit.recent(10, action="export")]

    assert ctx.db.run_sync(exports) == ["audit_log: rows=5"]
    dlg.export_to(out)  # never overwrites
    qtbot.waitUntil(lambda: "⚠" in dlg.status.text(), timeout=5000)
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=3000)


def test_actions_read_in_german(qapp: Any) -> None:
    from iq_desktop.ui import i18n
    from iq_desktop.ui.settings.audit_dialog import action_label

    i18n.install("de")
    try:
        assert action_label("unlock") == "Entsperrt"
        assert action_label("remove_user") == "Benutzer entfernt"
        assert action_label("no_such_action") == "no_such_action"
    finally:
        i18n.install("en")
