"""In-process rate limits: a token bucket per device and a failure window per client address.

They live in the server process; run one server process per database (the default) or put the
limits in the reverse proxy as well.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque


class TokenBucket:
    """``burst`` requests at once, refilled at ``per_minute``; ``take`` returns seconds to wait (0 = go)."""

    def __init__(self, per_minute: int, burst: int) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self._state: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> int:
        now = time.monotonic()
        with self._lock:
            tokens, last = self._state.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._state[key] = (tokens - 1.0, now)
                return 0
            self._state[key] = (tokens, now)
            if len(self._state) > 100_000:
                self._state.clear()
            return max(1, math.ceil((1.0 - tokens) / self.rate))


class FailureWindow:
    """At most ``limit`` failures per key within ``window`` seconds; then refuse until they age out."""

    def __init__(self, limit: int, window: float = 60.0) -> None:
        self.limit = limit
        self.window = window
        self._fails: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _prune(self, key: str, now: float) -> deque[float]:
        q = self._fails.setdefault(key, deque())
        while q and q[0] <= now - self.window:
            q.popleft()
        return q

    def retry_after(self, key: str) -> int:
        """Seconds until the key may try again (0 = now)."""
        now = time.monotonic()
        with self._lock:
            q = self._prune(key, now)
            if len(q) < self.limit:
                return 0
            return max(1, math.ceil(q[0] + self.window - now))

    def fail(self, key: str) -> None:
        now = time.monotonic()
        with self._lock:
            self._prune(key, now).append(now)
            if len(self._fails) > 100_000:
                self._fails.clear()
