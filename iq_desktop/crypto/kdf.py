"""Argon2id key derivation and its calibration."""

from __future__ import annotations

import hmac
import math
import os
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from .errors import CryptoError

__all__ = [
    "MAX_KDF_ITERATIONS",
    "MAX_KDF_LANES",
    "MAX_KDF_MEMORY_KIB",
    "MIN_KDF",
    "TEST_KDF",
    "TEST_KDF_ENV",
    "KdfParams",
    "calibrate_kdf",
    "derive_key",
    "insecure_kdf_allowed",
    "normalise_passphrase",
    "stronger_kdf",
]

KEY_LEN = 32

#: Calibration never goes beyond this much memory (laptops of the advice sites are small);
#: beyond it, iterations are raised instead.
CALIBRATION_MAX_MEMORY_KIB = 256 * 1024
CALIBRATION_MAX_ITERATIONS = 16
#: What one unlock should cost on this machine (seconds): the calibration's and re-calibration's target.
CALIBRATION_TARGET_S = (0.5, 1.0)

#: Limits for every parameter set, also those read from a (possibly tampered) key file: never more
#: than the calibration itself can choose (256 MiB, 16 passes), so a crafted file cannot make an
#: unlock allocate gigabytes or run for minutes (before these limits: 4 GiB / 64 passes, 295 s).
#: The worst a file within the limits can cost is about 16 passes over 256 MiB (a few seconds).
MAX_KDF_MEMORY_KIB = CALIBRATION_MAX_MEMORY_KIB
MAX_KDF_ITERATIONS = CALIBRATION_MAX_ITERATIONS
MAX_KDF_LANES = 16
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
#: falls to a brute-force attack in no time.  Never use outside the test suite: parameters below
#: :data:`MIN_KDF` are refused (for new slots and for unlocking) unless :func:`insecure_kdf_allowed`.
TEST_KDF = KdfParams(memory_kib=8, iterations=1, lanes=1)

#: The environment variable that lets IQ Desktop's own test suite use :data:`TEST_KDF`.
TEST_KDF_ENV = "IQ_INSECURE_TEST_KDF"
#: Its value must equal this file's content: it exists only in a source checkout's ``tests/`` folder
#: (``tests/conftest.py`` reads it and sets the variable), never in a wheel or a PyInstaller bundle.
_TEST_KDF_TOKEN = Path(__file__).resolve().parents[2] / "tests" / "insecure-kdf.token"


def insecure_kdf_allowed() -> bool:
    """True only inside IQ Desktop's test suite: :data:`TEST_KDF_ENV` holds the token of
    ``tests/insecure-kdf.token`` of the source checkout this package runs from, and this is not a
    frozen bundle.  Setting ``IQ_INSECURE_TEST_KDF=1`` in an installed app does nothing."""
    if getattr(sys, "frozen", False):
        return False
    value = os.environ.get(TEST_KDF_ENV, "")
    if not value:
        return False
    try:
        token = _TEST_KDF_TOKEN.read_text("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return False
    return len(token) >= 16 and hmac.compare_digest(value.encode("ascii", "replace"), token.encode("ascii"))


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


def stronger_kdf(
    params: KdfParams, seconds: float, target: tuple[float, float] = CALIBRATION_TARGET_S
) -> KdfParams | None:
    """Re-calibration at an unlock: ``params`` took ``seconds`` on this machine just now; if that is
    below the target, the parameters that should take the middle of the target, else None.

    Never weaker than ``params`` (a busy moment only makes a derivation slower, so a fast unlock shows
    what the machine can do: the case of a first calibration under load that settled at the floor).
    Parameters below :data:`MIN_KDF` (the test suite's) are left alone."""
    low, high = target
    if not params.at_least_min() or not 0 < seconds < low:
        return None
    work = params.memory_kib * params.iterations * ((low + high) / 2) / seconds
    candidate = _params_for_work(work)
    if candidate.memory_kib < params.memory_kib:  # keep the memory, raise the passes
        iterations = min(MAX_KDF_ITERATIONS, max(params.iterations, math.floor(work / params.memory_kib)))
        candidate = KdfParams(memory_kib=params.memory_kib, iterations=iterations, lanes=params.lanes)
    if candidate.memory_kib * candidate.iterations <= params.memory_kib * params.iterations:
        return None
    return candidate


def calibrate_kdf(
    target: tuple[float, float] = CALIBRATION_TARGET_S,
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
