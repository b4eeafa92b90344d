"""Background work, Anki style: all database work on ONE worker thread, network work on another.

The GUI thread never touches the vault file or the network.  A job is a plain callable; its result
(or exception) comes back to the GUI thread through a queued Qt signal and is handed to ``on_done``
(or ``on_error``) there.  SQLite connections are bound to the thread that opened them, so the vault
is created/opened on the DB worker and used only there.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal

from iq_desktop.ui import gui_gc

log = logging.getLogger(__name__)

T = TypeVar("T")
#: A result callback: each job's result has its own type (``operations`` keeps them typed per call).
Callback = Callable[[Any], None]


class _Stop:
    """The queue item that ends the worker's loop."""


_STOP = _Stop()
_Item = tuple[int, Callable[..., object], tuple[object, ...], dict[str, object]]


@dataclass
class Job:
    """A handle on a submitted job; ``cancel()`` skips it if it has not started, and drops its result."""

    id: int
    on_done: Callback | None = None
    on_error: Callable[[BaseException], None] | None = None
    generation: int = 0
    worker: Worker | None = None
    cancelled: bool = field(default=False)

    def cancel(self) -> None:
        self.cancelled = True
        if self.worker is not None:
            self.worker._skip.add(self.id)


class _Thread(QThread):
    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self._worker = worker

    def run(self) -> None:
        self._worker._loop()


class Worker(QObject):
    """One thread with a FIFO job queue.  ``submit`` may be called from the GUI thread only."""

    _finished = Signal(int, object)
    _failed = Signal(int, object)
    busy_changed = Signal(bool)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._queue: queue.Queue[_Item | Callable[[], None] | _Stop] = queue.Queue()
        self._jobs: dict[int, Job] = {}
        self._skip: set[int] = set()  # ids of cancelled jobs (set on the GUI thread, read on the worker)
        self._ids = itertools.count(1)
        self._generation = 0
        self._thread_ident: int | None = None
        self._finished.connect(self._deliver_done)
        self._failed.connect(self._deliver_error)
        gui_gc.ensure_installed()  # no cyclic GC on this worker: Qt objects must die on the GUI thread
        self._thread = _Thread(self)
        self._thread.setObjectName(name)
        self._thread.start()

    # -- public API (GUI thread) --------------------------------------------------------------
    def submit(
        self,
        fn: Callable[..., T],
        *args: object,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kwargs: object,
    ) -> Job:
        job = Job(next(self._ids), on_done, on_error, self._generation, self)
        self._jobs[job.id] = job
        if len(self._jobs) == 1:
            self.busy_changed.emit(True)
        self._queue.put((job.id, fn, args, kwargs))  # the callbacks stay on the GUI thread
        return job

    def cancel_all(self) -> None:
        """Drop the results of every job submitted so far (used when the vault is locked).

        Queued jobs still run, in order (a draft saved just before locking must reach the disk);
        only their callbacks are not called any more.
        """
        self._generation += 1

    def pending(self) -> int:
        return len(self._jobs)

    def on_worker_thread(self) -> bool:
        return threading.get_ident() == self._thread_ident

    def run_sync(self, fn: Callable[..., T], *args: object, timeout: float = 30.0) -> T:
        """Run ``fn`` on the worker and wait for it (for shutdown and tests only, never for UI work)."""
        done = threading.Event()
        box: dict[str, object] = {}

        def call() -> None:
            try:
                box["result"] = fn(*args)
            except BaseException as exc:
                box["error"] = exc
            finally:
                done.set()

        self._queue.put(call)
        if not done.wait(timeout):
            raise TimeoutError(f"{self._name}: job did not finish in {timeout} s")
        error = box.get("error")
        if isinstance(error, BaseException):
            raise error
        return cast(T, box.get("result"))

    def stop(self, timeout_ms: int = 10000) -> None:
        if self._thread.isRunning():
            self.cancel_all()
            self._queue.put(_STOP)
            self._thread.wait(timeout_ms)

    # -- worker thread --------------------------------------------------------------------------
    def _loop(self) -> None:
        self._thread_ident = threading.get_ident()
        while True:
            item = self._queue.get()
            if isinstance(item, _Stop):
                return
            if callable(item):
                item()
            else:
                job_id, fn, args, kwargs = item
                if job_id in self._skip:
                    self._skip.discard(job_id)
                    self._finished.emit(job_id, None)
                else:
                    try:
                        result = fn(*args, **kwargs)
                    except Exception as exc:
                        self._failed.emit(job_id, exc)
                        del exc
                    else:
                        self._finished.emit(job_id, result)
                        del result
                del fn, args, kwargs
            # Drop every reference before waiting again: the last reference to a Qt object must
            # never be released on this thread.
            del item

    # -- GUI thread -----------------------------------------------------------------------------
    def _take(self, job_id: int) -> Job | None:
        self._skip.discard(job_id)
        job = self._jobs.pop(job_id, None)
        if not self._jobs:
            self.busy_changed.emit(False)
        if job is None or job.cancelled or job.generation != self._generation:
            return None
        return job

    def _deliver_done(self, job_id: int, result: object) -> None:
        job = self._take(job_id)
        if job is not None and job.on_done is not None and _alive(job.on_done):
            job.on_done(result)

    def _deliver_error(self, job_id: int, exc: object) -> None:
        job = self._take(job_id)
        if job is None:
            return
        assert isinstance(exc, BaseException)
        if job.on_error is not None:
            if _alive(job.on_error):
                job.on_error(exc)
        else:
            from iq_desktop.ui.errors import report_exception

            report_exception(exc)


def _owners(callback: object, depth: int = 0) -> list[QObject]:
    """The Qt objects a callback would touch: a bound method's object, what a lambda or closure
    captured (``self`` of the screen that submitted it), a ``functools.partial``'s function and
    arguments; nested closures a few levels deep."""
    if depth > 3 or callback is None:
        return []
    if isinstance(callback, QObject):
        return [callback]
    found: list[QObject] = []
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject):
        found.append(owner)
    inner = getattr(callback, "func", None)  # functools.partial
    if inner is not None:
        found += _owners(inner, depth + 1)
        for arg in (*getattr(callback, "args", ()), *getattr(callback, "keywords", {}).values()):
            found += _owners(arg, depth + 1) if isinstance(arg, QObject) or callable(arg) else []
    for cell in getattr(callback, "__closure__", None) or ():
        try:
            value = cell.cell_contents
        except ValueError:  # an empty cell
            continue
        if isinstance(value, QObject) or (callable(value) and not isinstance(value, type)):
            found += _owners(value, depth + 1)
    return found


def _alive(callback: Callable[..., object]) -> bool:
    """False if the callback belongs to (or captured) a Qt object deleted while its job ran: a screen
    created and closed while its DB jobs were pending must never be called back."""
    return all(shiboken6.isValid(owner) for owner in _owners(callback))


class DbWorker(Worker):
    """The one thread that opens and uses the vault."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__("iq-db", parent)


class NetWorker(Worker):
    """The thread for network work (sync); never touches the vault's connection directly."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__("iq-net", parent)
