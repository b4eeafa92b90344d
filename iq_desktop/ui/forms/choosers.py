"""Searchable choosers: countries, KldB 2010 reference occupations, and clients (found by name).

Each is an editable combo box (or line edit) with a :class:`QCompleter` that matches a fragment anywhere
in the text, case-insensitively, so a counsellor types "pfleg" or "8130" and picks with the arrow keys.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCollator, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from iq_desktop.domain import reference
from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext
from iq_desktop.ui.errors import report_exception

if TYPE_CHECKING:
    from iq_desktop.services.queries import ClientRow
    from iq_desktop.services.vault import Vault

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def _contains_completer(parent: QWidget) -> QCompleter:
    completer = QCompleter(parent)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setMaxVisibleItems(12)
    return completer


class SearchChooser(QComboBox):
    """An editable combo box over ``(code, text)`` items; :meth:`value` is the chosen code.

    Typed text that matches no item gives ``""`` so the domain's validation names the problem.
    """

    def __init__(self, items: list[tuple[str, str]], *, none_text: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self._none_text = none_text
        if none_text is not None:
            self.addItem(none_text, None)
        for code, text in items:
            self.addItem(text, code)
        completer = _contains_completer(self)
        completer.setModel(self.model())
        completer.setCompletionColumn(0)
        self.setCompleter(completer)
        completer.activated[QModelIndex].connect(self._on_completed)  # type: ignore[index]
        line = self.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._snap)

    def _on_completed(self, index: QModelIndex) -> None:
        row = self.findText(str(index.data()), Qt.MatchFlag.MatchFixedString)
        if row >= 0:
            self.setCurrentIndex(row)

    def _snap(self) -> None:
        row = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        if row >= 0 and row != self.currentIndex():
            self.setCurrentIndex(row)

    def value(self) -> str | None:
        """The code of the chosen item; ``None`` for the "none" item or empty text; ``""`` if unknown."""
        text = self.currentText().strip()
        if not text or (self._none_text is not None and text == self._none_text):
            return None
        row = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if row < 0:
            return ""
        data = self.itemData(row)
        return None if data is None else str(data)

    def set_value(self, code: str | None) -> None:
        row = self.findData(code) if code is not None else (0 if self._none_text is not None else -1)
        if row < 0 and code is not None:
            self.setEditText(code)
            return
        self.setCurrentIndex(row)
        if row < 0:
            self.setEditText("")


def _sorted(items: list[tuple[str, str]], lang: str) -> list[tuple[str, str]]:
    collator = QCollator(QLocale(lang))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return sorted(items, key=lambda it: collator.sortKey(it[1]))


class CountryChooser(SearchChooser):
    """Countries by name in the UI language ("Syrien" / "Syria"); the value is the ISO code."""

    def __init__(self, lang: str = "de", parent: QWidget | None = None):
        items = [(code, country.name(lang)) for code, country in reference.countries().items()]
        super().__init__(_sorted(items, lang), parent=parent)
        self.setToolTip(self.tr("Type part of the country's name, then choose with the arrow keys."))

    def value(self) -> str:
        return super().value() or ""


class OccupationChooser(SearchChooser):
    """KldB 2010 reference occupations; type part of the title or of the five-digit code."""

    def __init__(self, lang: str = "de", parent: QWidget | None = None):
        items = [(code, f"{occ.title(lang)} ({code})") for code, occ in reference.occupations().items()]
        super().__init__(_sorted(items, lang), none_text=self.tr("— not recorded —"), parent=parent)
        self.setMinimumContentsLength(36)
        self.setToolTip(self.tr("Type part of the occupation's title or its KldB code, then choose from the list."))


class ClientChooser(QLineEdit):
    """Find a client by name: typing asks ``search(fragment, on_done)`` (on the DB worker) for matches.

    ``search`` is called with the fragment and a callback taking a list of ``(client_id, display_text)``.
    :attr:`client_id` is set only when the user picks a match; editing the text afterwards clears it.
    """

    client_chosen = Signal(str)

    def __init__(
        self, search: Callable[[str, Callable[[list[tuple[str, str]]], None]], None], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._search = search
        self.client_id: str | None = None
        self._chosen_text = ""
        self._model = QStandardItemModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        completer.activated[QModelIndex].connect(self._on_activated)  # type: ignore[index]
        self.setCompleter(completer)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self._run_search)
        self.textEdited.connect(self._on_edited)
        self.setPlaceholderText(self.tr("Type part of the name…"))
        self._pending = ""

    def _on_edited(self, text: str) -> None:
        if self.client_id is not None and text != self._chosen_text:
            self.client_id = None
        self._pending = text.strip()
        self._timer.start()

    def _run_search(self) -> None:
        fragment = self._pending
        if len(fragment) < 1:
            return

        def done(rows: list[tuple[str, str]]) -> None:
            self._show(fragment, rows)

        self._search(fragment, done)

    def _show(self, fragment: str, rows: list[tuple[str, str]]) -> None:
        if fragment != self._pending:
            return  # a newer search is on its way
        self._model.clear()
        for client_id, text in rows:
            item = QStandardItem(text)
            item.setData(client_id, CODE_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
        if rows and self.hasFocus():
            self.completer().complete()

    def _on_activated(self, index: QModelIndex) -> None:
        self.set_client(str(index.data(CODE_ROLE)), str(index.data()))

    def state_value(self) -> dict[str, str | None]:
        return {"id": self.client_id, "text": self.text()}

    def restore_state_value(self, value: object) -> None:
        if isinstance(value, dict):
            self.set_client(value.get("id"), str(value.get("text") or ""))

    def set_client(self, client_id: str | None, text: str = "") -> None:
        self.client_id = client_id
        self._chosen_text = text
        self.setText(text)
        if client_id:
            self.client_chosen.emit(client_id)


__all__ = ["ClientChooser", "CountryChooser", "OccupationChooser", "SearchChooser"]


def client_text(row: ClientRow) -> str:
    """A client as the chooser lists them: "Last, First (year of birth)"."""
    name, born = row.display_name, row.birth_year
    return f"{name} ({born})" if born else str(name)


def _find(vault: Vault, text: str) -> list[tuple[str, str]]:
    from iq_desktop.services import records

    return [(str(r.id), client_text(r)) for r in records.find_clients(vault, text, limit=30)]


def client_search(ctx: AppContext) -> Callable[[str, Callable[[list[tuple[str, str]]], None]], None]:
    """A ``search`` for :class:`ClientChooser` that asks ``services.records.find_clients`` on the DB worker."""

    def search(fragment: str, done: Callable[[list[tuple[str, str]]], None]) -> None:
        vault = ctx.vault
        if vault is None:
            return

        def failed(exc: BaseException) -> None:
            done([])
            report_exception(exc, None, ctx.language)

        operations.query(ctx, _find, vault, fragment, success=done, failure=failed)

    return search


def fetch_client_name(ctx: AppContext, client_id: str, done: Callable[[str, str], None]) -> None:
    """Look up a client's display name on the DB worker; ``done(client_id, text)`` on the GUI thread."""
    vault = ctx.vault
    if vault is None:
        return

    def get(v: Vault, cid: str) -> str:
        from iq_desktop.services import records

        client = records.get_client(v, cid)
        return client.display_name if client is not None else ""

    operations.query(ctx, get, vault, client_id, success=lambda text: done(client_id, text))
