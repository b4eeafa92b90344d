"""The status bar: online/offline, the site's figures waiting to be sent (one item per period, counts
only), last successful sync.

Every state is shown with an icon AND text (never colour alone).  The sync panel reports through
``ctx.online_changed`` / ``ctx.sync_finished``; the waiting count is re-read on the DB worker after
saves and syncs.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QWidget

from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext
from iq_desktop.ui.dates import format_datetime
from iq_desktop.ui.icons import icon

if TYPE_CHECKING:
    from iq_desktop.services.vault import Vault


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
        for item in (self.online, self.waiting, self.last_sync):
            self.addPermanentWidget(item)
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
        self.refresh()

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
