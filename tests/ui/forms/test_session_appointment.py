"""Issue 11, item 1: the session form's next appointment has a time (typed) and a place (one of the
coordinator's stops, chosen with the keyboard; no free text); an existing session says who recorded it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from iq_desktop.domain.codes import SessionKind, Topic
from iq_desktop.domain.records import Client, CounsellingSession

ALT = Qt.KeyboardModifier.AltModifier


def test_time_and_place_typed_and_chosen_and_recorded_by(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.services import agenda, records
    from iq_desktop.ui.forms.session_form import SessionForm, parse_time

    vault = ctx.vault
    ctx.db.run_sync(lambda: agenda.set_stops(vault, ["Passau, Caritas", "Landshut, Rathaus"]))
    client = ctx.db.run_sync(lambda: records.save_client(vault, Client("Maryam", "Rahimi")))
    form = SessionForm(ctx)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: form.appointment_place.count() == 3, timeout=5000)
    form.new_for_client(client.id, client.display_name, SessionKind.INITIAL)
    form.topics.boxes[Topic.RECOGNITION].setChecked(True)
    assert not form.recorded_by.isVisible()  # a new session: nobody recorded it yet

    next_week = dt.date.today() + dt.timedelta(days=7)
    form.next_appointment.edit.setFocus()
    qtbot.keyClicks(form.next_appointment.edit, next_week.strftime("%d.%m.%Y"))
    qtbot.keyClick(form.next_appointment.edit, Qt.Key.Key_Tab)
    assert form.focusWidget() is form.appointment_time  # Tab order: date, time, place
    qtbot.keyClicks(form.appointment_time, "9.30")
    qtbot.keyClick(form.appointment_time, Qt.Key.Key_Tab)
    assert form.focusWidget() is form.appointment_place
    qtbot.keyClick(form.appointment_place, Qt.Key.Key_Down)
    qtbot.keyClick(form.appointment_place, Qt.Key.Key_Down)
    assert form.appointment_place.currentText() == "Landshut, Rathaus"
    with qtbot.waitSignal(form.saved, timeout=5000) as blocker:
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved: CounsellingSession = blocker.args[0]
    stored = ctx.db.run_sync(lambda: records.get_session(vault, saved.id))
    assert stored.next_appointment == next_week and stored.appointment_time == dt.time(9, 30)
    assert stored.appointment_place == "Landshut, Rathaus" and stored.recorded_by == ctx.user

    # the stop was removed from the list meanwhile: the session keeps it; who recorded it is shown
    ctx.db.run_sync(lambda: agenda.set_stops(vault, ["Passau, Caritas"]))
    again = SessionForm(ctx)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.appointment_place.count() == 2, timeout=5000)
    again.load(stored)
    assert again.appointment_time.text() == "09:30"
    assert again.appointment_place.currentText() == "Landshut, Rathaus"
    assert again.recorded_by.isVisible() and again.recorded_by.text() == f"Recorded by {ctx.user}"
    assert parse_time("14 Uhr") == dt.time(14, 0) and parse_time("0930") == dt.time(9, 30) and parse_time("") is None


def test_a_time_without_a_date_is_a_problem(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.services import records
    from iq_desktop.ui.forms.session_form import SessionForm

    client = ctx.db.run_sync(lambda: records.save_client(ctx.vault, Client("Ali", "Ohnedatum")))
    form = SessionForm(ctx)
    qtbot.addWidget(form)
    form.show()
    form.new_for_client(client.id, client.display_name, SessionKind.INITIAL)
    form.topics.boxes[Topic.RECOGNITION].setChecked(True)
    qtbot.keyClicks(form.appointment_time, "10:00")
    form.save()
    qtbot.waitUntil(lambda: form.problem_text("next_appointment") != "", timeout=5000)
    assert "date of the next appointment" in form.problem_text("next_appointment")
