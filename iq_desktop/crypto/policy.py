"""Passphrase policy and a simple strength estimate for the GUI's meter (no extra dependency)."""

from __future__ import annotations

import math
import unicodedata

__all__ = ["MAX_PASSPHRASE_CHARS", "MIN_PASSPHRASE_CHARS", "passphrase_problems", "passphrase_strength"]

MIN_PASSPHRASE_CHARS = 10
MAX_PASSPHRASE_CHARS = 1024

# A few of the most common choices (English and German); the length rule already removes most.
_COMMON = frozenset(
    {
        "1234567890",
        "12345678910",
        "0123456789",
        "1111111111",
        "password123",
        "password1234",
        "passwort123",
        "passwort1234",
        "qwertyuiop",
        "qwertzuiop",
        "asdfghjkl",
        "iloveyou123",
        "letmein123",
        "administrator",
        "changeme123",
        "geheimgeheim",
        "sommer2024",
        "sommer2025",
        "winter2024",
        "winter2025",
        "welcome123",
        "willkommen",
        "willkommen1",
        "hallo12345",
        "passwordpassword",
        "passwortpasswort",
    }
)
_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiopasdfghjklzxcvbnm", "qwertzuiopasdfghjklyxcvbnm")


def _norm(p: str) -> str:
    return unicodedata.normalize("NFC", p)


def passphrase_problems(p: str) -> list[str]:
    """Reasons why ``p`` may not be used as a passphrase (empty list: acceptable).

    The messages are short English sentences for the GUI and never repeat the passphrase.
    """
    p = _norm(p)
    problems: list[str] = []
    if len(p) < MIN_PASSPHRASE_CHARS:
        problems.append(f"Use at least {MIN_PASSPHRASE_CHARS} characters.")
    if len(p) > MAX_PASSPHRASE_CHARS:
        problems.append(f"Use at most {MAX_PASSPHRASE_CHARS} characters.")
    if p and p.strip() != p:
        problems.append("Do not begin or end the passphrase with a space.")
    if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in p):
        problems.append("Do not use control characters.")
    if p and len(set(p.casefold())) < 4:
        problems.append("Use more different characters.")
    elif p.casefold() in _COMMON or _is_sequence(p.casefold()):
        problems.append("This passphrase is too common; choose another one.")
    return problems


def _is_sequence(s: str) -> bool:
    return len(s) >= 4 and any(s in seq or s in seq[::-1] for seq in _SEQUENCES)


def _pool_size(p: str) -> int:
    pool = 0
    if any(ch.islower() and ch.isascii() for ch in p):
        pool += 26
    if any(ch.isupper() and ch.isascii() for ch in p):
        pool += 26
    if any(ch.isdigit() and ch.isascii() for ch in p):
        pool += 10
    if any(ch == " " for ch in p):
        pool += 1
    if any(ch.isascii() and not ch.isalnum() and ch != " " for ch in p):
        pool += 33
    if any(not ch.isascii() for ch in p):
        pool += 60
    return max(pool, 1)


def _effective_length(p: str) -> float:
    """Length with repeats and simple runs (abc, 123, aaa) counted at a fraction."""
    s = p.casefold()
    length = 0.0
    for i, ch in enumerate(s):
        if i and (ch == s[i - 1] or abs(ord(ch) - ord(s[i - 1])) == 1):
            length += 0.25
        else:
            length += 1.0
    return length


def passphrase_strength(p: str) -> int:
    """0 (very weak) .. 4 (strong), from a rough entropy estimate; for a strength meter only."""
    p = _norm(p)
    if not p or p.casefold() in _COMMON or _is_sequence(p.casefold()):
        return 0
    bits = _effective_length(p) * math.log2(_pool_size(p))
    # Each distinct character beyond the first few only helps if it is not a repetition pattern.
    distinct = len(set(p.casefold()))
    bits = min(bits, distinct * 8.0)
    if bits < 28:
        score = 0
    elif bits < 40:
        score = 1
    elif bits < 60:
        score = 2
    elif bits < 80:
        score = 3
    else:
        score = 4
    if passphrase_problems(p):
        score = min(score, 1)
    return score
