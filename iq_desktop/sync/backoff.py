"""Exponential backoff with full jitter (base 2 s, cap 15 min), honouring Retry-After.

Only this and the scheduler measure time, and they use the monotonic clock: a laptop whose wall
clock is years off retries exactly as one whose clock is right.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

BASE = 2.0
CAP = 15 * 60.0


@dataclass
class Backoff:
    base: float = BASE
    cap: float = CAP
    rng: random.Random = field(default_factory=random.Random)
    attempt: int = 0

    def next_delay(self, retry_after: float | None = None) -> float:
        """The wait before the next try; call :meth:`reset` after a success."""
        ceiling = min(self.cap, self.base * (2 ** min(self.attempt, 32)))
        self.attempt += 1
        delay = self.rng.uniform(0, ceiling)
        if retry_after is not None:
            delay = max(delay, min(retry_after, CAP))  # the server knows best, up to 15 min
        return delay

    def reset(self) -> None:
        self.attempt = 0


def wait(seconds: float, cancel: Callable[[], bool] | None = None, stop: threading.Event | None = None) -> bool:
    """Sleep ``seconds`` (monotonic); return False early if cancelled or stopped."""
    end = time.monotonic() + seconds
    while True:
        if (cancel is not None and cancel()) or (stop is not None and stop.is_set()):
            return False
        left = end - time.monotonic()
        if left <= 0:
            return True
        if stop is not None:
            stop.wait(min(left, 0.1))
        else:
            time.sleep(min(left, 0.1))
