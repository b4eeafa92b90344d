"""Recovery key: 32 random bytes written as Crockford base32 in groups of four, plus a check group.

Layout: 52 data symbols (256 bits + 4 zero bits) in 13 groups, then one group of 4 check symbols,
e.g. ``7K3M-...-Q9ZT`` (14 groups, 69 characters with dashes).

The check group holds two weighted sums of the data symbols modulo the prime 1021::

    s0 = sum(v_i) mod 1021          s1 = sum((i + 1) * v_i) mod 1021

A single mistyped symbol at position j changes s0 by d and s1 by (j + 1) * d, so the position of a
single typo can be computed (and hence the group named in the message); anything else is detected
with a probability of about 1 - 1/10^6.

Parsing ignores case, spaces and dashes and accepts O for 0 and I/L for 1 (Crockford).
"""

from __future__ import annotations

from .errors import WrongRecoveryKey

__all__ = ["RECOVERY_KEY_BYTES", "format_recovery_key", "parse_recovery_key"]

RECOVERY_KEY_BYTES = 32
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {c: i for i, c in enumerate(_ALPHABET)}
_VALUE.update({"O": 0, "I": 1, "L": 1})
_DATA_SYMBOLS = 52  # ceil(256 / 5)
_PAD_BITS = _DATA_SYMBOLS * 5 - RECOVERY_KEY_BYTES * 8  # 4
_CHECK_SYMBOLS = 4
_GROUP = 4
_P = 1021  # prime; _P**2 < 32**4


def _checksum(values: list[int]) -> tuple[int, int]:
    s0 = sum(values) % _P
    s1 = sum((i + 1) * v for i, v in enumerate(values)) % _P
    return s0, s1


def _check_symbols(values: list[int]) -> list[int]:
    s0, s1 = _checksum(values)
    number = s0 * _P + s1
    return [(number >> (5 * (_CHECK_SYMBOLS - 1 - k))) & 31 for k in range(_CHECK_SYMBOLS)]


def format_recovery_key(raw: bytes) -> str:
    """Format 32 raw bytes as ``XXXX-XXXX-...`` (14 groups of 4, the last one is the check group)."""
    if len(raw) != RECOVERY_KEY_BYTES:
        raise ValueError("a recovery key has exactly 32 bytes")
    number = int.from_bytes(raw, "big") << _PAD_BITS
    values = [(number >> (5 * (_DATA_SYMBOLS - 1 - k))) & 31 for k in range(_DATA_SYMBOLS)]
    symbols = values + _check_symbols(values)
    text = "".join(_ALPHABET[v] for v in symbols)
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


def _group_of(position: int) -> int:
    return position // _GROUP + 1


def parse_recovery_key(text: str) -> bytes:
    """Parse a recovery key as typed by a person; raises :class:`WrongRecoveryKey` with a helpful,
    secret-free message ("typo in group N") if it is malformed."""
    total_groups = (_DATA_SYMBOLS + _CHECK_SYMBOLS) // _GROUP
    compact = "".join(ch for ch in text.upper() if not ch.isspace() and ch not in "-–—_")
    values: list[int] = []
    for position, ch in enumerate(compact):
        value = _VALUE.get(ch)
        if value is None:
            raise WrongRecoveryKey(
                f"The recovery key has a character that cannot occur in a recovery key in group "
                f"{_group_of(position)}. Check that group."
            )
        values.append(value)
    if len(values) != _DATA_SYMBOLS + _CHECK_SYMBOLS:
        raise WrongRecoveryKey(
            f"The recovery key is not valid: it must have {total_groups} groups of {_GROUP} "
            f"characters, but {len(values)} characters were entered."
        )
    data, check = values[:_DATA_SYMBOLS], values[_DATA_SYMBOLS:]
    if check != _check_symbols(data):
        raise WrongRecoveryKey(_typo_message(data, check))
    number = 0
    for v in data:
        number = (number << 5) | v
    if number & ((1 << _PAD_BITS) - 1):
        raise WrongRecoveryKey(f"The recovery key has a typo in group {_group_of(_DATA_SYMBOLS - 1)}.")
    return (number >> _PAD_BITS).to_bytes(RECOVERY_KEY_BYTES, "big")


def _typo_message(data: list[int], check: list[int]) -> str:
    generic = "The recovery key is not valid. Please check every group carefully."
    given = 0
    for v in check:
        given = (given << 5) | v
    given_s0, given_s1 = divmod(given, _P)
    if given_s0 >= _P:
        return f"The recovery key has a typo in group {_group_of(_DATA_SYMBOLS)}."
    s0, s1 = _checksum(data)
    d0 = (given_s0 - s0) % _P
    d1 = (given_s1 - s1) % _P
    if d0 == 0:
        return generic
    position = d1 * pow(d0, -1, _P) % _P - 1
    if 0 <= position < _DATA_SYMBOLS:
        delta = d0 if d0 < 32 else d0 - _P  # the typo changed v_position by -delta
        corrected = data[position] + delta
        if 0 <= corrected < 32:
            return f"The recovery key has a typo, probably in group {_group_of(position)}."
    return generic
