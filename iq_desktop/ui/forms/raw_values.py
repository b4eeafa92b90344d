"""A form field's raw value for an encrypted draft, and back (any of the widgets the forms use)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QDateEdit, QPlainTextEdit, QWidget


def raw_value(w: QWidget) -> Any:
    if hasattr(w, "state_value"):
        return w.state_value()
    if isinstance(w, QComboBox):
        return w.currentText() if w.isEditable() else w.currentData()
    if isinstance(w, QDateEdit):
        return w.date().toString(Qt.DateFormat.ISODate)
    if isinstance(w, QAbstractSpinBox):
        return w.value()  # type: ignore[attr-defined]
    if isinstance(w, QCheckBox):
        return w.isChecked()
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    if hasattr(w, "value") and hasattr(w, "boxes"):
        return sorted(str(m.value) for m in w.value())
    if hasattr(w, "text"):
        return w.text()
    return None


def set_raw_value(w: QWidget, value: Any) -> None:
    if hasattr(w, "restore_state_value"):
        w.restore_state_value(value)
    elif isinstance(w, QComboBox):
        if w.isEditable():
            w.setEditText(str(value or ""))
        else:
            w.setCurrentIndex(max(0, w.findData(value)))
    elif isinstance(w, QDateEdit):
        w.setDate(QDate.fromString(str(value), Qt.DateFormat.ISODate))
    elif isinstance(w, QAbstractSpinBox):
        w.setValue(int(value))  # type: ignore[attr-defined]
    elif isinstance(w, QCheckBox):
        w.setChecked(bool(value))
    elif isinstance(w, QPlainTextEdit):
        w.setPlainText(str(value or ""))
    elif hasattr(w, "boxes"):
        for member, box in w.boxes.items():
            box.setChecked(str(member.value) in (value or []))
    elif hasattr(w, "setText"):
        w.setText(str(value or ""))

