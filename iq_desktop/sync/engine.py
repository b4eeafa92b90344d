"""One sync run: send the outbox in batches, record every answer, reconcile on request.

* One sync at a time per vault (``sync.lock`` in the data folder); never call this on the GUI thread.
* Every batch answer is recorded in ONE local transaction; a partial or unclear answer marks nothing.
* Rejected records go to quarantine with the server's reason and never block the rest.
* Temporary failures (network, timeouts, 5xx, 408, 429 honouring its Retry-After) are retried with
  backoff for up to ``retry_for`` seconds since the last batch the server accepted: a run keeps going
  while it makes progress (a large backlog under the server's rate limit goes out in one run) and
  ends with ``will_retry`` only after ``retry_for`` seconds without progress (the scheduler keeps
  trying forever). 401 and 403 stop the run with a message.
* Wall-clock time (``clock``) is used only for the timestamps written; quarters come from the
  records themselves, and waiting uses the monotonic clock.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for_all
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any, TypedDict

from iq_desktop.domain.outbox import OutboxEntry, OutboxState
from iq_desktop.domain.reasons import QuarantineReason
from iq_desktop.domain.sync_outcome import ProblemKind, RetryCause
from iq_desktop.domain.wire import RecordResult
from iq_desktop.sync import outbox as ob
from iq_desktop.sync.backoff import Backoff, wait
from iq_desktop.sync.client import CONNECT_TIMEOUT, READ_TIMEOUT, CaBundleUnusable, SyncClient
from iq_desktop.sync.errors import DeviceRevoked, NotEnrolled, Refused, Retryable, SyncError, TooLarge, WrongSite
from iq_desktop.sync.lock import SyncBusy, sync_lock
from iq_desktop.sync.ports import SyncUnitOfWork, SyncVault

log = logging.getLogger(__name__)

DEFAULT_BATCH = 200
LAST_ERROR_KIND = "last_sync_error_kind"  # a setting beside ob.LAST_ERROR: SyncSummary.error_kind
LAST_ERROR_CAUSE = "last_sync_error_cause"  # and SyncSummary.retry_cause (a RetryCause)
Progress = Callable[[int, int], None]  # (records done in this run, records pending at the start)
Clock = Callable[[], datetime]


class ScheduledRunOptions(TypedDict, total=False):
    """Options of :func:`run_sync` a caller may set for every run of the scheduler."""

    batch_size: int
    clock: Clock
    timeout: tuple[float, float]


class RunOptions(ScheduledRunOptions, total=False):
    """The tuning options of :func:`run_sync` (all optional)."""

    retry_for: float
    backoff: Backoff | None


@dataclass
class SyncSummary:
    sent: int = 0  # newly accepted by the server (stored, superseded, retracted)
    duplicates: int = 0  # the server already had them (acknowledged, nothing counted twice)
    rejected: int = 0  # quarantined with the server's reason
    pending: int = 0  # still queued after this run
    quarantined: int = 0  # in quarantine after this run
    requeued: int = 0  # re-queued by reconciliation
    reconciled: bool | None = None  # None: not checked; True: server and laptop agree
    complete: bool = False  # the outbox was emptied (nothing left to send)
    will_retry: bool = False  # stopped on a temporary failure; the scheduler retries
    error: str | None = None  # why the run stopped (safe to show; never personal)
    error_kind: ProblemKind | None = None  # why it stopped (stored as the last error's kind)
    retry_cause: RetryCause | None = None  # with error_kind RETRY: why the temporary failure happened
    retry_in: float | None = None  # with will_retry: the wait the backoff (or Retry-After) asks for
    by_status: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _now() -> datetime:
    return datetime.now(UTC)


class _Batch:
    """Entries read from the outbox for one request (damaged ones already taken out)."""

    __slots__ = ("entries", "last_id", "read")

    def __init__(self, entries: list[OutboxEntry]) -> None:
        self.entries = entries
        self.read = len(entries)
        self.last_id = entries[-1].id if entries else 0


def wait_for(future: Future[Any]) -> None:
    """Wait until the request is answered or has failed (its outcome is read by the caller)."""
    wait_for_all([future])


class _Run:
    def __init__(
        self, vault: SyncVault, enrolled: ob.Enrolled, *, progress: Progress | None, cancel: Callable[[], bool] | None,
        batch_size: int, retry_for: float, backoff: Backoff, clock: Clock, timeout: tuple[float, float],
    ) -> None:  # fmt: skip
        self.vault = vault
        self.site_id = enrolled.site_id
        self.client = SyncClient(
            enrolled.server_url, enrolled.device_token, ca_bundle=enrolled.ca_bundle, timeout=timeout
        )
        self.progress = progress
        self.cancel = cancel or (lambda: False)
        self.batch_size = max(1, batch_size)
        self.retry_for = retry_for
        self.deadline = time.monotonic() + retry_for  # moved on by every batch the server accepts
        self.backoff = backoff
        self.clock = clock
        self.summary = SyncSummary()
        self.done = 0
        self.total = 0
        self._held: tuple[list[OutboxEntry], list[RecordResult]] | None = None  # answered, not recorded yet
        self._tally: ob.Tally | None = None  # recorded in the open transaction, not counted yet
        self._tally_n = 0

    def _pause(self, exc: Retryable) -> bool:
        """Wait before retrying; False if the run's retry time is used up or it was cancelled."""
        delay = self.backoff.next_delay(exc.retry_after)
        self.summary.retry_in = delay
        if time.monotonic() + delay > self.deadline:
            return False
        log.info("sync: %s; retrying in %.1f s", exc.reason, delay)
        return wait(delay, self.cancel)

    def drain(self) -> bool:
        """Send until the outbox is empty (True), or stop (False; the summary says why).

        One request is in flight at a time. While the server works on a batch, ONE local transaction
        records the previous batch's answer and prepares the next batch (read, damaged entries
        quarantined, marked attempted), so the local bookkeeping overlaps the request instead of
        adding to it. A batch is always marked attempted (committed) before it is posted, and every
        answer received is recorded before this returns."""
        size = self.batch_size
        cursor = 0  # the next batch is read after this outbox id; 0: from the start (a full pass)
        ahead: _Batch | None = None  # read and marked attempted (committed), not posted yet
        self._held = None
        poster = ThreadPoolExecutor(max_workers=1, thread_name_prefix="iq-sync-post")
        try:
            while not self.cancel():
                if ahead is None:
                    ahead = self._step(cursor, size)
                if ahead.read == 0:  # nothing pending after the cursor
                    if cursor == 0:
                        return True
                    cursor, ahead = 0, None  # once more from the start (e.g. re-queued entries)
                    continue
                if not ahead.entries:  # all damaged (quarantined)
                    cursor, ahead = ahead.last_id, None
                    continue
                batch, ahead = ahead, None
                future = poster.submit(self.client.post_batch, self.site_id, [ob.outgoing(e) for e in batch.entries])
                try:
                    ahead = self._step(batch.last_id, size)  # overlaps the request
                finally:
                    wait_for(future)
                try:
                    results = future.result()
                except TooLarge:
                    if len(batch.entries) == 1:
                        self._quarantine(batch.entries[0], QuarantineReason.TOO_LARGE)
                    size, ahead = max(1, len(batch.entries) // 2), None
                    continue
                except Refused as exc:
                    if len(batch.entries) == 1:
                        self._quarantine(batch.entries[0], f"{QuarantineReason.REFUSED} ({exc.reason})")
                    size, ahead = max(1, len(batch.entries) // 2), None
                    continue
                except Retryable as exc:
                    ahead = None
                    if not self._pause(exc):
                        self.summary.will_retry = not self.cancel()
                        self.summary.error = f"{exc.reason}; will retry"
                        self.summary.error_kind = ProblemKind.RETRY
                        self.summary.retry_cause = RetryCause(exc.cause)
                        return False
                    continue
                self._held = (batch.entries, results)
                cursor = batch.last_id
                self.backoff.reset()
            return False
        finally:
            poster.shutdown(wait=True)
            if self._held is not None:
                with self.vault._uow() as uow:
                    self._record(uow)
                self._count()

    def _step(self, after_id: int, size: int) -> _Batch:
        """One transaction: record the answer held (if any), then read the next batch after
        ``after_id``, quarantine damaged entries and mark the rest attempted."""
        with self.vault._uow() as uow:
            self._record(uow)
            batch = _Batch(ob.next_batch(uow, size, after_id=after_id))
            damaged = [e for e in batch.entries if not ob.frozen_ok(e)]
            if damaged:
                for e in damaged:
                    ob.quarantine(uow, e, QuarantineReason.DAMAGED)
                batch.entries = [e for e in batch.entries if e not in damaged]
            ob.mark_attempted(uow, batch.entries)
        self.summary.rejected += len(damaged)
        self._count()
        return batch

    def _record(self, uow: SyncUnitOfWork) -> None:
        """Record the answer held in ``uow`` (counted by :meth:`_count` once committed)."""
        if self._held is None:
            return
        entries, results = self._held
        self._tally = ob.apply_results(uow, entries, results, self.clock())
        self._tally_n = len(entries)

    def _count(self) -> None:
        """After the commit that recorded the held answer: it is no longer held; add it up."""
        tally, self._tally = self._tally, None
        if tally is None:
            return
        self._held = None
        self.summary.sent += tally.sent
        self.summary.duplicates += tally.duplicates
        self.summary.rejected += tally.rejected
        for k, v in tally.by_status.items():
            self.summary.by_status[k] = self.summary.by_status.get(k, 0) + v
        self.done += self._tally_n
        self.deadline = time.monotonic() + self.retry_for  # progress: the retry window starts again
        if self.progress is not None:
            self.progress(self.done, max(self.total, self.done))

    def _quarantine(self, entry: OutboxEntry, reason: str) -> None:
        with self.vault._uow() as uow:
            ob.quarantine(uow, entry, reason)
        self.summary.rejected += 1

    def reconcile_after_restore(self) -> bool:
        """After an older backup was restored (:data:`ob.RECONCILE_ITEMS` set): before anything is sent,
        ask the server what it holds item by item and queue what brings it to this vault's figures
        (:func:`ob.reconcile_items`). False: the server could not be asked (nothing was sent)."""
        with self.vault._uow(readonly=True) as uow:
            if not uow.settings.get(ob.RECONCILE_ITEMS):
                return True
        while True:
            try:
                held = self.client.sync_items()
                break
            except Retryable as exc:
                if not self._pause(exc):
                    self.summary.will_retry = not self.cancel()
                    self.summary.error = (
                        f"{exc.reason}; will retry (a restored backup is compared with the server first)"
                    )
                    self.summary.error_kind = ProblemKind.RETRY
                    self.summary.retry_cause = RetryCause(exc.cause)
                    return False
        with self.vault._uow() as uow:
            queued = ob.reconcile_items(uow, held)
            self.total = ob.pending_count(uow)
        self.summary.requeued += queued
        log.info("sync: reconciled a restored backup with the server: %d item(s) queued", queued)
        return True

    def reconcile(self) -> bool | None:
        """Compare the server's sync state with the local acknowledgements; re-queue on a difference.
        Returns True (agree), False (differ: re-queued) or None (server not reachable)."""
        while True:
            try:
                state = self.client.sync_state()
                break
            except Retryable as exc:
                if not self._pause(exc):
                    return None
        with self.vault._uow() as uow:
            count, digest = ob.local_state(uow)
        if (state.count, state.digest) == (count, digest):
            return True
        log.warning("sync: the server holds %d acknowledged records, this laptop %d; re-sending", state.count, count)
        with self.vault._uow() as uow:
            self.summary.requeued += ob.requeue_acknowledged(uow)
        return False


def run_sync(
    vault: SyncVault,
    *,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    verify: bool = False,
    batch_size: int = DEFAULT_BATCH,
    retry_for: float = 60.0,
    backoff: Backoff | None = None,
    clock: Clock = _now,
    timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT),
) -> SyncSummary:
    """Sync the vault's outbox now. Never raises for network trouble: the summary says what happened."""
    try:
        with sync_lock(vault.data_dir):
            return _locked(vault, progress=progress, cancel=cancel, verify=verify, batch_size=batch_size,
                           retry_for=retry_for, backoff=backoff or Backoff(), clock=clock, timeout=timeout)  # fmt: skip
    except SyncBusy as exc:
        summary = SyncSummary(error=str(exc), error_kind=ProblemKind.BUSY)
        with vault._uow() as uow:
            summary.pending = ob.pending_count(uow)
        return summary


def _locked(vault: SyncVault, *, verify: bool, clock: Clock, **kw: Any) -> SyncSummary:
    vault.prepare_outbox()
    with vault._uow() as uow:
        enrolled = ob.read_enrolment(uow)
        total = ob.pending_count(uow)
        uow.settings.set(ob.LAST_ATTEMPT, clock().isoformat())
    if enrolled is None:
        return _finish(vault, SyncSummary(error=str(NotEnrolled()), error_kind=ProblemKind.NOT_ENROLLED), clock)
    run = _Run(vault, enrolled, clock=clock, **kw)
    run.total = total
    try:
        if not run.reconcile_after_restore():
            return _finish(vault, run.summary, clock)
        ok = run.drain()
        if ok and verify:
            agreed = run.reconcile()
            run.summary.reconciled = agreed
            if agreed is False:
                ok = run.drain()
                if ok:
                    again = run.reconcile()
                    run.summary.reconciled = again
                    if again is False:
                        run.summary.error = (
                            "the server still holds a different set of records than this laptop acknowledged "
                            "(was the laptop enrolled again?); everything was re-sent"
                        )
                        run.summary.error_kind = ProblemKind.RECONCILE
            elif agreed is None:
                ok = False
                run.summary.will_retry = True
                run.summary.error = "the server could not be asked for its state"
                run.summary.error_kind = ProblemKind.RETRY
        run.summary.complete = ok
    except (DeviceRevoked, WrongSite) as exc:
        run.summary.error = str(exc)
        run.summary.error_kind = ProblemKind.REVOKED if isinstance(exc, DeviceRevoked) else ProblemKind.WRONG_SITE
    except SyncError as exc:
        run.summary.error, run.summary.error_kind = str(exc), error_kind_of(exc)
    finally:
        run.client.close()
    if run.client.server_date is not None:  # a time the laptop's clock did not write (retention trusts it)
        with vault._uow() as uow:
            uow.settings.set(ob.SERVER_DATE, run.client.server_date.isoformat())
    if run.summary.complete and run.summary.error is None:
        vault.outbox_delivered()
    return _finish(vault, run.summary, clock)


def error_kind_of(exc: SyncError) -> ProblemKind:
    """The summary's ``error_kind`` for a sync error that needs someone to act."""
    if isinstance(exc, DeviceRevoked):
        return ProblemKind.REVOKED
    if isinstance(exc, WrongSite):
        return ProblemKind.WRONG_SITE
    if isinstance(exc, NotEnrolled):
        return ProblemKind.NOT_ENROLLED
    return ProblemKind.CA_BUNDLE if isinstance(exc, CaBundleUnusable) else ProblemKind.ERROR


def problem(exc: Retryable | SyncError) -> SyncSummary:
    """A summary for a failure found before any record was sent (the scheduler's health probe)."""
    if isinstance(exc, Retryable):
        return SyncSummary(error=f"{exc.reason}; will retry", error_kind=ProblemKind.RETRY,
                           retry_cause=RetryCause(exc.cause), will_retry=True)  # fmt: skip
    return SyncSummary(error=str(exc), error_kind=error_kind_of(exc))


def note_problem(vault: SyncVault, summary: SyncSummary, clock: Clock = _now) -> SyncSummary:
    """Record a :func:`problem` as the last error (status, sync panel) and fill in the counts (after
    queueing every saved change, so ``pending`` is what the next sync will send, as in ``status``)."""
    vault.prepare_outbox()
    return _finish(vault, summary, clock)


def _finish(vault: SyncVault, summary: SyncSummary, clock: Clock) -> SyncSummary:
    with vault._uow() as uow:
        c = ob.counts(uow)
        summary.pending, summary.quarantined = c.get(OutboxState.PENDING, 0), c.get(OutboxState.QUARANTINED, 0)
        if summary.complete and summary.error is None:
            uow.settings.set(ob.LAST_SYNC, clock().isoformat())
            uow.settings.set(ob.LAST_ERROR, None)
            uow.settings.set(LAST_ERROR_KIND, None)
            uow.settings.set(LAST_ERROR_CAUSE, None)
        elif summary.error is not None:
            uow.settings.set(ob.LAST_ERROR, summary.error[:500])
            uow.settings.set(LAST_ERROR_KIND, summary.error_kind or ProblemKind.ERROR)  # the GUI words it by kind
            uow.settings.set(LAST_ERROR_CAUSE, summary.retry_cause)
    return summary
