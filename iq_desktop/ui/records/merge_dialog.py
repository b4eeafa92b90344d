"""Merging two records of one person (issue 11; coordinators): the record to keep, the other one found
by name, both shown side by side, then "Merge" (:func:`iq_desktop.services.cleanup.merge`, on the DB
worker). The other record's sessions, trainings, procedures and documents move to the kept one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext, Change
from iq_desktop.ui.forms.fields import date_format, to_qdate

if TYPE_CHECKING:
    from iq_desktop.services.queries import ClientRow
    from iq_desktop.services.vault import Vault

FIND_DELAY_MS = 250


@dataclass(frozen=True, slots=True)
class Summary:
    """What the dialog shows of one record (on this laptop only)."""

    id: str
    name: str
    birth_date: date | None
    sessions: int
    trainings: int


def _summary(vault: Vault, client_id: str) -> Summary | None:
    from iq_desktop.services import records

    client = records.get_client(vault, client_id)
    if client is None:
        return None
    sessions, trainings = records.client_history(vault, client_id)
    return Summary(client.id, client.display_name, client.birth_date, len(sessions), len(trainings))


def _find(vault: Vault, text: str) -> list[ClientRow]:
    from iq_desktop.services import records

    return list(records.find_clients(vault, text))


def _merge(vault: Vault, keep_id: str, other_id: str) -> object:
    from iq_desktop.services import cleanup

    return cleanup.merge(vault, keep_id, other_id)


class MergeDialog(QDialog):
    merged = Signal(str)  # the kept client's id

    def __init__(self, ctx: AppContext, keep_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.language
        self.keep_id = keep_id
        self.other_id: str | None = None
        self.setWindowTitle(self.tr("Merge two records of one person"))
        explain = QLabel(
            self.tr(
                "Every session, job training, procedure and document of the other record moves to the record "
                "kept; its empty fields are filled from the other; the other record is deleted. An initial "
                "session that is no longer the first of its case becomes a follow-up. This cannot be undone."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.find_edit = QLineEdit(self)
        self.find_edit.setAccessibleName(self.tr("Find the other record by name"))
        self.find_edit.setPlaceholderText(self.tr("Type part of a name…"))
        find_label = QLabel(self.tr("&Find the other record:"), self)
        find_label.setBuddy(self.find_edit)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Records found"))
        self.keep_box, self.keep_text = self._side(self.tr("Keep"))
        self.other_box, self.other_text = self._side(self.tr("Merge into it and delete"))
        self.other_text.setText(self.tr("— choose a record above —"))
        sides = QGridLayout()
        sides.addWidget(self.keep_box, 0, 0)
        sides.addWidget(self.other_box, 0, 1)
        buttons = QDialogButtonBox(self)
        self.merge_button: QPushButton = buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.merge_button.setEnabled(False)
        self.merge_button.setAutoDefault(False)
        self.merge_button.setDefault(False)
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self._merge)
        buttons.rejected.connect(self.reject)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.hide()

        lay = QVBoxLayout(self)
        lay.addWidget(explain)
        lay.addWidget(find_label)
        lay.addWidget(self.find_edit)
        lay.addWidget(self.results, 1)
        lay.addLayout(sides)
        lay.addWidget(self.problem)
        lay.addWidget(buttons)
        self.resize(720, 520)

        self._debounce = QTimer(self, singleShot=True, interval=FIND_DELAY_MS)
        self._debounce.timeout.connect(self._search)
        self.find_edit.textChanged.connect(lambda _t: self._debounce.start())
        self.results.currentItemChanged.connect(self._chosen)
        self.results.itemDoubleClicked.connect(lambda _i: self.merge_button.setFocus())
        self.find_edit.installEventFilter(self)
        self.results.installEventFilter(self)
        vault = ctx.vault
        if vault is not None:
            operations.query(ctx, _summary, vault, keep_id, success=self._keep_loaded, parent=self)
        self.find_edit.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Return never merges by accident: in the search it goes to the results, on a result to the
        Merge button; only the Merge button itself (Return, Space, Alt+M, a click) merges."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.focusWidget() is self.merge_button and self.merge_button.isEnabled():
                self.merge_button.click()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Return in the search goes to the results; on a result, to the Merge button."""
        is_key = event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
        if is_key and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # type: ignore[attr-defined]
            if watched is self.find_edit:
                self._to_results()
            elif watched is self.results and self.merge_button.isEnabled():
                self.merge_button.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _side(self, title: str) -> tuple[QGroupBox, QLabel]:
        box = QGroupBox(title, self)
        text = QLabel(box)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(box).addWidget(text)
        return box, text

    def _describe(self, s: Summary) -> str:
        born = to_qdate(s.birth_date).toString(date_format(self.lang)) if s.birth_date else self.tr("not known")
        return (
            self.tr("%1\nBorn: %2\nSessions: %3, job trainings: %4")
            .replace("%1", s.name)
            .replace("%2", born)
            .replace("%3", str(s.sessions))
            .replace("%4", str(s.trainings))
        )

    def _keep_loaded(self, summary: Summary | None) -> None:
        if summary is None:
            self.reject()
            return
        self.keep_text.setText(self._describe(summary))
        if not self.find_edit.text():
            self.find_edit.setText(summary.name.split(",")[0])  # the same last name: the likely duplicate
            self.find_edit.selectAll()

    def _search(self) -> None:
        vault = self.ctx.vault
        if vault is not None:
            operations.query(self.ctx, _find, vault, self.find_edit.text(), success=self._found, parent=self)

    def _found(self, rows: list[ClientRow]) -> None:
        self.results.clear()
        for row in rows:
            if row.id == self.keep_id:
                continue
            year = f" ({row.birth_year})" if row.birth_year else ""
            item = QListWidgetItem(row.display_name + year)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)

    def _to_results(self) -> None:
        if self.results.count():
            self.results.setFocus()
            self.results.setCurrentRow(0)

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        self.other_id = str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
        self.merge_button.setEnabled(self.other_id is not None)
        vault = self.ctx.vault
        if self.other_id is not None and vault is not None:
            chosen = self.other_id
            operations.query(
                self.ctx, _summary, vault, chosen, success=lambda s: self._other_loaded(chosen, s), parent=self
            )

    def _other_loaded(self, chosen: str, summary: Summary | None) -> None:
        if chosen == self.other_id and summary is not None:
            self.other_text.setText(self._describe(summary))

    def _merge(self) -> None:
        vault = self.ctx.vault
        if vault is None or self.other_id is None:
            return
        self.merge_button.setEnabled(False)
        operations.change(
            self.ctx,
            _merge,
            vault,
            self.keep_id,
            self.other_id,
            changes=Change.RECORDS,
            success=self._merged,
            failure=self._failed,
        )

    def _merged(self, _result: object) -> None:
        self.merged.emit(self.keep_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from iq_desktop.ui.errors import friendly_message, is_known, report_exception

        self.merge_button.setEnabled(self.other_id is not None)
        if is_known(exc):
            self.problem.setText(friendly_message(exc, self.lang))
            self.problem.show()
        else:
            report_exception(exc, self, self.lang)
