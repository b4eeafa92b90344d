"""Argon2id key derivation and its calibration."""

from __future__ import annotations

import math
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from .errors import CryptoError

__all__ = [
    "MAX_KDF_ITERATIONS",
    "MAX_KDF_LANES",
    "MAX_KDF_MEMORY_KIB",
    "MIN_KDF",
    "TEST_KDF",
    "KdfParams",
    "calibrate_kdf",
    "derive_key",
    "normalise_passphrase",
]

KEY_LEN = 32

#: Sanity limits for parameters read from a (possibly tampered) key file, so that a crafted file
#: cannot make the app allocate absurd amounts of memory or spin for hours.
MAX_KDF_MEMORY_KIB = 4 * 1024 * 1024  # 4 GiB
MAX_KDF_ITERATIONS = 64
MAX_KDF_LANES = 64

#: Calibration never goes beyond this much memory (laptops of the advice sites are small);
#: beyond it, iterations are raised instead.
CALIBRATION_MAX_MEMORY_KIB = 256 * 1024
CALIBRATION_MAX_ITERATIONS = 32
CALIBRATION_BUDGET_S = 4.0
#: Timings per candidate (the fastest counts); the cheap floor is timed once more.
CALIBRATION_REPEATS = 2


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters (memory in KiB, passes, parallelism)."""

    memory_kib: int
    iterations: int
    lanes: int

    def __post_init__(self) -> None:
        for name in ("memory_kib", "iterations", "lanes"):
            value = getattr(self, name)
            if type(value) is not int:
                raise CryptoError(f"Argon2id parameter {name} must be an integer.")
        if not 1 <= self.lanes <= MAX_KDF_LANES:
            raise CryptoError(f"Argon2id lanes must be between 1 and {MAX_KDF_LANES}.")
        if not 1 <= self.iterations <= MAX_KDF_ITERATIONS:
            raise CryptoError(f"Argon2id iterations must be between 1 and {MAX_KDF_ITERATIONS}.")
        if not 8 * self.lanes <= self.memory_kib <= MAX_KDF_MEMORY_KIB:
            raise CryptoError(f"Argon2id memory must be between 8 KiB per lane and {MAX_KDF_MEMORY_KIB} KiB.")

    def at_least_min(self) -> bool:
        """True if every parameter is at or above the production floor :data:`MIN_KDF`."""
        return (
            self.memory_kib >= MIN_KDF.memory_kib
            and self.iterations >= MIN_KDF.iterations
            and self.lanes >= MIN_KDF.lanes
        )


#: Production floor: 64 MiB, 3 passes, 4 lanes (OWASP / RFC 9106 "second recommended" level).
MIN_KDF = KdfParams(memory_kib=65536, iterations=3, lanes=4)

#: !!! FOR TESTS ONLY !!!  The smallest parameters Argon2id accepts.  A key file made with these
#: falls to a brute-force attack in no time.  Never use outside the test suite.
TEST_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC-normalise (so the same passphrase typed on different keyboards/OSes matches) and encode."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id(passphrase, salt, params) -> 32 bytes.  The passphrase is NFC-normalised first."""
    if len(salt) < 8:
        raise CryptoError("The salt must be at least 8 bytes long.")
    kdf = Argon2id(
        salt=salt,
        length=KEY_LEN,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalise_passphrase(passphrase))


def _time_derivation(params: KdfParams) -> float:
    start = time.perf_counter()
    derive_key("calibration passphrase", b"\x00" * 16, params)
    return time.perf_counter() - start


def _params_for_work(work: float) -> KdfParams:
    """Map a work figure (memory_kib * iterations) onto parameters: memory first, then iterations."""
    lanes = MIN_KDF.lanes
    iterations = MIN_KDF.iterations
    memory = int(work / iterations) // 1024 * 1024  # whole MiB
    if memory > CALIBRATION_MAX_MEMORY_KIB:
        memory = CALIBRATION_MAX_MEMORY_KIB
        iterations = min(CALIBRATION_MAX_ITERATIONS, max(MIN_KDF.iterations, math.floor(work / memory)))
    memory = max(MIN_KDF.memory_kib, memory)
    return KdfParams(memory_kib=memory, iterations=iterations, lanes=lanes)


def _measure(params: KdfParams, timer: Callable[[KdfParams], float], repeats: int, deadline: float) -> float:
    """The fastest of up to ``repeats`` timings (noise from other processes only ever adds time);
    stops repeating once the next timing would overrun ``deadline``."""
    best = timer(params)
    for _ in range(repeats - 1):
        if time.monotonic() + best > deadline:
            break
        best = min(best, timer(params))
    return best


def calibrate_kdf(
    target: tuple[float, float] = (0.5, 1.0),
    *,
    _timer: Callable[[KdfParams], float] = _time_derivation,
) -> KdfParams:
    """Find Argon2id parameters for which one derivation takes ``target`` seconds on this machine.

    Starts at :data:`MIN_KDF` and raises memory (up to 256 MiB), then iterations.  Never returns
    anything below :data:`MIN_KDF` (on a slow machine, MIN_KDF is returned even if it is slower than
    the target).  One warm-up derivation first (allocator, caches, CPU clock), then each candidate is
    timed :data:`CALIBRATION_REPEATS` times and the fastest counts, so a busy moment does not make
    the calibration settle for the floor.  The calibration itself takes at most about 4-5 seconds.
    """
    low, high = target
    if not 0 < low <= high:
        raise ValueError("target must be (low, high) with 0 < low <= high")
    wanted = (low + high) / 2
    deadline = time.monotonic() + CALIBRATION_BUDGET_S

    _timer(MIN_KDF)  # warm-up, not counted
    best = MIN_KDF
    best_time = _measure(MIN_KDF, _timer, CALIBRATION_REPEATS + 1, deadline)
    measured: dict[KdfParams, float] = {MIN_KDF: best_time}
    last, last_time = best, best_time
    for _ in range(8):
        if low <= best_time <= high:
            break
        seconds_per_work = max(last_time, 1e-6) / (last.memory_kib * last.iterations)
        candidate = _params_for_work(wanted / seconds_per_work)
        if candidate in measured:
            break
        if time.monotonic() + wanted > deadline:
            break
        last, last_time = candidate, _measure(candidate, _timer, CALIBRATION_REPEATS, deadline)
        measured[candidate] = last_time
        cost = candidate.memory_kib * candidate.iterations
        if last_time <= high and cost > best.memory_kib * best.iterations:
            best, best_time = candidate, last_time
    return best
