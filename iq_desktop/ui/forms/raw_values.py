"""A form field's raw value for an encrypted draft, and back (any of the widgets the forms use).

The forms' own composite fields are recognised by what they offer (the protocols below), the Qt
widgets by their class.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QDate, Qt, SignalInstance
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)


@runtime_checkable
class KeepsState(Protocol):
    """A field that says itself what goes into a draft (``choosers.ClientChooser``)."""

    def state_value(self) -> object: ...

    def restore_state_value(self, value: object) -> None: ...


@runtime_checkable
class HasBoxes(Protocol):
    """A group of check boxes, one per enum member (``fields.CheckGroup``, ``session_form.TopicsBox``)."""

    boxes: Mapping[StrEnum, QCheckBox]


@runtime_checkable
class HasText(Protocol):
    """A field edited as text (``QLineEdit``, ``fields.OptionalDate``)."""

    def text(self) -> str: ...

    def setText(self, text: str) -> None: ...


@runtime_checkable
class Composite(Protocol):
    """A field made of several widgets that says when it changed (``fields.OptionalDate``, ``CheckGroup``)."""

    changed: SignalInstance


def raw_value(w: QWidget) -> object:
    if isinstance(w, KeepsState):
        return w.state_value()
    if isinstance(w, QComboBox):
        return w.currentText() if w.isEditable() else w.currentData()
    if isinstance(w, QDateEdit):
        return w.date().toString(Qt.DateFormat.ISODate)
    if isinstance(w, QSpinBox | QDoubleSpinBox):
        return w.value()
    if isinstance(w, QCheckBox):
        return w.isChecked()
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    if isinstance(w, HasBoxes):
        return sorted(str(m.value) for m, box in w.boxes.items() if box.isChecked())
    if isinstance(w, HasText):
        return w.text()
    return None


def set_raw_value(w: QWidget, value: object) -> None:
    if isinstance(w, KeepsState):
        w.restore_state_value(value)
    elif isinstance(w, QComboBox):
        if w.isEditable():
            w.setEditText(str(value or ""))
        else:
            w.setCurrentIndex(max(0, w.findData(value)))
    elif isinstance(w, QDateEdit):
        w.setDate(QDate.fromString(str(value), Qt.DateFormat.ISODate))
    elif isinstance(w, QAbstractSpinBox):
        w.setValue(int(str(value)))  # type: ignore[attr-defined]
    elif isinstance(w, QCheckBox):
        w.setChecked(bool(value))
    elif isinstance(w, QPlainTextEdit):
        w.setPlainText(str(value or ""))
    elif isinstance(w, HasBoxes):
        chosen = value if isinstance(value, list) else []
        for member, box in w.boxes.items():
            box.setChecked(str(member.value) in chosen)
    elif isinstance(w, HasText):
        w.setText(str(value or ""))
