"""A client's page: personal data (editable), their sessions and job trainings, a follow-up session
in one click from here (two from the client list), "what is sent" and, for coordinators, erasure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.domain.codes import SessionKind
from iq_desktop.domain.records import (
    Client,
    CounsellingSession,
    JobTrainingScheme,
    RecognitionProcedure,
    TrainingParticipation,
)
from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext, Change
from iq_desktop.ui.errors import report_exception
from iq_desktop.ui.forms.client_form import ClientForm
from iq_desktop.ui.forms.fields import date_format, to_qdate
from iq_desktop.ui.forms.labels import label
from iq_desktop.ui.forms.procedure_form import ProcedureForm
from iq_desktop.ui.forms.scheme_form import scheme_summary
from iq_desktop.ui.forms.session_form import SessionForm
from iq_desktop.ui.forms.training_form import TrainingForm
from iq_desktop.ui.records.documents_panel import DocumentsPanel
from iq_desktop.ui.records.models import topics_text
from iq_desktop.ui.records.procedures_panel import ProceduresPanel
from iq_desktop.ui.sync.what_is_sent import WhatIsSentDialog

if TYPE_CHECKING:
    from iq_desktop.services.vault import Vault

#: The client (None: erased meanwhile), their sessions and trainings, and the vault's schemes by id.
ClientAndHistory = tuple[
    Client | None, list[CounsellingSession], list[TrainingParticipation], dict[str, JobTrainingScheme]
]

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _load(vault: Vault, client_id: str) -> ClientAndHistory:
    from iq_desktop.services import records

    client = records.get_client(vault, client_id)
    sessions, trainings = records.client_history(vault, client_id)
    schemes = {s.id: s for s in records.list_schemes(vault)} if trainings else {}
    return client, list(sessions), list(trainings), schemes


def _erase(vault: Vault, client_id: str) -> None:
    from iq_desktop.services import records

    records.erase_client(vault, client_id)


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    t.setTabKeyNavigation(False)
    return t


class EraseDialog(QDialog):
    """A clear confirmation: what erasing means, a box to tick, then a destructive button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase this client (GDPR)"))
        text = QLabel(
            self.tr(
                "Erasing removes this person's personal data, sessions, job trainings and recognition procedures "
                "from this laptop for good. "
                "The site's figures sent to the network are counted again without them. This cannot be undone."
            ),
            self,
        )
        text.setWordWrap(True)
        self.confirm = QCheckBox(self.tr("I understand that the data cannot be recovered"), self)
        self.buttons = QDialogButtonBox(self)
        self.erase_button = self.buttons.addButton(
            self.tr("Erase permanently"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button.setEnabled(False)
        self.confirm.toggled.connect(self.erase_button.setEnabled)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        lay.addWidget(self.confirm)
        lay.addWidget(self.buttons)


class ClientPage(QWidget):
    client_erased = Signal(str)
    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.language
        self.client: Client | None = None
        self.sessions: list[CounsellingSession] = []
        self.trainings: list[TrainingParticipation] = []

        self.stack = QStackedWidget(self)
        overview = QWidget()
        self.heading = QLabel(overview)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.back_button = QPushButton(self.tr("← Back to the list"), overview)
        self.follow_up_button = QPushButton(self.tr("New &follow-up session"), overview)
        self.initial_button = QPushButton(self.tr("New &initial session"), overview)
        self.training_button = QPushButton(self.tr("New job &training"), overview)
        self.sent_button = QPushButton(self.tr("What is &sent…"), overview)
        self.sent_button.setToolTip(self.tr("Show what leaves the laptop for the selected session or training"))
        self.erase_button = QPushButton(self.tr("Erase (GDPR)…"), overview)
        self.erase_button.setVisible(ctx.is_coordinator)
        actions = QHBoxLayout()
        for b in (self.follow_up_button, self.initial_button, self.training_button, self.sent_button):
            actions.addWidget(b)
        actions.addStretch(1)
        top = QHBoxLayout()  # the erase button up here: one row of five buttons is too wide for 1024 px
        self.heading.setWordWrap(True)
        top.addWidget(self.heading, 1)
        top.addWidget(self.erase_button)
        top.addWidget(self.back_button)

        self.tabs = QTabWidget(overview)
        self.sessions_table = _table(
            [self.tr("Date"), self.tr("Kind"), self.tr("Topics"), self.tr("Duration"), self.tr("Recorded by")]
        )
        self.sessions_table.setAccessibleName(self.tr("Sessions"))
        self.trainings_table = _table(
            [self.tr("Start"), self.tr("Type"), self.tr("Format"), self.tr("Status"), self.tr("Scheme")]
        )
        self.trainings_table.setAccessibleName(self.tr("Job trainings"))
        self.client_form = ClientForm(ctx)
        self.client_form.cancel_button.setText(self.tr("Undo changes"))
        self.tabs.addTab(self.sessions_table, self.tr("Sessions"))
        self.tabs.addTab(self.trainings_table, self.tr("Job trainings"))
        self.procedures_panel = ProceduresPanel(ctx)  # issue 11, item 2 (Alt+V: the tab's mnemonic)
        self.tabs.addTab(self.procedures_panel, self.tr("Recognition &procedures"))
        self.tabs.addTab(self.client_form, self.tr("Personal data"))
        self.documents_panel = DocumentsPanel(ctx)  # issue 11, item 3
        self.tabs.addTab(self.documents_panel, self.tr("Documents"))
        ol = QVBoxLayout(overview)
        ol.addLayout(top)
        ol.addLayout(actions)
        ol.addWidget(self.tabs, 1)

        self.session_form = SessionForm(ctx)
        self.training_form = TrainingForm(ctx)
        self.procedure_form = ProcedureForm(ctx)
        self.stack.addWidget(overview)
        self.stack.addWidget(self.session_form)
        self.stack.addWidget(self.training_form)
        self.stack.addWidget(self.procedure_form)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)

        self.back_button.clicked.connect(self._back)
        self.follow_up_button.clicked.connect(self.new_follow_up)
        self.initial_button.clicked.connect(lambda: self.new_session(SessionKind.INITIAL))
        self.training_button.clicked.connect(self.new_training)
        self.sent_button.clicked.connect(self.show_what_is_sent)
        self.erase_button.clicked.connect(self.erase)
        self.sessions_table.itemActivated.connect(lambda _i: self.edit_selected_session())
        self.trainings_table.itemActivated.connect(lambda _i: self.edit_selected_training())
        self.client_form.saved.connect(self._client_saved)
        self.client_form.finished.connect(self._client_form_closed)
        for form in (self.session_form, self.training_form, self.procedure_form):
            form.finished.connect(self._form_closed)
        self.procedures_panel.new_requested.connect(self.new_procedure)
        self.procedures_panel.edit_requested.connect(self.edit_procedure)

    # --- loading -----------------------------------------------------------------------------------
    def show_client(self, client_id: str) -> None:
        vault = self.ctx.vault
        if vault is None:
            return
        operations.query(self.ctx, _load, vault, client_id, success=self._loaded, failure=self._failed)
        self.procedures_panel.show_client(client_id)
        self.documents_panel.show_client(client_id)

    def reload(self) -> None:
        if self.client is not None:
            self.show_client(self.client.id)

    def _loaded(self, result: ClientAndHistory) -> None:
        client, sessions, trainings, schemes = result
        if client is None:  # erased meanwhile
            self.back_requested.emit()
            return
        self.client = client
        self.sessions = sorted(sessions, key=lambda s: s.date, reverse=True)
        self.trainings = sorted(trainings, key=lambda t: t.start, reverse=True)
        self.heading.setText(client.display_name)
        if not self.client_form.is_dirty():
            self.client_form.load(client)
        fmt = date_format(self.lang)
        self.sessions_table.setRowCount(len(self.sessions))
        for row, s in enumerate(self.sessions):
            topics = topics_text(s.topics)  # the same names and separator as the sessions list
            cells = [
                to_qdate(s.date).toString(fmt),
                label(s.kind, self.lang),
                topics,
                self.tr("%1 min").replace("%1", str(s.duration_minutes)),
                getattr(s, "recorded_by", "") or "",
            ]
            self._fill_row(self.sessions_table, row, cells, s.id)
        self.trainings_table.setRowCount(len(self.trainings))
        for row, t in enumerate(self.trainings):
            cells = [
                to_qdate(t.start).toString(fmt),
                label(t.training_type, self.lang),
                label(t.format, self.lang),
                label(t.status, self.lang),
                scheme_summary(schemes.get(t.scheme_id) if t.scheme_id else None, self.lang),
            ]
            self._fill_row(self.trainings_table, row, cells, t.id)
        self.procedures_panel.set_trainings(self.trainings)
        has_initial = any(s.kind is SessionKind.INITIAL for s in self.sessions)
        self.follow_up_button.setEnabled(has_initial)
        self.follow_up_button.setToolTip("" if has_initial else self.tr("Enter the initial session first."))
        self.stack.setCurrentIndex(0)

    @staticmethod
    def _fill_row(table: QTableWidget, row: int, cells: list[str], record_id: str) -> None:
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, record_id)
            table.setItem(row, col, item)

    def _failed(self, exc: BaseException) -> None:
        report_exception(exc, self, self.lang)

    # --- actions ------------------------------------------------------------------------------------
    def _client_text(self) -> str:
        return self.client.display_name if self.client else ""

    def new_follow_up(self) -> None:
        self.new_session(SessionKind.FOLLOW_UP)

    def new_session(self, kind: SessionKind = SessionKind.FOLLOW_UP) -> None:
        if self.client is None or not self.client_form.maybe_leave():
            return
        self.session_form.new_for_client(self.client.id, self._client_text(), kind)
        self.stack.setCurrentWidget(self.session_form)
        self.session_form.date.setFocus()

    def new_record(self) -> None:
        """Ctrl+N on this page: a new session for this client (follow-up once there is an initial one)."""
        has_initial = any(s.kind is SessionKind.INITIAL for s in self.sessions)
        self.new_session(SessionKind.FOLLOW_UP if has_initial else SessionKind.INITIAL)

    def new_training(self) -> None:
        if self.client is None or not self.client_form.maybe_leave():
            return
        self.training_form.new_for_client(self.client.id, self._client_text())
        self.stack.setCurrentWidget(self.training_form)

    def _selected_id(self, table: QTableWidget) -> str | None:
        item = table.currentItem()
        return None if item is None else str(item.data(ID_ROLE))

    def edit_selected_session(self) -> None:
        rid = self._selected_id(self.sessions_table)
        s = next((s for s in self.sessions if s.id == rid), None)
        if s is not None:
            self.session_form.load_with_client(s, self._client_text())
            self.stack.setCurrentWidget(self.session_form)

    def edit_selected_training(self) -> None:
        rid = self._selected_id(self.trainings_table)
        t = next((t for t in self.trainings if t.id == rid), None)
        if t is not None:
            self.training_form.load_with_client(t, self._client_text())
            self.stack.setCurrentWidget(self.training_form)

    def new_procedure(self) -> None:
        if self.client is None or not self.client_form.maybe_leave():
            return
        self.procedure_form.new_for_client(self.client, self.trainings)
        self.stack.setCurrentWidget(self.procedure_form)
        self.procedure_form.occupation.setFocus()

    def edit_procedure(self, procedure: RecognitionProcedure) -> None:
        if self.client is None or not self.client_form.maybe_leave():
            return
        self.procedure_form.load_for_client(procedure, self._client_text(), self.trainings)
        self.stack.setCurrentWidget(self.procedure_form)

    def show_what_is_sent(self) -> WhatIsSentDialog | None:
        table = self.trainings_table if self.tabs.currentWidget() is self.trainings_table else self.sessions_table
        rid = self._selected_id(table)
        if rid is None and self.sessions:
            rid = self.sessions[0].id
        if rid is None:
            return None
        dlg = WhatIsSentDialog(self.ctx, rid, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def erase(self, *, dialog: EraseDialog | None = None) -> None:
        if self.client is None or not self.ctx.is_coordinator:
            return
        dlg = dialog or EraseDialog(self)
        if dialog is None and dlg.exec() != QDialog.DialogCode.Accepted:
            return
        if not dlg.confirm.isChecked():
            return
        client_id = self.client.id
        operations.change(
            self.ctx,
            _erase,
            self.ctx.vault,
            client_id,
            changes=Change.RECORDS,
            success=lambda _r: self._erased(client_id),
            failure=self._failed,
        )

    def _erased(self, client_id: str) -> None:
        self.client = None
        self.client_form._set_clean()
        self.client_erased.emit(client_id)

    # --- forms closing ---------------------------------------------------------------------------------
    def _client_saved(self, client: Client) -> None:
        self.client = client
        self.heading.setText(client.display_name)

    def _client_form_closed(self) -> None:
        if self.client is not None and not self.client_form.is_dirty():
            self.client_form.load(self.client)

    def _form_closed(self) -> None:
        self.stack.setCurrentIndex(0)
        self.reload()

    def _back(self) -> None:
        if self.maybe_leave():
            self.back_requested.emit()

    def maybe_leave(self) -> bool:
        current = self.stack.currentWidget()
        if isinstance(current, (SessionForm, TrainingForm, ProcedureForm)):
            return current.maybe_leave()
        return self.client_form.maybe_leave()
