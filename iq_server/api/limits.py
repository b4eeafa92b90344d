"""The rate limits, kept in the database (``iq_server.db.limits``) so that every server process shares
them: per device a bucket of requests and a bucket of records (items sent: a budget that fits a
laptop's backlog of weeks), and per client address a bucket of failed enrolments (brute force).

Client addresses are kept only as a hash; buckets untouched for a day are deleted.
"""

from __future__ import annotations

import hashlib
import itertools
import time
from collections.abc import Callable

from iq_server.config import Limits
from iq_server.db import limits as buckets
from iq_server.db.engine import Database

#: Every this many requests a process deletes the buckets untouched for a day.
_SWEEP_EVERY = 5_000


class Limiter:
    """The server's limits against one database; ``clock`` gives Unix seconds (injectable for tests)."""

    def __init__(self, db: Database, limits: Limits, clock: Callable[[], float] = time.time) -> None:
        self.db = db
        self.limits = limits
        self.clock = clock
        self._calls = itertools.count(1)

    def request(self, device_id: str) -> int:
        """One request of ``device_id``: 0, or seconds to wait (429)."""
        now = self.clock()
        if next(self._calls) % _SWEEP_EVERY == 0:
            buckets.forget_stale(self.db, now)
        lim = self.limits
        return buckets.take(self.db, f"req:{device_id}", 1, lim.rate_burst, lim.rate_per_minute / 60.0, now)

    def records(self, device_id: str, count: int) -> int:
        """``count`` records sent by ``device_id``: 0, or seconds until they fit the budget (429)."""
        lim = self.limits
        return buckets.take(
            self.db, f"rec:{device_id}", count, lim.records_burst, lim.records_per_minute / 60.0, self.clock()
        )

    def forget_stale(self) -> int:
        """Delete the buckets untouched for a day (full again anyway)."""
        return buckets.forget_stale(self.db, self.clock())

    @staticmethod
    def _address_key(address: str) -> str:
        return "enrol:" + hashlib.sha256(f"iq-server enrol {address}".encode()).hexdigest()[:40]

    def enrol_wait(self, address: str) -> int:
        """Seconds until ``address`` may try to enrol again (0 = now)."""
        n = self.limits.enrol_failures_per_minute
        return buckets.wait_for(self.db, self._address_key(address), 1, n, n / 60.0, self.clock())

    def enrol_failed(self, address: str) -> None:
        n = self.limits.enrol_failures_per_minute
        buckets.take(self.db, self._address_key(address), 1, n, n / 60.0, self.clock(), partial=True)
