"""Item models over the vault, loading lazily on the DB worker.

``SessionTableModel`` knows the row count (one COUNT query) and loads pages of 200 rows on demand
when a view asks for data it does not have yet; the page cache is bounded (LRU), so scrolling through
100,000 sessions keeps memory flat and the GUI thread never waits for the database.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, TypedDict

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from iq_desktop.domain.codes import Topic
from iq_desktop.ui import dates, operations
from iq_desktop.ui.context import AppContext
from iq_desktop.ui.icons import icon
from iq_desktop.ui.workers import Job

if TYPE_CHECKING:
    from iq_desktop.services.queries import ClientRow, SessionRow


class SessionFilters(TypedDict, total=False):
    """The session list's filters, as ``services.records.list_sessions`` takes them (keyword arguments)."""

    period: tuple[date, date]
    topic: Topic
    sync_state: str


PAGE_SIZE = 200
MAX_PAGES = 80  # 16,000 cached rows at most
MAX_PENDING = 4
ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 3
LOADING = "…"
_TOPICS = tuple(Topic)

Index = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate


def format_date(d: date | None) -> str:
    return dates.format_date(d)


def topic_label(t: Topic) -> str:
    labels = {
        Topic.RECOGNITION: translate("Models", "Recognition"),
        Topic.JOB_TRAINING: translate("Models", "Job training"),
        Topic.FI_WAGES: translate("Models", "Fair integration: wages"),
        Topic.FI_WORKING_TIME: translate("Models", "Fair integration: working time"),
        Topic.FI_LEAVE: translate("Models", "Fair integration: leave"),
        Topic.FI_DISMISSAL: translate("Models", "Fair integration: dismissal"),
        Topic.FI_HEALTH_INSURANCE: translate("Models", "Fair integration: health insurance"),
        Topic.FI_EMPLOYMENT_CONTRACT: translate("Models", "Fair integration: employment contract"),
        Topic.FI_OTHER: translate("Models", "Fair integration: other"),
    }
    return labels[t]


#: Between the topics of one session, in every list.
TOPIC_SEPARATOR = "; "


def topics_text(topics: Iterable[Topic | str]) -> str:
    """A session's topics as every list shows them: the same names, in the code list's order, one separator."""
    return TOPIC_SEPARATOR.join(topic_label(t) for t in sorted({Topic(t) for t in topics}, key=_TOPICS.index))


def state_label(state: str | None) -> str:
    return {
        "pending": translate("Models", "Waiting"),
        "sent": translate("Models", "Sent"),
        "quarantined": translate("Models", "Quarantined"),
        "superseded": translate("Models", "Waiting"),
        "not_queued": translate("Models", "Not queued"),
        None: translate("Models", "Not queued"),
    }.get(state, str(state))


def kind_label(kind: str) -> str:
    return {"initial": translate("Models", "Initial"), "follow_up": translate("Models", "Follow-up")}.get(
        str(kind), str(kind)
    )


def topics_of(value: int | Iterable[str]) -> list[Topic]:
    if isinstance(value, int):
        return [t for i, t in enumerate(_TOPICS) if value & (1 << i)]
    return sorted((Topic(v) for v in value), key=_TOPICS.index)


class SessionTableModel(QAbstractTableModel):
    COLUMNS = ("date", "client", "kind", "topics", "state")

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page_size = page_size
        self.filters: SessionFilters = {}
        self.newest_first = True
        self._count = 0
        self._pages: OrderedDict[int, list[SessionRow]] = OrderedDict()
        self._pending: OrderedDict[int, Job] = OrderedDict()
        self._generation = 0
        self.loaded_once = False
        self._icons: dict[str, QIcon] = {}
        self._dates: dict[date, str] = {}
        self._topics: dict[frozenset[Topic], str] = {}

    # -- loading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-count and drop cached pages (after a filter change, a save, or unlocking)."""
        self._generation += 1
        gen = self._generation
        self._dates.clear()  # the language may have changed
        self._topics.clear()
        for job in self._pending.values():
            job.cancel()
        self._pending.clear()
        if self.ctx.vault is None:
            self.clear()
            return
        from iq_desktop.services import records

        operations.query(
            self.ctx, partial(records.count_sessions, **self.filters), self.ctx.vault,
            success=lambda n: self._counted(gen, n),
        )  # fmt: skip

    def reload(self) -> None:
        """The data changed (a save, a sync): re-count; with as many rows as before, the rows already
        loaded are read again in place (the selection and the scroll position stay), else as
        :meth:`refresh`."""
        if self.ctx.vault is None or not self._pages:
            self.refresh()
            return
        self._generation += 1
        gen = self._generation
        for job in self._pending.values():
            job.cancel()
        self._pending.clear()
        from iq_desktop.services import records

        operations.query(
            self.ctx, partial(records.count_sessions, **self.filters), self.ctx.vault,
            success=lambda n: self._recounted(gen, n),
        )  # fmt: skip

    def _recounted(self, gen: int, n: int) -> None:
        if gen != self._generation:
            return
        if int(n) != self._count:
            self._counted(gen, n)
            return
        pages = list(self._pages)  # least recently loaded first
        for page in pages[:-MAX_PENDING]:  # read again when a view asks for them
            del self._pages[page]
            first = page * self.page_size
            last = min(self._count, first + self.page_size) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.COLUMNS) - 1))
        for page in pages[-MAX_PENDING:]:  # the old rows stay shown until their new values arrive
            self._request(page, again=True)

    def clear(self) -> None:
        self.beginResetModel()
        self._count = 0
        self._pages.clear()
        self._pending.clear()
        self.endResetModel()

    def _counted(self, gen: int, n: int) -> None:
        if gen != self._generation:
            return
        self.beginResetModel()
        self._count = int(n)
        self._pages.clear()
        self.endResetModel()
        self.loaded_once = True
        if self._count:
            self._request(0)

    def _request(self, page: int, *, again: bool = False) -> None:
        if page in self._pending or (page in self._pages and not again) or self.ctx.vault is None:
            return
        while len(self._pending) >= MAX_PENDING:  # the user scrolled on: forget the oldest request
            _old, job = self._pending.popitem(last=False)
            job.cancel()
        from iq_desktop.services import records

        gen = self._generation
        first = page * self.page_size
        end = min(self._count, first + self.page_size)
        if first > self._count // 2:
            # Deep pages are read from the other end (reversed order, smaller OFFSET), then flipped.
            offset, newest_first, flip = self._count - end, not self.newest_first, True
        else:
            offset, newest_first, flip = first, self.newest_first, False
        fetch = partial(
            records.list_sessions, offset=offset, limit=max(1, end - first), newest_first=newest_first, **self.filters
        )
        self._pending[page] = operations.query(
            self.ctx, fetch, self.ctx.vault, success=lambda rows: self._loaded(gen, page, rows[::-1] if flip else rows)
        )

    def _loaded(self, gen: int, page: int, rows: list[SessionRow]) -> None:
        """Keep the raw rows; cells are formatted when a view asks for them (cheap on the GUI thread)."""
        if gen != self._generation:
            return
        self._pending.pop(page, None)
        self._pages[page] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = page * self.page_size
        last = min(self._count, first + self.page_size) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.COLUMNS) - 1))

    def _raw(self, row: int) -> SessionRow | None:
        page = self._pages.get(row // self.page_size)
        if page is None:
            return None
        offset = row % self.page_size
        return page[offset] if offset < len(page) else None

    def _cell(self, r: SessionRow, col: int) -> str:
        if col == 0:
            text = self._dates.get(r.date)
            if text is None:
                text = self._dates[r.date] = format_date(r.date)
            return text
        if col == 1:
            return str(r.client_name)
        if col == 2:
            return kind_label(r.kind)
        if col == 3:
            text = self._topics.get(r.topics)
            if text is None:
                text = self._topics[r.topics] = topics_text(r.topics)
            return text
        return state_label(r.sync_state)

    def row_values(self, row: int) -> tuple[str, ...] | None:
        """The row's cells and ids (date, client, kind, topics, state, id, state code, client id)."""
        r = self._raw(row)
        if r is None:
            return None
        return (*(self._cell(r, c) for c in range(len(self.COLUMNS))), r.id, r.sync_state, r.client_id)

    def is_loading(self) -> bool:
        return bool(self._pending)

    # -- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (
            translate("Models", "Date"),
            translate("Models", "Client"),
            translate("Models", "Kind"),
            translate("Models", "Topics"),
            translate("Models", "Sync state"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= self._count:
            return None
        r = self._raw(index.row())
        if r is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self._request(index.row() // self.page_size)
                return LOADING
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(r, col)
        if role == ID_ROLE:
            return r.id
        if role == STATE_ROLE:
            return r.sync_state
        if role == CLIENT_ID_ROLE:
            return r.client_id
        if role == Qt.ItemDataRole.DecorationRole and col == 4:
            return self._state_icon(r.sync_state)
        return None

    def _state_icon(self, state: str | None) -> QIcon:
        name = {"sent": "sent", "quarantined": "quarantined"}.get(state or "", "waiting")
        if name not in self._icons:
            self._icons[name] = icon(name)
        return self._icons[name]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sessions sort by date (newest or oldest first); other columns keep the date order."""
        newest = order == Qt.SortOrder.DescendingOrder
        if newest != self.newest_first:
            self.newest_first = newest
            self.refresh()


#: name, year of birth, last contact (texts), id
_ClientCells = tuple[str, str, str, str]
_CLIENT_ORDERS = ("name", "birth_year", "last_contact")


class ClientTableModel(QAbstractTableModel):
    """Clients whose name contains a fragment, sorted BY THE DATABASE over all of them (any column, either
    direction) and loaded lazily in pages of ``page_size`` rows (a bounded cache), like the sessions."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page_size = page_size
        self.fragment = ""
        self.order = "name"
        self.descending = False
        self._count = 0
        self._pages: OrderedDict[int, list[_ClientCells]] = OrderedDict()
        self._pending: OrderedDict[int, Job] = OrderedDict()
        self._generation = 0
        self.loaded_once = False

    def search(self, fragment: str) -> None:
        self.fragment = fragment.strip()
        self.refresh()

    def refresh(self) -> None:
        """Count the matching clients again and drop the loaded pages (a new search, order or save)."""
        self._generation += 1
        gen = self._generation
        for job in self._pending.values():
            job.cancel()
        self._pending.clear()
        if self.ctx.vault is None:
            self.clear()
            return
        from iq_desktop.services import queries

        operations.query(
            self.ctx, queries.count_clients, self.ctx.vault, self.fragment, success=lambda n: self._counted(gen, n)
        )

    def clear(self) -> None:
        self.beginResetModel()
        self._count = 0
        self._pages.clear()
        self._pending.clear()
        self.endResetModel()

    def _counted(self, gen: int, n: int) -> None:
        if gen != self._generation:
            return
        self.beginResetModel()
        self._count = int(n)
        self._pages.clear()
        self.endResetModel()
        self.loaded_once = True
        if self._count:
            self._request(0)

    def _request(self, page: int) -> None:
        if page in self._pending or page in self._pages or self.ctx.vault is None:
            return
        while len(self._pending) >= MAX_PENDING:
            _old, job = self._pending.popitem(last=False)
            job.cancel()
        from iq_desktop.services import queries

        gen = self._generation
        fetch = partial(queries.list_clients, order=self.order, descending=self.descending,
                        offset=page * self.page_size, limit=self.page_size)  # fmt: skip
        self._pending[page] = operations.query(
            self.ctx, fetch, self.ctx.vault, self.fragment, success=lambda rows: self._loaded(gen, page, rows)
        )

    def _loaded(self, gen: int, page: int, rows: list[ClientRow]) -> None:
        if gen != self._generation:
            return
        self._pending.pop(page, None)
        self._pages[page] = [
            (r.display_name, "" if r.birth_year is None else str(r.birth_year), format_date(r.last_contact), r.id)
            for r in rows
        ]
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = page * self.page_size
        last = min(self._count, first + self.page_size) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, 2))

    def _row(self, row: int) -> _ClientCells | None:
        page = self._pages.get(row // self.page_size)
        if page is None:
            return None
        offset = row % self.page_size
        return page[offset] if offset < len(page) else None

    def client_id(self, row: int) -> str:
        r = self._row(row)
        return str(r[3]) if r is not None else ""

    def is_loading(self) -> bool:
        return bool(self._pending)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 3:
            return None
        return (translate("Models", "Name"), translate("Models", "Year of birth"), translate("Models", "Last contact"))[
            section
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= self._count:
            return None
        row = self._row(index.row())
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self._request(index.row() // self.page_size)
                return LOADING
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row[index.column()]
        if role == ID_ROLE:
            return row[3]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the database over every matching client (not only the loaded rows)."""
        if not 0 <= column < 3:
            return
        key, descending = _CLIENT_ORDERS[column], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.order, self.descending) and self.loaded_once:
            return
        self.order, self.descending = key, descending
        self.refresh()
