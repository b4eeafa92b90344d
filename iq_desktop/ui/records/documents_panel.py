"""A client's documents (a tab of the client page): the list, Attach…, Open, Save as…, Remove…, and the
checklist per recognition procedure (✔/✘ per required kind).

Documents live inside the encrypted vault (:mod:`iq_desktop.services.documents`). "Open" decrypts into
memory only and shows images, PDFs (QtPdf, loaded from a ``QBuffer``) and text in :class:`DocumentViewer`;
no clear text is written for viewing. Other files can only be saved (to a place the user picks).
Keyboard: Enter on a row opens it, Delete removes it (after a confirmation), mnemonics for the buttons.
"""

from __future__ import annotations

import os
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEvent, QIODevice, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.domain.codes import DocumentKind
from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext, Change
from iq_desktop.ui.errors import report_exception
from iq_desktop.ui.forms.fields import date_format, to_qdate

if TYPE_CHECKING:
    from iq_desktop.services.documents import Checklist, DocumentInfo, ProcedureChoice
    from iq_desktop.services.vault import Vault

ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The largest document (services.documents.MAX_DOCUMENT_MB; repeated here for the texts).
MAX_MB = 25
TEXT_SUFFIXES = (".txt", ".csv", ".md", ".log", ".json", ".xml")

Loaded = tuple[list["DocumentInfo"], list["ProcedureChoice"], list["Checklist"]]


def _load(vault: Vault, client_id: str) -> Loaded:
    from iq_desktop.services import documents

    docs = documents.list_documents(vault, client_id)
    procs = documents.client_procedures(vault, client_id)
    return docs, procs, documents.build_checklist(procs, docs)


def _attach(vault: Vault, client_id: str, path: str, kind: str, procedure_id: str | None) -> DocumentInfo:
    from iq_desktop.services import documents

    return documents.attach(vault, client_id, Path(path), kind, procedure_id=procedure_id)


def _read(vault: Vault, document_id: str) -> tuple[DocumentInfo, bytes]:
    from iq_desktop.services import documents

    return documents.read_document(vault, document_id)


def _save(vault: Vault, document_id: str, path: str) -> DocumentInfo:
    from iq_desktop.services import documents

    return documents.save_as(vault, document_id, Path(path), overwrite=True)  # the dialog asked


def _detach(vault: Vault, document_id: str) -> None:
    from iq_desktop.services import documents

    documents.detach(vault, document_id)


def _too_large() -> BaseException:
    from iq_desktop.services.documents import DocumentTooLarge

    return DocumentTooLarge()


def _max_bytes() -> int:
    from iq_desktop.services.documents import MAX_DOCUMENT_BYTES

    return MAX_DOCUMENT_BYTES


def kind_label(kind: DocumentKind | str) -> str:
    """The kind's name in the user's language (context ``DocumentsPanel``)."""
    labels = {  # QCoreApplication.translate spelt out: pyside6-lupdate finds only that name
        DocumentKind.CERTIFICATE.value: QCoreApplication.translate("DocumentsPanel", "Certificate"),
        DocumentKind.TRANSCRIPT.value: QCoreApplication.translate("DocumentsPanel", "Transcript of records"),
        DocumentKind.TRANSLATION.value: QCoreApplication.translate("DocumentsPanel", "Certified translation"),
        DocumentKind.DECISION.value: QCoreApplication.translate("DocumentsPanel", "Decision"),
        DocumentKind.CONSENT.value: QCoreApplication.translate("DocumentsPanel", "Signed consent"),
        DocumentKind.ID.value: QCoreApplication.translate("DocumentsPanel", "ID document"),
        DocumentKind.OTHER.value: QCoreApplication.translate("DocumentsPanel", "Other"),
    }
    return labels.get(str(kind), str(kind))


def size_text(size: int, language: str) -> str:
    locale = QLocale(QLocale.Language.German if language == "de" else QLocale.Language.English)
    return locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class AttachDialog(QDialog):
    """What the chosen file is (kind) and, optionally, which procedure it belongs to."""

    def __init__(self, file_name: str, procedures: list[ProcedureChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attach a document"))
        self.kind = QComboBox(self)
        for kind in DocumentKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.procedure = QComboBox(self)
        self.procedure.addItem(self.tr("(the person, no procedure)"), None)
        for p in procedures:
            self.procedure.addItem(p.label or self.tr("Recognition procedure"), p.id)
        name = QLabel(file_name, self)
        name.setTextFormat(Qt.TextFormat.PlainText)
        hint = QLabel(
            self.tr("The file is stored encrypted inside the vault (at most %1 MB).").replace("%1", str(MAX_MB)), self
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("File:"), name)
        kind_label_widget = QLabel(self.tr("&Kind:"), self)
        kind_label_widget.setBuddy(self.kind)
        form.addRow(kind_label_widget, self.kind)
        proc_label = QLabel(self.tr("&Procedure:"), self)
        proc_label.setBuddy(self.procedure)
        form.addRow(proc_label, self.procedure)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Attach"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(hint)
        lay.addWidget(self.buttons)
        self.kind.setFocus()

    def chosen(self) -> tuple[str, str | None]:
        return str(self.kind.currentData()), self.procedure.currentData()


class DocumentViewer(QDialog):
    """Shows a decrypted document from memory: an image, a PDF or text. Nothing is written to disk."""

    save_requested = Signal()

    def __init__(self, info: DocumentInfo, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(info.file_name)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.kind_shown = "none"
        self._buffer: QBuffer | None = None
        self._pdf: object = None
        lay = QVBoxLayout(self)
        lay.addWidget(self._content(info, data), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        save = buttons.addButton(self.tr("Sa&ve as…"), QDialogButtonBox.ButtonRole.ActionRole)
        save.clicked.connect(self.save_requested.emit)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(900, 640)

    def _content(self, info: DocumentInfo, data: bytes) -> QWidget:
        if data.startswith(b"%PDF"):
            view = self._pdf_view(data)
            if view is not None:
                self.kind_shown = "pdf"
                return view
        image = QImage() if data.startswith(b"%PDF") else QImage.fromData(data)  # Qt's PDF image plugin: not here
        if not image.isNull():
            self.kind_shown = "image"
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            area = QScrollArea()
            area.setWidget(label)
            area.setWidgetResizable(True)
            return area
        text = _as_text(info.file_name, data)
        if text is not None:
            self.kind_shown = "text"
            edit = QPlainTextEdit()
            edit.setReadOnly(True)
            edit.setPlainText(text)
            return edit
        label = QLabel(
            self.tr("This kind of file cannot be shown here. Use “Save as…” to open it with another program.")
        )
        label.setWordWrap(True)
        return label

    def _pdf_view(self, data: bytes) -> QWidget | None:
        try:
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView
        except ImportError:  # QtPdf is part of PySide6-Addons: without it, PDFs can only be saved
            return None
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        doc = QPdfDocument(self)
        doc.load(self._buffer)  # from memory: no file
        if doc.status() == QPdfDocument.Status.Error:
            return None
        self._pdf = doc
        view = QPdfView()
        view.setDocument(doc)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        return view


#: the smallest PDF with one page (the self-test loads it to prove the PDF viewer is there)
_PROBE_PDF = (
    b"%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF"
)


def pdf_viewer_problem() -> str | None:
    """None when PDFs can be shown in the app (QtPdf present and reading from memory); else why not."""
    try:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView  # noqa: F401 - the viewer widget must load too
    except ImportError as exc:
        return f"PDF viewer missing ({exc.name or 'QtPdf'})"
    buffer = QBuffer()
    buffer.setData(QByteArray(_PROBE_PDF))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    if doc.pageCount() != 1:
        return f"PDF viewer cannot read a PDF from memory ({doc.status().name})"
    return None


def _as_text(file_name: str, data: bytes) -> str | None:
    if b"\x00" in data[:8192]:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if not file_name.lower().endswith(TEXT_SUFFIXES):
            return None
        text = data.decode("cp1252", errors="replace")
    return text


class DocumentsPanel(QWidget):
    """The documents of the client shown on the client page (:meth:`show_client`)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.language
        self.client_id: str | None = None
        self.documents: list[DocumentInfo] = []
        self.procedures: list[ProcedureChoice] = []
        self.checklists: list[Checklist] = []
        self.viewer: DocumentViewer | None = None

        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Name"), self.tr("Size"), self.tr("Added"), self.tr("Procedure")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(self.tr("Documents"))
        self.attach_button = QPushButton(self.tr("&Attach…"), self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.save_button = QPushButton(self.tr("Sa&ve as…"), self)
        self.remove_button = QPushButton(self.tr("&Remove…"), self)
        self.limit = QLabel(
            self.tr("Stored encrypted inside the vault; at most %1 MB per file.").replace("%1", str(MAX_MB)), self
        )
        self.limit.setWordWrap(True)
        self.checklist = QLabel(self)
        self.checklist.setTextFormat(Qt.TextFormat.PlainText)
        self.checklist.setWordWrap(True)
        self.checklist.setAccessibleName(self.tr("Checklist"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.attach_button, self.open_button, self.save_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(buttons)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.checklist)
        lay.addWidget(self.limit)
        lay.addWidget(self.status)

        self.attach_button.clicked.connect(self.attach)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemActivated.connect(lambda _i: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.installEventFilter(self)  # Delete on a row: remove it (after a confirmation)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    # --- loading -----------------------------------------------------------------------------------
    def show_client(self, client_id: str) -> None:
        vault = self.ctx.vault
        self.client_id = client_id
        if vault is None:
            return
        operations.query(self.ctx, _load, vault, client_id, success=self._loaded, failure=self._failed)

    def reload(self) -> None:
        if self.client_id is not None:
            self.show_client(self.client_id)

    def _loaded(self, result: Loaded) -> None:
        self.documents, self.procedures, self.checklists = result
        labels = {p.id: p.label or self.tr("Recognition procedure") for p in self.procedures}
        fmt = date_format(self.lang)
        selected = self.selected_id()
        self.table.setRowCount(len(self.documents))
        for row, d in enumerate(self.documents):
            added = d.added_at if d.added_at.tzinfo else d.added_at.replace(tzinfo=UTC)
            cells = [
                self.kind_text(d.kind),
                d.file_name,
                size_text(d.size, self.lang),
                to_qdate(added.astimezone().date()).toString(fmt),
                labels.get(d.procedure_id, "—") if d.procedure_id else "—",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, d.id)
                self.table.setItem(row, col, item)
            if d.id == selected:
                self.table.selectRow(row)
        self.checklist.setText(self.checklist_text())
        self._update_buttons()

    def kind_text(self, kind: DocumentKind | str) -> str:
        return kind_label(kind)

    def checklist_text(self) -> str:
        lines = []
        for c in self.checklists:
            marks = "  ".join(f"{'✔' if k in c.present else '✘'} {self.kind_text(k)}" for k in c.required)
            if c.procedure_id is None:
                head = self.tr("Checklist for a recognition procedure:")
            else:
                head = self.tr("Procedure %1:").replace("%1", c.label or self.tr("Recognition procedure"))
            lines.append(f"{head} {marks}")
        return "\n".join(lines)

    def _failed(self, exc: BaseException) -> None:
        report_exception(exc, self, self.lang)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return None if item is None else str(item.data(ID_ROLE))

    def selected(self) -> DocumentInfo | None:
        rid = self.selected_id()
        return next((d for d in self.documents if d.id == rid), None)

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for b in (self.open_button, self.save_button, self.remove_button):
            b.setEnabled(has)
        self.attach_button.setEnabled(self.client_id is not None)

    # --- actions -----------------------------------------------------------------------------------
    def attach(self) -> None:
        if self.client_id is None or self.ctx.vault is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a document"), "", self.tr("All files (*)"))
        if not path:
            return
        try:
            too_large = os.path.getsize(path) > _max_bytes()
        except OSError:
            too_large = False  # the service says what is wrong with it
        if too_large:
            report_exception(_too_large(), self, self.lang)
            return
        dlg = AttachDialog(Path(path).name, self.procedures, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        kind, procedure_id = dlg.chosen()
        self.status.setText(self.tr("Attaching…"))
        operations.change(
            self.ctx,
            _attach,
            self.ctx.vault,
            self.client_id,
            path,
            kind,
            procedure_id,
            changes=Change.RECORDS,
            success=self._attached,
            failure=self._action_failed,
        )

    def _attached(self, info: DocumentInfo) -> None:
        self.status.setText(self.tr("Attached: %1").replace("%1", info.file_name))
        self.reload()
        self.changed.emit()

    def _action_failed(self, exc: BaseException) -> None:
        self.status.setText("")
        report_exception(exc, self, self.lang)

    def open_selected(self) -> None:
        doc = self.selected()
        if doc is None or self.ctx.vault is None:
            return
        operations.query(self.ctx, _read, self.ctx.vault, doc.id, success=self._show, failure=self._action_failed)

    def _show(self, result: tuple[DocumentInfo, bytes]) -> None:
        info, data = result
        viewer = DocumentViewer(info, data, self)
        viewer.save_requested.connect(lambda: self.save_document(info))
        self.viewer = viewer
        viewer.destroyed.connect(lambda *_: setattr(self, "viewer", None))
        viewer.open()

    def save_selected(self) -> None:
        doc = self.selected()
        if doc is not None:
            self.save_document(doc)

    def save_document(self, doc: DocumentInfo) -> None:
        if self.ctx.vault is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the document as"), doc.file_name)
        if not path:
            return
        operations.query(
            self.ctx,
            _save,
            self.ctx.vault,
            doc.id,
            path,
            success=lambda _info: self.status.setText(
                self.tr("Saved to %1. The copy is not encrypted: delete it when done.").replace("%1", path)
            ),
            failure=self._action_failed,
        )

    def remove_selected(self) -> None:
        doc = self.selected()
        if doc is None or self.ctx.vault is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove the document"),
            self.tr("Remove “%1” from the vault for good? This cannot be undone.").replace("%1", doc.file_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        operations.change(
            self.ctx,
            _detach,
            self.ctx.vault,
            doc.id,
            changes=Change.RECORDS,
            success=lambda _r: self._removed(),
            failure=self._action_failed,
        )

    def _removed(self) -> None:
        self.status.setText(self.tr("The document was removed."))
        self.reload()
        self.changed.emit()
