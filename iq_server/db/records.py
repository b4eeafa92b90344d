"""Queries on the record table: store a batch (locking, inserting, updating), the sync state of a
device, and the retention purge.

:func:`write_batch` runs one transaction per attempt: it reads (and on PostgreSQL locks, in id order)
the rows already held for the batch's ids, lets the caller decide what to write, and writes it. A
lost insert race or a deadlock on PostgreSQL re-runs the whole attempt (up to ``MAX_ATTEMPTS``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import Connection, bindparam, delete, func, or_, select, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import OperationalError

from iq_server.db.engine import Database, begin_write, translated, utcnow
from iq_server.db.models import CODE, DEVICE, RECORD
from iq_server.errors import DatabaseError

#: One value of a record row: a code, a flag, a number, a date or a time (never free text).
ColumnValue = str | int | date | datetime | None
#: A record row: column name -> value, every column of the record table.
RecordRow = dict[str, ColumnValue]

#: The record table's columns, in table order.
COLUMNS: tuple[str, ...] = tuple(c.name for c in RECORD.columns)
#: The columns a purge clears: the payload and every report column (the receipt stays).
CLEARED: tuple[str, ...] = (
    "keep_until", "year", "quarter", "period_start", "end_year", "end_quarter", "end_period_start", "kind",
    "first_contact", "has_recognition", "has_job_training", "has_fi", "occupation_group", "training_format",
    "training_type", "training_status", "audience", "event_topic", "event_format", "participants", "payload",
)  # fmt: skip
MAX_ATTEMPTS = 5
_RETRY_SQLSTATES = ("40P01", "40001")  # deadlock, serialisation failure

T = TypeVar("T")


@dataclass
class Held:
    """The current revision of a record id as held."""

    revision: int
    payload_hash: str
    site_id: str


@dataclass
class Writes:
    """What a batch writes: new rows and replacements of held rows (record id -> full row)."""

    inserts: dict[str, RecordRow] = field(default_factory=dict)
    updates: dict[str, RecordRow] = field(default_factory=dict)


class _LostRace(Exception):
    pass


def _insert(conn: Connection, rows: list[RecordRow]) -> bool:
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


def _attempt(
    conn: Connection, ids: list[str], device_id: str, plan: Callable[[dict[str, Held], datetime], tuple[Writes, T]]
) -> T:
    held: dict[str, Held] = {}
    if ids:
        q = (
            select(RECORD.c.record_id, RECORD.c.revision, RECORD.c.payload_hash, RECORD.c.site_id)
            .where(RECORD.c.record_id.in_(ids))
            .order_by(RECORD.c.record_id)
        )
        if conn.dialect.name == "postgresql":
            q = q.with_for_update()
        held = {r[0]: Held(r[1], r[2], r[3]) for r in conn.execute(q)}
    now = utcnow()
    writes, answer = plan(held, now)
    if writes.inserts:
        rows = [writes.inserts[k] for k in sorted(writes.inserts)]
        if not _insert(conn, rows):
            raise _LostRace
    if writes.updates:
        stmt = (
            update(RECORD)
            .where(RECORD.c.record_id == bindparam("b_record_id"))
            .values({c: bindparam(c) for c in COLUMNS if c != "record_id"})
        )
        conn.execute(stmt, [{**r, "b_record_id": k} for k, r in sorted(writes.updates.items())])
    conn.execute(update(DEVICE).where(DEVICE.c.device_id == device_id).values(last_seen_at=now))
    return answer


def write_batch(
    db: Database, ids: list[str], device_id: str, plan: Callable[[dict[str, Held], datetime], tuple[Writes, T]]
) -> T:
    """Store a batch for ``device_id`` in one committed transaction and return ``plan``'s answer.

    ``plan(held, now)`` gets the rows held for ``ids`` (sorted, locked on PostgreSQL) and the receive
    time; it returns what to write and its answer. It may run more than once (a retry starts afresh)."""
    for attempt in range(MAX_ATTEMPTS):
        try:
            with translated(), begin_write(db.engine) as conn:
                return _attempt(conn, ids, device_id, plan)
        except _LostRace:
            continue
        except DatabaseError as exc:  # deadlock / serialisation failure on PostgreSQL: try again
            cause = exc.__cause__
            retry = isinstance(cause, OperationalError) and getattr(cause.orig, "sqlstate", None) in _RETRY_SQLSTATES
            if attempt == MAX_ATTEMPTS - 1 or not retry:
                raise
    raise DatabaseError("could not store the batch after several attempts")


def delivered(db: Database, device_id: str) -> list[tuple[str, int]]:
    """(record id, current revision) of every record whose current revision ``device_id`` delivered."""
    with db.read() as conn:
        return [
            (r[0], r[1])
            for r in conn.execute(select(RECORD.c.record_id, RECORD.c.revision).where(RECORD.c.device_id == device_id))
        ]


def purge(db: Database, before: date, now: datetime) -> tuple[int, int]:
    """Clear the records kept until before ``before`` (they become ``purged`` receipts) and delete used
    or expired enrolment codes; returns (records, codes)."""
    cleared: Mapping[str, ColumnValue] = dict.fromkeys(CLEARED) | {"rtype": "purged"}
    with db.write() as conn:
        n = conn.execute(update(RECORD).where(RECORD.c.keep_until < before).values(cleared)).rowcount
        codes = conn.execute(delete(CODE).where(or_(CODE.c.used_at.is_not(None), CODE.c.expires_at < now))).rowcount
    return int(n or 0), int(codes or 0)
