"""Input widgets shared by the data-entry forms: dates, code lists, check groups, inline problems."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from iq_desktop.domain.rules import Problem
from iq_desktop.ui import dates
from iq_desktop.ui.forms.labels import label


def date_format(lang: str) -> str:
    """The UI language's short date format with a four-digit year (``dd.MM.yyyy`` in German)."""
    return dates.date_format(dates.locale_for(lang))


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class DateField(QWidget):
    """A date typed as text (any German short form: ``1.1.90``, ``01.01.1990``, ``1.1.1990``; a lone
    ``28`` is the 28th of the shown month) or chosen from a calendar (the button, or Alt+Down).

    A text field, not a ``QDateEdit``: typing works wherever the mouse put the cursor (a click into the
    field selects its text, so typing replaces it), not only in the section that happens to be current.
    ``past``: the date lies in the past (a birth date), so ``90`` is 1990 and ``05`` is 2005.
    """

    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None, *, past: bool = False):
        super().__init__(parent)
        self._fmt = date_format(lang)
        self.past = past
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(
            self._fmt.replace("dd", "TT" if lang == "de" else "DD")
            .replace("MM", "MM")
            .replace("yyyy", "JJJJ" if lang == "de" else "YYYY")
        )
        self.button = QToolButton(self)
        self.button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView))
        self.button.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Open calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        self.calendar = QCalendarWidget(menu)
        self.calendar.setLocale(dates.locale_for(lang))
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setMinimumWidth(calendar_width(self.calendar))
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._sync_calendar)
        self.button.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.editingFinished.connect(self._tidy)
        self.edit.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.edit:
            if (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Down
                and event.modifiers() & Qt.KeyboardModifier.AltModifier
            ):
                self.show_calendar()
                return True
            if (
                event.type() == QEvent.Type.FocusIn
                and isinstance(event, QFocusEvent)
                and event.reason() == Qt.FocusReason.MouseFocusReason
            ):
                QTimer.singleShot(0, self.edit.selectAll)  # after the click has placed the cursor
        return super().eventFilter(obj, event)

    def show_calendar(self) -> None:
        """The calendar below the field (not blocking, unlike ``QToolButton.showMenu``)."""
        menu = self.button.menu()
        if menu is not None:
            menu.popup(self.mapToGlobal(QPoint(0, self.height())))

    def _sync_calendar(self) -> None:
        current = self.value()
        if current is not None:
            self.calendar.setSelectedDate(to_qdate(current))

    def _picked(self, q: QDate) -> None:
        self.edit.setText(q.toString(self._fmt))
        menu = self.button.menu()
        if menu is not None:
            menu.hide()
        self.edit.setFocus()

    def _reference(self) -> date | None:
        return None

    def _text_changed(self, _text: str) -> None:
        self.changed.emit()

    def _tidy(self) -> None:
        """Leaving the field shows a typed short form in the full format (1.1.90 -> 01.01.1990)."""
        d = self._parse()
        if d is not None:
            full = to_qdate(d).toString(self._fmt)
            if full != self.edit.text():
                self.edit.setText(full)

    def _parse(self) -> date | None:
        return dates.parse_date(self.edit.text(), past=self.past, reference=self._reference())

    @property
    def bad_text(self) -> bool:
        return bool(self.edit.text().strip()) and self._parse() is None

    def value(self) -> date | None:
        return self._parse()

    def set_value(self, d: date | None) -> None:
        self.edit.setText("" if d is None else to_qdate(d).toString(self._fmt))

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)


class OptionalDate(DateField):
    """A date that may be left empty: :meth:`value` is ``None`` for empty text; :attr:`bad_text` is true
    when the text is not a date."""


class RequiredDate(DateField):
    """A date that must be there (today by default): :meth:`value` is the last date the text held;
    :attr:`bad_text` is true while the text is empty or not a date (the form says so).
    ``date``/``setDate``/``dateChanged`` as a ``QDateEdit`` has them."""

    dateChanged = Signal(QDate)

    def __init__(self, lang: str, parent: QWidget | None = None, *, past: bool = False):
        super().__init__(lang, parent, past=past)
        self._last = date.today()
        self.set_value(self._last)

    def _reference(self) -> date | None:
        return getattr(self, "_last", None)

    def _text_changed(self, text: str) -> None:
        d = self._parse()
        if d is not None and d != self._last:
            self._last = d
            self.dateChanged.emit(to_qdate(d))
        super()._text_changed(text)

    @property
    def bad_text(self) -> bool:
        return self._parse() is None

    def value(self) -> date:
        return self._last

    def set_value(self, d: date | None) -> None:
        if d is not None:
            super().set_value(d)

    def date(self) -> QDate:
        return to_qdate(self._last)

    def setDate(self, q: QDate) -> None:
        self.set_value(from_qdate(q))


def calendar_width(calendar: QCalendarWidget) -> int:
    """Wide enough that no day name in the header is cut to "…" (German "Mo" was), week numbers included."""
    loc = calendar.locale()
    fm = calendar.fontMetrics()
    widest = max(fm.horizontalAdvance(loc.dayName(d, QLocale.FormatType.ShortFormat)) for d in range(1, 8))
    widest = max(widest, fm.horizontalAdvance("88"))
    return 8 * (widest + 14) + 8


def not_a_date(field: str) -> Problem:
    return Problem(
        field,
        "Not a date; write it like 31.12.1990 or choose it from the calendar.",
        "Kein Datum; bitte wie 31.12.1990 eingeben oder im Kalender wählen.",
    )


class WheelGuard(QObject):
    """Over a combo, spin or date box the mouse wheel scrolls the page, unless the field has the focus
    (click or Tab into it first): "Arabisch" no longer turns into "Russisch" while scrolling a form.
    One filter serves every guarded field (:func:`guard_wheel`)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QWidget) and not obj.hasFocus():
            area = obj.parentWidget()
            while area is not None and not isinstance(area, QAbstractScrollArea):
                area = area.parentWidget()
            if area is None:
                event.ignore()  # Qt passes an ignored (real) wheel event on to the parent
                return True
            QCoreApplication.sendEvent(area.viewport(), event.clone())  # the page scrolls
            event.accept()
            return True
        return False


_GUARD: WheelGuard | None = None


def guard_wheel(root: QWidget) -> None:
    """Guard every combo and spin box under ``root`` (see :class:`WheelGuard`); the fields take the focus
    by click or Tab (``Qt.StrongFocus``), not by the wheel."""
    global _GUARD
    if _GUARD is None:
        _GUARD = WheelGuard(QCoreApplication.instance())
    for w in root.findChildren(QWidget):
        if isinstance(w, QComboBox | QAbstractSpinBox):
            w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            w.removeEventFilter(_GUARD)
            w.installEventFilter(_GUARD)


class EnumCombo(QComboBox):
    """A combo box over a closed list; optional "none" entry first."""

    def __init__(
        self,
        cls: type[StrEnum],
        lang: str,
        *,
        none_text: str | None = None,
        parent: QWidget | None = None,
        members: list[StrEnum] | None = None,
    ):
        super().__init__(parent)
        if none_text is not None:
            self.addItem(none_text, None)
        for member in members or list(cls):
            self.addItem(label(member, lang), member.value)
        self._cls = cls

    def value(self) -> Any:
        """The chosen member (of the combo's enum class) or None."""
        data = self.currentData()
        return None if data is None else self._cls(data)

    def set_value(self, member: StrEnum | None) -> None:
        row = self.findData(None if member is None else member.value)
        self.setCurrentIndex(max(row, 0))


class CheckGroup(QWidget):
    """Check boxes for a set of codes, laid out in ``columns`` columns."""

    changed = Signal()

    def __init__(self, members: list[StrEnum], lang: str, *, columns: int = 2, parent: QWidget | None = None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[StrEnum, QCheckBox] = {}
        for i, member in enumerate(members):
            box = QCheckBox(label(member, lang), self)
            box.setAccessibleName(label(member, lang))
            box.toggled.connect(lambda _c: self.changed.emit())
            grid.addWidget(box, i // columns, i % columns)
            self.boxes[member] = box

    def value(self) -> frozenset[StrEnum]:
        return frozenset(m for m, box in self.boxes.items() if box.isChecked())

    def set_value(self, members: frozenset[StrEnum] | set[StrEnum]) -> None:
        for m, box in self.boxes.items():
            box.setChecked(m in members)


class ProblemLabel(QLabel):
    """An inline validation message: a warning sign and words, never colour alone."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName("problem")
        self.setStyleSheet("QLabel#problem { color: #a40000; font-weight: bold; }")
        self.hide()

    def show_messages(self, messages: list[str]) -> None:
        if not messages:
            self.clear()
            self.hide()
            return
        self.setText("\n".join(f"⚠ {m}" for m in messages))
        self.setAccessibleDescription(" ".join(messages))
        self.show()


SAVE_KEYS = QKeySequence(QKeySequence.StandardKey.Save)
