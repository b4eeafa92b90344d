"""What the GUI and the CLI need of the key management, so they never import :mod:`iq_desktop.crypto`:
the passphrase policy (for a strength meter before anything is saved), the recovery key's check (a
mistyped key is refused before the new passphrase is asked for) and the test-only key derivation."""

from __future__ import annotations

from iq_desktop.crypto import TEST_KDF, KdfParams, parse_recovery_key, passphrase_problems, passphrase_strength

__all__ = ["TEST_KDF", "KdfParams", "parse_recovery_key", "passphrase_problems", "passphrase_strength"]
