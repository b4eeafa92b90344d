"""Voiding a wrong entry (issue 11): the confirmation that asks for the reason, and the list action
("Delete…" in the context menu and on the Del key) the session, training and event lists share.

The reason is required (at least :data:`iq_desktop.services.cleanup.MIN_REASON` characters); it is
kept in the vault's audit log only. The work runs on the DB worker (:func:`operations.change`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext, Change

MIN_REASON = 3  # as iq_desktop.services.cleanup.MIN_REASON (the service checks it again)


class VoidDialog(QDialog):
    """ "Delete this session?" with a required reason; ``Delete`` is enabled once the reason is long enough."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        questions = {
            "session": self.tr("Delete this counselling session?"),
            "training": self.tr("Delete this job-training participation?"),
            "event": self.tr("Delete this group event?"),
            "procedure": self.tr("Delete this recognition procedure?"),
        }
        self.setWindowTitle(self.tr("Delete a wrong entry"))
        question = QLabel(questions.get(kind, self.tr("Delete this entry?")), self)
        question.setObjectName("heading")
        explain = QLabel(
            self.tr(
                "The entry is removed for good. The network's figures are corrected at the next sync. "
                "Please give the reason; it is kept in the audit log on this laptop only."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. entered twice, wrong person"))
        self.reason.setMaxLength(500)
        label = QLabel(self.tr("&Reason:"), self)
        label.setBuddy(self.reason)
        form = QFormLayout()
        form.addRow(label, self.reason)
        self.hint = QLabel(self.tr("At least %1 characters.").replace("%1", str(MIN_REASON)), self)
        buttons = QDialogButtonBox(self)
        self.delete_button: QPushButton = buttons.addButton(self.tr("&Delete"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.delete_button.setEnabled(False)
        self.delete_button.setAutoDefault(True)
        self.delete_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._check)
        lay = QVBoxLayout(self)
        lay.addWidget(question)
        lay.addWidget(explain)
        lay.addLayout(form)
        lay.addWidget(self.hint)
        lay.addWidget(buttons)
        self.reason.setFocus()

    def _check(self, text: str) -> None:
        self.delete_button.setEnabled(len(text.strip()) >= MIN_REASON)

    def accept(self) -> None:
        if len(self.reason.text().strip()) >= MIN_REASON:
            super().accept()

    def reason_text(self) -> str:
        return self.reason.text().strip()


def ask_and_void(
    ctx: AppContext,
    parent: QWidget,
    record_id: str,
    kind: str,
    done: Callable[[str], None] | None = None,
) -> VoidDialog | None:
    """Open the confirmation (window-modal, not blocking); on Delete void the record on the DB worker,
    then ``done(kind)``. Returns the dialog (None without a vault)."""
    vault = ctx.vault
    if vault is None:
        return None
    dialog = VoidDialog(kind, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def confirmed() -> None:
        from iq_desktop.services import cleanup

        operations.change(
            ctx,
            cleanup.void,
            vault,
            record_id,
            dialog.reason_text(),
            changes=Change.RECORDS,
            success=done,
            parent=parent,
        )

    dialog.accepted.connect(confirmed)
    dialog.open()
    return dialog


class _DeleteKey(QObject):
    """The Del key on a list (also where no shortcut map delivers it)."""

    def __init__(self, view: QAbstractItemView, action: QAction) -> None:
        super().__init__(view)
        self.action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_key = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if is_key and event.key() == Qt.Key.Key_Delete and not event.modifiers():  # type: ignore[attr-defined]
            self.action.trigger()
            return True
        return False


def add_list_action(
    view: QAbstractItemView, text: str, slot: Callable[[], object], *, delete_key: bool = False
) -> QAction:
    """An entry of the list's context menu (right click, or the menu key); ``delete_key``: also on Del."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    action = QAction(text, view)
    if delete_key:  # the key itself by an event filter (a shortcut would compete with the view's own keys)
        key = QKeySequence(Qt.Key.Key_Delete).toString(QKeySequence.SequenceFormat.NativeText)
        action.setText(f"{text}\t{key}")
        view.installEventFilter(_DeleteKey(view, action))
    action.triggered.connect(lambda _checked=False: slot())
    view.addAction(action)
    return action
