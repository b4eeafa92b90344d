""" "What is sent": nothing leaves the laptop for one record on its own; the view shows the exact
contribution (counts only) of the quarter the record is counted in, and its sync state in words and
with an icon (waiting / sent / quarantined with the server's reason).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext
from iq_desktop.ui.errors import friendly_message, is_known
from iq_desktop.ui.sync import words as sync_words

if TYPE_CHECKING:
    from iq_desktop.domain.outbox import OutboxEntry
    from iq_desktop.services.vault import Vault

#: What :func:`_fetch` answers: the quarter the record is counted in, and that quarter's item.
#: And whether any figure counts the record at all.
Sent = tuple[str | None, "OutboxEntry | None", bool]

WAITING, SENT, QUARANTINED, NOT_SENT = "waiting", "sent", "quarantined", "not_sent"
_STATE_WORDS = {
    "pending": WAITING, "waiting": WAITING, "queued": WAITING, "new": WAITING,
    "sent": SENT, "acked": SENT, "acknowledged": SENT, "stored": SENT, "duplicate": SENT, "superseded": SENT,
    "retracted": SENT, "quarantined": QUARANTINED, "rejected": QUARANTINED,
}  # fmt: skip


def sync_state(raw: str | None) -> str:
    """Our three words for the outbox's state."""
    value = str(raw or "").lower()
    return _STATE_WORDS.get(value, WAITING)


def pretty_payload(payload: str | bytes) -> str:
    """The payload as indented JSON with sorted keys (it is exactly what is sent, only spaced out)."""
    return json.dumps(json.loads(payload), indent=2, sort_keys=True, ensure_ascii=False)


class WhatIsSent(QWidget):
    """Shows the outbox entry of one record; call :meth:`show_record`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.intro = QLabel(
            self.tr(
                "Nothing about a person or a single record leaves this laptop. The site sends counts only: "
                "for each quarter, half-year and year, how many sessions, people, schemes and events each "
                "published figure counts. Below is exactly what is sent for one period."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.state_icon = QLabel(self)
        self.state_text = QLabel(self)
        self.state_text.setWordWrap(True)
        self.state_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        state_row = QHBoxLayout()
        state_row.addWidget(self.state_icon, 0, Qt.AlignmentFlag.AlignTop)
        state_row.addWidget(self.state_text, 1)
        self.payload = QPlainTextEdit(self)
        self.payload.setReadOnly(True)
        self.payload.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.payload.setAccessibleName(self.tr("Data that is sent"))
        self.payload.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        payload_label = QLabel(self.tr("&Data that is sent (JSON):"), self)
        payload_label.setBuddy(self.payload)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(state_row)
        lay.addWidget(payload_label)
        lay.addWidget(self.payload, 1)
        self.state = ""
        self.reason = ""
        self._record_id = ""

    def show_record(self, record_id: str) -> None:
        vault = self.ctx.vault
        if vault is None:
            return
        self._record_id = record_id
        self.state_text.setText(self.tr("Loading…"))

        operations.query(self.ctx, _fetch, vault, record_id, success=self.show_entry, failure=self._failed)

    def show_entry(self, answer: Sent) -> None:
        period, entry, counted = answer
        if entry is None or not counted:
            self.state = NOT_SENT
            self.reason = ""
            self.payload.setPlainText("")
            if period is not None and not counted:
                text = self.tr(
                    "No published figure counts this record (for example a follow-up session on recognition only, "
                    "or an event for migrants on another topic than Fair Integration): nothing about it is sent."
                )
            elif period is None:
                text = self.tr(
                    "Nothing is sent for this record. A client's personal data never leaves the laptop; the "
                    "site's figures count the client's sessions and job-training schemes without naming anyone."
                )
            else:
                text = self.tr("Nothing is counted for %1 yet.").replace("%1", period)
            self._set_state(QStyle.StandardPixmap.SP_MessageBoxInformation, text)
            return
        self.payload.setPlainText(pretty_payload(entry.payload))
        self.state = sync_state(entry.state)
        self.reason = str(entry.reason or "")
        revision = entry.revision
        rev = self.tr(" (version %1)").replace("%1", str(revision)) if revision else ""
        if period and entry.record_id != self._record_id:  # a record's quarter, not an item of the sync panel
            rev = self.tr("The quarter this record is counted in: %1").replace("%1", period) + rev + ". "
        elif period:
            rev = self.tr("Counts of %1").replace("%1", period) + rev + ". "
        elif rev:  # a withdrawal names no period
            rev = rev.strip() + " "
        if self.state == SENT:
            icon, text = QStyle.StandardPixmap.SP_DialogApplyButton, rev + self.tr("✔ Sent: the server has it.")
        elif self.state == QUARANTINED:
            icon = QStyle.StandardPixmap.SP_MessageBoxWarning
            why = sync_words.quarantine_reason(self.reason)
            text = rev + self.tr("⚠ In quarantine, not sent: %1").replace("%1", why)
        else:
            icon = QStyle.StandardPixmap.SP_BrowserReload
            text = rev + self.tr("Waiting to be sent at the next sync.")
        self._set_state(icon, text)

    def _set_state(self, pixmap: QStyle.StandardPixmap, text: str) -> None:
        size = self.fontMetrics().height() * 2
        self.state_icon.setPixmap(self.style().standardIcon(pixmap).pixmap(size, size))
        self.state_text.setText(text)
        self.state_text.setAccessibleName(text)

    def _failed(self, exc: BaseException) -> None:
        self._set_state(
            QStyle.StandardPixmap.SP_MessageBoxCritical,
            friendly_message(exc, self.ctx.language) if is_known(exc) else self.tr("The outbox could not be read."),
        )


def _fetch(vault: Vault, record_id: str) -> Sent:
    from iq_desktop.services import sync_service

    period, entry = sync_service.what_is_sent(vault, record_id)
    own_item = entry is not None and entry.record_id == record_id  # the sync panel shows an item itself
    return period, entry, own_item or period is None or sync_service.is_counted(vault, record_id)


class WhatIsSentDialog(QDialog):
    def __init__(self, ctx: AppContext, record_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What is sent"))
        self.view = WhatIsSent(ctx, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.view, 1)
        lay.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth()
        self.resize(width * 100, self.fontMetrics().height() * 40)
        self.view.show_record(record_id)
