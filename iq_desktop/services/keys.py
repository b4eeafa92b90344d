"""What the GUI and the CLI need of the key management, so they never import :mod:`iq_desktop.crypto`:
the passphrase policy (for a strength meter before anything is saved), the recovery key's check (a
mistyped key is refused before the new passphrase is asked for) and the test-only key derivation."""

from __future__ import annotations

from iq_desktop.crypto import (
    MIN_KDF,
    TEST_KDF,
    KdfParams,
    parse_recovery_key,
    passphrase_problems,
    passphrase_strength,
)
from iq_desktop.crypto.kdf import TEST_KDF_ENV, insecure_kdf_allowed

__all__ = [
    "TEST_KDF",
    "TEST_KDF_ENV",
    "KdfParams",
    "insecure_kdf_allowed",
    "parse_recovery_key",
    "passphrase_problems",
    "passphrase_strength",
    "throwaway_kdf",
]


def throwaway_kdf() -> KdfParams:
    """For a throwaway vault of invented records (``--demo``, ``--self-test``): the fast test
    parameters inside the test suite, else the production floor (outside the test suite a slot with
    test parameters is never opened, docs/security.md)."""
    return TEST_KDF if insecure_kdf_allowed() else MIN_KDF
