"""A backup on its own thread, beside the DB worker: a GB-sized copy takes a minute, and every screen's
query would wait behind it on the one DB worker (``ui.workers``).

The copy runs in steps through its own connection (``Store.copy_to``), so the DB worker keeps serving
the screens meanwhile. The job gets a ``cancel`` and a ``progress`` callable as its last arguments
(``services.backup`` asks the first between steps and tells the second the percentage; ``progressed``
carries it to the GUI thread, at most every :data:`PROGRESS_EVERY_S`, and 99-100 % always). Its result
reaches the GUI thread through a queued signal, as the workers'.

Before the vault is locked (``about_to_lock``, emitted before the lock is queued on the DB worker) the
backup is stopped: cancel, then wait for the thread, whose connections are closed and whose half-written
files are removed, all before the key is wiped. A stopped backup reports nothing (no dialog).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from iq_desktop.ui.context import AppContext
from iq_desktop.ui.workers import _alive

__all__ = ["BackupThread"]

log = logging.getLogger(__name__)

#: how long the lock waits for a stopped backup (one copy step or one file chunk: milliseconds)
STOP_WAIT_S = 30.0
#: the shortest time between two ``progressed`` signals (about ten a second: the bar moves, the GUI is not flooded)
PROGRESS_EVERY_S = 0.1


class BackupThread(QObject):
    """Run ``fn(*args, cancel, progress)`` on a new thread; ``success(result)`` / ``failure(exc)`` on the GUI
    thread; ``progressed(percent)`` while it runs."""

    _finished = Signal(object)
    _failed = Signal(object)
    progressed = Signal(int)  # 0-100, when the backup moved on (at most every PROGRESS_EVERY_S)
    stopped = Signal()  # stop() cancelled it (the vault is being locked): no success or failure follows

    def __init__(
        self,
        ctx: AppContext,
        fn: Callable[..., Any],
        *args: object,
        success: Callable[[Any], None],
        failure: Callable[[BaseException], None],
    ) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self._success: Callable[[Any], None] | None = success
        self._failure: Callable[[BaseException], None] | None = failure
        self._cancel = threading.Event()
        self._told = -1  # the last percentage emitted and when (backup thread only)
        self._told_at = 0.0
        self._finished.connect(self._deliver_done)
        self._failed.connect(self._deliver_error)
        ctx.about_to_lock.connect(self.stop)
        self._connected = True
        self._thread = threading.Thread(target=self._run, args=(fn, args), name="iq-backup", daemon=True)
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self) -> None:
        """Cancel and wait for the thread (its files removed, its connections closed); report nothing."""
        self._success = self._failure = None
        self._cancel.set()
        self._thread.join(STOP_WAIT_S)
        if self._thread.is_alive():  # pragma: no cover - a drive that hangs
            log.warning("the backup did not stop in time")
        self._disconnect()
        self.stopped.emit()

    # -- the backup thread ------------------------------------------------------------------------------
    def _run(self, fn: Callable[..., Any], args: tuple[object, ...]) -> None:
        from iq_desktop.services.backup import CopyCancelled

        try:
            result = fn(*args, self._cancel.is_set, self._progress)
        except CopyCancelled:
            self._finished.emit(None)  # delivered to nobody: stop() dropped the callbacks
        except Exception as exc:
            self._failed.emit(exc)
            del exc
        else:
            self._finished.emit(result)
            del result

    def _progress(self, percent: int) -> None:
        """Emit ``progressed``, throttled: a changed percentage at most every :data:`PROGRESS_EVERY_S`, the
        end (99 % and more) always."""
        now = time.monotonic()
        if percent == self._told or (percent < 99 and now - self._told_at < PROGRESS_EVERY_S):
            return
        self._told, self._told_at = percent, now
        self.progressed.emit(percent)

    # -- GUI thread ------------------------------------------------------------------------------------
    def _take(self) -> tuple[Callable[[Any], None] | None, Callable[[BaseException], None] | None]:
        self._thread.join()  # it has emitted its last signal: the last references go on this thread
        success, failure, self._success, self._failure = self._success, self._failure, None, None
        self._disconnect()
        return success, failure

    def _deliver_done(self, result: object) -> None:
        success, _ = self._take()
        if success is not None and _alive(success):  # not the callback of a screen deleted meanwhile
            success(result)

    def _deliver_error(self, exc: object) -> None:
        _, failure = self._take()
        if failure is not None and isinstance(exc, BaseException) and _alive(failure):
            failure(exc)

    def _disconnect(self) -> None:
        if self._connected:
            self._connected = False
            with contextlib.suppress(RuntimeError, TypeError):
                self.ctx.about_to_lock.disconnect(self.stop)
