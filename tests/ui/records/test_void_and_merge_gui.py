"""Clean records in the GUI (issue 11, item 5), driven with the keyboard: Del on a list asks for the
reason and voids the entry; Ctrl+Del on a form does the same; the client form warns while a person
already recorded is typed in again and opens that record; a coordinator merges two records."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from iq_desktop.domain.codes import EventFormat, SessionKind
from iq_desktop.domain.records import Client, CounsellingSession, GroupEvent
from tests.ui._screens_support import run, wait_idle


def R() -> Any:
    from iq_desktop.services import records

    return records


def _voids(ctx: Any) -> list[tuple[str | None, str | None, str]]:
    def read(vault: Any) -> list[tuple[str | None, str | None, str]]:
        with vault._uow(readonly=True) as uow:
            return [(e.record_type, e.record_id, e.detail) for e in uow.audit.recent(action="void")]

    return run(ctx, read)  # type: ignore[no-any-return]


def _confirm(qtbot: Any, dialog: Any, reason: str) -> None:
    assert dialog is not None and dialog.isVisible()
    assert not dialog.delete_button.isEnabled()  # a reason first
    qtbot.keyClicks(dialog.reason, "x")
    assert not dialog.delete_button.isEnabled()  # at least 3 characters
    dialog.reason.clear()
    qtbot.keyClicks(dialog.reason, reason)
    assert dialog.delete_button.isEnabled()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)


def test_del_in_the_session_list_voids_the_session_with_a_reason(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.records.models import ID_ROLE
    from iq_desktop.ui.records.session_list import SessionListPage

    c = run(ctx, R().save_client, Client("Ada", "Probe"))
    s1 = run(ctx, R().save_session, CounsellingSession(c.id, date(2024, 2, 6)))
    s2 = run(ctx, R().save_session, CounsellingSession(c.id, date(2024, 3, 6), kind=SessionKind.FOLLOW_UP))
    page = SessionListPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 650)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 0), ID_ROLE) == s2.id, timeout=5000)
    page.table.setFocus()
    page.table.selectRow(0)  # newest first: the follow-up
    qtbot.keyClick(page.table, Qt.Key.Key_Escape)  # nothing happens on other keys
    assert page.void_dialog is None
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    dialog = page.void_dialog
    # cancelling keeps the session
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    _confirm(qtbot, page.void_dialog, "entered twice")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert run(ctx, R().get_session, s2.id) is None and run(ctx, R().get_session, s1.id) is not None
    assert _voids(ctx) == [("session", s2.id, "entered twice")]
    assert page.delete_action.text().startswith("Delete…\t") and page.delete_action in page.table.actions()


def test_del_in_the_events_list_and_delete_on_the_session_form(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.forms.session_form import SessionForm
    from iq_desktop.ui.records.events_page import EventsPage

    e = run(ctx, R().save_event, GroupEvent(date(2024, 8, 1), format=EventFormat.WORKSHOP, participants=7))
    page = EventsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    _confirm(qtbot, page.void_dialog, "typo in the date")
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=5000)
    assert _voids(ctx) == [("event", e.id, "typo in the date")]

    c = run(ctx, R().save_client, Client("Ada", "Probe"))
    s = run(ctx, R().save_session, CounsellingSession(c.id, date(2024, 2, 6)))
    form = SessionForm(ctx)
    qtbot.addWidget(form)
    form.show()
    assert not form.void_button.isVisible()  # nothing to delete in a new entry
    form.load(s)
    assert form.void_button.isVisible() and form.void_button.text() == "Delete…"
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Delete, ctrl_shift)
    qtbot.waitUntil(lambda: form.void_dialog is not None, timeout=2000)
    with qtbot.waitSignal(form.finished, timeout=5000):
        _confirm(qtbot, form.void_dialog, "wrong person")
    assert run(ctx, R().get_session, s.id) is None
    wait_idle(qtbot, ctx)


def test_the_client_form_warns_of_a_duplicate_while_typing_and_opens_it(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.forms.client_form import ClientForm

    existing = run(ctx, R().save_client, Client("Amira", "Haddad", birth_date=date(1988, 3, 14), phone="0151 2345"))
    form = ClientForm(ctx)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.first_name, "amira")
    qtbot.keyClick(form.first_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.focusWidget(), "HADDAD")
    qtbot.wait(600)
    assert not form.duplicate_banner.isVisible()  # a name alone is no match: many people share one
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(form.focusWidget(), "14/03/1988")
    qtbot.waitUntil(form.duplicate_banner.isVisible, timeout=5000)
    assert "Haddad, Amira" in form.duplicate_text.text() and "birth date" in form.duplicate_text.text()

    # the typed entry has changes: the form asks first (save / discard / keep editing): here discarded
    def discard() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == "Discard changes").click()

    QTimer.singleShot(300, discard)
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # Open the ex&isting record
    if form.record_id != existing.id and form.is_dirty():  # no shortcut map offscreen: the button itself
        QTimer.singleShot(300, discard)
        qtbot.mouseClick(form.open_existing_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.record_id == existing.id, timeout=5000)
    assert form.first_name.text() == "Amira" and not form.duplicate_banner.isVisible()


def test_a_coordinator_merges_two_records_from_the_client_list(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.records.client_list import ClientListPage

    keep = run(ctx, R().save_client, Client("Ada", "Probe", birth_date=date(1990, 1, 2)))
    other = run(ctx, R().save_client, Client("Ada", "Pröbe", phone="0151 2345"))
    run(ctx, R().save_session, CounsellingSession(keep.id, date(2024, 2, 6)))
    moved = run(ctx, R().save_session, CounsellingSession(other.id, date(2024, 4, 6)))
    page = ClientListPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 650)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    assert page.merge_action.isVisible()  # the vault's user is a coordinator
    from iq_desktop.ui.records.models import ID_ROLE

    def ids() -> list[object]:
        return [page.model.data(page.model.index(r, 0), ID_ROLE) for r in range(page.model.rowCount())]

    qtbot.waitUntil(lambda: keep.id in ids(), timeout=5000)
    row = ids().index(keep.id)
    page.table.setFocus()
    page.table.selectRow(row)
    page.merge_action.trigger()  # the list's context menu: "Merge with another record…"
    dialog = page.merge_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: "Probe, Ada" in dialog.keep_text.text(), timeout=5000)
    assert dialog.find_edit.text() == "Probe"  # the same last name is looked for first
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=5000)  # the kept one is not offered
    qtbot.keyClick(dialog.find_edit, Qt.Key.Key_Return)  # to the results: the first is chosen
    qtbot.waitUntil(lambda: "Pröbe, Ada" in dialog.other_text.text(), timeout=5000)
    assert dialog.merge_button.isEnabled() and dialog.isVisible()  # Return did not merge yet
    assert run(ctx, R().get_client, other.id) is not None
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)  # on a result: to the Merge button
    assert dialog.focusWidget() is dialog.merge_button
    with qtbot.waitSignal(dialog.merged, timeout=5000):
        qtbot.keyClick(dialog.merge_button, Qt.Key.Key_Return)
    assert run(ctx, R().get_client, other.id) is None
    session = run(ctx, R().get_session, moved.id)
    assert session.client_id == keep.id and session.kind is SessionKind.FOLLOW_UP
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)


def test_a_second_initial_session_is_refused_on_the_form_with_a_clear_message(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.domain.codes import Topic
    from iq_desktop.ui.forms.session_form import SessionForm

    c = run(ctx, R().save_client, Client("Ada", "Probe"))
    run(ctx, R().save_session, CounsellingSession(c.id, date.today()))
    form = SessionForm(ctx)
    qtbot.addWidget(form)
    form.show()
    form.new_for_client(c.id, c.display_name, SessionKind.INITIAL)
    form.topics.boxes[Topic.JOB_TRAINING].setChecked(True)
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.problem_text("kind") != "", timeout=5000)
    assert "already has an initial session" in form.problem_text("kind")
    assert "follow-up" in form.problem_text("kind")
    assert len(run(ctx, R().client_history, c.id)[0]) == 1
