"""The training form's scheme chooser and the new-scheme dialog, driven like a user against a real vault;
the event form offers the new format and audience."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from iq_desktop.domain.codes import Audience, EventFormat, TrainingFormat, TrainingType
from iq_desktop.domain.records import Client, JobTrainingScheme, TrainingParticipation
from tests.ui._screens_support import run, wait_idle


def records() -> Any:
    from iq_desktop.services import records as r

    return r


def _form(qtbot: Any, ctx: Any) -> Any:
    from iq_desktop.ui.forms.training_form import TrainingForm

    form = TrainingForm(ctx)
    qtbot.addWidget(form)
    form.show()
    return form


def test_choosing_a_scheme_links_the_participation(qtbot: Any, ctx: Any) -> None:
    client = run(ctx, records().save_client, Client("Maryam", "Rahimi"))
    older = JobTrainingScheme(TrainingFormat.INDIVIDUAL, TrainingType.BRIDGE_TRAINING, date(2024, 1, 8))
    course = JobTrainingScheme(
        TrainingFormat.COURSE_BASED, TrainingType.COMPENSATION_MEASURE, date(2024, 3, 4), "Akademie"
    )
    for s in (older, course):
        run(ctx, records().save_scheme, s)
    form = _form(qtbot, ctx)
    combo = form.scheme.combo
    qtbot.waitUntil(lambda: combo.count() == 3, timeout=5000)
    assert combo.itemText(0) == "— its own individual scheme —"
    assert combo.itemText(1) == "04/03/2024 · course-based · compensation measure · Akademie"  # newest first
    form.new_for_client(client.id, "Rahimi, Maryam")
    assert form.scheme.value() is None  # by default: its own individual scheme
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert form.scheme.value() == course.id
    assert form.training_type.value() is TrainingType.COMPENSATION_MEASURE  # follows the scheme
    assert form.format.value() is TrainingFormat.COURSE_BASED
    with qtbot.waitSignal(form.saved, timeout=5000) as blocker:
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved: TrainingParticipation = blocker.args[0]
    got = run(ctx, records().get_training, saved.id)
    assert got.scheme_id == course.id and got.training_type is TrainingType.COMPENSATION_MEASURE
    # loading it again shows its scheme; a participation without one shows the first item
    form.load_with_client(got, "Rahimi, Maryam")
    assert form.scheme.value() == course.id and not form.is_dirty()
    own = run(ctx, records().save_training, TrainingParticipation(client.id, date(2024, 5, 1)))
    form.load_with_client(own, "Rahimi, Maryam")
    assert form.scheme.value() is None and combo.currentIndex() == 0
    wait_idle(qtbot, ctx)


def test_new_scheme_dialog_creates_and_chooses_the_scheme(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.forms.scheme_form import SchemeDialog

    form = _form(qtbot, ctx)
    wait_idle(qtbot, ctx)
    qtbot.mouseClick(form.scheme.new_button, Qt.MouseButton.LeftButton)
    dialog = form.scheme.findChild(SchemeDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=3000)
    assert dialog.format.value() is TrainingFormat.COURSE_BASED
    dialog.start.set_value(date(2001, 1, 1))  # impossible: refused inline, nothing saved
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "2005" in dialog._problems["start"].text() and dialog.isVisible()
    dialog.start.set_value(date(2024, 9, 2))
    dialog.training_type.setFocus()
    dialog.training_type.set_value(TrainingType.COMPENSATION_MEASURE)
    qtbot.keyClicks(dialog.provider, "Beispiel-Akademie")
    with qtbot.waitSignal(dialog.created, timeout=5000) as blocker:
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    created: JobTrainingScheme = blocker.args[0]
    assert not dialog.isVisible()
    assert form.scheme.value() == created.id and form.is_dirty()
    assert form.training_type.value() is TrainingType.COMPENSATION_MEASURE
    stored = run(ctx, records().get_scheme, created.id)
    assert stored.provider == "Beispiel-Akademie" and stored.start == date(2024, 9, 2)
    assert stored.format is TrainingFormat.COURSE_BASED
    wait_idle(qtbot, ctx)


def test_event_form_offers_consultations_and_skilled_worker_networks(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.forms.event_form import EventForm

    form = EventForm(ctx)
    qtbot.addWidget(form)
    form.show()
    texts = [form.format.itemText(i) for i in range(form.format.count())]
    assert "consultation" in texts
    audiences = [form.audience.itemText(i) for i in range(form.audience.count())]
    assert "regional skilled worker networks – immigration" in audiences
    form.format.set_value(EventFormat.CONSULTATION)
    form.audience.set_value(Audience.BUSINESS)
    form.participants.setValue(2)
    with qtbot.waitSignal(form.saved, timeout=5000) as blocker:
        form.save()
    got = run(ctx, records().get_event, blocker.args[0].id)
    assert (got.format, got.audience) == (EventFormat.CONSULTATION, Audience.BUSINESS)
    wait_idle(qtbot, ctx)


def test_trainings_list_and_client_page_show_each_participations_scheme(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.records.client_page import ClientPage
    from iq_desktop.ui.records.trainings_page import TrainingsPage

    client = run(ctx, records().save_client, Client("Maryam", "Rahimi"))
    course = JobTrainingScheme(TrainingFormat.COURSE_BASED, TrainingType.COMPENSATION_MEASURE, date(2024, 4, 2))
    run(ctx, records().save_scheme, course)
    run(ctx, records().save_training, TrainingParticipation(client.id, date(2024, 5, 1)))
    page = TrainingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    col = headers.index("Scheme")
    assert page.table.item(0, col).text() == "own individual scheme"

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)  # a new participation in the course
    form = page.form
    qtbot.waitUntil(lambda: form.scheme.combo.count() == 2, timeout=5000)
    form.client.set_client(client.id, "Rahimi, Maryam")
    form.scheme.combo.setFocus()
    qtbot.keyClick(form.scheme.combo, Qt.Key.Key_Down)
    assert form.scheme.value() == course.id
    form.start.set_value(date(2024, 4, 8))
    with qtbot.waitSignal(form.saved, timeout=5000):
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 0 and page.table.rowCount() == 2, timeout=5000)
    shown = sorted(page.table.item(r, col).text() for r in range(2))
    assert shown == ["course, from 02/04/2024", "own individual scheme"]

    client_page = ClientPage(ctx)
    qtbot.addWidget(client_page)
    client_page.show_client(client.id)
    table = client_page.trainings_table
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=5000)
    col = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())].index("Scheme")
    assert sorted(table.item(r, col).text() for r in range(2)) == shown
    wait_idle(qtbot, ctx)
