"""Input widgets shared by the data-entry forms: dates, code lists, check groups, inline problems."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
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

from iq_desktop.ui import dates
from iq_desktop.ui.forms.labels import label


def date_format(lang: str) -> str:
    """The UI language's short date format with a four-digit year (``dd.MM.yyyy`` in German)."""
    return dates.date_format(dates.locale_for(lang))


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class RequiredDate(QDateEdit):
    """A date that must be there: locale format, calendar popup, today by default."""

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(QDate.currentDate(), parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format(lang))
        self.setMinimumDate(QDate(1900, 1, 1))
        self.setMaximumDate(QDate(2099, 12, 31))

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab leaves the field (typing digits moves through day, month, year by itself)."""
        return QWidget.focusNextPrevChild(self, next)

    def value(self) -> date:
        return from_qdate(self.date())

    def set_value(self, d: date) -> None:
        self.setDate(to_qdate(d))


class OptionalDate(QWidget):
    """A date that may be left empty: a line edit in the locale format plus a calendar button.

    :meth:`value` is ``None`` for empty text; :attr:`bad_text` is true when the text is not a date.
    """

    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._fmt = date_format(lang)
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
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.button.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(lambda _t: self.changed.emit())
        self.edit.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent

        if (
            obj is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            current = self.value()
            if current is not None:
                self.calendar.setSelectedDate(to_qdate(current))
            self.button.showMenu()
            return True
        return super().eventFilter(obj, event)

    def _picked(self, q: QDate) -> None:
        self.edit.setText(q.toString(self._fmt))
        menu = self.button.menu()
        if menu is not None:
            menu.hide()
        self.edit.setFocus()

    def _parse(self) -> QDate | None:
        text = self.edit.text().strip()
        for fmt in (self._fmt, "d.M.yyyy", "yyyy-MM-dd", "d/M/yyyy"):
            q = QDate.fromString(text, fmt)
            if q.isValid():
                return q
        return None

    @property
    def bad_text(self) -> bool:
        return bool(self.edit.text().strip()) and self._parse() is None

    def value(self) -> date | None:
        q = self._parse()
        return from_qdate(q) if q is not None else None

    def set_value(self, d: date | None) -> None:
        self.edit.setText("" if d is None else to_qdate(d).toString(self._fmt))

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)


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
