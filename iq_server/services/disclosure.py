"""Disclosure control for published counts: the cell key method (consistent perturbation), as used by
Destatis for the 2022 census and by the ABS TableBuilder (see docs/disclosure-control.md).

Every published cell has a true value ``v`` (the count summed over the sites) and a cell key ``u`` in
[0, 1): the sum of its counted units' 32-bit keys modulo 2**32, divided by 2**32. The keys are
attached on the laptops to each unit (a session, a person, a scheme, an event) of each cell, so the
same units always give the same ``u``, and any other set of units a practically independent one.
The published value is :func:`perturb` ``(v, u)``, a pure function:

* ``v == 0`` -> 0;
* ``1 <= v <= 4`` -> 5 with probability v/5 (``u < v/5``), else 0: no count 1-4 is ever published, and
  the published value is unbiased;
* ``v >= 5`` -> ``v + d`` with ``d`` from ``u`` by :data:`PTABLE` (-3..+3, mean 0), at least 5.

So the same cell always shows the same value, and a difference of two published cells (two regions,
two periods) is the difference of two independently perturbed values: it never gives a true small
count exactly. The constants are here and only here.
"""

from __future__ import annotations

from typing import Any, Final

#: The cell keys are sums of 32-bit unit keys modulo 2**32.
KEY_SPACE: Final = 1 << 32
#: The method's name as published with every report.
METHOD: Final = "cell key method (consistent perturbation)"
#: True counts from 1 to SMALL_MAX are published as 0 or SMALL_PUBLISHED (never as themselves).
SMALL_MAX: Final = 4
SMALL_PUBLISHED: Final = 5
#: The perturbation table for true counts >= 5: (deviation, upper bound of u), by cumulative probability.
#: The edges (+-3) are rare on purpose: an attacker who links two cells (two regions, two periods) can
#: pin a small count only when both deviate by the maximum in opposite directions (p = 0.002 each).
PTABLE: Final[tuple[tuple[int, float], ...]] = (
    (-3, 0.002), (-2, 0.05), (-1, 0.25), (0, 0.75), (1, 0.95), (2, 0.998), (3, 1.0),
)  # fmt: skip
#: The largest |published - true| of any cell, and of cells whose true count is 5 or more.
MAX_DEVIATION: Final = SMALL_MAX
MAX_DEVIATION_5_AND_OVER: Final = max(abs(d) for d, _ in PTABLE)


def cell_key(key_sum: int) -> float:
    """A cell's key ``u`` in [0, 1) from the sum of its units' keys (any size: reduced mod 2**32)."""
    return (key_sum % KEY_SPACE) / KEY_SPACE


def perturb(v: int, u: float) -> int:
    """The published value of a cell with true count ``v`` and cell key ``u`` (0 <= u < 1)."""
    if v < 0 or not 0.0 <= u < 1.0:
        raise ValueError("a count is >= 0 and a cell key in [0, 1)")
    if v == 0:
        return 0
    if v <= SMALL_MAX:
        return SMALL_PUBLISHED if u < v / SMALL_PUBLISHED else 0
    d = next(dev for dev, upper in PTABLE if u < upper)
    return max(v + d, SMALL_PUBLISHED)


def publish(n: int, key_sum: int) -> int:
    """The published value of a cell from its summed count and summed key."""
    return perturb(n, cell_key(key_sum))


def parameters() -> dict[str, Any]:
    """The method and its parameters, as published with a report (``params.disclosure``)."""
    lower = 0.0
    table: dict[str, list[float]] = {}
    for d, upper in PTABLE:
        table[f"{d:+d}" if d else "0"] = [lower, upper]
        lower = upper
    return {
        "method": METHOD,
        "max_deviation": MAX_DEVIATION,
        "max_deviation_5_and_over": MAX_DEVIATION_5_AND_OVER,
        "small_counts": f"true counts 1-{SMALL_MAX} are published as 0 or {SMALL_PUBLISHED}",
        "ptable": {
            "applies_to": f"true counts of {SMALL_PUBLISHED} and more; the result is at least {SMALL_PUBLISHED}",
            "cell_key": "u = (sum of the counted units' 32-bit keys mod 2**32) / 2**32",
            "deviation_by_cell_key": table,
        },
    }


def footnote() -> str:
    """One sentence for text, CSV and XLSX."""
    return (
        f"Disclosure control: {METHOD}. Every count may deviate from the true count by at most {MAX_DEVIATION} "
        f"(by at most {MAX_DEVIATION_5_AND_OVER} where the true count is {SMALL_PUBLISHED} or more); true counts "
        f"1-{SMALL_MAX} are published as 0 or {SMALL_PUBLISHED}; the same cell always shows the same value, and "
        "totals need not equal the sum of their parts. See docs/disclosure-control.md."
    )
