"""A list of records with New / Edit / "What is sent", and the record's form in place of the list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.domain.records import Record
from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext
from iq_desktop.ui.errors import report_exception
from iq_desktop.ui.forms.base import RecordForm
from iq_desktop.ui.page_parts import make_heading
from iq_desktop.ui.sync.what_is_sent import WhatIsSentDialog

if TYPE_CHECKING:
    from iq_desktop.services.vault import Vault

ID_ROLE = Qt.ItemDataRole.UserRole + 1

R = TypeVar("R", bound=Record)
#: What a column sorts by (compared with ``<``; mixed kinds fall back to the text).
SortKey = str | int | date | None
#: The records of the list, and what else the page fetched with them (e.g. client names by id).
Fetched = list[R] | tuple[list[R], dict[str, Any]]


# This class's own strings are translated in its own context: ``self.tr`` in a subclass looks in the
# subclass's context and (for plurals) does not fall back to this one.
translate = QCoreApplication.translate


class RecordCount(QObject):
    """The count line's plural (lupdate reads plurals only from ``self.tr(text, "", n)``)."""

    def text(self, n: int) -> str:
        return self.tr("%n record(s)", "", n)


class RecordListPage(QWidget, Generic[R]):
    """Subclasses set ``TITLE``/``HEADERS`` and implement ``fetch`` (DB worker), ``cells``, ``make_form``."""

    HEADERS: list[str] = []

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang: str = ctx.language
        self.records: list[R] = []
        self.extra: dict[str, Any] | None = None
        self.stack = QStackedWidget(self)
        page = QWidget()
        self.heading = QLabel(self.title(), page)
        make_heading(self.heading)
        self.new_button = QPushButton(self.new_text(), page)
        self.edit_button = QPushButton(translate("RecordListPage", "&Edit"), page)
        self.sent_button = QPushButton(translate("RecordListPage", "What is &sent…"), page)
        self.count_label = QLabel(page)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.sent_button)
        self.table = QTableWidget(0, len(self.headers()), page)
        self.table.setHorizontalHeaderLabels(self.headers())
        self.table.setAccessibleName(self.title())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        lay = QVBoxLayout(page)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.count_label)
        self.form: RecordForm[R] = self.make_form()
        self.stack.addWidget(page)
        self.stack.addWidget(self.form)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.sent_button.clicked.connect(self.show_what_is_sent)
        self.table.itemActivated.connect(lambda _i: self.edit_selected())
        self.form.finished.connect(self._form_closed)
        ctx.records_changed.connect(self._maybe_reload)
        self.reload()

    # --- hooks --------------------------------------------------------------------------------------
    def title(self) -> str:
        return ""

    def new_text(self) -> str:
        return translate("RecordListPage", "&New")

    def headers(self) -> list[str]:
        return []

    def fetcher(self) -> Callable[[Vault], Fetched[R]]:
        raise NotImplementedError

    def cells(self, record: R) -> list[tuple[str, SortKey]]:
        """Per column: the text and the value to sort by."""
        raise NotImplementedError

    def make_form(self) -> RecordForm[R]:
        raise NotImplementedError

    def open_record(self, record: R) -> None:
        self.form.load(record)

    # --- behaviour ------------------------------------------------------------------------------------
    def reload(self) -> None:
        vault = self.ctx.vault
        if vault is None:
            return
        operations.query(self.ctx, self.fetcher(), vault, success=self._loaded, failure=self._failed)

    def _maybe_reload(self) -> None:
        if self.stack.currentIndex() == 0:
            self.reload()

    def _loaded(self, result: Fetched[R]) -> None:
        records, self.extra = result if isinstance(result, tuple) else (result, None)
        self.records = list(records)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            for col, (text, key) in enumerate(self.cells(record)):
                item = _SortItem(text, key)
                item.setData(ID_ROLE, record.id)
                self.table.setItem(row, col, item)
        self.table.setSortingEnabled(True)
        self.count_label.setText(RecordCount().text(len(self.records)))
        has = bool(self.records)
        self.edit_button.setEnabled(has)
        self.sent_button.setEnabled(has)
        if has and self.table.currentRow() < 0:
            self.table.selectRow(0)

    def _failed(self, exc: BaseException) -> None:
        report_exception(exc, self, self.lang)

    def selected(self) -> R | None:
        item = self.table.currentItem()
        if item is None:
            return None
        rid = item.data(ID_ROLE)
        return next((r for r in self.records if r.id == rid), None)

    def new_record(self) -> None:
        """Ctrl+N from the shell."""
        if self.stack.currentIndex() == 1 and not self.form.maybe_leave():
            return
        self.form.new_record()
        self.stack.setCurrentIndex(1)

    def edit_selected(self) -> None:
        record = self.selected()
        if record is not None:
            self.open_record(record)
            self.stack.setCurrentIndex(1)

    def show_what_is_sent(self) -> WhatIsSentDialog | None:
        record = self.selected()
        if record is None:
            return None
        dlg = WhatIsSentDialog(self.ctx, record.id, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def _form_closed(self) -> None:
        self.stack.setCurrentIndex(0)
        self.reload()
        self.table.setFocus()

    def maybe_leave(self) -> bool:
        return self.stack.currentIndex() == 0 or self.form.maybe_leave()


class _SortItem(QTableWidgetItem):
    def __init__(self, text: str, key: SortKey) -> None:
        super().__init__(text)
        self._key = key

    def __lt__(self, other: QTableWidgetItem) -> bool:
        other_key = other._key if isinstance(other, _SortItem) else None
        try:
            return bool(self._key < other_key)  # type: ignore[operator]
        except TypeError:
            return self.text() < other.text()
