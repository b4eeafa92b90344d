"""Retention: contributions leave the database after a configurable period (default 24 months).

An item is purged when the lattice period it contributes to ended more than N months ago (its
``keep_until`` is the period's last day). Its cells are deleted and its period cleared; only the
receipt (record id, revision, payload hash, site, device, day of receipt) stays, so a device that
re-sends the same revision gets ``duplicate`` and its sync digest still matches. Used and expired
enrolment codes go too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from iq_server.db import records
from iq_server.db.engine import Database, utcnow


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
    records: int  # items turned into purged receipts
    codes: int
    before: date


def purge(db: Database, months: int, today: date | None = None) -> PurgeResult:
    before = cutoff(today or utcnow().date(), months)
    n, codes = records.purge(db, before, utcnow())
    return PurgeResult(n, codes, before)
