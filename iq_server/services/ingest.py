"""Idempotent ingest of a batch of contributions (wire schema version 2).

An item is a site's contribution to every published cell of one lattice period (or a retraction).
Per item (the one current revision per record id is kept):

* new id                         -> ``stored`` (a retraction of an unknown id -> ``retracted``, kept as a
  tombstone against a late delivery of an earlier revision; at revision 1 -> ``rejected``: nothing to retract)
* same id, revision and content  -> ``duplicate`` (success, nothing changes)
* an id owned by another device of the site -> ``rejected`` (a coordinator can transfer it:
  ``iq-server device transfer``)
* a contribution to a period before 2012 or after the quarter following the server's date -> ``rejected``
* same id and revision, other content -> ``rejected``
* a newer revision               -> ``superseded`` (its cells replace the older revision's in every figure),
  or ``retracted`` if it is a retraction (the item leaves every figure)
* an older revision than held    -> ``superseded`` with a reason (it is already superseded; nothing changes)
* an id held for another site    -> ``rejected``; a schema violation -> ``rejected`` with the field named
  (never the value: a cell id that is not on the list is named ``<cell>``)

A batch holding any item of another schema version (or a version-1 payload: sessions, trainings and
events with a person block) is refused as a whole: :class:`~iq_server.errors.OutdatedClient` (HTTP 426,
:data:`wire.UPDATE_THE_APP`). Nothing of it is stored.

The batch is one transaction, committed before the server answers. Concurrent batches holding the
same items are safe: SQLite serialises writers (BEGIN IMMEDIATE); on PostgreSQL existing rows are
locked (SELECT ... FOR UPDATE, in id order) and new ids are inserted with ON CONFLICT DO NOTHING; a
lost insert race re-runs the batch, which then sees the other writer's rows. The SQL of all this is
in :mod:`iq_server.db.records`; this module decides each item's status. The day of receipt is the
finest time kept.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from pydantic import ValidationError

from iq_desktop.domain import lattice, reasons, wire
from iq_desktop.domain.wire import ContributionPayload, RecordEnvelope, RecordResult
from iq_server.db import records
from iq_server.db.devices import DeviceAuth
from iq_server.db.engine import Database
from iq_server.db.records import CellRow, Held, ItemRow, Writes
from iq_server.errors import OutdatedClient

__all__ = ["Outcome", "canonical", "cell_rows", "check_versions", "ingest", "item_row", "sync_state"]

#: One item of a batch as parsed: (index, record id, revision, envelope or None if invalid, reason).
Parsed = tuple[int, str, int, RecordEnvelope | None, str]
#: Payload types of wire schema 1 (person-level records): a batch holding one is refused as a whole.
V1_TYPES = frozenset({"session", "training", "event"})


def check_versions(raw_records: Sequence[Mapping[str, Any]]) -> None:
    """Refuse the whole batch (:class:`OutdatedClient`) if any item is not of wire schema 2."""
    for raw in raw_records:
        payload = raw.get("payload")
        v1 = isinstance(payload, Mapping) and payload.get("type") in V1_TYPES
        if raw.get("schema_version") != wire.SCHEMA_VERSION or v1:
            raise OutdatedClient(wire.UPDATE_THE_APP)


def canonical(env: RecordEnvelope) -> tuple[str, str]:
    """The payload's canonical JSON text and its hash: exactly :func:`wire.payload_hash` (the device's)."""
    text = json.dumps(env.payload.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text, hashlib.sha256(text.encode("utf-8")).hexdigest()


def item_row(env: RecordEnvelope, digest: str, device: DeviceAuth, today: date) -> ItemRow:
    """The item row of an envelope: its receipt, and for a contribution its period and retention day."""
    p = env.payload
    period = lattice.parse(p.period) if isinstance(p, ContributionPayload) else None
    return {
        "record_id": str(env.record_id), "revision": env.revision, "payload_hash": digest, "rtype": p.type,
        "device_id": device.device_id, "site_id": device.site_id, "state": device.state,
        "network": device.network, "received_on": today,
        "period": period.label if period else None, "keep_until": period.end if period else None,
    }  # fmt: skip


def cell_rows(env: RecordEnvelope, device: DeviceAuth) -> list[CellRow]:
    """The cells of a contribution (cells counting 0 are not stored); none for a retraction."""
    p = env.payload
    if not isinstance(p, ContributionPayload):
        return []
    rid = str(env.record_id)
    return [
        {"record_id": rid, "cell": cid, "period": p.period, "state": device.state, "network": device.network,
         "site_id": device.site_id, "n": v.n, "k": v.k}
        for cid, v in sorted(p.cells.items())
        if v.n or v.k
    ]  # fmt: skip


def _reason(exc: ValidationError) -> str:
    """Which field is wrong and why, never the submitted value (nor a cell id not on the list)."""
    parts = []
    for err in exc.errors(include_input=False, include_url=False, include_context=False)[:3]:
        loc = [str(x) for x in err["loc"]]
        if "cells" in loc:  # the next part is the sent dict key: not echoed
            i = loc.index("cells") + 1
            loc[i : i + 1] = ["<cell>"] if i < len(loc) else []
        msg = str(err["msg"])
        if err["type"] == "value_error":  # "Value error, not a period: '...'": keep what precedes the value
            msg = msg.split(":", 1)[0]
        parts.append(f"{'.'.join(loc) or 'record'}: {msg}")
    return (reasons.SCHEMA + ": " + "; ".join(parts))[:500]


#: Why an item owned by another device of the site is refused (a coordinator can transfer it).
OTHER_DEVICE = (
    "this record id belongs to another device of this site; a coordinator can transfer it (iq-server device transfer)"
)
#: Why a retraction of an id the server does not hold is refused when it is the id's first revision:
#: nothing can have been delivered before it. A later revision is kept as a tombstone: the laptop cannot
#: know whether its earlier revision arrived, and a late, out-of-order delivery of it must not bring
#: the item back into the figures (the records budget bounds how many a device can send).
UNKNOWN_RETRACTION = "unknown record id: there is nothing to retract"
#: The first period a contribution may be for.
FIRST_PERIOD_START = date(2005, 1, 1)  # the IQ programme began in 2005 (as the lattice)


def _implausible(env: RecordEnvelope, today: date) -> str | None:
    """Why a contribution's period is outside the plausible window (from 2012 to the quarter after the
    server's current one), or None."""
    p = env.payload
    if not isinstance(p, ContributionPayload):
        return None
    period = lattice.parse(p.period)
    current = lattice.quarter_of(today)
    next_start = current.end + timedelta(days=1)
    if period.start < FIRST_PERIOD_START or period.start > next_start:
        return (
            f"{reasons.SCHEMA}: payload.period: outside the plausible window "
            f"({FIRST_PERIOD_START.year} to the quarter after the server's date)"
        )
    return None


@dataclass(frozen=True)
class Outcome:
    results: list[RecordResult]
    counts: dict[str, int]


def _plan(device: DeviceAuth, parsed: list[Parsed], held: dict[str, Held], today: date
          ) -> tuple[Writes, list[RecordResult]]:  # fmt: skip
    """Each item's status against what is held, and the rows to write."""
    writes = Writes()
    results: list[RecordResult] = []
    for _, rid, rev, env, reason in parsed:
        if env is None:
            results.append(RecordResult(record_id=rid, revision=rev, status="rejected", reason=reason))
            continue
        _, digest = canonical(env)
        cur = held.get(rid)
        retraction = env.payload.type == "retraction"
        why: str | None
        if cur is not None and cur.site_id != device.site_id:
            status, why = "rejected", reasons.OTHER_SITE
        elif cur is not None and rev == cur.revision and digest == cur.payload_hash:
            status, why = "duplicate", None  # changes nothing, whoever sends it
        elif cur is not None and cur.device_id and cur.device_id != device.device_id:
            status, why = "rejected", OTHER_DEVICE
        elif cur is not None and rev == cur.revision:
            status, why = "rejected", reasons.CONFLICT + "; send a new revision"
        elif cur is None and retraction and rev == 1:
            status, why = "rejected", UNKNOWN_RETRACTION
        elif (problem := _implausible(env, today)) is not None:
            status, why = "rejected", problem
        elif cur is not None and rev < cur.revision:
            status, why = "superseded", f"revision {cur.revision} is already held; nothing changed"
        else:
            row = item_row(env, digest, device, today)
            if cur is None or rid in writes.inserts:
                writes.inserts[rid] = row
                status = "retracted" if retraction else ("stored" if cur is None else "superseded")
            else:
                writes.updates[rid] = row
                status = "retracted" if retraction else "superseded"
            writes.cells[rid] = cell_rows(env, device)
            why = None
            held[rid] = Held(rev, digest, device.site_id, cur.device_id if cur else device.device_id)
        results.append(RecordResult(record_id=rid, revision=rev, status=status, reason=why))
    return writes, results


def ingest(db: Database, device: DeviceAuth, raw_records: list[dict[str, Any]]) -> Outcome:
    """Store a batch for ``device``; one result per item, in order. :class:`OutdatedClient` if the batch
    holds an item of another schema version (nothing is stored then)."""
    check_versions(raw_records)
    parsed: list[Parsed] = []
    for i, raw in enumerate(raw_records):
        rid, rev = str(raw["record_id"]), int(raw["revision"])
        try:
            env = RecordEnvelope.model_validate(raw)
        except ValidationError as exc:
            parsed.append((i, rid, rev, None, _reason(exc)))
        else:
            parsed.append((i, str(env.record_id), env.revision, env, ""))
    ids = sorted({rid for _, rid, _, env, _ in parsed if env is not None})
    results = records.write_batch(
        db, ids, device.device_id, lambda held, today: _plan(device, parsed, held, today), device.site_id
    )
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    return Outcome(results, counts)


def sync_state(db: Database, device_id: str) -> tuple[int, list[tuple[str, int]]]:
    pairs = records.delivered(db, device_id)
    return len(pairs), pairs
