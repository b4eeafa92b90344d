"""Disclosure control for published counts (see docs/disclosure-control.md).

A table is a set of cells (id -> count) and additive groups ``total = part_1 + ... + part_n``
(row, column and grand totals). ``protect`` returns the cells to suppress:

1. primary suppression: every count from 1 to k-1;
2. secondary suppression, repeated until nothing changes:
   a. a group with exactly one suppressed cell gets a second one (the smallest non-zero part not yet
      suppressed; else a zero part; else the total), so the cell cannot be recovered by subtraction;
   b. an exact check with linear algebra: the published cells turn every group into an equation over
      the suppressed cells; if any suppressed cell is uniquely determined by the system (its unit
      vector lies in the row space), one more cell of a group containing it is suppressed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction

Group = tuple[str, Sequence[str]]


def _rref_pivots(rows: list[list[Fraction]], ncols: int) -> list[tuple[int, list[Fraction]]]:
    """Reduced row echelon form; returns (pivot column, row) pairs."""
    pivots: list[tuple[int, list[Fraction]]] = []
    mat = [r[:] for r in rows]
    r = 0
    for col in range(ncols):
        pivot = next((i for i in range(r, len(mat)) if mat[i][col] != 0), None)
        if pivot is None:
            continue
        mat[r], mat[pivot] = mat[pivot], mat[r]
        lead = mat[r][col]
        mat[r] = [x / lead for x in mat[r]]
        for i in range(len(mat)):
            if i != r and mat[i][col] != 0:
                factor = mat[i][col]
                mat[i] = [a - factor * b for a, b in zip(mat[i], mat[r], strict=True)]
        pivots.append((col, mat[r]))
        r += 1
        if r == len(mat):
            break
    return [(c, mat[i]) for i, (c, _) in enumerate(pivots)]


def determinable(groups: Sequence[Group], suppressed: set[str]) -> set[str]:
    """Suppressed cells whose value follows exactly from the published cells and the group equations."""
    unknowns = sorted(suppressed)
    index = {c: i for i, c in enumerate(unknowns)}
    rows: list[list[Fraction]] = []
    for total, parts in groups:
        row = [Fraction(0)] * len(unknowns)
        if total in index:
            row[index[total]] -= 1
        for p in parts:
            if p in index:
                row[index[p]] += 1
        if any(row):
            rows.append(row)
    found = set()
    for col, row in _rref_pivots(rows, len(unknowns)):
        if all(x == 0 for j, x in enumerate(row) if j != col):
            found.add(unknowns[col])
    return found


def _pick(values: Mapping[str, int], candidates: list[str]) -> str | None:
    if not candidates:
        return None
    nonzero = [c for c in candidates if values[c] > 0]
    pool = nonzero or candidates
    return min(pool, key=lambda c: (values[c], c))


def _second(values: Mapping[str, int], group: Group, suppressed: set[str]) -> str | None:
    total, parts = group
    choice = _pick(values, [p for p in parts if p not in suppressed])
    if choice is None and total not in suppressed:
        choice = total
    return choice


def protect(values: Mapping[str, int], groups: Sequence[Group], k: int) -> set[str]:
    """The cells to suppress so that no published count is 1..k-1 and none can be recovered."""
    suppressed = {c for c, v in values.items() if 1 <= v < k}
    while True:
        changed = False
        for group in groups:
            total, parts = group
            if sum(1 for c in (total, *parts) if c in suppressed) == 1:
                choice = _second(values, group, suppressed)
                if choice is not None:
                    suppressed.add(choice)
                    changed = True
        if changed:
            continue
        exposed = determinable(groups, suppressed)
        if not exposed:
            return suppressed
        target = min(exposed)
        options: list[str] = []
        for total, parts in groups:
            if target == total or target in parts:
                options.extend(c for c in (*parts, total) if c not in suppressed)
        if not options:  # every cell of its groups is suppressed: widen to any linked group
            for total, parts in groups:
                members = (*parts, total)
                if any(c in suppressed for c in members):
                    options.extend(c for c in members if c not in suppressed)
        choice = _pick(values, sorted(set(options)))
        if choice is None:  # nothing left to suppress
            return suppressed
        suppressed.add(choice)
