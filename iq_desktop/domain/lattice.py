"""The publication lattice: the only periods the network's figures are published for.

A period is a calendar quarter (``2019-Q2``), a half-year (``2019-H1``) or a year (``2019``). Every
date lies in exactly one period of each kind. The laptop sends its contribution for each period of
each kind, and the server publishes only these periods, so no two published periods differ by less
than a quarter (no "Q1..Q2 minus Q1..Q1"-style differencing of arbitrary ranges).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

PeriodKind = Literal["quarter", "half", "year"]
PERIOD_RE: Final = re.compile(r"^(20[0-9]{2})(?:-(Q[1-4]|H[12]))?$")
KINDS: Final[tuple[PeriodKind, ...]] = ("quarter", "half", "year")


@dataclass(frozen=True, order=True, slots=True)
class Period:
    """One period of the lattice: its first and last day (inclusive) and its label."""

    start: date
    end: date
    label: str

    @property
    def kind(self) -> PeriodKind:
        if "-Q" in self.label:
            return "quarter"
        return "half" if "-H" in self.label else "year"

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def __str__(self) -> str:
        return self.label


def _last_day(year: int, month: int) -> date:
    nxt = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


def parse(text: str) -> Period:
    """``2019-Q2`` / ``2019-H1`` / ``2019`` -> the period; ValueError names the expected form."""
    m = PERIOD_RE.match(text.strip())
    if not m or not 2005 <= int(m.group(1)) <= 2099:
        raise ValueError(
            f"not a period: {text[:20]!r}; use a quarter (2019-Q2), a half-year (2019-H1) or a year (2019)"
        )
    year, part = int(m.group(1)), m.group(2)
    if part is None:
        return Period(date(year, 1, 1), date(year, 12, 31), str(year))
    n = int(part[1])
    months = 3 if part[0] == "Q" else 6
    first = (n - 1) * months + 1
    return Period(date(year, first, 1), _last_day(year, first + months - 1), f"{year}-{part}")


def quarter_of(day: date) -> Period:
    return parse(f"{day.year}-Q{(day.month - 1) // 3 + 1}")


def periods_of(day: date) -> tuple[Period, Period, Period]:
    """The quarter, the half-year and the year ``day`` lies in."""
    return quarter_of(day), parse(f"{day.year}-H{1 if day.month <= 6 else 2}"), parse(str(day.year))


def is_period(text: str) -> bool:
    try:
        parse(text)
    except ValueError:
        return False
    return True
