"""The status bar: online/offline, the site's figures waiting to be sent (one item per period, counts
only), last successful sync; and, only when needed, the backup reminder (the last backup is older than a
week, or the last automatic one failed) with "Back up now…", which opens Settings → Backup.

Every state is shown with an icon AND text (never colour alone).  The sync panel reports through
``ctx.online_changed`` / ``ctx.sync_finished``; the waiting count is re-read on the DB worker after
saves and syncs.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStatusBar, QWidget

from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext
from iq_desktop.ui.dates import format_datetime
from iq_desktop.ui.icons import icon

if TYPE_CHECKING:
    from iq_desktop.services.auto_backup import Status as BackupStatus
    from iq_desktop.services.vault import Vault

log = logging.getLogger(__name__)

#: how often the backup reminder is re-read (it depends on the time passing, not only on changes)
BACKUP_RECHECK_MS = 60 * 60 * 1000


@runtime_checkable
class ShowsPages(Protocol):
    """The main window: shows a page by its key."""

    def show_page(self, key: str) -> QWidget: ...


def _backup_unknown(exc: BaseException) -> None:
    """The reminder is a hint: if it cannot be read now (the vault is busy), the next check shows it."""
    log.warning("backup reminder not read: %s", type(exc).__name__)


def _read_backup(vault: Vault) -> BackupStatus:
    from iq_desktop.services import auto_backup

    return auto_backup.status(vault)


class _Item(QWidget):
    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel()
        self.text = QLabel()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 0, 6, 0)
        lay.setSpacing(4)
        lay.addWidget(self.icon)
        lay.addWidget(self.text)
        self.setAccessibleName(accessible)

    def set(self, icon_name: str, text: str) -> None:
        size = max(16, self.text.fontMetrics().height())
        self.icon.setPixmap(icon(icon_name).pixmap(size, size))
        self.text.setText(text)
        self.setAccessibleDescription(text)
        self.setToolTip(text)


def _read_status(vault: Vault) -> tuple[int, datetime | None, bool | None]:
    """(periods of figures waiting, last successful sync, online: True/False/None = not known yet)."""
    from iq_desktop.services import sync_service

    st = sync_service.status(vault)
    last = datetime.fromisoformat(st.last_success) if st.last_success else None
    online: bool | None = None
    if st.enrolled and st.last_attempt:
        online = not st.last_error or (st.last_success is not None and st.last_success >= st.last_attempt)
    return st.pending, last, online


class StatusBar(QStatusBar):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.online = _Item(self.tr("Connection"))
        self.waiting = _Item(self.tr("Figures waiting to be sent"))
        self.last_sync = _Item(self.tr("Last successful sync"))
        self.user = QLabel()
        self.user.setAccessibleName(self.tr("Signed in as"))
        self.addPermanentWidget(self.user)
        # the reminder: a warning icon and "Back up now…" (why: its tooltip; a 1024 px window has no room
        # for more text beside the other items)
        self.backup_button = QPushButton(self.tr("Back up now…"))
        self.backup_button.setObjectName("backupReminderButton")
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.open_backup)
        for item in (self.backup_button, self.online, self.waiting, self.last_sync):
            self.addPermanentWidget(item)
        self.backup_button.setVisible(False)
        # appearing later must not make the window wider than the user left it: it may be squeezed instead
        self.backup_button.setMinimumWidth(1)
        self.backup_status: BackupStatus | None = None
        self.backup_reason = ""
        self.waiting_count: int | None = None
        self._online: bool | None = None
        self.set_online(None)
        self.set_waiting(None)
        self.set_last_sync(None)
        role = self.tr("coordinator") if ctx.is_coordinator else self.tr("counsellor")
        self.user.setText(self.tr("%1 (%2)").replace("%1", ctx.user).replace("%2", role))
        ctx.online_changed.connect(self.set_online)
        ctx.sync_finished.connect(self._synced)
        ctx.records_changed.connect(self.refresh)
        ctx.outbox_changed.connect(self.refresh)
        ctx.settings_changed.connect(self.refresh_backup)
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_RECHECK_MS)
        self._backup_timer.timeout.connect(self.refresh_backup)
        self._backup_timer.start()
        self.refresh()
        self.refresh_backup()

    def refresh(self) -> None:
        if self.ctx.vault is None:
            return
        operations.query(self.ctx, _read_status, self.ctx.vault, success=self._got_status, parent=self)

    def _got_status(self, status: tuple[int, datetime | None, bool | None]) -> None:
        waiting, last, online = status
        self.set_waiting(waiting)
        self.set_last_sync(last)
        if online is not None and self._online is None:
            self.set_online(online)

    def _synced(self, when: datetime | None) -> None:
        self.set_last_sync(when)
        self.refresh()

    def set_online(self, online: bool | None) -> None:
        self._online = online
        if online is None:
            self.online.set("unknown", self.tr("Connection not checked"))
        elif online:
            self.online.set("online", self.tr("Online"))
        else:
            self.online.set("offline", self.tr("Offline"))

    def set_waiting(self, n: int | None) -> None:
        self.waiting_count = n
        if n is None:
            self.waiting.set("waiting", self.tr("Waiting: …"))
        elif n == 0:
            self.waiting.set("sent", self.tr("Nothing waiting to be sent"))
        else:
            self.waiting.set("waiting", self.tr("%n period(s) of figures waiting to be sent", "", n))

    def set_last_sync(self, when: datetime | None) -> None:
        if when is None:
            self.last_sync.set("unknown", self.tr("Never synced"))
            return
        text = format_datetime(when)
        self.last_sync.set("sync", self.tr("Last sync: %1").replace("%1", text))
        self.last_sync.text.setAlignment(Qt.AlignmentFlag.AlignVCenter)

    # --- the backup reminder ----------------------------------------------------------------------------
    def refresh_backup(self) -> None:
        if self.ctx.vault is None:
            return
        operations.query(self.ctx, _read_backup, self.ctx.vault, success=self.set_backup, failure=_backup_unknown)

    def set_backup(self, st: BackupStatus) -> None:
        """Shown only when the last backup is older than a week (or there is none) or the last automatic
        backup failed; the details in the tooltip."""
        from iq_desktop.ui.settings.backup_panel import days_ago, problem_words

        self.backup_status = st
        failed = st.last is not None and not st.last.ok and st.last.kind == "auto"
        reason = ""
        if failed and st.last is not None:
            reason = self.tr("Backup failed") + " – " + problem_words(st.last.problem)
        elif st.remind:
            days = days_ago(st.last_ok_at)
            text = self.tr("No backup yet") if days is None else self.tr("Last backup %n day(s) ago", "", days)
            reason = text + " – " + self.tr("The last backup is older than 7 days.")
        self.backup_reason = reason
        if reason:
            size = max(16, self.backup_button.fontMetrics().height())
            self.backup_button.setIcon(icon("quarantined"))
            self.backup_button.setIconSize(QSize(size, size))
        self.backup_button.setToolTip(reason)
        self.backup_button.setAccessibleDescription(reason)
        self.backup_button.setVisible(bool(reason))

    def open_backup(self) -> None:
        """Settings → Backup, scrolled to the panel, the focus on its "Back up now"."""
        window = self.window()
        if not isinstance(window, ShowsPages):
            return
        page = window.show_page("settings")
        panel = getattr(page, "backup_panel", None)
        reveal = getattr(panel, "reveal", None)
        if callable(reveal):
            reveal()
