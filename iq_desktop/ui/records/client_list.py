"""The clients list with find-by-name (debounced, on the DB worker): every client, loaded lazily, sorted by
the database by any column (the header's sort indicator is the order shown, also while a name is typed)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext, Change
from iq_desktop.ui.forms.void_dialog import add_list_action
from iq_desktop.ui.records.merge_dialog import MergeDialog
from iq_desktop.ui.records.models import ID_ROLE, ClientTableModel

FIND_DELAY_MS = 250


class ClientListPage(QWidget):
    open_client = Signal(str)
    new_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ClientTableModel(ctx, self)
        heading = QLabel(self.tr("Clients"))
        heading.setObjectName("heading")
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Type part of a name…"))
        self.find_edit.setAccessibleName(self.tr("Find a client by name"))
        self.find_edit.setClearButtonEnabled(True)
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.find_edit)
        self.new_button = QPushButton(self.tr("&New client"))
        self.new_button.setToolTip(self.tr("New client (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        top = QHBoxLayout()
        top.addWidget(find_label)
        top.addWidget(self.find_edit, 1)
        top.addWidget(self.new_button)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FIND_DELAY_MS)
        self._debounce.timeout.connect(lambda: self.model.search(self.find_edit.text()))
        self.find_edit.textChanged.connect(lambda _t: self._debounce.start())
        self.find_edit.returnPressed.connect(self._open_first)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Clients"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 280)
        header.resizeSection(1, 140)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        self.merge_dialog: MergeDialog | None = None
        self.merge_action = add_list_action(self.table, self.tr("Merge with another record…"), self.merge_selected)
        self.merge_action.setVisible(self._is_coordinator())
        self.summary = QLabel("")
        self.model.modelReset.connect(self._update_summary)

        lay = QVBoxLayout(self)
        lay.addWidget(heading)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.summary)
        operations.refresh_on(ctx, self, Change.RECORDS, self.model.refresh)
        self.model.search("")

    def _update_summary(self) -> None:
        self.summary.setText(self.tr("%n client(s)", "", self.model.rowCount()))

    def _activated(self, index: QModelIndex) -> None:
        cid = self.model.data(index, ID_ROLE)
        if cid:
            self.open_client.emit(str(cid))

    def _open_first(self) -> None:
        if self._debounce.isActive():
            return
        if self.model.rowCount() == 1:
            self._activated(self.model.index(0, 0))
        elif self.model.rowCount() > 1:
            self.table.setFocus()
            self.table.selectRow(0)

    def _is_coordinator(self) -> bool:
        vault = self.ctx.vault
        return vault is not None and vault.is_coordinator

    def merge_selected(self) -> MergeDialog | None:
        """The coordinator merges the selected client with another record of the same person."""
        index = self.table.currentIndex()
        if not index.isValid():
            rows = self.table.selectionModel().selectedRows()
            index = rows[0] if rows else index
        cid = self.model.data(index, ID_ROLE) if index.isValid() else None
        if not cid or not self._is_coordinator():
            return None
        dialog = MergeDialog(self.ctx, str(cid), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def new_record(self) -> None:
        self.new_requested.emit()

    def focus_find(self) -> bool:
        self.find_edit.setFocus()
        self.find_edit.selectAll()
        return True

    def clear(self) -> None:
        self.model.clear()
