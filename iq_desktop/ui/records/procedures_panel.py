"""The client page's recognition procedures: one entry per procedure, shown as a timeline (application ->
documents complete -> decision -> compensation measure or bridge training), with New / Edit (Enter) /
Delete (Del; with a reason, after a confirmation)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.domain import reference
from iq_desktop.domain.codes import Compensation, ProcedureDecision
from iq_desktop.domain.records import RecognitionProcedure, TrainingParticipation
from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext, Change
from iq_desktop.ui.errors import report_exception
from iq_desktop.ui.forms.fields import date_format, to_qdate
from iq_desktop.ui.forms.procedure_form import procedure_word, training_text

if TYPE_CHECKING:
    from iq_desktop.services.vault import Vault

ID_ROLE = Qt.ItemDataRole.UserRole + 1
DONE, OPEN = "●", "○"


def _load(vault: Vault, client_id: str) -> list[RecognitionProcedure]:
    from iq_desktop.services import procedures

    return procedures.list_procedures(vault, client_id)


def _void(vault: Vault, procedure_id: str, reason: str) -> None:
    from iq_desktop.services import procedures

    procedures.void_procedure(vault, procedure_id, reason)


class DeleteProcedureDialog(QDialog):
    """Deleting a procedure asks for a reason (kept out of the audit log's text) and a confirmation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete the recognition procedure"))
        text = QLabel(
            self.tr("The procedure is deleted from this laptop for good. Why is it deleted (e.g. entered twice)?"),
            self,
        )
        text.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        reason_label = QLabel(self.tr("&Reason"), self)
        reason_label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox(self)
        self.delete_button = self.buttons.addButton(self.tr("&Delete"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button.setEnabled(False)
        self.reason.textChanged.connect(lambda t: self.delete_button.setEnabled(bool(t.strip())))
        self.delete_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        lay.addWidget(reason_label)
        lay.addWidget(self.reason)
        lay.addWidget(self.buttons)


class ProcedureList(QListWidget):
    """Enter edits the current procedure, Del deletes it (as the buttons do)."""

    edit_requested = Signal()
    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.edit_requested.emit()
        elif event.key() == Qt.Key.Key_Delete and self.currentItem() is not None:
            self.delete_requested.emit()
        else:
            super().keyPressEvent(event)


class ProceduresPanel(QWidget):
    """Lists a client's procedures; asks the page to open the form (``new_requested``/``edit_requested``)."""

    new_requested = Signal()
    edit_requested = Signal(object)  # the procedure

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.language
        self.client_id = ""
        self.procedures: list[RecognitionProcedure] = []
        self.trainings: dict[str, TrainingParticipation] = {}
        self.new_button = QPushButton(self.tr("&New procedure"), self)
        self.edit_button = QPushButton(self.tr("&Open"), self)
        self.edit_button.setToolTip(self.tr("Edit the selected procedure (Enter)"))
        self.delete_button = QPushButton(self.tr("De&lete…"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected procedure, with a reason (Del)"))
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.delete_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.list = ProcedureList(self)
        self.list.setAccessibleName(self.tr("Recognition procedures"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.empty = QLabel(self.tr("No recognition procedure recorded yet. “New procedure” starts one."), self)
        self.empty.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addLayout(buttons)
        lay.addWidget(self.empty)
        lay.addWidget(self.list, 1)
        self.new_button.clicked.connect(self.new_requested)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.list.itemActivated.connect(lambda _i: self.edit_selected())
        self.list.edit_requested.connect(self.edit_selected)
        self.list.delete_requested.connect(lambda: self.delete_selected())
        self.list.currentItemChanged.connect(lambda *_a: self._enable())
        self._enable()

    # --- loading ------------------------------------------------------------------------------------
    def show_client(self, client_id: str, trainings: list[TrainingParticipation] | None = None) -> None:
        self.client_id = client_id
        if trainings is not None:
            self.trainings = {t.id: t for t in trainings}
        vault = self.ctx.vault
        if vault is None:
            return
        operations.query(self.ctx, _load, vault, client_id, success=self._loaded, failure=self._failed)

    def set_trainings(self, trainings: list[TrainingParticipation]) -> None:
        self.trainings = {t.id: t for t in trainings}
        if self.procedures:
            self._loaded(self.procedures)

    def _loaded(self, procedures: list[RecognitionProcedure]) -> None:
        current = self.selected()
        keep = current.id if current is not None else None
        self.procedures = sorted(procedures, key=lambda p: (p.applied or date.max, p.id), reverse=True)
        self.list.clear()
        for p in self.procedures:
            item = QListWidgetItem(self.timeline(p))
            item.setData(ID_ROLE, p.id)
            self.list.addItem(item)
            if p.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(not self.procedures)
        self._enable()

    def _failed(self, exc: BaseException) -> None:
        report_exception(exc, self, self.lang)

    def _enable(self) -> None:
        has = self.list.currentItem() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # --- the timeline -----------------------------------------------------------------------------------
    def _date(self, d: date) -> str:
        return to_qdate(d).toString(date_format(self.lang))

    def timeline(self, p: RecognitionProcedure) -> str:
        """Two lines: the occupation (regulated, authority), then the steps, done ● or open ○."""
        occ = reference.occupations().get(p.occupation_code or "")
        title = f"{occ.title(self.lang)} ({occ.code})" if occ else (p.occupation_code or self.tr("no occupation"))
        head = [title]
        if p.regulated is not None:
            head.append(self.tr("regulated") if p.regulated else self.tr("not regulated"))
        if p.authority:
            head.append(p.authority)
        # every self.tr(...) outside an f-string: pyside6-lupdate does not look inside one
        applied = self.tr("Application %1").replace("%1", self._date(p.applied)) if p.applied else ""
        not_filed = self.tr("Application not filed yet")
        steps = [
            f"{DONE} {applied}" if p.applied else f"{OPEN} {not_filed}",
        ]
        docs_done, docs_open = self.tr("Documents complete"), self.tr("Documents")
        steps.append(f"{DONE} {docs_done}" if p.documents_complete else f"{OPEN} {docs_open}")
        if p.decision is ProcedureDecision.PENDING:
            pending = self.tr("Decision pending")
            steps.append(f"{OPEN} {pending}")
        else:
            when = self._date(p.decided) if p.decided else ""
            decision = self.tr("Decision %1: %2").replace("%1", when).replace("%2", procedure_word(p.decision))
            steps.append(f"{DONE} {decision}")
        if p.decision is ProcedureDecision.PARTIAL or p.compensation is not Compensation.NONE:
            if p.compensation is Compensation.NONE:
                missing = self.tr("Compensation measure or bridge training")
                steps.append(f"{OPEN} {missing}")
            else:
                measure = procedure_word(p.compensation)
                training = self.trainings.get(p.training_id or "")
                if training is not None:
                    measure += f" ({training_text(training, self.lang)})"
                steps.append(f"{DONE} {measure}")
        if p.grant_applied:
            grant = self.tr("Recognition grant applied for")
            steps.append(f"{DONE} {grant}")
        return " · ".join(head) + "\n" + "  →  ".join(steps)

    # --- actions ------------------------------------------------------------------------------------------
    def selected(self) -> RecognitionProcedure | None:
        item = self.list.currentItem()
        if item is None:
            return None
        rid = item.data(ID_ROLE)
        return next((p for p in self.procedures if p.id == rid), None)

    def edit_selected(self) -> None:
        p = self.selected()
        if p is not None:
            self.edit_requested.emit(p)

    def delete_selected(self, *, dialog: DeleteProcedureDialog | None = None) -> None:
        p = self.selected()
        vault = self.ctx.vault
        if p is None or vault is None:
            return
        dlg = dialog or DeleteProcedureDialog(self)
        if dialog is None and dlg.exec() != QDialog.DialogCode.Accepted:
            return
        reason = dlg.reason.text().strip()
        if not reason:
            return
        operations.change(
            self.ctx,
            _void,
            vault,
            p.id,
            reason,
            changes=Change.RECORDS,
            success=lambda _r: self.show_client(self.client_id),
            failure=self._failed,
        )
