""" "What is sent": nothing leaves the laptop for one record on its own; the view shows the exact
contribution (counts only) of the quarter the record is counted in, and its sync state in words and
with an icon (waiting / sent / quarantined with the server's reason).

The contribution reads as a table in the user's language: one line per published cell (what it counts,
from the one definition of every figure in :mod:`iq_desktop.domain.figures`, as a tooltip) with exactly
the values sent (the count and the cell key); the raw JSON is one click away (the second tab). The view
says which record it is about, and words waiting data as "will be sent", sent data as "was sent".
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.domain import figures as figures_domain
from iq_desktop.domain import reference
from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext
from iq_desktop.ui.errors import friendly_message, is_known
from iq_desktop.ui.sync import words as sync_words

if TYPE_CHECKING:
    from iq_desktop.domain.outbox import OutboxEntry
    from iq_desktop.services.vault import Vault

#: What :func:`_fetch` answers: the quarter the record is counted in, and that quarter's item.
#: And whether any figure counts the record at all; and which record it is (kind, date; "" for an item
#: of the sync panel).
Sent = tuple[str | None, "OutboxEntry | None", bool] | tuple[str | None, "OutboxEntry | None", bool, str, str]

translate = QCoreApplication.translate


def cell_label(cell_id: str, lang: str = "en") -> str:
    """What a published cell counts, in a few words of the user's language."""
    fixed = {
        "initial.total": translate("WhatIsSent", "Initial advisory sessions"),
        "initial.recognition": translate("WhatIsSent", "Initial sessions: recognition counselling only"),
        "initial.job_training": translate("WhatIsSent", "Initial sessions: job-training counselling only"),
        "initial.combined": translate("WhatIsSent", "Initial sessions: recognition and job training combined"),
        "fi.individuals": translate("WhatIsSent", "Fair Integration: individuals advised"),
        "fi.events": translate("WhatIsSent", "Fair Integration: group events"),
        "fi.participants": translate("WhatIsSent", "Fair Integration: participants in group events"),
        "schemes.course_based": translate("WhatIsSent", "Job-training schemes started: course-based"),
        "schemes.individual": translate("WhatIsSent", "Job-training schemes started: individually tailored"),
        "training.individuals": translate("WhatIsSent", "Individuals commencing a job-training scheme"),
        "swn.individuals": translate("WhatIsSent", "Skilled worker networks: individuals reached"),
    }
    if cell_id in fixed:
        return fixed[cell_id]
    parts = cell_id.split(".")
    if parts[0] == "training" and len(parts) == 3 and parts[1] == "completers":
        return translate("WhatIsSent", "Successful completers (completed in %1)").replace("%1", parts[2])
    if parts[0] == "occupation" and len(parts) == 2:
        group = reference.occupation_groups().get(parts[1])
        title = f"{parts[1]} {group.title(lang)}" if group is not None else parts[1]
        return translate("WhatIsSent", "Initial sessions by reference occupation: %1").replace("%1", title)
    if parts[0] == "stakeholders" and len(parts) == 3:
        who = {"labour_market": translate("WhatIsSent", "Labour-market stakeholders"),
               "business": translate("WhatIsSent", "Business stakeholders")}.get(parts[1], parts[1])  # fmt: skip
        what = {
            "trainings": translate("WhatIsSent", "trainings"),
            "trainings_participants": translate("WhatIsSent", "participants in trainings"),
            "events": translate("WhatIsSent", "other events"),
            "events_participants": translate("WhatIsSent", "participants in other events"),
            "consultations": translate("WhatIsSent", "consultations"),
        }.get(parts[2], parts[2])
        return f"{who}: {what}"
    return cell_id


def payload_rows(payload: str | bytes, lang: str = "en") -> list[tuple[str, str, str, str]]:
    """The payload as table lines (figure, count, cell key, cell id), exactly its values; "type" and
    "period" are said by the view itself."""
    data = json.loads(payload)
    cells = data.get("cells") if isinstance(data, dict) else None
    rows = []
    for cell_id, value in sorted((cells or {}).items()):
        n = value.get("n") if isinstance(value, dict) else value
        k = value.get("k") if isinstance(value, dict) else ""
        rows.append((cell_label(str(cell_id), lang), str(n), str(k), str(cell_id)))
    return rows


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
        self.record_text = QLabel(self)
        self.record_text.setWordWrap(True)
        self.record_text.setObjectName("recordText")
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Figure"), self.tr("Count"), self.tr("Cell key")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.payload = QPlainTextEdit(self)
        self.payload.setReadOnly(True)
        self.payload.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.payload.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.table, self.tr("&Table"))
        self.tabs.addTab(self.payload, self.tr("&Raw data (JSON)"))
        self.payload_label = QLabel(self)
        self.payload_label.setWordWrap(True)
        self.payload_label.setBuddy(self.tabs)  # names the table and the raw data below it
        self._name_data(WAITING)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.record_text)
        lay.addLayout(state_row)
        lay.addWidget(self.payload_label)
        lay.addWidget(self.tabs, 1)
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

    def _name_data(self, state: str) -> None:
        """Waiting data "will be sent", sent data "was sent"."""
        if state == SENT:
            text = self.tr("Data that was sent:")
        elif state == QUARANTINED:
            text = self.tr("Data that the server refused:")
        else:
            text = self.tr("Data that will be sent:")
        self.payload_label.setText(text)
        self.table.setAccessibleName(text.rstrip(":"))
        self.payload.setAccessibleName(text.rstrip(":") + " (JSON)")

    def _show_rows(self, payload: str | None) -> None:
        rows = payload_rows(payload, self.ctx.language) if payload else []
        self.table.setRowCount(len(rows))
        for r, (label, count, key, cell_id) in enumerate(rows):
            known = figures_domain.is_cell_id(cell_id)
            meaning = figures_domain.definition(cell_id, self.ctx.language) if known else ""
            for c, text in enumerate((label, count, key)):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(meaning if c < 2 else self.tr("The cell key the server's disclosure control uses"))
                self.table.setItem(r, c, item)

    def _say_record(self, kind: str, day: str, period: str | None) -> None:
        kinds = {
            "client": self.tr("Client record"),
            "session": self.tr("Counselling session of %1"),
            "training": self.tr("Job training starting %1"),
            "event": self.tr("Group event of %1"),
            "scheme": self.tr("Job-training scheme starting %1"),
        }
        if kind in kinds:
            text = kinds[kind].replace("%1", day)
        elif period:
            text = self.tr("The site's figures of %1").replace("%1", period)
        else:
            text = ""
        self.record_text.setText(self.tr("Record: %1").replace("%1", text) if text else "")

    def show_entry(self, answer: Sent) -> None:
        period, entry, counted = answer[0], answer[1], answer[2]
        kind, day = (answer[3], answer[4]) if len(answer) == 5 else ("", "")
        self._say_record(str(kind), str(day), period)
        if entry is None or not counted:
            self.state = NOT_SENT
            self.reason = ""
            self.payload.setPlainText("")
            self._show_rows(None)
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
        self._show_rows(entry.payload)
        self.state = sync_state(entry.state)
        self._name_data(self.state)
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
    from iq_desktop.domain.records import Client, CounsellingSession, GroupEvent, JobTrainingScheme
    from iq_desktop.domain.records import TrainingParticipation as Training
    from iq_desktop.services import queries, sync_service

    period, entry = sync_service.what_is_sent(vault, record_id)
    own_item = entry is not None and entry.record_id == record_id  # the sync panel shows an item itself
    counted = own_item or period is None or sync_service.is_counted(vault, record_id)
    record = None if own_item else queries.get_record(vault, record_id)
    kind, day = "", ""
    if isinstance(record, Client):
        kind = "client"
    elif isinstance(record, CounsellingSession | GroupEvent):
        kind, day = ("session" if isinstance(record, CounsellingSession) else "event"), _day(record.date)
    elif isinstance(record, Training | JobTrainingScheme):
        kind, day = ("training" if isinstance(record, Training) else "scheme"), _day(record.start)
    return period, entry, counted, kind, day


def _day(d: date | None) -> str:
    from iq_desktop.ui import dates

    return dates.format_date(d)


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
