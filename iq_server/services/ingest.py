"""Idempotent ingest of a batch of de-identified records.

Per record (the one current revision per record id is kept):

* new id                         -> ``stored`` (a retraction of an unknown id -> ``retracted``, kept as a tombstone)
* same id, revision and content  -> ``duplicate`` (success, nothing changes)
* same id and revision, other content -> ``rejected``
* a newer revision               -> ``superseded`` (it replaces the older one in every figure), or
  ``retracted`` if it is a retraction (the record leaves the figures)
* an older revision than held    -> ``superseded`` with a reason (it is already superseded; nothing changes)
* an id held for another site    -> ``rejected``; a schema violation -> ``rejected`` with the field named

The batch is one transaction, committed before the server answers. Concurrent batches holding the
same records are safe: SQLite serialises writers (BEGIN IMMEDIATE); on PostgreSQL existing rows are
locked (SELECT ... FOR UPDATE, in id order) and new ids are inserted with ON CONFLICT DO NOTHING; a
lost insert race re-runs the batch, which then sees the other writer's rows. The SQL of all this is
in :mod:`iq_server.db.records`; this module decides each record's status.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from pydantic import ValidationError

from iq_desktop.domain import reasons
from iq_desktop.domain.codes import FAIR_INTEGRATION_TOPICS, Topic
from iq_desktop.domain.wire import (
    QUARTER_RE,
    EventPayload,
    RecordEnvelope,
    RecordResult,
    SessionPayload,
    TrainingPayload,
)
from iq_server.db import records
from iq_server.db.devices import DeviceAuth
from iq_server.db.engine import Database
from iq_server.db.records import COLUMNS, Held, RecordRow, Writes

#: One record of a batch as parsed: (index, record id, revision, envelope or None if invalid, reason).
Parsed = tuple[int, str, int, RecordEnvelope | None, str]


def quarter_parts(q: str) -> tuple[int, int, date, date]:
    """'2019-Q2' -> (2019, 2, 2019-04-01, 2019-06-30)."""
    m = QUARTER_RE.match(q)
    assert m is not None
    year, quarter = int(m.group(1)), int(m.group(2))
    start = date(year, 3 * quarter - 2, 1)
    end = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return year, quarter, start, date.fromordinal(end.toordinal() - 1)


def canonical(env: RecordEnvelope) -> tuple[str, str]:
    """The payload's canonical JSON text and its hash, with one dump of the model: the hash is exactly
    :func:`wire.payload_hash` (the device's), the text is what the ``payload`` column stores."""
    text = json.dumps(env.payload.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text, hashlib.sha256(text.encode("utf-8")).hexdigest()


def flatten(env: RecordEnvelope, canonical_text: str | None = None) -> RecordRow:
    """The report columns of a payload (everything else None); ``canonical_text`` from :func:`canonical`
    saves a second dump."""
    row: RecordRow = dict.fromkeys(COLUMNS)
    p = env.payload
    row["rtype"] = p.type
    if isinstance(p, SessionPayload | EventPayload):
        row["year"], row["quarter"], row["period_start"], row["keep_until"] = quarter_parts(p.quarter)
    if isinstance(p, SessionPayload):
        topics = set(p.topics)
        row.update(
            kind=p.kind.value,
            first_contact=int(p.first_contact),
            has_recognition=int(Topic.RECOGNITION in topics),
            has_job_training=int(Topic.JOB_TRAINING in topics),
            has_fi=int(bool(topics & FAIR_INTEGRATION_TOPICS)),
            occupation_group=p.person.occupation_group,
        )
    elif isinstance(p, TrainingPayload):
        row["year"], row["quarter"], row["period_start"], keep_until = quarter_parts(p.start_quarter)
        if p.end_quarter:
            row["end_year"], row["end_quarter"], row["end_period_start"], end = quarter_parts(p.end_quarter)
            keep_until = max(keep_until, end)
        row["keep_until"] = keep_until
        row.update(
            training_format=p.format.value,
            training_type=p.training_type.value,
            training_status=p.status.value,
        )
    elif isinstance(p, EventPayload):
        row.update(
            audience=p.audience.value, event_topic=p.topic.value, event_format=p.format.value,
            participants=p.participants,
        )  # fmt: skip
    if p.type != "retraction":
        text = canonical_text if canonical_text is not None else canonical(env)[0]
        # stored ASCII-escaped, as always (the codes are ASCII, so this is the canonical text itself)
        row["payload"] = text if text.isascii() else json.dumps(json.loads(text), sort_keys=True, separators=(",", ":"))
    return row


def _reason(exc: ValidationError) -> str:
    """Which field is wrong and why, never the submitted value."""
    parts = []
    for err in exc.errors(include_input=False, include_url=False)[:3]:
        loc = ".".join(str(x) for x in err["loc"]) or "record"
        parts.append(f"{loc}: {err['msg']}")
    return (reasons.SCHEMA + ": " + "; ".join(parts))[:500]


@dataclass(frozen=True)
class Outcome:
    results: list[RecordResult]
    counts: dict[str, int]


def _plan(device: DeviceAuth, parsed: list[Parsed], held: dict[str, Held], now: datetime
          ) -> tuple[Writes, list[RecordResult]]:  # fmt: skip
    """Each record's status against what is held, and the rows to write."""
    writes = Writes()
    inserts, updates = writes.inserts, writes.updates
    results: list[RecordResult] = []
    for _, rid, rev, env, reason in parsed:
        if env is None:
            results.append(RecordResult(record_id=rid, revision=rev, status="rejected", reason=reason))
            continue
        text, digest = canonical(env)
        cur = held.get(rid)
        retraction = env.payload.type == "retraction"
        why: str | None
        if cur is not None and cur.site_id != device.site_id:
            status, why = "rejected", reasons.OTHER_SITE
        elif cur is not None and rev == cur.revision:
            if digest == cur.payload_hash:
                status, why = "duplicate", None
            else:
                status, why = "rejected", reasons.CONFLICT + "; send a new revision"
        elif cur is not None and rev < cur.revision:
            status, why = "superseded", f"revision {cur.revision} is already held; nothing changed"
        else:
            row = flatten(env, text)
            row.update(
                record_id=rid, revision=rev, payload_hash=digest, device_id=device.device_id,
                site_id=device.site_id, state=device.state, network=device.network, received_at=now,
            )  # fmt: skip
            if cur is None or rid in inserts:
                inserts[rid] = row
                status = "retracted" if retraction else ("stored" if cur is None else "superseded")
            else:
                updates[rid] = row
                status = "retracted" if retraction else "superseded"
            why = None
            held[rid] = Held(rev, digest, device.site_id)
        results.append(RecordResult(record_id=rid, revision=rev, status=status, reason=why))
    return writes, results


def ingest(db: Database, device: DeviceAuth, raw_records: list[dict[str, Any]]) -> Outcome:
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
    results = records.write_batch(db, ids, device.device_id, lambda held, now: _plan(device, parsed, held, now))
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    return Outcome(results, counts)


def sync_state(db: Database, device_id: str) -> tuple[int, list[tuple[str, int]]]:
    pairs = records.delivered(db, device_id)
    return len(pairs), pairs
