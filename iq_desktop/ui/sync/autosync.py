"""Sync by itself while the vault is open.

After unlock (and after an enrolment) the app runs the sync scheduler (``services.sync_service.make_scheduler``)
when the laptop is enrolled: it probes the server's health on a timer with backoff and sends the
outbox as soon as the server answers.  Qt's network information (``QNetworkInformation``) triggers it
at once when the network comes back.  The scheduler's thread never touches a widget: its reports come
back to the GUI thread through a queued signal and update the context's signals (status bar, sync
panel).  On lock and quit the scheduler is told to stop at once; the DB worker waits for its thread
before the vault is locked, so the GUI never waits for a request under way.

One sync at a time per vault anyway: "Sync now" on the sync panel and the scheduler share the sync
module's file lock (a run that finds it taken ends with ``error_kind == "busy"``).
"""

from __future__ import annotations

import contextlib
import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext, Change

if TYPE_CHECKING:
    from PySide6.QtNetwork import QNetworkInformation

    from iq_desktop.services.sync_service import RunSummary, Scheduler, SchedulerOptions
    from iq_desktop.services.vault import Vault

log = logging.getLogger(__name__)

#: Runs that end like this say nothing about the connection.
_NOT_ABOUT_THE_CONNECTION = frozenset({"busy", "not_enrolled"})


def _is_enrolled(vault: Vault) -> bool:
    from iq_desktop.services import sync_service

    return bool(sync_service.is_enrolled(vault))


def _make_scheduler(vault: Vault, relay: _Relay, options: SchedulerOptions) -> Scheduler:
    from iq_desktop.services import sync_service

    return sync_service.make_scheduler(vault, relay.result.emit, relay.reachable.emit, options)


class _Relay(QObject):
    """Lives on the GUI thread; emitted from the scheduler's thread, so delivery is queued."""

    result = Signal(object)  # SyncSummary
    reachable = Signal(bool)


class AutoSync(QObject):
    """One per app (owned by the shell, never deleted while a scheduler thread may still emit)."""

    def __init__(self, parent: QObject | None = None, *, options: SchedulerOptions | None = None,
                 watch_network: bool = True) -> None:  # fmt: skip
        super().__init__(parent)
        self.options: SchedulerOptions = options or {}
        self.ctx: AppContext | None = None
        self.scheduler: Scheduler | None = None
        self.last: RunSummary | None = None  # the last summary the scheduler reported
        self._relay = _Relay(self)
        self._relay.result.connect(self._on_result)
        self._relay.reachable.connect(self._on_reachable)
        self.network: QNetworkInformation | None = self._watch_network() if watch_network else None

    # --- the vault's life -----------------------------------------------------------------------------
    def attach(self, ctx: AppContext) -> None:
        """The vault was unlocked: start syncing by itself if the laptop is enrolled."""
        self.detach()
        self.ctx = ctx
        ctx.about_to_lock.connect(self.detach)
        ctx.enrolled.connect(self.start_if_enrolled)
        ctx.autosync = self
        self.start_if_enrolled()

    def start_if_enrolled(self) -> None:
        ctx = self.ctx
        if ctx is None or ctx.vault is None:
            return
        operations.query(
            ctx,
            _is_enrolled,
            ctx.vault,
            success=self._enrolment_known,
            failure=lambda exc: log.warning("auto sync: enrolment unknown: %s", type(exc).__name__),
        )

    def _enrolment_known(self, enrolled: bool) -> None:
        ctx = self.ctx
        if not enrolled or ctx is None or ctx.vault is None:
            return
        if self.scheduler is None:
            self.scheduler = _make_scheduler(ctx.vault, self._relay, self.options)
            self.scheduler.start()
            log.info("auto sync started")
        else:
            self.scheduler.trigger()  # a new enrolment: sync now

    def trigger(self) -> bool:
        """Sync as soon as possible; False if no scheduler runs (not enrolled, locked)."""
        if self.scheduler is None:
            return False
        self.scheduler.trigger()
        return True

    def detach(self) -> None:
        """Lock or quit: stop the scheduler without blocking the GUI; the DB worker joins its thread
        before it locks the vault (``about_to_lock`` runs before the lock job is queued)."""
        sched, ctx = self.scheduler, self.ctx
        self.scheduler, self.ctx = None, None
        if ctx is not None:
            pairs = ((ctx.about_to_lock, self.detach), (ctx.enrolled, self.start_if_enrolled))
            for signal, slot in pairs:
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(slot)
        if sched is None:
            return
        sched.stop(wait=False)
        if ctx is not None:
            operations.query(ctx, sched.join, 40.0)
        log.info("auto sync stopped")

    @property
    def running(self) -> bool:
        return self.scheduler is not None and bool(self.scheduler.running)

    # --- reports (GUI thread) --------------------------------------------------------------------------
    def _on_reachable(self, reachable: bool) -> None:
        if self.ctx is not None and self.ctx.vault is not None:
            self.ctx.online_changed.emit(bool(reachable))

    def _on_result(self, summary: RunSummary) -> None:
        self.last = summary
        ctx = self.ctx
        if ctx is None or ctx.vault is None:
            return
        kind = summary.error_kind
        if kind not in _NOT_ABOUT_THE_CONNECTION:
            ctx.online_changed.emit(kind != "retry")
        if summary.complete:
            ctx.sync_finished.emit(datetime.now(UTC))
        if summary.sent or summary.rejected or summary.requeued or (summary.error and kind not in ("busy",)):
            from iq_desktop.ui.sync import adapter as sync_adapter

            operations.query(ctx, sync_adapter.remember, ctx.vault, summary)  # before the views re-read
        ctx.sync_reported.emit(summary)
        ctx.notify(Change.OUTBOX)  # the sessions' sync states, the sync page, the status bar

    # --- the network's state (Qt) ----------------------------------------------------------------------
    def _watch_network(self) -> QNetworkInformation | None:
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError:
            return None
        if QNetworkInformation.instance() is None and not QNetworkInformation.loadDefaultBackend():
            return None
        info = QNetworkInformation.instance()
        if info is not None:
            info.reachabilityChanged.connect(self.reachability_changed)
        return info

    def reachability_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        from PySide6.QtNetwork import QNetworkInformation

        r = QNetworkInformation.Reachability
        if reachability == r.Disconnected:
            if self.ctx is not None and self.ctx.vault is not None:
                self.ctx.online_changed.emit(False)
        elif reachability in (r.Local, r.Site, r.Online):
            self.trigger()  # the probe tells whether the server itself answers
