"""Issue 12, items 1 and 8: the mouse wheel scrolls a form instead of changing the field under the
pointer; dates are typed from wherever the mouse put the cursor, in the usual German short forms, and
both ends of a range are the same kind of field."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QTableView, QWidget

from iq_desktop.domain.codes import GermanLevel, Topic
from iq_desktop.domain.records import Client
from tests.ui._screens_support import run, wait_idle


def wheel(widget: QWidget, steps: int = -1) -> None:
    """One notch of the mouse wheel over the middle of ``widget`` (negative: towards the user, i.e. down)."""
    from PySide6.QtGui import QWheelEvent

    pos = QPointF(widget.rect().center())
    event = QWheelEvent(
        pos, QPointF(widget.mapToGlobal(pos)), QPoint(0, 0), QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)


def show_active(qtbot: Any, w: QWidget) -> None:
    """Shown and active, as a window the user works in (focus, clicks and Tab behave as on a desktop)."""
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)


@pytest.fixture
def german(qapp: Any) -> Any:
    from iq_desktop.ui import i18n

    i18n.install("de")
    yield
    i18n.install("en")


def test_the_wheel_over_a_combo_or_spin_box_scrolls_the_form_until_the_field_is_clicked(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.forms.client_form import ClientForm

    form = ClientForm(ctx)
    qtbot.addWidget(form)
    form.resize(640, 320)  # the form is much taller: it scrolls
    form.show()
    qtbot.waitExposed(form)
    scroll = form.findChild(QScrollArea)
    assert scroll is not None
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0
    scroll.ensureWidgetVisible(form.german_level)
    qtbot.mouseClick(form.first_name, Qt.MouseButton.LeftButton)
    for field in (form.german_level, form.arrival_year):
        scroll.ensureWidgetVisible(field)
        level, year, top = form.german_level.currentIndex(), form.arrival_year.value(), bar.value()
        wheel(field, -1)
        assert (form.german_level.currentIndex(), form.arrival_year.value()) == (level, year)
        assert bar.value() > top or bar.value() == bar.maximum()
        wheel(field, +1)  # and back up
        assert bar.value() < bar.maximum() or top == bar.maximum()
    assert form.german_level.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert not form.is_dirty()

    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=2000)
    form.nationality.setFocus()
    qtbot.keyClick(form.nationality, Qt.Key.Key_Tab)  # Tab through to German level
    while not form.german_level.hasFocus():
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    form.german_level.setCurrentIndex(1)
    wheel(form.german_level, -1)  # a focused field takes the wheel as before
    assert form.german_level.currentIndex() == 2
    assert isinstance(form.german_level.value(), GermanLevel)


def test_a_date_is_typed_wherever_the_mouse_put_the_cursor(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.forms.session_form import SessionForm

    form = SessionForm(ctx)
    qtbot.addWidget(form)
    show_active(qtbot, form)
    form.date.set_value(date(2024, 9, 3))
    edit = form.date.focusProxy()
    assert edit is not None
    # a click at the right end (the year), then "28": the 28th of the month shown
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 6, edit.height() // 2))
    qtbot.waitUntil(edit.hasSelectedText, timeout=2000)
    qtbot.keyClicks(edit, "28")
    assert form.date.value() == date(2024, 9, 28)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert form.date.text() == "28/09/2024"
    # a whole date typed after a click in the middle replaces the text
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() // 3, edit.height() // 2))
    qtbot.waitUntil(edit.hasSelectedText, timeout=2000)
    qtbot.keyClicks(edit, "1.2.25")
    assert form.date.value() == date(2025, 2, 1)


def test_german_short_forms_of_a_birth_date_are_accepted_and_saved(german: None, qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.forms.client_form import ClientForm

    ctx.language = "de"
    form = ClientForm(ctx)
    qtbot.addWidget(form)
    show_active(qtbot, form)
    for typed, expected in (("1.1.90", date(1990, 1, 1)), ("01.01.1990", date(1990, 1, 1)),
                            ("1.1.1990", date(1990, 1, 1)), ("3.4.05", date(2005, 4, 3))):  # fmt: skip
        form.birth_date.edit.clear()
        qtbot.keyClicks(form.birth_date.edit, typed)
        assert form.birth_date.value() == expected, typed
        assert not form.birth_date.bad_text
    form.birth_date.edit.clear()
    qtbot.keyClicks(form.first_name, "Amira")
    qtbot.keyClicks(form.last_name, "Kurzform")
    qtbot.mouseClick(form.birth_date.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.birth_date.edit, "1.1.90")
    qtbot.keyClick(form.birth_date.edit, Qt.Key.Key_Tab)
    assert form.birth_date.text() == "01.01.1990"
    form.qualification_level.setCurrentIndex(1)
    with qtbot.waitSignal(form.saved, timeout=5000):
        qtbot.keyClick(form.first_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, ctx)
    (found,) = run(ctx, _find, "Kurzform")
    assert found.birth_date == date(1990, 1, 1)


def _find(vault: Any, text: str) -> list[Client]:
    from iq_desktop.services import records

    return [records.get_client(vault, c.id) for c in records.find_clients(vault, text)]


def test_a_required_date_left_empty_is_refused_with_a_message(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.forms.event_form import EventForm

    form = EventForm(ctx)
    qtbot.addWidget(form)
    form.show()
    form.date.edit.selectAll()
    qtbot.keyClick(form.date.edit, Qt.Key.Key_Delete)
    qtbot.keyClick(form.date.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Not a date" in form.problem_text("date")


def test_a_training_starts_and_ends_in_the_same_kind_of_date_field(german: None, qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.forms.fields import DateField
    from iq_desktop.ui.forms.training_form import TrainingForm

    ctx.language = "de"
    form = TrainingForm(ctx)
    qtbot.addWidget(form)
    form.show()
    assert isinstance(form.start, DateField) and isinstance(form.end, DateField)
    assert form.start.button.menu() is not None and form.end.button.menu() is not None
    qtbot.keyClicks(form.end.edit, "31.3.25")
    assert form.end.value() == date(2025, 3, 31)


def test_the_calendars_day_names_are_not_cut_off(german: None, qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.forms.session_form import SessionForm

    ctx.language = "de"
    form = SessionForm(ctx)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.date.edit.setFocus()
    qtbot.keyClick(form.date.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = form.date.calendar
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    view = calendar.findChild(QTableView)
    assert view is not None
    fm = view.fontMetrics()
    names = [str(view.model().index(0, col).data()) for col in range(1, 8)]
    assert names[0].startswith("Mo")
    for col, name in enumerate(names, start=1):
        assert fm.horizontalAdvance(name) + 4 <= view.columnWidth(col), (name, view.columnWidth(col))
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    menu = form.date.button.menu()
    assert menu is not None
    menu.hide()
    assert Topic.RECOGNITION in form.topics.boxes


# --- issue 12, item 10: data quality in the client form -------------------------------------------------


def test_an_implausible_birth_date_is_refused_with_a_clear_message(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.forms.client_form import ClientForm

    form = ClientForm(ctx)
    qtbot.addWidget(form)
    show_active(qtbot, form)
    qtbot.keyClicks(form.first_name, "Otto")
    qtbot.keyClicks(form.last_name, "Hundertjahr")
    form.qualification_level.set_value(form.qualification_level._cls("unknown"))
    qtbot.keyClicks(form.birth_date.edit, "1.1.1900")
    qtbot.keyClick(form.first_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "older than 100" in form.problem_text("birth_date")
    wait_idle(qtbot, ctx)
    assert run(ctx, _find, "Hundertjahr") == []


def test_the_qualification_must_be_chosen_and_unknown_is_a_choice(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.domain.codes import QualificationLevel
    from iq_desktop.ui.forms.client_form import ClientForm

    form = ClientForm(ctx)
    qtbot.addWidget(form)
    form.resize(640, 300)  # the qualification is far below: scrolled out of view
    show_active(qtbot, form)
    assert form.qualification_level.value() is None
    assert form.qualification_level.currentText().startswith("—")
    qtbot.keyClicks(form.first_name, "Wahl")
    qtbot.keyClicks(form.last_name, "Pflicht")
    scroll = form.findChild(QScrollArea)
    assert scroll is not None
    qtbot.keyClick(form.first_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "qualification" in form.problem_text("qualification_level").lower()
    assert form.qualification_level.hasFocus()
    top_left = form.qualification_level.mapTo(scroll.viewport(), QPoint(0, 0))
    assert scroll.viewport().rect().contains(top_left)  # brought into view
    labels = [form.qualification_level.itemText(i) for i in range(form.qualification_level.count())]
    assert "unknown" in labels
    form.qualification_level.setCurrentIndex(labels.index("unknown"))
    with qtbot.waitSignal(form.saved, timeout=5000):
        qtbot.keyClick(form.first_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, ctx)
    (saved,) = run(ctx, _find, "Pflicht")
    assert saved.qualification_level is QualificationLevel.UNKNOWN


def test_a_session_for_a_client_without_consent_warns_and_says_what_consent_covers(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.domain.codes import ConsentScope
    from iq_desktop.services import records
    from iq_desktop.ui.forms.session_form import SessionForm

    without = run(ctx, records.save_client, Client(first_name="Ohne", last_name="Einwilligung"))
    with_consent = run(
        ctx,
        records.save_client,
        Client(
            first_name="Mit",
            last_name="Einwilligung",
            consent_date=date(2024, 1, 2),
            consent_scope=ConsentScope.COUNSELLING,
        ),
    )
    form = SessionForm(ctx)
    qtbot.addWidget(form)
    show_active(qtbot, form)
    form.client.set_client(without.id, "Einwilligung, Ohne")
    qtbot.waitUntil(form.consent_warning.isVisible, timeout=5000)
    assert "consent" in form.consent_warning.text().lower() and "covers" in form.consent_warning.text()
    form.client.set_client(with_consent.id, "Einwilligung, Mit")
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: not form.consent_warning.isVisible(), timeout=5000)
    form.client.set_client(without.id, "Einwilligung, Ohne")
    qtbot.waitUntil(form.consent_warning.isVisible, timeout=5000)
    form.topics.boxes[Topic.RECOGNITION].setChecked(True)
    with qtbot.waitSignal(form.saved, timeout=5000):  # a warning, not a refusal
        qtbot.keyClick(form.date.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
