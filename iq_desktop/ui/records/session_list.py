"""The sessions list: filters (period, topic, sync state) over a lazily loading table."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.domain.codes import Topic
from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext, Change
from iq_desktop.ui.forms.void_dialog import VoidDialog, add_list_action, ask_and_void
from iq_desktop.ui.records.models import (
    CLIENT_ID_ROLE,
    ID_ROLE,
    SessionFilters,
    SessionTableModel,
    kind_label,
    topic_label,
)


def period_range(key: str, today: date | None = None) -> tuple[date, date] | None:
    today = today or date.today()
    if key == "month":
        return today.replace(day=1), today
    if key == "3months":
        return today - timedelta(days=91), today
    if key == "year":
        return today.replace(month=1, day=1), today
    if key == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None


class SessionListPage(QWidget):
    open_session = Signal(str, str)  # session id, client id
    new_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = SessionTableModel(ctx, self)

        heading = QLabel(self.tr("Counselling sessions"))
        heading.setObjectName("heading")
        self.period = QComboBox()
        for key, text in (
            ("all", self.tr("All time")),
            ("month", self.tr("This month")),
            ("3months", self.tr("Last 3 months")),
            ("year", self.tr("This year")),
            ("last_year", self.tr("Last year")),
        ):
            self.period.addItem(text, key)
        self.topic = QComboBox()
        self.topic.addItem(self.tr("All topics"), None)
        for t in Topic:
            self.topic.addItem(topic_label(t), t.value)
        # the longest topics ("Faire Integration: Krankenversicherung") made the window wider than a 1024-pixel
        # screen: the field is as wide as a typical topic, its list shows every topic in full
        self.topic.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.topic.setMinimumContentsLength(18)
        self.state = QComboBox()
        states: tuple[tuple[str | None, str], ...] = (
            (None, self.tr("Any sync state")),
            ("pending", self.tr("Waiting")),
            ("sent", self.tr("Sent")),
            ("quarantined", self.tr("Quarantined")),
        )
        for state_key, text in states:
            self.state.addItem(text, state_key)
        filters = QHBoxLayout()
        for text, combo, name in (
            (self.tr("&Period:"), self.period, self.tr("Period")),
            (self.tr("&Topic:"), self.topic, self.tr("Topic")),
            (self.tr("S&ync state:"), self.state, self.tr("Sync state")),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            combo.setAccessibleName(name)
            combo.currentIndexChanged.connect(self.apply_filters)
            filters.addWidget(label)
            filters.addWidget(combo)
            filters.addSpacing(8)
        filters.addStretch(1)
        self.new_button = QPushButton(self.tr("&New session"))
        self.new_button.setToolTip(self.tr("New session (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        top = QHBoxLayout()  # the button beside the heading, as on the other lists: the filters fit 1024 pixels
        top.addWidget(heading, 1)
        top.addWidget(self.new_button)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        fm = self.fontMetrics()
        kind_width = max(fm.horizontalAdvance(kind_label(k)) for k in ("initial", "follow_up")) + 24
        date_width = fm.horizontalAdvance("00.00.0000") + 36
        for col, width in enumerate((date_width, 220, max(100, kind_width), 320)):
            header.resizeSection(col, width)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._header_clicked)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        self.void_dialog: VoidDialog | None = None
        self.delete_action = add_list_action(self.table, self.tr("Delete…"), self.void_selected, delete_key=True)
        self.summary = QLabel("")
        self.summary.setAccessibleName(self.tr("Number of sessions"))
        self.model.modelReset.connect(self._update_summary)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(filters)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.summary)
        # saves and syncs alike: a session's sync state is the outbox's
        operations.refresh_on(ctx, self, Change.RECORDS | Change.OUTBOX, self.model.reload)
        self.model.refresh()

    def _header_clicked(self, _section: int) -> None:
        """Sessions sort by date only: a click on any header flips newest/oldest first."""
        order = Qt.SortOrder.AscendingOrder if self.model.newest_first else Qt.SortOrder.DescendingOrder
        self.table.horizontalHeader().setSortIndicator(0, order)
        self.model.sort(0, order)

    def apply_filters(self) -> None:
        filters: SessionFilters = {}
        period = period_range(self.period.currentData())
        if period is not None:
            filters["period"] = period
        if self.topic.currentData():
            filters["topic"] = Topic(self.topic.currentData())
        if self.state.currentData():
            filters["sync_state"] = self.state.currentData()
        self.model.filters = filters
        self.model.refresh()

    def _update_summary(self) -> None:
        self.summary.setText(self.tr("%n session(s)", "", self.model.rowCount()))

    def _activated(self, index: QModelIndex) -> None:
        sid = self.model.data(index, ID_ROLE)
        if sid:
            self.open_session.emit(str(sid), str(self.model.data(index, CLIENT_ID_ROLE) or ""))

    def void_selected(self) -> None:
        """Delete the selected session (a wrong entry), after asking for the reason."""
        index = self.table.currentIndex()
        if not index.isValid():
            rows = self.table.selectionModel().selectedRows()
            index = rows[0] if rows else index
        sid = self.model.data(index, ID_ROLE) if index.isValid() else None
        if sid:
            self.void_dialog = ask_and_void(self.ctx, self, str(sid), "session")

    def new_record(self) -> None:
        self.new_requested.emit()

    def focus_find(self) -> bool:
        return False

    def clear(self) -> None:
        self.model.clear()
