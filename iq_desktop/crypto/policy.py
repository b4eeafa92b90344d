"""Passphrase policy: a few fixed rules plus a real strength estimate (zxcvbn with German words).

A new passphrase is refused when a rule is broken or when `zxcvbn <https://github.com/dwolfhar/zxcvbn-python>`_
(Dropbox's estimator: dictionaries of common passwords, names and English words, keyboard patterns,
dates, repeats and sequences) estimates fewer than 10**8 guesses (score below :data:`MIN_SCORE`).  Common
German words, names, places, months, seasons and weekdays are added as one more ranked dictionary
(``resources/reference/passphrase_words_de.txt``), and the user's own name as a "user input".
The reasons are short English sentences (:data:`PROBLEM_TEXTS`; the GUI translates them), never the
passphrase.  See docs/security.md, "Passphrase strength".
"""

from __future__ import annotations

import math
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache
from typing import cast

import zxcvbn as _zxcvbn_pkg
from zxcvbn import matching as _zxcvbn_matching

from iq_desktop.resources import resource

__all__ = [
    "MAX_PASSPHRASE_CHARS",
    "MIN_PASSPHRASE_CHARS",
    "MIN_SCORE",
    "PROBLEM_TEXTS",
    "passphrase_problems",
    "passphrase_strength",
]

MIN_PASSPHRASE_CHARS = 10
MAX_PASSPHRASE_CHARS = 1024
#: The lowest zxcvbn score accepted: 3 means "at least 10**8 guesses" (0: < 10**3, 1: < 10**6,
#: 2: < 10**8, 3: < 10**10, 4: more).  At the production key derivation (>= 0.5 s per guess and core)
#: 10**8 guesses are about 1.6 core-years (docs/security.md, "Passphrase strength").
MIN_SCORE = 3
#: Only this many characters are estimated (zxcvbn is quadratic); a longer passphrase is judged by
#: its beginning, which is conservative.
ESTIMATE_CHARS = 100
_GERMAN_DICTIONARY = "german"

TOO_SHORT = f"Use at least {MIN_PASSPHRASE_CHARS} characters."
TOO_LONG = f"Use at most {MAX_PASSPHRASE_CHARS} characters."
SPACE_AT_ENDS = "Do not begin or end the passphrase with a space."
CONTROL_CHARS = "Do not use control characters."
FEW_CHARACTERS = "Use more different characters."
TOO_COMMON = "This passphrase is too common; choose another one."
TOO_GUESSABLE = "This passphrase is too easy to guess; choose another one."
COMMON_WORD = "It is built on a common word or name (German words, names, places, months and seasons count too)."
DATE_OR_YEAR = "Years and dates are easy to guess."
KEYBOARD = "Keyboard patterns such as qwertz are easy to guess."
RUNS = "Runs and repeats such as abc or 1111 are easy to guess."
OWN_NAME = "Do not use your user name."
SUGGESTION = "Use a sentence of four or more words that has nothing to do with you."

#: Every sentence :func:`passphrase_problems` can return (the GUI's translation catalogue has each).
PROBLEM_TEXTS: tuple[str, ...] = (
    TOO_SHORT, TOO_LONG, SPACE_AT_ENDS, CONTROL_CHARS, FEW_CHARACTERS, TOO_COMMON,
    TOO_GUESSABLE, COMMON_WORD, DATE_OR_YEAR, KEYBOARD, RUNS, OWN_NAME, SUGGESTION,
)  # fmt: skip

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


def _rule_problems(p: str) -> list[str]:
    problems: list[str] = []
    if len(p) < MIN_PASSPHRASE_CHARS:
        problems.append(TOO_SHORT)
    if len(p) > MAX_PASSPHRASE_CHARS:
        problems.append(TOO_LONG)
    if p and p.strip() != p:
        problems.append(SPACE_AT_ENDS)
    if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in p):
        problems.append(CONTROL_CHARS)
    if p and len(set(p.casefold())) < 4:
        problems.append(FEW_CHARACTERS)
    elif p.casefold() in _COMMON or _is_sequence(p.casefold()):
        problems.append(TOO_COMMON)
    return problems


def passphrase_problems(p: str, user_inputs: Iterable[str] = ()) -> list[str]:
    """Reasons why ``p`` may not be used as a passphrase (empty list: acceptable).

    ``user_inputs``: words the passphrase must not be built on (the user's name).  The messages are
    short English sentences from :data:`PROBLEM_TEXTS` and never repeat the passphrase.
    """
    p = _norm(p)
    problems = _rule_problems(p)
    if problems:
        return problems
    score, reasons = _estimate(p, tuple(user_inputs))
    if score < MIN_SCORE:
        return [TOO_GUESSABLE, *reasons, SUGGESTION]
    return []


# --- the estimate: zxcvbn plus German words ----------------------------------------------------------

_ZXCVBN_LOCK = threading.Lock()  # zxcvbn keeps the user inputs in a module-wide dictionary
_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _spellings(word: str) -> set[str]:
    """``word`` as listed (ASCII: ae, oe, ue, ss) and with umlauts/ß (müller, straße) where it could be."""
    out = {word, word.translate(_TRANSLITERATION)}
    umlauted = word.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü")
    out.add(umlauted)
    out.add(umlauted.replace("ss", "ß"))
    return out


@cache
def german_words() -> dict[str, int]:
    """The shipped German words with their rank (position within their section; lowest wins)."""
    ranked: dict[str, int] = {}
    rank = 0
    for line in resource("reference", "passphrase_words_de.txt").read_text("utf-8").splitlines():
        word = line.strip().casefold()
        if word.startswith("##"):
            rank = 0
            continue
        if not word or word.startswith("#"):
            continue
        rank += 1
        for spelling in _spellings(word):
            ranked[spelling] = min(rank, ranked.get(spelling, rank))
    return ranked


def _ensure_german_dictionary() -> None:
    if _GERMAN_DICTIONARY not in _zxcvbn_matching.RANKED_DICTIONARIES:
        _zxcvbn_matching.RANKED_DICTIONARIES[_GERMAN_DICTIONARY] = german_words()


def _estimate(p: str, user_inputs: Sequence[str]) -> tuple[int, list[str]]:
    """zxcvbn's score (0-4) of the first :data:`ESTIMATE_CHARS` characters and why it is low."""
    text = p[:ESTIMATE_CHARS]
    inputs = [u.casefold() for u in user_inputs if isinstance(u, str) and u.strip()]
    with _ZXCVBN_LOCK:
        _ensure_german_dictionary()
        result = _zxcvbn_pkg.zxcvbn(text, user_inputs=inputs, max_length=ESTIMATE_CHARS)
    score = int(cast(int, result["score"]))
    reasons: list[str] = []
    for match in cast(list[dict[str, object]], result["sequence"]):
        pattern = match.get("pattern")
        if pattern == "dictionary":
            reason = OWN_NAME if match.get("dictionary_name") == "user_inputs" else COMMON_WORD
        elif pattern in ("date", "regex"):
            reason = DATE_OR_YEAR
        elif pattern == "spatial":
            reason = KEYBOARD
        elif pattern in ("sequence", "repeat"):
            reason = RUNS
        else:
            continue
        if reason not in reasons:
            reasons.append(reason)
    return score, reasons


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


def passphrase_strength(p: str, user_inputs: Iterable[str] = ()) -> int:
    """0 (very weak) .. 4 (strong) for a strength meter: zxcvbn's score, at most 1 for a passphrase
    that :func:`passphrase_problems` refuses (so the meter never shows "Good" for a refused one)."""
    p = _norm(p)
    if not p or p.casefold() in _COMMON or _is_sequence(p.casefold()):
        return 0
    if _rule_problems(p):
        return min(_rough_score(p), 1)
    score, _reasons = _estimate(p, tuple(user_inputs))
    return score if score >= MIN_SCORE else min(score, 1)


def _rough_score(p: str) -> int:
    """A rough entropy estimate (for the meter of a passphrase that breaks a rule anyway)."""
    bits = _effective_length(p) * math.log2(_pool_size(p))
    bits = min(bits, len(set(p.casefold())) * 8.0)
    return 0 if bits < 28 else 1
