"""Retention: de-identified rows leave the database after a configurable period (default 24 months).

A record is purged when the last quarter it refers to (a training's end quarter if it has one)
ended more than N months ago. Its payload and every report column are deleted; only the receipt
(record id, revision, payload hash, site, device) stays, so a device that re-sends the same revision
gets ``duplicate`` and its sync digest still matches. Used and expired enrolment codes go too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Engine, delete, or_, update

from iq_server.db.engine import begin_write, utcnow
from iq_server.db.models import CODE, RECORD

_CLEARED = [
    "keep_until", "year", "quarter", "period_start", "end_year", "end_quarter", "end_period_start", "kind",
    "first_contact", "has_recognition", "has_job_training", "has_fi", "occupation_group", "training_format",
    "training_type", "training_status", "audience", "event_topic", "event_format", "participants", "payload",
]  # fmt: skip


def cutoff(today: date, months: int) -> date:
    """The day ``months`` months before ``today`` (clamped to the month's last day)."""
    total = today.year * 12 + (today.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return min(today.replace(year=year, month=month, day=1) + timedelta(days=today.day - 1),
               nxt - timedelta(days=1))  # fmt: skip


@dataclass(frozen=True)
class PurgeResult:
    records: int
    codes: int
    before: date


def purge(engine: Engine, months: int, today: date | None = None) -> PurgeResult:
    before = cutoff(today or utcnow().date(), months)
    with begin_write(engine) as conn:
        n = conn.execute(
            update(RECORD).where(RECORD.c.keep_until < before).values({c: None for c in _CLEARED} | {"rtype": "purged"})
        ).rowcount
        codes = conn.execute(
            delete(CODE).where(or_(CODE.c.used_at.is_not(None), CODE.c.expires_at < utcnow()))
        ).rowcount
    return PurgeResult(int(n or 0), int(codes or 0), before)
