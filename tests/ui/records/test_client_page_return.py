"""Issue 12, item 9: a session form opened from a client's page returns to that page after Save or
Cancel, and the page lists what was saved (a predictable return to where the form was opened from)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from iq_desktop.domain.codes import Topic
from iq_desktop.ui.context import Change
from iq_desktop.ui.records.models import ID_ROLE
from tests.ui.records.test_lists import _add
from tests.ui.shell.test_shell import _unlock, shell  # noqa: F401 - the shell fixture


def _open_client_page(qtbot: Any, main: Any, client_id: str) -> Any:
    from iq_desktop.ui.records.client_page import ClientPage

    QTest.keyClick(main, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    clients = main.pages["clients"]
    qtbot.waitUntil(lambda: clients.model.data(clients.model.index(0, 0), ID_ROLE) == client_id, timeout=5000)
    clients.table.setFocus()
    clients.table.setCurrentIndex(clients.model.index(0, 0))
    QTest.keyClick(clients.table, Qt.Key.Key_Return)  # Enter on the row, as a user would
    qtbot.waitUntil(lambda: isinstance(main.stack.currentWidget(), ClientPage), timeout=5000)
    page = main.stack.currentWidget()
    qtbot.waitUntil(lambda: page.client is not None and page.follow_up_button.isEnabled(), timeout=5000)
    return page


def test_a_follow_up_opened_from_a_client_returns_to_the_client_after_save_and_cancel(
    qtbot: Any,
    shell: Any,  # noqa: F811
) -> None:
    from iq_desktop.ui.forms.session_form import SessionForm

    shell.start()
    main = _unlock(qtbot, shell)
    client = _add(shell.ctx, "Rana", "Rueckkehr", frozenset({Topic.RECOGNITION}), days_ago=30)
    shell.ctx.notify(Change.RECORDS)
    page = _open_client_page(qtbot, main, client.id)
    assert page.sessions_table.rowCount() == 1

    # Save: back on this client's page, which lists the new session
    qtbot.mouseClick(page.follow_up_button, Qt.MouseButton.LeftButton)
    form = page.stack.currentWidget()
    assert isinstance(form, SessionForm) and main.stack.currentWidget() is page
    assert form.client.client_id == client.id
    topic = form.topics.boxes[Topic.FI_WAGES]
    form.bring_into_view(topic)
    QTest.keyClick(topic, Qt.Key.Key_Space)  # tick it as a keyboard user would
    assert topic.isChecked()
    form.duration.setFocus()
    form.duration.selectAll()
    qtbot.keyClicks(form.duration, "45")
    QTest.keyClick(form.duration, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.sessions_table.rowCount() == 2, timeout=5000)
    assert main.stack.currentWidget() is page
    assert page.stack.currentIndex() == 0  # the overview, not the form
    assert page.tabs.currentWidget() is page.sessions_table
    durations = [page.sessions_table.item(r, 3).text() for r in range(2)]
    assert "45 min" in durations
    assert "Saved" in main.statusBar().currentMessage()

    # Cancel (after typing something, then discarding it): back on this client's page, nothing added
    qtbot.mouseClick(page.follow_up_button, Qt.MouseButton.LeftButton)
    form = page.stack.currentWidget()
    assert isinstance(form, SessionForm)
    assert form.scroll_area.verticalScrollBar().value() == 0
    qtbot.keyClicks(form.notes, "verworfen")
    assert form.is_dirty()

    def discard() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        button = next(b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.DestructiveRole)
        button.click()

    QTimer.singleShot(0, discard)
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 0, timeout=3000)
    assert main.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.client is not None, timeout=3000)
    assert page.sessions_table.rowCount() == 2

    # a job training opened from the page comes back the same way
    qtbot.mouseClick(page.training_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.training_form
    qtbot.mouseClick(page.training_form.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 0, timeout=3000)
    assert main.stack.currentWidget() is page
