"""The audit log for coordinators (Settings → "Show audit log…"): who did what when, newest first, filtered
by user, action and days; the table loads page by page as it is scrolled (``services.audit_log``); the
shown entries can be exported as CSV (audited)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext, Change
from iq_desktop.ui.errors import friendly_message, is_known, report_exception

if TYPE_CHECKING:
    from iq_desktop.services.audit_log import AuditEntry, AuditQuery
    from iq_desktop.services.vault import Vault

_CONTEXT = "AuditLog"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Marks ``text`` for the catalogue; translated where it is shown (:func:`action_label`)."""
    return text


#: The actions in words (context "AuditLog"); an action not listed here shows its own name.
ACTION_LABELS: dict[str, str] = {
    "unlock": QT_TRANSLATE_NOOP("AuditLog", "Unlocked"),
    "failed_unlock": QT_TRANSLATE_NOOP("AuditLog", "Failed unlock"),
    "lock": QT_TRANSLATE_NOOP("AuditLog", "Locked"),
    "create": QT_TRANSLATE_NOOP("AuditLog", "Created"),
    "edit": QT_TRANSLATE_NOOP("AuditLog", "Edited"),
    "delete": QT_TRANSLATE_NOOP("AuditLog", "Deleted"),
    "void": QT_TRANSLATE_NOOP("AuditLog", "Voided"),
    "erase": QT_TRANSLATE_NOOP("AuditLog", "Erased (GDPR)"),
    "export": QT_TRANSLATE_NOOP("AuditLog", "Exported"),
    "merge": QT_TRANSLATE_NOOP("AuditLog", "Merged"),
    "sync": QT_TRANSLATE_NOOP("AuditLog", "Synchronised"),
    "enrol": QT_TRANSLATE_NOOP("AuditLog", "Enrolled"),
    "backup": QT_TRANSLATE_NOOP("AuditLog", "Backup saved"),
    "restore": QT_TRANSLATE_NOOP("AuditLog", "Restored"),
    "import": QT_TRANSLATE_NOOP("AuditLog", "Imported"),
    "demo-data": QT_TRANSLATE_NOOP("AuditLog", "Demo data added"),
    "retention": QT_TRANSLATE_NOOP("AuditLog", "Retention purge"),
    "add_user": QT_TRANSLATE_NOOP("AuditLog", "User added"),
    "remove_user": QT_TRANSLATE_NOOP("AuditLog", "User removed"),
    "set_role": QT_TRANSLATE_NOOP("AuditLog", "Role changed"),
    "reset_passphrase": QT_TRANSLATE_NOOP("AuditLog", "Passphrase reset"),
    "change_passphrase": QT_TRANSLATE_NOOP("AuditLog", "Passphrase changed"),
    "recover": QT_TRANSLATE_NOOP("AuditLog", "Recovery key used"),
    "settings": QT_TRANSLATE_NOOP("AuditLog", "Settings changed"),
    "refused": QT_TRANSLATE_NOOP("AuditLog", "Refused"),
    "list": QT_TRANSLATE_NOOP("AuditLog", "Listed"),
    "list_full": QT_TRANSLATE_NOOP("AuditLog", "Listed in full"),
    "show": QT_TRANSLATE_NOOP("AuditLog", "Viewed"),
    "recalibrate_kdf": QT_TRANSLATE_NOOP("AuditLog", "Key derivation strengthened"),
}


def action_label(action: str) -> str:
    text = ACTION_LABELS.get(action)
    return QCoreApplication.translate(_CONTEXT, text) if text else action


def _users(vault: Vault) -> list[str]:
    from iq_desktop.services.audit_log import audit_users

    return audit_users(vault)


def _page(vault: Vault, query: AuditQuery, after: AuditEntry | None) -> list[AuditEntry]:
    from iq_desktop.services.audit_log import audit_page

    return audit_page(vault, query, after=after)


def _export(vault: Vault, query: AuditQuery, out: Path) -> int:
    from iq_desktop.services.audit_log import export_audit_csv

    return export_audit_csv(vault, query, out)


class AuditModel(QAbstractTableModel):
    """The entries shown; Qt asks for more (``fetchMore``) as the view scrolls to the end."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("AuditLog", "When"),
        QT_TRANSLATE_NOOP("AuditLog", "User"),
        QT_TRANSLATE_NOOP("AuditLog", "Action"),
        QT_TRANSLATE_NOOP("AuditLog", "Record"),
        QT_TRANSLATE_NOOP("AuditLog", "Details"),
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[AuditEntry] = []
        self.query: AuditQuery | None = None
        self.complete = True
        self.loading = False
        self._generation = 0
        self.on_error: Callable[[BaseException], object] = lambda exc: report_exception(exc, None)

    def reset_to(self, query: AuditQuery) -> None:
        self.beginResetModel()
        self.entries, self.query, self.complete, self.loading = [], query, False, False
        self._generation += 1
        self.endResetModel()
        self._load()

    def _load(self) -> None:
        vault = self.ctx.vault
        if vault is None or self.query is None or self.complete or self.loading:
            return
        self.loading = True
        generation = self._generation
        after = self.entries[-1] if self.entries else None

        def got(page: list[AuditEntry]) -> None:
            if generation != self._generation:  # the filter changed meanwhile
                return
            from iq_desktop.services.audit_log import PAGE_SIZE

            self.loading = False
            self.complete = len(page) < PAGE_SIZE
            if page:
                first = len(self.entries)
                self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
                self.entries.extend(page)
                self.endInsertRows()
            self.layoutChanged.emit()  # "N entries" in the dialog

        def failed(exc: BaseException) -> None:
            self.loading = False
            self.complete = True
            self.on_error(exc)

        operations.query(self.ctx, _page, vault, self.query, after, success=got, failure=failed)

    # --- Qt's model interface ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and not self.complete and not self.loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if not parent.isValid():
            self._load()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CONTEXT, self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        e = self.entries[index.row()]
        col = index.column()
        if col == 0:
            return e.at.astimezone().strftime("%d.%m.%Y %H:%M:%S")
        if col == 1:
            return e.user
        if col == 2:
            return action_label(e.action)
        if col == 3:
            return f"{e.record_type or ''} {e.record_id or ''}".strip()
        return e.detail


class AuditDialog(QDialog):
    """The audit log: filters on top, the table, the number shown, Export… and Close."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(940, 560)
        intro = QLabel(self.tr("Who did what and when on this laptop, newest first. Times are local."))
        intro.setWordWrap(True)

        self.user = QComboBox()
        self.user.addItem(self.tr("All users"), "")
        self.user.setAccessibleName(self.tr("User"))
        self.action = QComboBox()
        self.action.addItem(self.tr("All actions"), "")
        from iq_desktop.services.audit_log import action_names

        for name in sorted(action_names(), key=action_label):
            self.action.addItem(action_label(name), name)
        self.action.setAccessibleName(self.tr("Action"))
        self.since = self._date_edit(self.tr("From"))
        self.until = self._date_edit(self.tr("To"))
        grid = QGridLayout()
        for col, (text, widget) in enumerate(
            (
                (self.tr("&User:"), self.user),
                (self.tr("&Action:"), self.action),
                (self.tr("&From:"), self.since),
                (self.tr("&To:"), self.until),
            )
        ):
            lab = QLabel(text)
            lab.setBuddy(widget)
            grid.addWidget(lab, 0, 2 * col)
            grid.addWidget(widget, 0, 2 * col + 1)
        grid.setColumnStretch(8, 1)

        self.model = AuditModel(ctx, self)
        self.model.on_error = self._failed
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit log entries"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((150, 130, 170, 220)):
            self.table.setColumnWidth(col, width)

        self.count = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export as CSV…"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAutoDefault(False)
        self.export_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(grid)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.status)
        lay.addLayout(buttons)

        self.user.currentIndexChanged.connect(self.apply_filter)
        self.action.currentIndexChanged.connect(self.apply_filter)
        self.since.dateChanged.connect(self.apply_filter)
        self.until.dateChanged.connect(self.apply_filter)
        self.model.layoutChanged.connect(self._show_count)
        self.model.modelReset.connect(self._show_count)
        self.export_button.clicked.connect(self.ask_export)
        self.close_button.clicked.connect(self.reject)
        self.user.setFocus()

        vault = ctx.vault
        if vault is not None:
            operations.query(ctx, _users, vault, success=self._got_users, failure=self._failed)
        self.apply_filter()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setSpecialValueText(self.tr("any"))  # shown at the minimum: no limit
        edit.setDate(edit.minimumDate())
        edit.setAccessibleName(name)
        return edit

    def _got_users(self, users: list[str]) -> None:
        for name in users:
            self.user.addItem(name, name)

    def current_query(self) -> AuditQuery:
        from iq_desktop.services.audit_log import AuditQuery

        def day(edit: QDateEdit) -> object:
            d = edit.date()
            return None if d == edit.minimumDate() else d.toPython()

        action = str(self.action.currentData() or "")
        return AuditQuery(
            user=str(self.user.currentData() or "") or None,
            actions=frozenset([action] if action else []),
            since=day(self.since),  # type: ignore[arg-type]
            until=day(self.until),  # type: ignore[arg-type]
        )

    def apply_filter(self) -> None:
        self.status.setText("")
        self.model.reset_to(self.current_query())

    def _show_count(self) -> None:
        n = len(self.model.entries)
        more = "" if self.model.complete else " " + self.tr("(scroll down for more)")
        self.count.setText(self.tr("%n entries shown", "", n) + more)

    def _failed(self, exc: BaseException) -> None:
        if is_known(exc):
            self.status.setText("⚠ " + friendly_message(exc, self.ctx.language))
        else:
            report_exception(exc, self, self.ctx.language)

    # --- export ----------------------------------------------------------------------------------------------
    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), "audit-log.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        vault = self.ctx.vault
        if vault is None:
            return
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))

        def done(n: int) -> None:
            self.export_button.setEnabled(True)
            self.status.setText(self.tr("✔ %1 entries written to %2").replace("%1", str(n)).replace("%2", str(path)))

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self._failed(exc)

        operations.change(
            self.ctx, _export, vault, self.current_query(), path, changes=Change.NONE, success=done, failure=failed
        )
