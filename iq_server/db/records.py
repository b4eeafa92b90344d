"""Queries on the delivered items (contributions, retractions, purged receipts) and their cells: store
a batch (locking, inserting, updating, replacing cells), the sync state of a device, and the retention
purge.

:func:`write_batch` runs one transaction per attempt: it reads (and on PostgreSQL locks, in id order)
the items already held for the batch's ids, lets the caller decide what to write, and writes it. A
new revision replaces the item's cells (delete and insert in the same transaction). A lost insert
race, a deadlock, a serialisation failure or a unique violation on PostgreSQL re-runs the whole
attempt (up to ``MAX_ATTEMPTS``); the batches of one site take turns (an advisory lock), so they never
race each other. A conflict that persists is :class:`~iq_server.errors.Unavailable` (503), never a 500.
"""

from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import Connection, bindparam, delete, func, or_, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError

from iq_server.db.engine import Database, begin_write, translated, utcnow
from iq_server.db.models import CODE, DEVICE, ITEM, ITEM_CELL
from iq_server.errors import DatabaseError, Unavailable

#: One value of an item row: an id, a code, a number or a day (never free text, never a time).
ColumnValue = str | int | date | None
#: An item row: column name -> value, every column of the item table.
ItemRow = dict[str, ColumnValue]
#: A cell row: column name -> value, every column of the item_cell table.
CellRow = dict[str, ColumnValue]

#: The item table's columns, in table order.
COLUMNS: tuple[str, ...] = tuple(c.name for c in ITEM.columns)
CELL_COLUMNS: tuple[str, ...] = tuple(c.name for c in ITEM_CELL.columns)
MAX_ATTEMPTS = 20
_RETRY_SQLSTATES = ("40P01", "40001", "23505")  # deadlock, serialisation failure, unique violation

T = TypeVar("T")


@dataclass
class Held:
    """The current revision of a record id as held."""

    revision: int
    payload_hash: str
    site_id: str
    device_id: str = ""  # the device that owns it (created it, or got it by a coordinator's transfer)


@dataclass
class Writes:
    """What a batch writes: new items and replacements of held items (record id -> full row), and the
    cells of every written item (record id -> its cells; an item written without cells has none)."""

    inserts: dict[str, ItemRow] = field(default_factory=dict)
    updates: dict[str, ItemRow] = field(default_factory=dict)
    cells: dict[str, list[CellRow]] = field(default_factory=dict)


class _LostRace(Exception):
    pass


def _insert(conn: Connection, rows: list[ItemRow]) -> bool:
    """Insert new items; False if another transaction inserted one of the ids first (PostgreSQL).

    SQLite holds the write lock for the whole batch, so nobody can come first. On PostgreSQL the rows
    are inserted in one multi-row INSERT ... ON CONFLICT DO NOTHING RETURNING: every id must come back
    (a concurrent insert of the same id waits for the other transaction and then returns nothing)."""
    if conn.dialect.name != "postgresql":
        conn.execute(sqlite.insert(ITEM), rows)
        return True
    stmt = postgresql.insert(ITEM).values(rows).on_conflict_do_nothing(index_elements=["record_id"])
    mine = conn.execute(stmt.returning(ITEM.c.record_id)).scalars().all()
    return len(mine) == len(rows)


def _attempt(
    conn: Connection, ids: list[str], device_id: str, plan: Callable[[dict[str, Held], date], tuple[Writes, T]]
) -> T:
    held: dict[str, Held] = {}
    if ids:
        q = (
            select(ITEM.c.record_id, ITEM.c.revision, ITEM.c.payload_hash, ITEM.c.site_id, ITEM.c.device_id)
            .where(ITEM.c.record_id.in_(ids))
            .order_by(ITEM.c.record_id)
        )
        if conn.dialect.name == "postgresql":
            q = q.with_for_update()
        held = {r[0]: Held(r[1], r[2], r[3], r[4]) for r in conn.execute(q)}
    today = utcnow().date()
    writes, answer = plan(held, today)
    if writes.inserts:
        rows = [writes.inserts[k] for k in sorted(writes.inserts)]
        if not _insert(conn, rows):
            raise _LostRace
    if writes.updates:
        stmt = (
            update(ITEM)
            .where(ITEM.c.record_id == bindparam("b_record_id"))
            .values({c: bindparam(c) for c in COLUMNS if c != "record_id"})
        )
        conn.execute(stmt, [{**r, "b_record_id": k} for k, r in sorted(writes.updates.items())])
        conn.execute(delete(ITEM_CELL).where(ITEM_CELL.c.record_id.in_(sorted(writes.updates))))
    cells = [c for k in sorted(writes.cells) for c in writes.cells[k]]
    if cells:
        conn.execute(ITEM_CELL.insert(), cells)
    conn.execute(update(DEVICE).where(DEVICE.c.device_id == device_id).values(last_seen_on=today))
    return answer


def _site_lock(conn: Connection, site_id: str) -> None:
    """PostgreSQL: one batch of a site at a time (a transaction-level advisory lock on the site), so
    the overlapping batches of a site's laptops never race each other; other sites go on in parallel."""
    if conn.dialect.name == "postgresql":
        key = int.from_bytes(hashlib.sha256(f"iq-site:{site_id}".encode()).digest()[:8], "big", signed=True)
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": key})


def _retryable(exc: DatabaseError) -> bool:
    """A conflict with a concurrent transaction (deadlock, serialisation failure, unique violation)."""
    cause = exc.__cause__
    return isinstance(cause, DBAPIError) and getattr(cause.orig, "sqlstate", None) in _RETRY_SQLSTATES


def write_batch(
    db: Database,
    ids: list[str],
    device_id: str,
    plan: Callable[[dict[str, Held], date], tuple[Writes, T]],
    site_id: str | None = None,
) -> T:
    """Store a batch for ``device_id`` (of ``site_id``) in one committed transaction and return
    ``plan``'s answer.

    ``plan(held, today)`` gets the items held for ``ids`` (sorted, locked on PostgreSQL) and the day of
    receipt (UTC); it returns what to write and its answer. It may run more than once (a retry starts
    afresh). A conflict with a concurrent batch is retried (with a short random pause); if it persists,
    :class:`Unavailable` (HTTP 503 with Retry-After), never a server error: nothing was stored."""
    for attempt in range(MAX_ATTEMPTS):
        try:
            with translated(), begin_write(db.engine) as conn:
                if site_id is not None:
                    _site_lock(conn, site_id)
                return _attempt(conn, ids, device_id, plan)
        except _LostRace:
            pass
        except DatabaseError as exc:
            if not _retryable(exc):
                raise
        time.sleep(random.uniform(0.0, 0.02 * (attempt + 1)))  # noqa: S311 (jitter, not a secret)
    raise Unavailable("the database is busy with overlapping deliveries; nothing was stored, try again", 2)


def delivered(db: Database, device_id: str) -> list[tuple[str, int]]:
    """(record id, current revision) of every item whose current revision ``device_id`` delivered."""
    with db.read() as conn:
        return [
            (r[0], r[1])
            for r in conn.execute(select(ITEM.c.record_id, ITEM.c.revision).where(ITEM.c.device_id == device_id))
        ]


def delivered_items(db: Database, device_id: str) -> list[tuple[str, int, str, str]]:
    """(record id, current revision, payload hash, type) of every item whose current revision
    ``device_id`` delivered, by record id."""
    query = (
        select(ITEM.c.record_id, ITEM.c.revision, ITEM.c.payload_hash, ITEM.c.rtype)
        .where(ITEM.c.device_id == device_id)
        .order_by(ITEM.c.record_id)
    )
    with db.read() as conn:
        return [(str(r[0]), int(r[1]), str(r[2]), str(r[3])) for r in conn.execute(query)]


def transfer(db: Database, from_device: str, to_device: str) -> int:
    """Give every item owned by ``from_device`` to ``to_device`` (a coordinator's action); returns how many."""
    with db.write() as conn:
        n = conn.execute(update(ITEM).where(ITEM.c.device_id == from_device).values(device_id=to_device)).rowcount
    return int(n or 0)


@dataclass(frozen=True)
class PurgeView:
    """What a purge before a day would do: items it would purge, current contributions held, and the
    newest day of receipt (None if nothing was ever received)."""

    expiring: int
    contributions: int
    newest_receipt: date | None


def purge_view(db: Database, before: date) -> PurgeView:
    with db.read() as conn:
        expiring = conn.execute(select(func.count()).where(ITEM.c.keep_until < before)).scalar_one()
        held = conn.execute(select(func.count()).where(ITEM.c.keep_until.is_not(None))).scalar_one()
        newest = conn.execute(select(func.max(ITEM.c.received_on))).scalar_one()
    if isinstance(newest, str):  # SQLite without type information for an aggregate
        newest = date.fromisoformat(newest)
    return PurgeView(int(expiring), int(held), newest)


def purge(db: Database, before: date, now: datetime) -> tuple[int, int]:
    """Turn the items kept until before ``before`` into ``purged`` receipts (their cells deleted, their
    period cleared) and delete used or expired enrolment codes; returns (items, codes)."""
    expired = select(ITEM.c.record_id).where(ITEM.c.keep_until < before)
    with db.write() as conn:
        conn.execute(delete(ITEM_CELL).where(ITEM_CELL.c.record_id.in_(expired)))
        n = conn.execute(
            update(ITEM).where(ITEM.c.keep_until < before).values(rtype="purged", period=None, keep_until=None)
        ).rowcount
        codes = conn.execute(delete(CODE).where(or_(CODE.c.used_at.is_not(None), CODE.c.expires_at < now))).rowcount
    return int(n or 0), int(codes or 0)
