"""Sync: status, "Sync now" with progress and Cancel, the last run's summary, a history, the quarantine
with the server's reasons and Retry, and enrolment. Coordinators act; counsellors see.

What waits and is sent are the site's figures: one item per period (quarter, half-year, year) holding
counts only (:mod:`iq_desktop.services.contributions`), never a record of a person.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.services.contributions import period_of
from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext, Change
from iq_desktop.ui.dates import format_datetime, locale_for
from iq_desktop.ui.errors import friendly_message, is_known, report_exception
from iq_desktop.ui.page_parts import make_heading, scroll_page
from iq_desktop.ui.sync import adapter as sync_adapter
from iq_desktop.ui.sync import words as sync_words
from iq_desktop.ui.sync.enrol_form import EnrolBox
from iq_desktop.ui.sync.what_is_sent import WhatIsSentDialog

if TYPE_CHECKING:
    from iq_desktop.services.sync_service import OutboxItem, RunSummary, SyncStatus


class _Relay(QObject):
    """Carries progress from the network worker to the GUI thread (queued signal)."""

    progress = Signal(int, int)


def local_time(iso: str | None, lang: str) -> str:
    return format_datetime(iso, locale_for(lang))


def _table(headers: list[str], name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setAccessibleName(name)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setTabKeyNavigation(False)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


class SyncPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang: str = ctx.language
        self.can_act = ctx.is_coordinator
        self._cancel = threading.Event()
        self._running = False
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress)
        self.last_summary: RunSummary | None = None
        self.quarantine_items: list[OutboxItem] = []

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.role_note = QLabel(self.tr("ℹ Only a coordinator can start a sync, retry or enrol this laptop."))
        self.role_note.setWordWrap(True)
        self.role_note.setVisible(not self.can_act)

        self.sync_button = QPushButton(self.tr("Sync &now"))
        self.cancel_button = QPushButton(self.tr("&Cancel sync"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setTextVisible(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.summary_label = QLabel(self.tr("No sync in this session yet."))
        self.summary_label.setWordWrap(True)
        run_box = QGroupBox(self.tr("Send the site's figures"))
        rl = QVBoxLayout(run_box)
        row = QHBoxLayout()
        row.addWidget(self.sync_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress, 1)
        rl.addWidget(self.status_label)
        rl.addLayout(row)
        rl.addWidget(self.summary_label)

        q_box = QGroupBox(self.tr("Quarantine: figures the server refused"))
        ql = QVBoxLayout(q_box)
        self.quarantine_table = _table(
            [self.tr("Period"), self.tr("Kind"), self.tr("Version"), self.tr("Reason")], self.tr("Quarantine")
        )
        self.retry_button = QPushButton(self.tr("&Retry selected"))
        self.retry_all_button = QPushButton(self.tr("Retry &all"))
        self.sent_button = QPushButton(self.tr("What is &sent…"))
        qrow = QHBoxLayout()
        qrow.addWidget(self.retry_button)
        qrow.addWidget(self.retry_all_button)
        qrow.addWidget(self.sent_button)
        qrow.addStretch(1)
        ql.addWidget(self.quarantine_table)
        ql.addLayout(qrow)

        h_box = QGroupBox(self.tr("History"))
        hl = QVBoxLayout(h_box)
        self.history_table = _table(
            [
                self.tr("When"),
                self.tr("Sent"),
                self.tr("Duplicates"),
                self.tr("Rejected"),
                self.tr("Still waiting"),
                self.tr("Result"),
            ],
            self.tr("Sync history"),
        )
        hl.addWidget(self.history_table)

        e_box = self.enrol_box = EnrolBox(ctx, self)
        self.server_url, self.code, self.ca_bundle = e_box.server_url, e_box.code, e_box.ca_bundle
        self.enrol_button, self.enrol_result = e_box.enrol_button, e_box.enrol_result
        e_box.enrolled.connect(lambda _st: self.refresh())

        content = QWidget()
        cl = QVBoxLayout(content)
        heading = QLabel(self.tr("Sync"))
        make_heading(heading)
        for part in (heading, self.role_note, run_box, q_box, h_box, e_box):
            cl.addWidget(part)
        cl.addStretch(1)
        scroll_page(self, content)

        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button.clicked.connect(self.cancel)
        self.retry_button.clicked.connect(self.retry_selected)
        self.retry_all_button.clicked.connect(self.retry_all)
        self.sent_button.clicked.connect(self.show_what_is_sent)
        # saves change what waits; runs (this page's and the automatic ones) change what was sent
        operations.refresh_on(ctx, self, Change.RECORDS | Change.OUTBOX, self.refresh)
        ctx.sync_reported.connect(self.show_summary)  # the last real result, whoever ran it

        actors: list[QWidget] = [self.sync_button, self.retry_button, self.retry_all_button]
        for actor in actors:
            actor.setEnabled(self.can_act)
        e_box.set_enabled(self.can_act)
        self.refresh()

    # --- reading ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        vault = self.ctx.vault
        if vault is None:
            return
        ctx = self.ctx
        operations.query(ctx, sync_adapter.status, vault, success=self._show_status, failure=self._failed)
        operations.query(ctx, sync_adapter.quarantine, vault, success=self._show_quarantine, failure=self._failed)
        operations.query(ctx, sync_adapter.history, vault, success=self._show_history, failure=self._failed)

    def _show_status(self, st: SyncStatus) -> None:
        lines = []
        if st.enrolled and st.last_error_kind in ("revoked", "wrong_site"):
            lines.append(  # enrolled on this laptop, but the server no longer takes its figures
                self.tr("⚠ Enrolled with %1 as site %2, but the server refuses this laptop:")
                .replace("%1", st.server_url or "")
                .replace("%2", st.site_id or "")
                + " "
                + self.problem_text(st.last_error_kind, st.last_error or "")
            )
            if st.server_url and not self.server_url.text():
                self.server_url.setText(st.server_url)
        elif st.enrolled:
            lines.append(
                self.tr("✔ Enrolled with %1 as site %2.")
                .replace("%1", st.server_url or "")
                .replace("%2", st.site_id or "")
            )
            if st.server_url and not self.server_url.text():
                self.server_url.setText(st.server_url)
        else:
            lines.append(
                self.tr(
                    "⚠ Not enrolled yet: the site's figures stay queued on this laptop until a coordinator "
                    "enrols it (below)."
                )
            )
        lines.append(
            self.tr("Periods of figures waiting to be sent: %1 · sent: %2 · in quarantine: %3")
            .replace("%1", str(st.pending))
            .replace("%2", str(st.sent))
            .replace("%3", str(st.quarantined))
        )
        last = local_time(st.last_success, self.lang)
        lines.append(self.tr("Last successful sync: %1").replace("%1", last or self.tr("never")))
        if st.last_error:
            kind = st.last_error_kind or "error"
            cause = st.last_error_cause
            lines.append(self.tr("⚠ Last problem: %1").replace("%1", self.problem_text(kind, st.last_error, cause)))
        self.status_label.setText("\n".join(lines))
        self.status_label.setToolTip(st.last_error or "")  # the sync module's own (English) words

    def _show_quarantine(self, items: list[OutboxItem]) -> None:
        self.quarantine_items = items
        self.quarantine_table.setRowCount(len(items))
        for row, it in enumerate(items):
            cells = [
                period_of(it.payload) or "—",
                self._kind(it.record_type),
                str(it.revision),
                "⚠ " + sync_words.quarantine_reason(it.reason),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, it.record_id)
                if col == 0:
                    item.setToolTip(it.record_id)
                elif col == 3:
                    item.setToolTip(it.reason or "")  # the sync module's own words (English)
                self.quarantine_table.setItem(row, col, item)
        has = bool(items) and self.can_act
        self.retry_button.setEnabled(has)
        self.retry_all_button.setEnabled(has)
        self.sent_button.setEnabled(bool(items))

    def _kind(self, record_type: str) -> str:
        return {
            "contribution": self.tr("the period's figures"),
            "retraction": self.tr("withdrawal (nothing left in the period)"),
        }.get(record_type, record_type)

    def _show_history(self, items: list[sync_adapter.HistoryItem]) -> None:
        self.history_table.setRowCount(len(items))
        for row, h in enumerate(items):
            result = ("⚠ " + self.problem_text(h.kind, h.error, h.cause or None)) if h.error else self.tr("✔ finished")
            cells = [
                local_time(h.at, self.lang),
                str(h.sent),
                str(h.duplicates),
                str(h.rejected),
                str(h.pending),
                result,
            ]
            for col, text in enumerate(cells):
                self.history_table.setItem(row, col, QTableWidgetItem(text))

    def _failed(self, exc: BaseException) -> None:
        if is_known(exc):
            self.summary_label.setText("⚠ " + friendly_message(exc, self.lang))
        else:
            report_exception(exc, self, self.lang)

    # --- acting (coordinators) ------------------------------------------------------------------------
    def sync_now(self) -> None:
        vault = self.ctx.vault
        if vault is None or self._running or not self.can_act:
            return
        self._running = True
        self._cancel.clear()
        self.sync_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)  # busy until the first report
        self.summary_label.setText(self.tr("Syncing…"))
        relay, cancel = self._relay, self._cancel
        operations.change(
            self.ctx,
            sync_adapter.run,
            vault,
            lambda done, total: relay.progress.emit(done, total),
            cancel.is_set,
            changes=Change.OUTBOX,
            success=self._finished,
            failure=self._run_failed,
            worker=self.ctx.net,
        )

    def cancel(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.summary_label.setText(self.tr("Stopping after the current batch…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.progress.setFormat(self.tr("%1 of %2 periods").replace("%1", str(done)).replace("%2", str(total)))

    def _end_run(self) -> None:
        self._running = False
        self.sync_button.setEnabled(self.can_act)
        self.cancel_button.setEnabled(False)
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 1)

    def _finished(self, summary: RunSummary) -> None:
        """This page's run ended (``data_changed`` has refreshed the views already)."""
        self._end_run()
        kind = summary.error_kind
        if kind not in ("busy", "not_enrolled"):
            self.ctx.online_changed.emit(kind != "retry")
        if not summary.error and summary.complete:
            self.ctx.sync_finished.emit(datetime.now(UTC))
        self.ctx.sync_reported.emit(summary)

    def show_summary(self, summary: RunSummary) -> None:
        """The last run's result in words (this page's run or an automatic one)."""
        if self._running and summary.error_kind == "busy":
            return  # the automatic sync found this page's run under way: that run reports itself
        self.last_summary = summary
        parts = [
            self.tr("Sent: %1").replace("%1", str(summary.sent)),
            self.tr("duplicates: %1").replace("%1", str(summary.duplicates)),
            self.tr("rejected: %1").replace("%1", str(summary.rejected)),
            self.tr("still waiting: %1").replace("%1", str(summary.pending)),
        ]
        text = " · ".join(parts)
        kind = summary.error_kind
        if summary.error:
            cause = summary.retry_cause
            text = "⚠ " + text + "\n" + self.problem_text(kind, summary.error, cause)
        elif self._cancel.is_set() and summary.pending:
            text = self.tr("Cancelled.") + " " + text
        else:
            text = "✔ " + text
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
            self.progress.setFormat(self.tr("done"))
        self.summary_label.setText(text)

    def problem_text(self, kind: str | None, error: str, cause: str | None = None) -> str:
        """Why a run stopped, in the UI language (see :mod:`iq_desktop.ui.sync.words`)."""
        return sync_words.problem_text(kind, error, cause)

    def _run_failed(self, exc: BaseException) -> None:
        self._end_run()
        self._failed(exc)
        self.refresh()

    def _selected_ids(self) -> list[str]:
        rows = {i.row() for i in self.quarantine_table.selectedIndexes()}
        items = [self.quarantine_table.item(r, 0) for r in sorted(rows)]
        return [str(i.data(Qt.ItemDataRole.UserRole)) for i in items if i is not None]

    def retry_selected(self) -> None:
        self._retry(self._selected_ids())

    def retry_all(self) -> None:
        self._retry([it.record_id for it in self.quarantine_items])

    def _retry(self, ids: list[str]) -> None:
        vault = self.ctx.vault
        if vault is None or not ids or not self.can_act:
            return
        operations.change(
            self.ctx, sync_adapter.retry, vault, ids, changes=Change.OUTBOX, success=self._retried, failure=self._failed
        )

    def _retried(self, n: int) -> None:
        self.summary_label.setText(
            self.tr("%n period(s) of figures put back in the queue; they are sent at the next sync.", "", n)
        )

    def show_what_is_sent(self) -> WhatIsSentDialog | None:
        ids = self._selected_ids() or [it.record_id for it in self.quarantine_items[:1]]
        if not ids:
            return None
        dlg = WhatIsSentDialog(self.ctx, ids[0], self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def enrol(self) -> None:
        self.enrol_box.enrol()
