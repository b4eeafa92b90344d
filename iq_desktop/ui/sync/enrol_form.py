"""The sync panel's enrolment form: server address, enrolment code, the network's CA bundle (coordinators).

The code field (and, for a scanner whose focus is there, the address field) also takes the enrolment URI
of the server's QR code (``iq-enrol:?server=...&code=...``, :mod:`iq_desktop.domain.enrol_uri`), typed by
a handheld scanner or pasted: it is split into the address and the code once the typing settles, on
Enter or leaving the field, or on Enrol.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QScrollBar,
    QToolButton,
    QWidget,
)

from iq_desktop.domain import enrol_uri
from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext, Change
from iq_desktop.ui.errors import friendly_message, is_known, report_exception
from iq_desktop.ui.sync import adapter as sync_adapter

if TYPE_CHECKING:
    from iq_desktop.services.sync_service import SyncStatus

#: A scanner types the URI one key at a time; it is read this long after the last key (or on Enter).
URI_SETTLE_MS = 300


class EnrolBox(QGroupBox):
    enrolled = Signal(object)  # the new SyncStatus

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Enrol this laptop with the regional server"))
        self.ctx = ctx
        self.lang: str = ctx.language
        self.can_act = True
        ef = QFormLayout(self)
        self.server_url = QLineEdit()
        self.server_url.setPlaceholderText("https://iq.example.org")
        self.code = QLineEdit()
        self.label = QLineEdit()
        self.label.setMaxLength(64)
        self.label.setPlaceholderText(self.tr("optional, e.g. Laptop 2; empty: a random name"))
        self.label.setToolTip(
            self.tr("How the regional server names this laptop. Not the computer's name, which often names a person.")
        )
        self.ca_bundle = QLineEdit()
        self.ca_bundle.setPlaceholderText(self.tr("optional: the network's CA certificate (.pem)"))
        self.ca_browse = QToolButton()
        self.ca_browse.setText(self.tr("Browse…"))
        self.ca_browse.setAccessibleName(self.tr("Choose the CA bundle file"))
        ca_row = QHBoxLayout()
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.addWidget(self.ca_bundle, 1)
        ca_row.addWidget(self.ca_browse)
        rows: list[tuple[str, QLineEdit, QHBoxLayout | None]] = [
            (self.tr("Server &address"), self.server_url, None),
            (self.tr("Enrolment c&ode"), self.code, None),
            (self.tr("&Laptop's name on the server"), self.label, None),
            (self.tr("CA &bundle"), self.ca_bundle, ca_row),
        ]
        for text, edit, lay in rows:
            lab = QLabel(text)
            lab.setBuddy(edit)
            edit.setAccessibleName(text.replace("&", ""))
            if lay is not None:
                ef.addRow(lab, lay)
            else:
                ef.addRow(lab, edit)
        self.enrol_button = QPushButton(self.tr("&Enrol"))
        self.enrol_result = QLabel()
        self.enrol_result.setWordWrap(True)
        self._follow: QScrollArea | None = None  # the page to keep the result in view in, just after say()
        self._follow_bar: QScrollBar | None = None
        self._follow_until = QTimer(self)
        self._follow_until.setSingleShot(True)
        self._follow_until.setInterval(5000)
        self._follow_until.timeout.connect(self._stop_following)
        self.enrol_result.installEventFilter(self)
        ef.addRow("", self.enrol_button)
        ef.addRow("", self.enrol_result)
        self.enrol_button.clicked.connect(self.enrol)
        self.ca_browse.clicked.connect(self._browse_ca)
        self._uri_timer = QTimer(self)
        self._uri_timer.setSingleShot(True)
        self._uri_timer.setInterval(URI_SETTLE_MS)
        self._uri_timer.timeout.connect(self._take_uris)
        for edit in (self.code, self.server_url):
            edit.textEdited.connect(self._maybe_uri)
            edit.editingFinished.connect(self._take_uris)

    def say(self, text: str) -> None:
        """Show the enrolment's feedback where the user is looking: the page scrolls to it (it is below the
        Enrol button, often under the window's lower edge)."""
        self.enrol_result.setText(text)
        if not text:
            return
        scroll = self.parentWidget()
        while scroll is not None and not isinstance(scroll, QScrollArea):
            scroll = scroll.parentWidget()
        if scroll is not None:
            if self._follow_bar is None:  # the page may grow after the label did: follow its scroll range too
                self._follow_bar = scroll.verticalScrollBar()
                self._follow_bar.rangeChanged.connect(self._range_changed)
            self._follow = scroll
            self._follow_until.start()
            QTimer.singleShot(0, self.enrol_result, self._scroll_to_result)

    def _range_changed(self, _minimum: int, _maximum: int) -> None:
        if self._follow is not None:
            QTimer.singleShot(0, self.enrol_result, self._scroll_to_result)

    def _scroll_to_result(self) -> None:
        """Once the label's new height is laid out (and the scrolled page has grown with it)."""
        scroll = self._follow
        if scroll is None:
            return
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        scroll.ensureWidgetVisible(self.enrol_result, 0, self.fontMetrics().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # a wrapped label may get its final height in a later layout pass (a busy machine): follow it
        # for a moment after the text changed, so the result ends up in view
        if watched is self.enrol_result and event.type() == QEvent.Type.Resize and self._follow is not None:
            QTimer.singleShot(0, self.enrol_result, self._scroll_to_result)
        return super().eventFilter(watched, event)

    def _stop_following(self) -> None:
        self._follow = None

    def set_enabled(self, on: bool) -> None:
        """Coordinators enrol (when sync is available); counsellors see the form disabled."""
        self.can_act = on
        for w in (self.enrol_button, self.server_url, self.code, self.label, self.ca_bundle, self.ca_browse):
            w.setEnabled(on)

    def _browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The network's CA certificate"),
            "",
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self.ca_bundle.setText(path)

    # --- the enrolment URI of the QR code ------------------------------------------------------------
    def _maybe_uri(self, text: str) -> None:
        if enrol_uri.is_enrol_uri(text):
            self._uri_timer.start()  # restarted by every key of a scanner: read when it settles

    def _take_uris(self) -> bool:
        """Split an enrolment URI in the code or the address field into the two fields; False (and a
        message) if it is malformed."""
        self._uri_timer.stop()
        return all(self._take_uri(edit) for edit in (self.code, self.server_url))

    def _take_uri(self, edit: QLineEdit) -> bool:
        text = edit.text()
        if not enrol_uri.is_enrol_uri(text):
            return True
        try:
            parsed = enrol_uri.parse(text)
        except enrol_uri.EnrolUriError as exc:
            self.say(self._uri_problem(exc.problem))
            return False
        note = ""
        current = "" if edit is self.server_url else self.server_url.text().strip()
        if parsed.server and current.rstrip("/") != parsed.server:
            self.server_url.setText(parsed.server)
            note = self.tr("ℹ The server address was taken from the enrolment code.")
        elif edit is self.server_url:
            self.server_url.setText(current)
        self.code.setText(parsed.code)
        self.say(note)
        return True

    def _uri_problem(self, problem: enrol_uri.Problem) -> str:
        if problem is enrol_uri.Problem.NO_CODE:
            return self.tr("⚠ The pasted or scanned text carries no enrolment code. Scan or paste it again, "
                           "or type the code.")  # fmt: skip
        if problem is enrol_uri.Problem.BAD_SERVER:
            return self.tr("⚠ The server address in the pasted or scanned code is not a web address "
                           "(https://…). Type the server address and the code.")  # fmt: skip
        return self.tr("⚠ The pasted or scanned enrolment code is incomplete or damaged. Scan or paste it "
                       "again, or type the code.")  # fmt: skip

    def enrol(self) -> None:
        vault = self.ctx.vault
        if vault is None or not self.can_act:
            return
        if not self._take_uris():
            return
        url, code = self.server_url.text().strip(), self.code.text().strip()
        if not url or not code:
            self.say(self.tr("⚠ Enter the server address and the enrolment code."))
            return
        self.enrol_button.setEnabled(False)
        self.say(self.tr("Enrolling…"))
        operations.change(
            self.ctx,
            sync_adapter.enrol,
            vault,
            url,
            code,
            self.ca_bundle.text().strip() or None,
            self.label.text().strip() or None,
            changes=Change.NONE,
            success=self._enrolled,
            failure=self._enrol_failed,
            worker=self.ctx.net,
        )

    def _enrolled(self, st: SyncStatus) -> None:
        self.enrol_button.setEnabled(True)
        self.code.clear()
        self.say(self.tr("✔ Enrolled as site %1.").replace("%1", str(st.site_id or "")))
        self.enrolled.emit(st)
        self.ctx.enrolled.emit()  # automatic sync starts
        self.ctx.online_changed.emit(True)

    def _enrol_failed(self, exc: BaseException) -> None:
        self.enrol_button.setEnabled(True)
        if is_known(exc):
            self.say("⚠ " + friendly_message(exc, self.lang))
        else:
            self.say(self.tr("⚠ Enrolment failed."))
            report_exception(exc, self, self.lang)
