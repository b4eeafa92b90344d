"""Retention: contributions leave the database after a configurable period (default 24 months).

An item is purged when the lattice period it contributes to ended more than N months ago (its
``keep_until`` is the period's last day). Its cells are deleted and its period cleared; only the
receipt (record id, revision, payload hash, site, device, day of receipt) stays, so a device that
re-sends the same revision gets ``duplicate`` and its sync digest still matches. Used and expired
enrolment codes go too.

A clock that jumped must not purge: the day counted from is never later than the newest day of
receipt plus a month (:func:`plausible_today`), and a purge of more than a quarter of the contributions
held at once is refused unless confirmed (``iq-server purge --confirm``), naming the count and the day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from iq_server.db import records
from iq_server.db.engine import Database, utcnow
from iq_server.errors import Refused


def cutoff(today: date, months: int) -> date:
    """The day ``months`` months before ``today`` (clamped to the month's last day)."""
    total = today.year * 12 + (today.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return min(today.replace(year=year, month=month, day=1) + timedelta(days=today.day - 1),
               nxt - timedelta(days=1))  # fmt: skip


#: A delivery is at most this old when the server is in use; "today" is never later than the newest
#: day of receipt plus this margin (a clock that jumped ahead is not trusted).
MARGIN = timedelta(days=31)
#: A purge that removes more than this share of the contributions held needs ``confirm``. A monthly
#: run removes a few per cent; a January run with the default 24 months up to about a fifth (the year,
#: second half-year and fourth quarter of a year end together).
MAX_SHARE = 0.25


@dataclass(frozen=True)
class PurgeResult:
    records: int  # items turned into purged receipts
    codes: int
    before: date
    today: date  # the day taken as today (see plausible_today)
    note: str | None = None  # why it is not the clock's day


def plausible_today(clock_today: date, newest_receipt: date | None) -> tuple[date, str | None]:
    """The day a purge counts from: the clock's, but never later than the newest day of receipt plus
    :data:`MARGIN` (a clock years ahead would otherwise purge everything); and why, if it differs."""
    if newest_receipt is None or clock_today <= newest_receipt + MARGIN:
        return clock_today, None
    used = newest_receipt + MARGIN
    return used, (
        f"the clock says {clock_today}, but the newest delivery arrived on {newest_receipt}; "
        f"counting from {used} (check the server's clock)"
    )


def purge(db: Database, months: int, today: date | None = None, *, confirm: bool = False) -> PurgeResult:
    """Apply the retention period. Refuses (:class:`Refused`, nothing purged) to purge more than
    :data:`MAX_SHARE` of the contributions held unless ``confirm``: the count is named, and the day."""
    clock_today = today or utcnow().date()
    view = records.purge_view(db, cutoff(clock_today, months))
    used, note = plausible_today(clock_today, view.newest_receipt)
    before = cutoff(used, months)
    if used != clock_today:
        view = records.purge_view(db, before)
    share = view.expiring / view.contributions if view.contributions else 0.0
    if share > MAX_SHARE and not confirm:
        why = f"; {note}" if note else ""
        raise Refused(
            f"purge would remove {view.expiring} of {view.contributions} contributions ({share:.0%}), more than "
            f"{MAX_SHARE:.0%} at once: periods ended before {before} (today taken as {used}{why}). If the clock "
            "and the retention period are right, run again with --confirm"
        )
    n, codes = records.purge(db, before, utcnow())
    return PurgeResult(n, codes, before, used, note)
