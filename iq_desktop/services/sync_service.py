"""Sync use cases for the GUI and the CLI: enrol, sync now, status, what will leave, quarantine.

Run :func:`sync_now` (and :func:`enrol`) on a worker thread, never on the GUI thread. Messages in
:class:`SyncRefused` are safe to show: no token, no payload, nothing personal.
"""

from __future__ import annotations

import contextlib
import json
import re
import secrets
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TypedDict, Unpack

from iq_desktop.domain.outbox import OutboxEntry, OutboxState
from iq_desktop.domain.sync_outcome import STOPPING_PROBLEMS, ProblemKind, RetryCause
from iq_desktop.services import contributions
from iq_desktop.services.errors import ServiceError, VaultBusy
from iq_desktop.services.vault import HOUSEKEEPING_BUSY_S, Vault
from iq_desktop.sync import outbox as ob
from iq_desktop.sync.backoff import Backoff
from iq_desktop.sync.client import SyncClient, check_url
from iq_desktop.sync.engine import (
    LAST_ERROR_CAUSE,
    LAST_ERROR_KIND,
    RunOptions,
    ScheduledRunOptions,
    SyncSummary,
    run_sync,
)
from iq_desktop.sync.errors import EnrolmentFailed, InsecureServer, SyncError
from iq_desktop.sync.scheduler import SyncScheduler

__all__ = [
    "OutboxItem",
    "SyncRefused",
    "SyncStatus",
    "enrol",
    "is_enrolled",
    "outbox_listing",
    "quarantine_list",
    "retry",
    "retry_all",
    "status",
    "sync_now",
]


class SyncRefused(ServiceError):
    """Enrolment or sync cannot go on; ``str(e)`` says why and what to do (English), ``problem`` names it
    for the GUI's words (``services.messages``): an :class:`EnrolmentFailed` problem, ``insecure_address``,
    ``ca_bundle_missing`` or ``other``."""

    def __init__(self, message: str, problem: str = "other") -> None:
        super().__init__(message)
        self.problem = problem


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    server_url: str | None
    site_id: str | None
    state: str | None
    network: str | None
    device_id: str | None
    pending: int
    quarantined: int
    sent: int
    last_success: str | None
    last_attempt: str | None
    last_error: str | None  # English, safe to show; the GUI words it by ``last_error_kind``
    #: why the last run stopped, as :attr:`SyncSummary.error_kind`: "retry" (server unreachable, 5xx, 429,
    #: TLS, an unclear answer: retried by itself), "revoked" (401), "wrong_site" (403), "not_enrolled",
    #: "busy" (another sync ran), "reconcile" (server and laptop still differ), "ca_bundle" (the CA file
    #: chosen at enrolment is gone), "error" (anything else)
    last_error_kind: ProblemKind | None = None
    last_error_cause: RetryCause | None = None  # with kind RETRY: why the temporary failure happened

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class OutboxItem:
    """One queued revision, exactly as it will leave (``payload`` is the frozen JSON text)."""

    record_id: str
    record_type: str
    revision: int
    schema_version: int
    payload: str
    payload_hash: str
    state: OutboxState
    reason: str | None

    @classmethod
    def of(cls, e: OutboxEntry) -> OutboxItem:
        return cls(e.record_id, e.record_type, e.revision, e.schema_version, e.payload, e.payload_hash, e.state,
                   e.reason)  # fmt: skip

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["payload"] = json.loads(self.payload) if self.payload else None  # purged once acknowledged
        return d


#: The longest device label sent at enrolment.
MAX_LABEL_CHARS = 60


def device_label(label: str | None = None) -> str:
    """The name this laptop gets on the server: the coordinator's ``label`` (letters, digits, space and
    ``.()-_`` kept, at most 60 characters), else a random one such as ``laptop-7KQ2M9``. Never the
    computer's host name: host names often name the counsellor."""
    name = re.sub(r"[^\w .()-]", "", label or "")[:MAX_LABEL_CHARS].strip()
    if name:
        return name
    return "laptop-" + "".join(secrets.choice(_LABEL_ALPHABET) for _ in range(6))


_LABEL_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I


def enrol(
    vault: Vault, server_url: str, code: str, ca_bundle: str | None = None, *, label: str | None = None
) -> SyncStatus:
    """Enrol this laptop with the regional server (coordinators only). The device token is kept in
    the encrypted vault; records queued before enrolment are sent at the next sync. The server knows
    this laptop by ``label`` (chosen by the coordinator) or a random label (:func:`device_label`)."""
    vault.require_coordinator("enrol this laptop with the regional server")
    if ca_bundle is not None:
        if not Path(ca_bundle).is_file():
            raise SyncRefused(f"The CA bundle file was not found: {ca_bundle}", "ca_bundle_missing")
        ca_bundle = str(Path(ca_bundle).resolve())
    try:
        url = check_url(server_url)
        with SyncClient(url, ca_bundle=ca_bundle) as client:
            enrolment = client.enrol(code, device_name=device_label(label))
    except SyncError as exc:
        problem = exc.problem if isinstance(exc, EnrolmentFailed) else "other"
        if isinstance(exc, InsecureServer):
            problem = "insecure_address"
        raise SyncRefused(str(exc), problem) from None
    with vault._uow() as uow:
        ob.write_enrolment(uow, url, enrolment, ca_bundle)
        uow.settings.set(ob.LAST_ERROR, None)
        uow.settings.set(LAST_ERROR_KIND, None)
        uow.settings.set(LAST_ERROR_CAUSE, None)
        uow.audit.add(vault.user, "enrol", detail=f"site={enrolment.site_id} device={enrolment.device_id}")
    vault._site = False  # the vault caches the enrolled site
    return status(vault)


def is_enrolled(vault: Vault) -> bool:
    with vault._uow(readonly=True) as uow:
        return ob.read_enrolment(uow) is not None


def sync_now(
    vault: Vault,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    verify: bool = False,
    **kw: Unpack[RunOptions],
) -> SyncSummary:
    """Send the outbox now (any user). Never raises for network trouble; see the summary."""
    kw.setdefault("retry_for", 60.0)
    summary = run_sync(vault, progress=progress, cancel=cancel, verify=verify, **kw)
    if summary.sent or summary.rejected or summary.requeued or summary.error_kind in STOPPING_PROBLEMS:
        detail = f"sent={summary.sent} duplicates={summary.duplicates} rejected={summary.rejected}"
        if summary.error_kind:
            detail += f" stopped={summary.error_kind}"
        with vault._uow() as uow:
            uow.audit.add(vault.user, "sync", detail=detail)
    return summary


def status(vault: Vault) -> SyncStatus:
    # The waiting count includes every saved change; if another program is writing (a long import),
    # it counts what was queued before rather than wait for it.
    with contextlib.suppress(VaultBusy):
        vault.prepare_outbox(busy_timeout_s=HOUSEKEEPING_BUSY_S)
    with vault._uow(readonly=True) as uow:
        enrolled = ob.read_enrolment(uow)
        counts = ob.counts(uow)
        s = uow.settings
        last_error = s.get(ob.LAST_ERROR)
        return SyncStatus(
            enrolled=enrolled is not None,
            server_url=s.get("server_url"),
            site_id=s.get("site_id"),
            state=s.get("state"),
            network=s.get("network"),
            device_id=s.get("device_id"),
            pending=counts.get(OutboxState.PENDING, 0),
            quarantined=counts.get(OutboxState.QUARANTINED, 0),
            sent=counts.get(OutboxState.SENT, 0),
            last_success=s.get(ob.LAST_SYNC),
            last_attempt=s.get(ob.LAST_ATTEMPT),
            last_error=last_error,
            last_error_kind=_stored_kind(s.get(LAST_ERROR_KIND)) if last_error else None,
            last_error_cause=_stored_cause(s.get(LAST_ERROR_CAUSE)) if last_error else None,
        )


def _stored_kind(value: str | None) -> ProblemKind:
    """The stored kind of the last error; ``error`` if missing or unknown."""
    try:
        return ProblemKind(value or ProblemKind.ERROR)
    except ValueError:
        return ProblemKind.ERROR


def _stored_cause(value: str | None) -> RetryCause | None:
    try:
        return RetryCause(value) if value else None
    except ValueError:
        return None


def outbox_listing(vault: Vault, limit: int | None = None) -> list[OutboxItem]:
    """Exactly what will leave this laptop at the next sync (pending revisions, oldest first): the
    site's contributions are brought up to date first, as the next sync would."""
    vault.prepare_outbox()
    with vault._uow(readonly=True) as uow:
        return [OutboxItem.of(e) for e in uow.outbox.in_state(OutboxState.PENDING, limit=limit)]


def what_is_sent(vault: Vault, record_id: str) -> tuple[str | None, OutboxEntry | None]:
    """What leaves the laptop for a record (:func:`contributions.sent_for`), brought up to date first."""
    vault.prepare_outbox()
    with vault._uow(readonly=True) as uow:
        return contributions.sent_for(uow, record_id)


def is_counted(vault: Vault, record_id: str) -> bool:
    """Whether any published figure counts the record (:func:`contributions.is_counted`)."""
    with vault._uow(readonly=True) as uow:
        return contributions.is_counted(uow, record_id)


def quarantine_list(vault: Vault) -> list[OutboxItem]:
    """Revisions the server (or the local hash check) refused, with the reason."""
    with vault._uow(readonly=True) as uow:
        return [OutboxItem.of(e) for e in uow.outbox.in_state(OutboxState.QUARANTINED)]


def retry(vault: Vault, record_id: str) -> bool:
    """Put a quarantined record back in the queue (after the cause was fixed). False if it was not
    in quarantine."""
    with vault._uow() as uow:
        done = ob.retry_quarantined(uow, record_id)
        if done:
            uow.audit.add(vault.user, "sync", record_id=record_id, detail="retry quarantined")
    return done


def retry_all(vault: Vault) -> int:
    return sum(retry(vault, item.record_id) for item in quarantine_list(vault))


# --- for the GUI: the automatic sync and the sync panel's run history -------------------------------------
class SchedulerOptions(TypedDict, total=False):
    """Keyword arguments for :class:`iq_desktop.sync.scheduler.SyncScheduler` (tests: a short backoff)."""

    interval: float
    verify_every: int
    backoff: Backoff
    run_kwargs: ScheduledRunOptions


def make_scheduler(
    vault: Vault,
    on_result: Callable[[SyncSummary], None],
    on_reachability: Callable[[bool], None],
    options: SchedulerOptions | None = None,
) -> SyncScheduler:
    """The automatic sync (not started): probes the server and sends the outbox on its own thread."""
    return SyncScheduler(vault, on_result=on_result, on_reachability=on_reachability, **(options or {}))


RUN_HISTORY_KEY = "ui_sync_history"  # a vault setting: the last runs' counts (nothing personal)
RUN_HISTORY_LEN = 50


def run_history(vault: Vault) -> list[dict[str, object]]:
    """The last sync runs, newest first (dicts as given to :func:`add_to_run_history`)."""
    with vault._uow(readonly=True) as uow:
        raw = uow.settings.get(RUN_HISTORY_KEY)
    try:
        items = json.loads(raw) if raw else []
    except ValueError:
        items = []
    return [it for it in items if isinstance(it, dict)] if isinstance(items, list) else []


def add_to_run_history(vault: Vault, item: dict[str, object]) -> None:
    """Remember a run (counts and the safe error text only) at the head of the history."""
    with vault._uow() as uow:
        raw = uow.settings.get(RUN_HISTORY_KEY)
        try:
            items = json.loads(raw) if raw else []
        except ValueError:
            items = []
        uow.settings.set(RUN_HISTORY_KEY, json.dumps([item, *items][:RUN_HISTORY_LEN]))


#: The outcome of one sync run, for the GUI (``iq_desktop.sync.engine.SyncSummary``).
RunSummary = SyncSummary
#: The automatic sync, as :func:`make_scheduler` makes it (``iq_desktop.sync.scheduler.SyncScheduler``).
Scheduler = SyncScheduler
