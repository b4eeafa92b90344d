"""The outbox repository: de-identified payloads waiting to leave the laptop, frozen with hash and
schema version. The entry type and its states are the domain's (:mod:`iq_desktop.domain.outbox`).

Revisions of one record count up from 1 and are never reused.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from iq_desktop.domain.outbox import OutboxEntry, OutboxState
from iq_desktop.domain.wire import SCHEMA_VERSION, ContributionPayload, RetractionPayload
from iq_desktop.store.codec import utcnow
from iq_desktop.store.repo_base import LARGE_BATCH, bulk_insert, ids_found, use_large_cache
from iq_desktop.store.schema import T

__all__ = ["PENDING", "QUARANTINED", "SENT", "STATES", "SUPERSEDED", "OutboxEntry", "OutboxRepository", "OutboxState"]

PENDING, SENT, QUARANTINED, SUPERSEDED = (
    OutboxState.PENDING,
    OutboxState.SENT,
    OutboxState.QUARANTINED,
    OutboxState.SUPERSEDED,
)
STATES = tuple(OutboxState)


#: Payload models whose Python-mode dump holds only JSON types (str enums, str, int, bool, None, lists,
#: nested dicts): encoding it gives the same text as the JSON-mode dump, ~25% faster (a test checks).
_PLAIN_PAYLOADS = frozenset({ContributionPayload, RetractionPayload})
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical(payload: BaseModel) -> str:
    """The payload's canonical JSON; ``sha256`` of its UTF-8 bytes is :func:`wire.payload_hash`."""
    if type(payload) in _PLAIN_PAYLOADS:
        return _ENCODER.encode(payload.model_dump())
    return _ENCODER.encode(payload.model_dump(mode="json"))


def frozen(payload: BaseModel) -> tuple[str, str]:
    """``(canonical JSON, hash)`` computed with one serialisation."""
    text = canonical(payload)
    return text, hashlib.sha256(text.encode("utf-8")).hexdigest()


def _entry(r: Any) -> OutboxEntry:
    return OutboxEntry(
        r.id, r.record_id, r.record_type, r.revision, r.payload, r.payload_hash, r.schema_version,
        OutboxState(r.state), r.enqueued_at, r.sent_at, r.reason,
    )  # fmt: skip


_O = T.outbox
_LATEST = select(_O).where(_O.c.record_id == bindparam("b_id")).order_by(_O.c.revision.desc()).limit(1)
#: what ``enqueue`` needs of the latest revision (not its payload)
_HEAD = (
    select(_O.c.revision, _O.c.payload_hash, _O.c.state)
    .where(_O.c.record_id == bindparam("b_id"))
    .order_by(_O.c.revision.desc())
    .limit(1)
)
_S = T.counselling_session
_SESSION_STATE = (
    update(_S)
    .where(_S.c.id == bindparam("b_id"), _S.c.sync_state.is_distinct_from(bindparam("b_state")))
    .values(sync_state=bindparam("b_state"))
)
_MAY_HAVE = (
    select(_O.c.id)
    .where(_O.c.record_id == bindparam("b_id"), (_O.c.state == SENT) | _O.c.attempted_at.is_not(None))
    .limit(1)
)
_SUPERSEDE = update(_O).where(_O.c.record_id == bindparam("b_id"), _O.c.state == PENDING).values(state=SUPERSEDED)
_INSERT = insert(_O)
#: columns of a bulk insert of new records' first revisions (:meth:`OutboxRepository.add_new`)
_NEW_COLUMNS = (
    "record_id",
    "record_type",
    "revision",
    "payload",
    "payload_hash",
    "schema_version",
    "state",
    "enqueued_at",
)
#: Per-batch statements of the sync client, run through the driver's ``executemany`` with the
#: timestamp converted once (SQLAlchemy's per-row parameter processing was ~30% of their cost).
#: Parameters: ``(at, record_id, revision)``; ``_ACK``: ``(record_id, revision, at)``.
_MARK_ATTEMPTED = "UPDATE outbox SET attempted_at = ? WHERE record_id = ? AND revision = ? AND attempted_at IS NULL"
_MARK_SENT = f"UPDATE outbox SET state = '{SENT}', sent_at = ? WHERE record_id = ? AND revision = ?"  # noqa: S608
#: Acknowledged history: the payload bodies of a record's revisions below one the server acknowledged
#: (sent or superseded) are emptied; id, revision, hash and state stay (what sync needs).
_PURGE_BELOW = (
    f"UPDATE outbox SET payload = '' WHERE record_id = ? AND revision < ? "  # noqa: S608
    f"AND state IN ('{SENT}', '{SUPERSEDED}') AND payload != ''"
)
_PURGE_ALL = (
    "UPDATE outbox SET payload = '' WHERE payload != '' AND state IN (?, ?) AND EXISTS ("
    "SELECT 1 FROM sync_ack a WHERE a.record_id = outbox.record_id AND a.acked_revision > outbox.revision)"
)
_ACK = (
    "INSERT INTO sync_ack (record_id, acked_revision, acked_at) VALUES (?, ?, ?) "
    "ON CONFLICT (record_id) DO UPDATE SET acked_revision = max(sync_ack.acked_revision, excluded.acked_revision), "
    "acked_at = excluded.acked_at"
)


#: From this many rows on, :meth:`OutboxRepository.add_new` makes the trigger that copies an inserted
#: revision's state to its session skip its rows (one session lookup per row: ~60% of a bulk outbox
#: insert) and sets the sessions' state in one statement instead.
BULK_WITHOUT_TRIGGER = LARGE_BATCH
#: The bulk flag (migration v4): while ``outbox_bulk.active`` is 1 the insert trigger skips its rows.
#: Set and cleared inside one transaction; committing with it set fails (a deferred reference check).
_BULK_ON = "UPDATE outbox_bulk SET active = 1 WHERE id = 0"
_BULK_OFF = "UPDATE outbox_bulk SET active = NULL WHERE id = 0"
_MAX_ID = "SELECT coalesce(max(id), 0) FROM outbox"
#: What the skipped trigger would have done for the rows inserted after ``id > ?``: their sessions
#: have no earlier outbox history (``add_new`` takes only such records), so their state is NULL
#: (never queued; the triggers' invariant) unless this transaction inserted them with a state
#: (``insert_many(..., sync_state=PENDING)``, the bulk path, which queues them right after).
_NEW_SESSIONS_PENDING = (
    "UPDATE counselling_session SET sync_state = ? WHERE sync_state IS NULL AND EXISTS "
    "(SELECT 1 FROM outbox o WHERE o.record_id = counselling_session.id AND o.id > ?)"
)


def _timestamp(conn: Connection, at: datetime) -> Any:
    """``at`` as the driver value the timestamp columns store (their own bind processor)."""
    dialect = conn.dialect
    convert = _O.c.sent_at.type.dialect_impl(dialect).bind_processor(dialect)
    return at if convert is None else convert(at)


def _or_fail(insert_sql: str) -> str:
    """``INSERT OR FAIL``: with any trigger on the table, a plain INSERT (conflicts ABORT) opens a
    statement savepoint for every row in case the trigger's writes must be undone; the skipped trigger
    writes nothing, and a one-row INSERT's conflict (unique revision, NOT NULL) is found before it
    changes anything, so FAIL undoes the same (nothing) and the row's savepoint is not needed (measured:
    a quarter to a third of the bulk outbox insert). The error still reaches the unit of work, which
    rolls back."""
    head = "INSERT INTO "
    if not insert_sql.startswith(head):
        raise ValueError("not an INSERT statement")
    return "INSERT OR FAIL INTO " + insert_sql[len(head) :]


def _insert_without_state_trigger(conn: Connection, insert: Callable[[], object]) -> None:
    """Run ``insert`` (new records' first revisions, pending) with the session-state insert trigger
    switched off by the bulk flag, then do its work for all the new rows in one statement and switch
    it on again: all inside the caller's transaction, so other connections never see the flag set.
    Also when ``insert`` fails: the rows before the failing one are still in the transaction (which
    the unit of work rolls back anyway, and a rollback clears the flag too)."""
    before = conn.exec_driver_sql(_MAX_ID).scalar_one()
    conn.exec_driver_sql(_BULK_ON)
    try:
        insert()
    except BaseException:
        for statement, params in ((_NEW_SESSIONS_PENDING, (PENDING, before)), (_BULK_OFF, ())):
            with contextlib.suppress(Exception):  # the original error is what matters
                conn.exec_driver_sql(statement, params)
        raise
    conn.exec_driver_sql(_NEW_SESSIONS_PENDING, (PENDING, before))
    conn.exec_driver_sql(_BULK_OFF)


class OutboxRepository:
    def __init__(self, conn: Connection) -> None:
        self._c = conn

    # --- queueing (called by the record services, in the record's own transaction) -----------------

    def latest(self, record_id: str) -> OutboxEntry | None:
        row = self._c.execute(_LATEST, {"b_id": record_id}).first()
        return _entry(row) if row else None

    def enqueue(self, record_id: str, record_type: str, payload: BaseModel) -> OutboxEntry | None:
        """Queue ``payload`` as the record's next revision; older unsent revisions are superseded.
        Returns None (queues nothing) if the latest revision already carries exactly this payload."""
        text, digest = frozen(payload)
        last = self._c.execute(_HEAD, {"b_id": record_id}).first()
        if last is not None and last.payload_hash == digest and last.state != SUPERSEDED:
            if record_type == "session":  # e.g. a purged session imported again: show its real state
                self._c.execute(_SESSION_STATE, {"b_id": record_id, "b_state": last.state})
            return None
        if last is not None and last.state == PENDING:
            self._c.execute(_SUPERSEDE, {"b_id": record_id})
        values: dict[str, Any] = {
            "record_id": record_id,
            "record_type": str(record_type),
            "revision": (last.revision if last else 0) + 1,
            "payload": text,
            "payload_hash": digest,
            "schema_version": SCHEMA_VERSION,
            "state": PENDING,
            "enqueued_at": utcnow(),
        }
        new_id = self._c.execute(_INSERT, values).inserted_primary_key
        assert new_id is not None
        return OutboxEntry(
            int(new_id[0]), record_id, str(record_type), int(values["revision"]), str(values["payload"]), digest,
            SCHEMA_VERSION, PENDING, values["enqueued_at"], None, None,
        )  # fmt: skip

    def add_new(self, rows: list[tuple[str, str, BaseModel]]) -> None:
        """Bulk path for records that have never been queued: revision 1 of each, pending.
        ``rows`` are ``(record_id, record_type, payload)``; any that was queued before (a deleted
        record imported again) takes the :meth:`enqueue` path."""
        if not rows:
            return
        seen = self.with_history([r[0] for r in rows])
        if seen:
            for record_id, record_type, payload in rows:
                if record_id in seen:
                    self.enqueue(record_id, record_type, payload)
            rows = [r for r in rows if r[0] not in seen]
            if not rows:
                return
        if len(rows) >= LARGE_BATCH:
            use_large_cache(self._c)
        statement = bulk_insert(self._c, "outbox", _NEW_COLUMNS)
        fixed = statement.row((None, None, 1, None, None, SCHEMA_VERSION, PENDING, utcnow()))[5:]
        values = []
        for record_id, record_type, payload in rows:
            text, digest = frozen(payload)
            values.append((record_id, str(record_type), 1, text, digest, *fixed))
        if len(values) < BULK_WITHOUT_TRIGGER:
            statement.run(self._c, values)
            return
        sql = _or_fail(statement.sql)
        _insert_without_state_trigger(self._c, lambda: self._c.exec_driver_sql(sql, values))

    def with_history(self, record_ids: Sequence[str]) -> set[str]:
        """Which of ``record_ids`` have outbox entries already (e.g. a deleted record imported again:
        its next revision continues their numbering)."""
        return ids_found(self._c, T.outbox.c.record_id, record_ids)

    def ever_sent(self, record_id: str) -> bool:
        """Whether the server may hold a revision of the record: one was acknowledged, or one was
        POSTed (:meth:`mark_attempted`) and its answer may have been lost. Deleting such a record
        must queue a retraction, not just drop its entries."""
        if self._c.execute(_MAY_HAVE, {"b_id": record_id}).first() is not None:
            return True
        a = T.sync_ack
        return self._c.execute(select(a.c.record_id).where(a.c.record_id == record_id)).first() is not None

    def drop_unsent(self, record_id: str) -> int:
        """Remove entries that never reached the server (pending, quarantined, superseded); only
        for a record that was never sent nor attempted (:meth:`ever_sent` is False)."""
        o = T.outbox
        return self._c.execute(delete(o).where(o.c.record_id == record_id, o.c.state != SENT)).rowcount

    # --- sending (called by the sync client) -----------------------------------------------------

    def pending(self, limit: int = 200, *, after_id: int = 0) -> list[OutboxEntry]:
        o = T.outbox
        query = select(o).where(o.c.state == PENDING, o.c.id > after_id).order_by(o.c.id).limit(limit)
        return [_entry(r) for r in self._c.execute(query)]

    def mark_attempted(self, attempted: Sequence[tuple[str, int]], *, at: datetime | None = None) -> None:
        """The sync client is about to POST these ``(record_id, revision)``: from now on the server
        may hold them even if no answer arrives, so :meth:`ever_sent` is true for their records.
        Call (and commit) before the request. Repeated calls keep the first time."""
        if attempted:
            now = _timestamp(self._c, at or utcnow())
            self._c.exec_driver_sql(_MARK_ATTEMPTED, [(now, rid, rev) for rid, rev in attempted])

    def mark_sent(self, record_id: str, revision: int, *, at: datetime | None = None) -> None:
        """The server stored (or already had) this revision."""
        self.mark_sent_many([(record_id, revision)], at=at)

    def mark_sent_many(self, acked: Sequence[tuple[str, int]], *, at: datetime | None = None) -> None:
        """Acknowledgements of one batch (``executemany``). If a record was deleted on the laptop
        while its first revision was on the way (its unsent entries were dropped), the server now
        holds it after all: a retraction is queued so it leaves the figures again."""
        if not acked:
            return
        now = _timestamp(self._c, at or utcnow())
        updated = self._c.exec_driver_sql(_MARK_SENT, [(now, rid, rev) for rid, rev in acked]).rowcount
        self._c.exec_driver_sql(_ACK, [(rid, rev, now) for rid, rev in acked])
        self._c.exec_driver_sql(_PURGE_BELOW, [(rid, rev) for rid, rev in acked])
        if updated != len(acked):
            for rid, rev in acked:
                if self.latest(rid) is None:
                    self._queue_orphan_retraction(rid, rev)

    def purge_acknowledged(self) -> int:
        """Empty the payload bodies of every revision below an acknowledged one (sent or superseded):
        after an erasure no earlier figure that counted the person stays on the laptop. The latest
        acknowledged revision keeps its body (the next contribution is computed against it). Returns
        the number of bodies emptied. :meth:`mark_sent_many` does the same for each acknowledgement."""
        return int(self._c.exec_driver_sql(_PURGE_ALL, (str(SENT), str(SUPERSEDED))).rowcount)

    def _queue_orphan_retraction(self, record_id: str, acked_revision: int) -> None:
        text, digest = frozen(RetractionPayload())
        values = {
            "record_id": record_id, "record_type": "unknown", "revision": acked_revision + 1, "payload": text,
            "payload_hash": digest, "schema_version": SCHEMA_VERSION, "state": PENDING, "enqueued_at": utcnow(),
        }  # fmt: skip
        self._c.execute(_INSERT, values)

    def continue_above(self, record_id: str, revision: int, payload_hash: str, kind: str) -> bool:
        """Reconcile one item with what the server holds of it (its current ``revision``, ``payload_hash``
        and ``kind``: contribution, retraction or purged), e.g. after an older backup was restored: the
        server must end up holding this laptop's latest revision, so it is queued again ABOVE the
        server's revision (a lower one would be answered "superseded" and change nothing); an item this
        laptop does not know is retracted. Returns whether something was queued."""
        if kind == "purged":  # the server's retention ended it: nothing to send
            return False
        last = self.latest(record_id)
        retraction_text, retraction_hash = frozen(RetractionPayload())
        if last is None:
            if kind == "retraction" and payload_hash == retraction_hash:  # already out of every figure
                self._add(record_id, "contribution", revision, retraction_text, retraction_hash, SENT)
                self.mark_sent(record_id, revision)
                return False
            self._add(record_id, "contribution", revision + 1, retraction_text, retraction_hash, PENDING)
            return True
        if last.revision == revision and last.payload_hash == payload_hash:
            if last.state == QUARANTINED:
                return bool(self.requeue([record_id]))
            return False
        if last.revision > revision:
            return last.state != PENDING and bool(self.requeue([record_id]))
        if last.state == PENDING:
            self._c.execute(_SUPERSEDE, {"b_id": record_id})
        self._add(record_id, last.record_type, revision + 1, last.payload, last.payload_hash, PENDING)
        return True

    def _add(self, record_id: str, record_type: str, revision: int, text: str, digest: str, state: str) -> None:
        values = {
            "record_id": record_id, "record_type": record_type, "revision": revision, "payload": text,
            "payload_hash": digest, "schema_version": SCHEMA_VERSION, "state": state, "enqueued_at": utcnow(),
        }  # fmt: skip
        self._c.execute(_INSERT, values)

    def mark_quarantined(self, record_id: str, revision: int, reason: str) -> None:
        o = T.outbox
        self._c.execute(
            update(o)
            .where(o.c.record_id == record_id, o.c.revision == revision)
            .values(state=QUARANTINED, reason=reason[:500])
        )

    def mark_superseded(self, record_id: str, revision: int) -> None:
        o = T.outbox
        self._c.execute(update(o).where(o.c.record_id == record_id, o.c.revision == revision).values(state=SUPERSEDED))

    def requeue(self, record_ids: Iterable[str]) -> int:
        """Reconciliation: the server lacks these records; send their latest revision again."""
        o = T.outbox
        count = 0
        for record_id in record_ids:
            last = self.latest(record_id)
            if last is not None and last.state != PENDING:
                self._c.execute(update(o).where(o.c.id == last.id).values(state=PENDING, sent_at=None, reason=None))
                count += 1
        return count

    # --- views -------------------------------------------------------------------------------

    def acked(self) -> list[tuple[str, int]]:
        a = T.sync_ack
        return [(r.record_id, r.acked_revision) for r in self._c.execute(select(a.c.record_id, a.c.acked_revision))]

    def counts(self) -> dict[str, int]:
        o = T.outbox
        out: dict[str, int] = dict.fromkeys(STATES, 0)
        for state, n in self._c.execute(select(o.c.state, func.count()).group_by(o.c.state)):
            out[state] = int(n)
        return out

    def entries(self, record_id: str) -> list[OutboxEntry]:
        o = T.outbox
        return [_entry(r) for r in self._c.execute(select(o).where(o.c.record_id == record_id).order_by(o.c.revision))]

    def in_state(self, state: OutboxState, *, limit: int | None = None) -> list[OutboxEntry]:
        o = T.outbox
        return [_entry(r) for r in self._c.execute(select(o).where(o.c.state == state).order_by(o.c.id).limit(limit))]

    def current(self) -> list[OutboxEntry]:
        """The latest revision of every record (what the figures are made of)."""
        o = T.outbox
        latest = select(o.c.record_id, func.max(o.c.revision).label("rev")).group_by(o.c.record_id).subquery()
        query = select(o).join(latest, (o.c.record_id == latest.c.record_id) & (o.c.revision == latest.c.rev))
        return [_entry(r) for r in self._c.execute(query.order_by(o.c.id))]
