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
lost insert race re-runs the batch, which then sees the other writer's rows.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, Engine, bindparam, func, select, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import OperationalError

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
from iq_server.db.engine import begin_write, utcnow
from iq_server.db.models import DEVICE, RECORD
from iq_server.services.enrolment import DeviceAuth

_COLUMNS = [c.name for c in RECORD.columns]
_MAX_RETRIES = 5


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


def flatten(env: RecordEnvelope, canonical_text: str | None = None) -> dict[str, Any]:
    """The report columns of a payload (everything else None); ``canonical_text`` from :func:`canonical`
    saves a second dump."""
    row: dict[str, Any] = dict.fromkeys(_COLUMNS)
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
        row["year"], row["quarter"], row["period_start"], row["keep_until"] = quarter_parts(p.start_quarter)
        if p.end_quarter:
            row["end_year"], row["end_quarter"], row["end_period_start"], end = quarter_parts(p.end_quarter)
            row["keep_until"] = max(row["keep_until"], end)
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


@dataclass
class _Held:
    revision: int
    payload_hash: str
    site_id: str


@dataclass(frozen=True)
class Outcome:
    results: list[RecordResult]
    counts: dict[str, int]


def _insert(conn: Connection, rows: list[dict[str, Any]]) -> bool:
    """Insert new records; False if another transaction inserted one of the ids first (PostgreSQL).

    SQLite holds the write lock for the whole batch, so nobody can come first. On PostgreSQL the
    rows are inserted with ON CONFLICT DO NOTHING and then read back: each must carry this
    batch's revision, content hash, device and receive time (RETURNING with executemany is much
    slower here)."""
    if conn.dialect.name != "postgresql":
        conn.execute(sqlite.insert(RECORD), rows)
        return True
    conn.execute(postgresql.insert(RECORD).on_conflict_do_nothing(index_elements=["record_id"]), rows)
    first = rows[0]
    mine = conn.execute(
        select(func.count()).where(
            RECORD.c.record_id.in_([r["record_id"] for r in rows]),
            RECORD.c.device_id == first["device_id"],
            RECORD.c.received_at == first["received_at"],
            tuple_(RECORD.c.record_id, RECORD.c.revision, RECORD.c.payload_hash).in_(
                [(r["record_id"], r["revision"], r["payload_hash"]) for r in rows]
            ),
        )
    ).scalar_one()
    return int(mine) == len(rows)


class _LostRace(Exception):
    pass


def _run(conn: Connection, device: DeviceAuth, parsed: list[tuple[int, str, int, RecordEnvelope | None, str]]
         ) -> list[RecordResult]:  # fmt: skip
    ids = sorted({rid for _, rid, _, env, _ in parsed if env is not None})
    held: dict[str, _Held] = {}
    if ids:
        q = (
            select(RECORD.c.record_id, RECORD.c.revision, RECORD.c.payload_hash, RECORD.c.site_id)
            .where(RECORD.c.record_id.in_(ids))
            .order_by(RECORD.c.record_id)
        )
        if conn.dialect.name == "postgresql":
            q = q.with_for_update()
        held = {r[0]: _Held(r[1], r[2], r[3]) for r in conn.execute(q)}
    now = utcnow()
    inserts: dict[str, dict[str, Any]] = {}
    updates: dict[str, dict[str, Any]] = {}
    results: list[RecordResult] = []
    for _, rid, rev, env, reason in parsed:
        if env is None:
            results.append(RecordResult(record_id=rid, revision=rev, status="rejected", reason=reason))
            continue
        text, digest = canonical(env)
        cur = held.get(rid)
        retraction = env.payload.type == "retraction"
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
            held[rid] = _Held(rev, digest, device.site_id)
        results.append(RecordResult(record_id=rid, revision=rev, status=status, reason=why))
    if inserts:
        rows = [inserts[k] for k in sorted(inserts)]
        if not _insert(conn, rows):
            raise _LostRace
    if updates:
        stmt = (
            update(RECORD)
            .where(RECORD.c.record_id == bindparam("b_record_id"))
            .values({c: bindparam(c) for c in _COLUMNS if c != "record_id"})
        )
        conn.execute(stmt, [{**r, "b_record_id": k} for k, r in sorted(updates.items())])
    conn.execute(update(DEVICE).where(DEVICE.c.device_id == device.device_id).values(last_seen_at=now))
    return results


def ingest(engine: Engine, device: DeviceAuth, raw_records: list[dict[str, Any]]) -> Outcome:
    parsed: list[tuple[int, str, int, RecordEnvelope | None, str]] = []
    for i, raw in enumerate(raw_records):
        rid, rev = str(raw["record_id"]), int(raw["revision"])
        try:
            env = RecordEnvelope.model_validate(raw)
        except ValidationError as exc:
            parsed.append((i, rid, rev, None, _reason(exc)))
        else:
            parsed.append((i, str(env.record_id), env.revision, env, ""))
    for attempt in range(_MAX_RETRIES):
        try:
            with begin_write(engine) as conn:
                results = _run(conn, device, parsed)
            break
        except _LostRace:
            continue
        except OperationalError as exc:  # deadlock / serialisation failure on PostgreSQL: try again
            if attempt == _MAX_RETRIES - 1 or getattr(exc.orig, "sqlstate", None) not in ("40P01", "40001"):
                raise
    else:
        raise RuntimeError("could not store the batch after several attempts")
    counts: dict[str, int] = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    return Outcome(results, counts)


def sync_state(engine: Engine, device_id: str) -> tuple[int, list[tuple[str, int]]]:
    with engine.connect() as conn:
        pairs = [
            (r[0], r[1])
            for r in conn.execute(select(RECORD.c.record_id, RECORD.c.revision).where(RECORD.c.device_id == device_id))
        ]
    return len(pairs), pairs
