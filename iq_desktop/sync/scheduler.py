"""Sync by itself: a background thread (Qt-free) that probes ``/v1/health`` on a timer with backoff
and syncs as soon as the server is reachable; :meth:`SyncScheduler.trigger` for "sync now" and for
Qt's network-information signal (the GUI calls it when QNetworkInformation reports reachability).

Temporary failures are retried forever (full-jitter backoff, base 2 s, cap 15 min, Retry-After
honoured); a revoked device or a cross-site refusal stops automatic syncing until :meth:`trigger`
(after a new enrolment). The thread never touches the GUI: ``on_result`` (each finished run) and
``on_reachability`` (each change of the health probe's answer) are called on the scheduler's thread;
the GUI marshals them to its own thread (a Qt signal). :meth:`stop` with ``wait=False`` only asks the
thread to end (a request under way ends within the client's timeouts); :meth:`join` waits for it
elsewhere (the GUI joins on its DB worker, never on the GUI thread).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from iq_desktop.domain.sync_outcome import CONNECTION_CAUSES, STOPPING_PROBLEMS, ProblemKind
from iq_desktop.sync import outbox as ob
from iq_desktop.sync.backoff import Backoff
from iq_desktop.sync.client import CONNECT_TIMEOUT, READ_TIMEOUT, SyncClient
from iq_desktop.sync.engine import ScheduledRunOptions, SyncSummary, note_problem, problem, run_sync
from iq_desktop.sync.errors import Retryable, SyncError
from iq_desktop.sync.ports import SyncVault

log = logging.getLogger(__name__)


class SyncScheduler:
    def __init__(
        self,
        vault: SyncVault,
        *,
        interval: float = 300.0,
        verify_every: int = 12,
        backoff: Backoff | None = None,
        on_result: Callable[[SyncSummary], None] | None = None,
        on_reachability: Callable[[bool], None] | None = None,
        run_kwargs: ScheduledRunOptions | None = None,
    ) -> None:
        """``interval``: seconds between syncs while all is well; ``verify_every``: reconcile with
        the server's state every N successful runs (and on the first); ``on_result(summary)`` after
        each run; ``on_reachability(reachable)`` when the health probe's answer differs from the last
        one (the first answer too). Both are called on the scheduler's thread."""
        self.vault = vault
        self.interval = interval
        self.verify_every = max(1, verify_every)
        self.backoff = backoff or Backoff()
        self.on_result = on_result
        self.on_reachability = on_reachability
        self.reachable: bool | None = None  # the health probe's last answer (None: not probed / not enrolled)
        self.run_kwargs: ScheduledRunOptions = run_kwargs or {}
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._runs = 0
        self._halted = False
        self._reported: tuple[ProblemKind | None, str | None, str | None] | None = None  # the last problem reported
        self.last: SyncSummary | None = None

    # --- control (any thread) ----------------------------------------------------------------------

    def start(self) -> SyncScheduler:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="iq-sync-scheduler", daemon=True)
            self._thread.start()
        return self

    def trigger(self) -> None:
        """Sync as soon as possible ("sync now", network came back, new enrolment)."""
        self._halted = False
        self.backoff.reset()
        self._wake.set()

    def stop(self, wait: bool = True, timeout: float = 10.0) -> bool:
        """Ask the thread to end (an HTTP request under way ends within the client's timeouts); with
        ``wait``, wait up to ``timeout`` seconds for it. True if the thread has ended."""
        self._stop.set()
        self._wake.set()
        return self.join(timeout) if wait else not self.running

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the thread to end (after :meth:`stop`); True if it has ended (or never started)."""
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
        return not self.running

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # --- the thread ------------------------------------------------------------------------------

    def _sleep(self, seconds: float) -> None:
        self._wake.wait(seconds)
        self._wake.clear()

    def _reachable(self) -> bool | None:
        """True/False from the health probe; None if not enrolled (nothing to probe).

        No connection (offline, timeout) is only a False. A server that answers but cannot be used
        (its certificate, 5xx, 429) or a configuration that needs someone to act (the CA bundle file
        is gone) is also reported as a problem, once until it changes, so it is never silent."""
        with self.vault._uow() as uow:
            enrolled = ob.read_enrolment(uow)
        if enrolled is None:
            return None
        try:
            timeout = self.run_kwargs.get("timeout", (CONNECT_TIMEOUT, READ_TIMEOUT))
            with SyncClient(enrolled.server_url, ca_bundle=enrolled.ca_bundle, timeout=timeout) as client:
                client.probe()
        except (Retryable, SyncError) as exc:
            if not (isinstance(exc, Retryable) and exc.cause in CONNECTION_CAUSES):
                self._report_problem(exc)
            return False
        self._reported = None
        return True

    def _report_problem(self, exc: Retryable | SyncError) -> None:
        summary = problem(exc)
        key = (summary.error_kind, summary.retry_cause, summary.error)
        if key == self._reported:
            return
        self._reported = key
        log.info("sync scheduler: the server cannot be used (%s)", summary.retry_cause or summary.error_kind)
        summary = note_problem(self.vault, summary)
        self.last = summary
        if self.on_result is not None:
            self.on_result(summary)

    def _report_reachability(self, reachable: bool | None) -> None:
        changed, self.reachable = reachable != self.reachable, reachable
        if changed and reachable is not None and self.on_reachability is not None:
            self.on_reachability(reachable)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                delay = self._once()
            except Exception as exc:  # never let the thread die; no message text (could be anything)
                log.error("sync scheduler: unexpected %s", type(exc).__name__)
                delay = self.backoff.next_delay()
            if self._stop.is_set():
                return
            self._sleep(delay)

    def _once(self) -> float:
        if self._halted:
            return 24 * 3600.0  # until trigger()
        reachable = self._reachable()
        self._report_reachability(reachable)
        if reachable is None:
            return self.interval
        if not reachable:
            return self.backoff.next_delay()
        verify = self._runs % self.verify_every == 0
        summary = run_sync(self.vault, cancel=self._stop.is_set, verify=verify, retry_for=0.0,
                           backoff=self.backoff, **self.run_kwargs)  # fmt: skip
        self.last = summary
        if self.on_result is not None:
            self.on_result(summary)
        if summary.error_kind in STOPPING_PROBLEMS:
            self._halted = True
            return 24 * 3600.0
        if summary.complete:
            self._runs += 1
            self.backoff.reset()
            return self.interval
        if summary.error_kind == ProblemKind.BUSY:
            return 5.0
        return summary.retry_in if summary.retry_in is not None else self.backoff.next_delay()
