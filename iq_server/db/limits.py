"""Token buckets kept in the database, so every server process (``iq-server serve --workers N``, or
several servers behind one proxy) shares the same limits; and the health check's heartbeat write.

A bucket holds up to ``capacity`` tokens and refills at ``per_second``; a row keeps the tokens left
at ``updated_at`` (Unix seconds). Each operation is one short write transaction: serialised on SQLite
(BEGIN IMMEDIATE), the row locked on PostgreSQL (SELECT ... FOR UPDATE), so two processes never
both spend the same tokens. A clock that steps back refills nothing (the time kept never decreases).
"""

from __future__ import annotations

import math

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite

from iq_server.db.engine import Database
from iq_server.db.models import RATE_LIMIT

HEARTBEAT = "heartbeat"
#: Rows untouched for this long are full again (every bucket refills within it) and may go.
STALE_SECONDS = 86_400.0


def _row(conn: Connection, key: str, capacity: float, now: float) -> tuple[float, float]:
    """The bucket's (tokens, updated_at), created full if absent; locked on PostgreSQL."""
    values = {"bucket_key": key, "tokens": capacity, "updated_at": now}
    if conn.dialect.name == "postgresql":
        conn.execute(postgresql.insert(RATE_LIMIT).values(values).on_conflict_do_nothing())
        q = select(RATE_LIMIT.c.tokens, RATE_LIMIT.c.updated_at).where(RATE_LIMIT.c.bucket_key == key)
        row = conn.execute(q.with_for_update()).one()
    else:
        conn.execute(sqlite.insert(RATE_LIMIT).values(values).on_conflict_do_nothing())
        row = conn.execute(
            select(RATE_LIMIT.c.tokens, RATE_LIMIT.c.updated_at).where(RATE_LIMIT.c.bucket_key == key)
        ).one()
    return float(row[0]), float(row[1])


def _refilled(tokens: float, updated: float, capacity: float, per_second: float, now: float) -> float:
    return min(capacity, tokens + max(0.0, now - updated) * per_second)


def take(
    db: Database, key: str, cost: float, capacity: float, per_second: float, now: float, *, partial: bool = False
) -> int:
    """Spend ``cost`` tokens of bucket ``key``: 0 if spent, else the whole seconds until they are there
    (nothing spent). With ``partial`` the tokens there are spent anyway (down to 0) and 0 is returned:
    for counting failures."""
    with db.write() as conn:
        tokens, updated = _row(conn, key, capacity, now)
        tokens = _refilled(tokens, updated, capacity, per_second, now)
        wait = 0
        if tokens >= cost:
            tokens -= cost
        elif partial:
            tokens = 0.0
        else:
            wait = max(1, math.ceil((cost - tokens) / per_second))
        conn.execute(
            update(RATE_LIMIT).where(RATE_LIMIT.c.bucket_key == key).values(tokens=tokens, updated_at=max(now, updated))
        )
    return wait


def wait_for(db: Database, key: str, cost: float, capacity: float, per_second: float, now: float) -> int:
    """Seconds until bucket ``key`` holds ``cost`` tokens (0 = now); spends nothing."""
    with db.read() as conn:
        row = conn.execute(
            select(RATE_LIMIT.c.tokens, RATE_LIMIT.c.updated_at).where(RATE_LIMIT.c.bucket_key == key)
        ).first()
    if row is None:
        return 0
    tokens = _refilled(float(row[0]), float(row[1]), capacity, per_second, now)
    return 0 if tokens >= cost else max(1, math.ceil((cost - tokens) / per_second))


def forget_stale(db: Database, now: float) -> int:
    """Delete buckets untouched for a day (they are full again); returns how many."""
    with db.write() as conn:
        n = conn.execute(
            delete(RATE_LIMIT).where(
                RATE_LIMIT.c.updated_at < now - STALE_SECONDS, RATE_LIMIT.c.bucket_key != HEARTBEAT
            )
        ).rowcount
    return int(n or 0)


def heartbeat(db: Database, now: float) -> None:
    """Write (and commit) the heartbeat row: raises :class:`~iq_server.errors.DatabaseError` when the
    database cannot write (read only, disk full, permission taken away)."""
    with db.write() as conn:
        _row(conn, HEARTBEAT, 0.0, now)
        conn.execute(update(RATE_LIMIT).where(RATE_LIMIT.c.bucket_key == HEARTBEAT).values(updated_at=now))
