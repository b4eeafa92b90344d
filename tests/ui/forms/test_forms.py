"""Data-entry forms driven like a user: typing, Tab, Ctrl+S, against a real vault on the DB worker."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from iq_desktop.domain.codes import SessionKind, Topic
from iq_desktop.domain.records import Client, CounsellingSession
from tests.ui._screens_support import run, wait_idle


def records() -> Any:
    from iq_desktop.services import records as r

    return r


def test_client_with_invalid_birth_date_shows_message_and_saves_nothing(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.forms.client_form import ClientForm

    form = ClientForm(ctx)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.first_name, "Amira")
    qtbot.keyClick(form.first_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.focusWidget(), "Haddad")
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
    future = (date.today() + timedelta(days=400)).strftime("%d/%m/%Y")
    qtbot.keyClicks(form.focusWidget(), future)
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "future" in form.problem_text("birth_date")
    assert form.focusWidget() is form.birth_date.edit
    wait_idle(qtbot, ctx)
    assert run(ctx, records().find_clients, "Haddad") == []

    form.birth_date.edit.clear()
    qtbot.keyClicks(form.birth_date.edit, "not a date")
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Not a date" in form.problem_text("birth_date")

    form.birth_date.edit.clear()
    qtbot.keyClicks(form.birth_date.edit, "14/03/1988")
    form.qualification_level.setCurrentIndex(1)  # a required choice (issue 12, item 10)
    with qtbot.waitSignal(form.saved, timeout=5000):
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.problem_text("birth_date") == ""
    found = run(ctx, records().find_clients, "Haddad")
    assert len(found) == 1
    saved = run(ctx, records().get_client, found[0].id)
    assert saved.birth_date == date(1988, 3, 14)
    assert not form.is_dirty()


def test_country_and_occupation_choosers_find_fragments(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.forms.client_form import ClientForm

    form = ClientForm(ctx)
    qtbot.addWidget(form)
    form.show()
    form.nationality.setFocus()
    form.nationality.lineEdit().selectAll()
    qtbot.keyClicks(form.nationality.lineEdit(), "syri")
    popup = form.nationality.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    assert "Syria" in popup.model().index(0, 0).data()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.nationality.value() == "SY"

    form.occupation.lineEdit().selectAll()
    qtbot.keyClicks(form.occupation.lineEdit(), "81302")
    popup = form.occupation.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.occupation.value() == "81302"

    form.occupation.lineEdit().selectAll()
    qtbot.keyClicks(form.occupation.lineEdit(), "no such job")
    form.first_name.setText("A")
    form.last_name.setText("B")
    form.save()
    assert "KldB" in form.problem_text("occupation_code")


def _client(ctx: Any, first: str = "Jonas", last: str = "Okafor") -> Client:
    c = Client(first_name=first, last_name=last, birth_date=date(1990, 5, 1), nationality="NG")
    return run(ctx, records().save_client, c)


def test_follow_up_without_initial_is_refused_inline(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.forms.session_form import SessionForm

    client = _client(ctx)
    form = SessionForm(ctx)
    qtbot.addWidget(form)
    form.show()
    form.new_for_client(client.id, client.display_name, SessionKind.FOLLOW_UP)
    form.topics.boxes[Topic.RECOGNITION].setChecked(True)
    form.save()
    qtbot.waitUntil(lambda: form.problem_text("kind") != "", timeout=5000)
    assert "initial session" in form.problem_text("kind")
    assert run(ctx, records().client_history, client.id) == ([], [])


def test_keyboard_only_session_entry(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.forms.session_form import SessionForm

    client = _client(ctx, "Maryam", "Rahimi")
    form = SessionForm(ctx)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    form.new_record()
    assert form.focusWidget() is form.client
    qtbot.keyClicks(form.client, "Rahim")
    popup = form.client.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.client.client_id == client.id

    def tab() -> None:
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)

    tab()
    assert form.focusWidget() is form.date or form.date.isAncestorOf(form.focusWidget())
    tab()
    assert form.focusWidget() is form.kind
    tab()
    assert form.focusWidget() is form.duration or form.duration.isAncestorOf(form.focusWidget())
    tab()
    assert form.focusWidget() is form.topics.boxes[Topic.RECOGNITION]
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Space)
    tab()
    tab()  # job training -> wages
    assert form.focusWidget() is form.topics.boxes[Topic.FI_WAGES]
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Space)
    with qtbot.waitSignal(form.saved, timeout=5000) as blocker:
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved: CounsellingSession = blocker.args[0]
    assert saved.topics == frozenset({Topic.RECOGNITION, Topic.FI_WAGES})
    sessions, _ = run(ctx, records().client_history, client.id)
    assert [s.id for s in sessions] == [saved.id]
    assert sessions[0].kind is SessionKind.INITIAL and sessions[0].date == date.today()


def test_escape_asks_and_draft_survives_lock(qtbot: Any, ctx: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from iq_desktop.ui.forms import drafts
    from iq_desktop.ui.forms.event_form import EventForm

    form = EventForm(ctx)
    qtbot.addWidget(form)
    form.show()
    form.participants.setFocus()
    form.participants.selectAll()
    qtbot.keyClicks(form.participants, "23")
    assert form.is_dirty()
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        for b in box.buttons():
            if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole:
                box.setProperty("_clicked", True)
                b.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    closed: list[bool] = []
    form.finished.connect(lambda: closed.append(True))
    qtbot.keyClick(form.participants, Qt.Key.Key_Escape)
    assert asked and "not saved" in asked[0]
    assert closed == []  # "Keep editing"

    vault = ctx.vault
    ctx.about_to_lock.emit()  # what ctx.lock() does first
    data = ctx.db.run_sync(lambda: drafts.load_draft(vault, "event", "new"))
    assert data is not None and data["fields"]["participants"] == 23

    form2 = EventForm(ctx)
    qtbot.addWidget(form2)
    qtbot.waitUntil(lambda: form2.participants.value() == 23, timeout=5000)
    assert form2.is_dirty() and "Restored" in form2.notice.text()
    with qtbot.waitSignal(form2.saved, timeout=5000):
        form2.save()
    wait_idle(qtbot, ctx)
    assert ctx.db.run_sync(lambda: drafts.load_draft(vault, "event", "new")) is None
