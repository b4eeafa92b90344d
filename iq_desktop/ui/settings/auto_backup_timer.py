"""The automatic backup while the vault is open: a check soon after the unlock, then every hour
(``services.auto_backup.run_if_due`` on its own thread, ``ui.settings.backup_thread``, so the screens'
queries do not wait behind a GB-sized copy on the DB worker): a backup is made
when the newest one is a day old; a failure (the USB drive is not plugged in, the drive is full) is
recorded in the vault and shown by the status bar and the backup panel, and tried again an hour later.
Never a dialog, never a crash: an unexpected error is logged (its type only) and retried too.

The shell starts one per unlocked vault (:func:`start_auto_backup`, after the automatic sync); it is
a child of the context and stops before the vault is locked (``about_to_lock``; a backup under way
is cancelled, its half-written file removed, before the key is wiped).
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from iq_desktop.ui.context import AppContext, Change
from iq_desktop.ui.settings.backup_thread import BackupThread

if TYPE_CHECKING:
    from iq_desktop.services.auto_backup import RunResult
    from iq_desktop.services.backup import Cancel, Progress
    from iq_desktop.services.vault import Vault

__all__ = ["AutoBackupTimer", "start_auto_backup"]

log = logging.getLogger(__name__)

#: the first check after the unlock (the window is shown and the first lists have loaded by then)
FIRST_CHECK_MS = 20_000
CHECK_EVERY_MS = 60 * 60 * 1000


def _run_if_due(vault: Vault, cancel: Cancel, progress: Progress) -> RunResult:
    from iq_desktop.services import auto_backup

    return auto_backup.run_if_due(vault, cancel=cancel, progress=progress)


class AutoBackupTimer(QObject):
    reported = Signal(object)  # the RunResult of every attempt (not of "not due" / "off")

    def __init__(self, ctx: AppContext, *, first_check_ms: int = FIRST_CHECK_MS,
                 every_ms: int = CHECK_EVERY_MS) -> None:  # fmt: skip
        super().__init__(ctx)
        self.ctx = ctx
        self.first_check_ms = first_check_ms
        self.last: RunResult | None = None
        self.checks = 0
        self._busy = False
        self.backup: BackupThread | None = None  # the check under way
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.check)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.timeout.connect(self.check)
        ctx.about_to_lock.connect(self.stop)

    def start(self) -> None:
        self._first.start(self.first_check_ms)
        self.timer.start()

    def stop(self) -> None:
        self._first.stop()
        self.timer.stop()
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.about_to_lock.disconnect(self.stop)

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def check(self) -> None:
        """Make a backup now if one is due (one check at a time)."""
        vault = self.ctx.vault
        if vault is None or self._busy:
            return
        self._busy = True
        self.checks += 1
        self.backup = BackupThread(self.ctx, _run_if_due, vault, success=self._done, failure=self._failed)

    def _done(self, result: RunResult) -> None:
        self._busy, self.backup = False, None
        if not result.attempted:
            return
        self.last = result
        if result.ok:
            log.info("automatic backup written")
        else:
            log.warning("automatic backup failed: %s", result.problem)
        self.ctx.notify(Change.SETTINGS)  # the status bar and the backup panel show the result
        self.reported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._busy, self.backup = False, None
        log.warning("automatic backup check failed: %s", type(exc).__name__)


def start_auto_backup(ctx: AppContext) -> AutoBackupTimer:
    """After the unlock: check at once (soon), then every hour, until the vault is locked."""
    timer = AutoBackupTimer(ctx)
    timer.start()
    return timer
