"""Recovery key format, KDF, calibration and passphrase policy."""

from __future__ import annotations

import os
import random
import time

import pytest

from iq_desktop.crypto import (
    MIN_KDF,
    TEST_KDF,
    CryptoError,
    KdfParams,
    WrongRecoveryKey,
    calibrate_kdf,
    derive_key,
    format_recovery_key,
    parse_recovery_key,
    passphrase_problems,
    passphrase_strength,
)
from iq_desktop.crypto import kdf as kdf_module

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def test_recovery_key_shape_and_round_trip() -> None:
    rng = random.Random(7)
    for _ in range(200):
        raw = rng.randbytes(32)
        text = format_recovery_key(raw)
        groups = text.split("-")
        assert len(groups) == 14 and all(len(g) == 4 for g in groups)
        assert set(text.replace("-", "")) <= set(ALPHABET)
        assert parse_recovery_key(text) == raw
        assert parse_recovery_key(text.lower()) == raw
        assert parse_recovery_key(" ".join(groups)) == raw
        assert parse_recovery_key("".join(groups)) == raw
        confusable = text.replace("0", "o").replace("1", rng.choice("iIlL"))
        assert parse_recovery_key(confusable) == raw


def test_single_typo_detected_and_located() -> None:
    rng = random.Random(11)
    located = 0
    trials = 500
    for _ in range(trials):
        text = format_recovery_key(rng.randbytes(32))
        positions = [i for i, ch in enumerate(text) if ch != "-"][:52]  # data groups 1-13
        where = rng.choice(positions)
        wrong = rng.choice([c for c in ALPHABET if c != text[where]])
        typo = text[:where] + wrong + text[where + 1 :]
        with pytest.raises(WrongRecoveryKey) as info:
            parse_recovery_key(typo)
        group = positions.index(where) // 4 + 1
        located += f"group {group}." in str(info.value)
    assert located == trials


def test_recovery_key_other_mistakes() -> None:
    text = format_recovery_key(bytes(range(32)))
    with pytest.raises(WrongRecoveryKey, match="14 groups"):
        parse_recovery_key(text[:-1])
    with pytest.raises(WrongRecoveryKey, match="group 2"):
        parse_recovery_key(text[:6] + "U" + text[7:])  # U is not in the alphabet
    swapped = text[1] + text[0] + text[2:]
    if swapped != text:
        with pytest.raises(WrongRecoveryKey):
            parse_recovery_key(swapped)
    with pytest.raises(WrongRecoveryKey):
        parse_recovery_key("")
    with pytest.raises(ValueError):
        format_recovery_key(b"short")


def test_derive_key() -> None:
    salt = os.urandom(16)
    key = derive_key("pässphrase", salt, TEST_KDF)
    assert len(key) == 32
    assert key == derive_key("pa\u0308ssphrase", salt, TEST_KDF)  # NFC
    assert key != derive_key("pässphrase", os.urandom(16), TEST_KDF)
    assert key != derive_key("pässphrase", salt, KdfParams(16, 1, 1))


def test_kdf_params_validation() -> None:
    assert KdfParams(65536, 3, 4) == MIN_KDF
    assert MIN_KDF.at_least_min() and not TEST_KDF.at_least_min()
    for bad in [(7, 1, 1), (8, 0, 1), (8, 1, 0), (16, 1, 4), (2**40, 1, 1)]:
        with pytest.raises(CryptoError):
            KdfParams(*bad)


def test_calibrate_never_below_min_on_slow_machine() -> None:
    assert calibrate_kdf(_timer=lambda p: 5.0) == MIN_KDF


def test_calibrate_with_fake_fast_machine() -> None:
    seen: list[KdfParams] = []

    def timer(p: KdfParams) -> float:  # 1 s per 256 MiB-pass
        seen.append(p)
        return p.memory_kib * p.iterations / (256 * 1024)

    result = calibrate_kdf((0.5, 1.0), _timer=timer)
    assert result.at_least_min()
    assert 0.5 <= timer(result) <= 1.0
    assert result.memory_kib <= kdf_module.CALIBRATION_MAX_MEMORY_KIB


def test_calibrate_prefers_iterations_after_memory_cap() -> None:
    result = calibrate_kdf((0.5, 1.0), _timer=lambda p: p.memory_kib * p.iterations / (1 << 24))
    assert result.memory_kib == kdf_module.CALIBRATION_MAX_MEMORY_KIB
    assert result.iterations > MIN_KDF.iterations


@pytest.mark.slow
def test_calibrate_real_machine() -> None:
    start = time.monotonic()
    params = calibrate_kdf()
    took = time.monotonic() - start
    assert params.at_least_min()
    assert took < 8.0


def test_passphrase_policy() -> None:
    assert passphrase_problems("correct horse battery") == []
    assert passphrase_problems("short")
    assert passphrase_problems("aaaaaaaaaaaa")
    assert passphrase_problems("1234567890")
    assert passphrase_problems("abcdefghijkl")
    assert passphrase_problems(" leading space here")
    assert passphrase_problems("x" * 2000)
    secret = "tiny"
    assert all(secret not in p for p in passphrase_problems(secret))


def test_passphrase_strength() -> None:
    assert passphrase_strength("") == 0
    assert passphrase_strength("1234567890") == 0
    assert passphrase_strength("aaaaaaaaaaaaaaa") <= 1
    assert passphrase_strength("hunter2") <= 1
    assert passphrase_strength("Tr0ub4dor&3x") >= 2
    assert passphrase_strength("correct horse battery staple") >= 3
    assert passphrase_strength("G7#kq!Vz2@pL9$wX4^mN") == 4
    for p in ["", "a", "correct horse battery staple", "ü" * 50, "\x00" * 12]:
        assert 0 <= passphrase_strength(p) <= 4


def test_calibrate_ignores_a_busy_moment() -> None:
    """The first timing of each set of parameters (and the very first derivation) is 4x too slow, as
    when another process is busy: the warm-up and the fastest of repeated timings see through it
    instead of settling for the 64 MiB floor."""
    seen: set[KdfParams] = set()
    calls = [0]

    def timer(p: KdfParams) -> float:  # 1 s per 1 GiB-pass: the floor takes ~0.19 s
        calls[0] += 1
        true = p.memory_kib * p.iterations / (1 << 20)
        spike = calls[0] == 1 or p not in seen
        seen.add(p)
        return true * 4 if spike else true

    result = calibrate_kdf((0.5, 1.0), _timer=timer)
    assert result != MIN_KDF and result.at_least_min()
    assert 0.5 <= result.memory_kib * result.iterations / (1 << 20) <= 1.0
