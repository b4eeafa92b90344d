"""What sync does with the vault's outbox and settings, through the ports of :mod:`.ports` only (no
store, no SQL here).

Settings keys (in the encrypted vault): ``server_url``, ``device_id``, ``device_token``, ``site_id``,
``state``, ``network``, ``ca_bundle``, ``last_sync`` (last success, ISO time), ``last_sync_error``,
``last_sync_attempt``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from iq_desktop.domain.outbox import OutboxEntry, OutboxState
from iq_desktop.domain.reasons import QuarantineReason
from iq_desktop.domain.wire import HeldItem, RecordResult, sync_digest
from iq_desktop.sync.client import Enrolment, OutgoingRecord
from iq_desktop.sync.ports import SyncUnitOfWork

ACKED = frozenset({"stored", "duplicate", "superseded", "retracted"})
ENROLMENT_KEYS = ("server_url", "device_id", "device_token", "site_id", "state", "network", "ca_bundle")
LAST_SYNC, LAST_ERROR, LAST_ATTEMPT = "last_sync", "last_sync_error", "last_sync_attempt"
#: the server's own Date at the last answer (ISO, UTC): a time the laptop's clock did not write (retention)
SERVER_DATE = "last_server_date"


@dataclass(frozen=True, slots=True)
class Enrolled:
    server_url: str
    device_id: str
    device_token: str
    site_id: str
    state: str
    network: str
    ca_bundle: str | None


@dataclass
class Tally:
    sent: int = 0
    duplicates: int = 0
    rejected: int = 0
    by_status: dict[str, int] = field(default_factory=dict)


def read_enrolment(uow: SyncUnitOfWork) -> Enrolled | None:
    values = {k: uow.settings.get(k) for k in ENROLMENT_KEYS}
    server_url, device_token, site_id = values["server_url"], values["device_token"], values["site_id"]
    if not (server_url and device_token and site_id):
        return None
    return Enrolled(
        server_url=server_url, device_id=values["device_id"] or "", device_token=device_token,
        site_id=site_id, state=values["state"] or "", network=values["network"] or "",
        ca_bundle=values["ca_bundle"] or None,
    )  # fmt: skip


def write_enrolment(uow: SyncUnitOfWork, server_url: str, enrolment: Enrolment, ca_bundle: str | None) -> None:
    uow.settings.set("server_url", server_url)
    uow.settings.set("device_id", enrolment.device_id)
    uow.settings.set("device_token", enrolment.device_token)
    uow.settings.set("site_id", enrolment.site_id)
    uow.settings.set("state", enrolment.state)
    uow.settings.set("network", enrolment.network)
    uow.settings.set("ca_bundle", ca_bundle)


def frozen_ok(entry: OutboxEntry) -> bool:
    """The queued text still hashes to the hash frozen with it (the same canonical form as
    ``wire.payload_hash``). The queued text is stored in that canonical form, so its own hash
    normally matches at once; only otherwise is it parsed and re-encoded (same answer either way)."""
    if hashlib.sha256(entry.payload.encode("utf-8")).hexdigest() == entry.payload_hash:
        return True
    try:
        data = json.loads(entry.payload)
    except ValueError:
        return False
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest() == entry.payload_hash


def outgoing(entry: OutboxEntry) -> OutgoingRecord:
    return OutgoingRecord(entry.record_id, entry.revision, entry.payload, entry.schema_version)


def mark_attempted(uow: SyncUnitOfWork, entries: Sequence[OutboxEntry]) -> None:
    """Before a POST (commit first): these revisions may reach the server from now on, so deleting
    their record must queue a retraction rather than just dropping the entry."""
    if entries:
        uow.outbox.mark_attempted([(e.record_id, e.revision) for e in entries])


def next_batch(uow: SyncUnitOfWork, limit: int, *, after_id: int = 0) -> list[OutboxEntry]:
    """Pending entries in queue order after outbox id ``after_id``."""
    return list(uow.outbox.pending(limit=limit, after_id=after_id))


def apply_results(
    uow: SyncUnitOfWork, entries: Sequence[OutboxEntry], results: Sequence[RecordResult], at: datetime
) -> Tally:
    """Record one batch's answers (call inside ONE unit of work: all or nothing)."""
    tally = Tally()
    acked: list[tuple[str, int]] = []
    for entry, result in zip(entries, results, strict=True):
        tally.by_status[result.status] = tally.by_status.get(result.status, 0) + 1
        if result.status in ACKED:
            acked.append((entry.record_id, entry.revision))
            if result.status == "duplicate":
                tally.duplicates += 1
            else:
                tally.sent += 1
        else:
            uow.outbox.mark_quarantined(entry.record_id, entry.revision, _reason(result.reason))
            tally.rejected += 1
    uow.outbox.mark_sent_many(acked, at=at)  # one executemany per table
    return tally


def _reason(reason: str | None) -> str:
    return (QuarantineReason.SERVER + (reason or "rejected without a reason"))[:500]


def quarantine(uow: SyncUnitOfWork, entry: OutboxEntry, reason: str) -> None:
    uow.outbox.mark_quarantined(entry.record_id, entry.revision, reason[:500])


def local_state(uow: SyncUnitOfWork) -> tuple[int, str]:
    """Count and digest of the local acknowledgements, as the server computes its sync state."""
    pairs = [(str(rid), int(rev)) for rid, rev in uow.outbox.acked()]
    return len(pairs), sync_digest(pairs)


def requeue_acknowledged(uow: SyncUnitOfWork) -> int:
    """Reconciliation: queue again the current, acknowledged revision of every record (the server
    answers ``duplicate`` for what it already holds, so this is always safe)."""
    ids = [e.record_id for e in uow.outbox.current() if e.state == OutboxState.SENT]
    return int(uow.outbox.requeue(ids)) if ids else 0


#: a setting: set when an older backup was restored; the next sync reconciles item by item first
RECONCILE_ITEMS = "reconcile_items"


def reconcile_items(uow: SyncUnitOfWork, held: Sequence[HeldItem]) -> int:
    """Make the outbox bring the server to this laptop's items (after a restore): every item the server
    holds is continued above the server's revision (or retracted if this laptop does not know it), and
    every acknowledged item the server does not hold is sent again. Returns how many were queued."""
    queued = 0
    for item in held:
        queued += uow.outbox.continue_above(item.record_id, item.revision, item.payload_hash, item.type)
    on_server = {item.record_id for item in held}
    missing = [
        e.record_id for e in uow.outbox.current() if e.state == OutboxState.SENT and e.record_id not in on_server
    ]
    if missing:
        queued += int(uow.outbox.requeue(missing))
    uow.settings.set(RECONCILE_ITEMS, None)
    return queued


def retry_quarantined(uow: SyncUnitOfWork, record_id: str) -> bool:
    latest = uow.outbox.latest(record_id)
    if latest is None or latest.state != OutboxState.QUARANTINED:
        return False
    return bool(uow.outbox.requeue([record_id]))


def counts(uow: SyncUnitOfWork) -> dict[str, int]:
    return dict(uow.outbox.counts())


def pending_count(uow: SyncUnitOfWork) -> int:
    return int(uow.outbox.counts().get(OutboxState.PENDING, 0))
