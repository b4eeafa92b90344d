"""The health check: the database answers *and can write*.

A database that can still be read but not written (disk full, read only, write permission taken
away) makes every delivery fail, so "ok" requires a committed write: the heartbeat row is updated.
The outcome is kept for ``every`` seconds, so probes (unauthenticated) cause at most one small write
per interval and process.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from iq_server.db import limits
from iq_server.db.engine import Database
from iq_server.errors import DatabaseError, Unavailable

CANNOT_WRITE = "the database cannot write (disk full, read only or no permission); see the server log"


class HealthProbe:
    def __init__(self, db: Database, every: float = 2.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.db = db
        self.every = every
        self.clock = clock
        self._lock = threading.Lock()
        self._last: tuple[float, bool] | None = None

    def check(self) -> None:
        """Return if the database wrote its heartbeat (now or within ``every`` seconds), else raise
        :class:`Unavailable` (HTTP 503)."""
        with self._lock:
            now = self.clock()
            if self._last is None or now - self._last[0] >= self.every:
                try:
                    limits.heartbeat(self.db, time.time())
                    ok = True
                except DatabaseError:
                    ok = False
                self._last = (now, ok)
            if not self._last[1]:
                raise Unavailable(CANNOT_WRITE, retry_after=30)
