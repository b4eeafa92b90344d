"""Disclosure control as a property: for random tables, no published count is 1..k-1 and no suppressed
count can be solved from the published cells and the row, column and grand totals."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iq_server.services.disclosure import Group, protect
from iq_server.services.report import COLS, groups_for

small_counts = st.one_of(st.integers(0, 6), st.integers(0, 40), st.integers(0, 500))


def rank(rows: list[list[Fraction]]) -> int:
    """Rank by plain Gaussian elimination (independent of the server's implementation)."""
    mat = [r[:] for r in rows if any(r)]
    rk, col = 0, 0
    ncols = len(mat[0]) if mat else 0
    while rk < len(mat) and col < ncols:
        pivot = next((i for i in range(rk, len(mat)) if mat[i][col] != 0), None)
        if pivot is None:
            col += 1
            continue
        mat[rk], mat[pivot] = mat[pivot], mat[rk]
        for i in range(rk + 1, len(mat)):
            f = mat[i][col] / mat[rk][col]
            mat[i] = [a - f * b for a, b in zip(mat[i], mat[rk], strict=True)]
        rk += 1
        col += 1
    return rk


def solvable(groups: list[Group], suppressed: set[str]) -> list[str]:
    """Suppressed cells fixed by the equations (unit vector in the row space of the unknowns' matrix)."""
    unknowns = sorted(suppressed)
    idx = {c: i for i, c in enumerate(unknowns)}
    rows = []
    for total, parts in groups:
        row = [Fraction(0)] * len(unknowns)
        if total in idx:
            row[idx[total]] -= 1
        for p in parts:
            if p in idx:
                row[idx[p]] += 1
        rows.append(row)
    base = rank(rows)
    out = []
    for c in unknowns:
        unit = [Fraction(int(i == idx[c])) for i in range(len(unknowns))]
        if rank([*rows, unit]) == base:
            out.append(c)
    return out


def check(values: dict[str, int], groups: list[Group], k: int) -> set[str]:
    suppressed = protect(values, groups, k)
    for cell, v in values.items():
        if cell not in suppressed:
            assert not 1 <= v < k, f"published {cell}={v}"
    for total, parts in groups:
        members = [total, *parts]
        assert sum(c in suppressed for c in members) != 1, f"a lone suppressed cell in {total}"
    assert solvable(groups, suppressed) == []
    return suppressed


@st.composite
def two_way(draw: st.DrawFn) -> tuple[dict[str, int], list[Group]]:
    """A table with row totals, column totals and a grand total."""
    nr, nc = draw(st.integers(1, 6)), draw(st.integers(1, 5))
    v = {f"c{r}.{c}": draw(small_counts) for r in range(nr) for c in range(nc)}
    groups: list[Group] = []
    for r in range(nr):
        v[f"r{r}"] = sum(v[f"c{r}.{c}"] for c in range(nc))
        groups.append((f"r{r}", [f"c{r}.{c}" for c in range(nc)]))
    for c in range(nc):
        v[f"k{c}"] = sum(v[f"c{r}.{c}"] for r in range(nr))
        groups.append((f"k{c}", [f"c{r}.{c}" for r in range(nr)]))
    v["T"] = sum(v[f"r{r}"] for r in range(nr))
    groups.append(("T", [f"r{r}" for r in range(nr)]))
    groups.append(("T", [f"k{c}" for c in range(nc)]))
    return v, groups


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(two_way(), st.integers(2, 10))
def test_two_way_tables_are_protected(table: tuple[dict[str, int], list[Group]], k: int) -> None:
    values, groups = table
    check(values, groups, k)


@st.composite
def report_tables(draw: st.DrawFn) -> tuple[dict[str, int], list[Group]]:
    """The report's own structure: states x counselling kind, national totals, training split."""
    states = draw(st.lists(st.sampled_from(["DE-BE", "DE-HH", "DE-BY", "DE-NW", "DE-SN"]), min_size=1, unique=True))
    v: dict[str, int] = {}
    for s in states:
        for c in COLS:
            v[f"state.{s}.{c}"] = draw(small_counts)
        v[f"state.{s}.total"] = sum(v[f"state.{s}.{c}"] for c in COLS)
    for c in ("total", *COLS):
        v[f"initial.{c}"] = sum(v[f"state.{s}.{c}"] for s in states)
    v["training.course_based"], v["training.individual"] = draw(small_counts), draw(small_counts)
    v["training.participants"] = v["training.course_based"] + v["training.individual"]
    v["events.business.count"] = draw(small_counts)
    return v, groups_for(sorted(states))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(report_tables(), st.integers(2, 10))
def test_report_structure_is_protected(table: tuple[dict[str, int], list[Group]], k: int) -> None:
    values, groups = table
    check(values, groups, k)


def test_known_case_needs_more_than_one_cell_per_row() -> None:
    # 2x2 table: suppressing one extra cell per row and column is not enough when both are in one column.
    values = {"a": 3, "b": 20, "c": 30, "d": 40, "r0": 23, "r1": 70, "k0": 33, "k1": 60, "T": 93}
    groups: list[Group] = [("r0", ["a", "b"]), ("r1", ["c", "d"]), ("k0", ["a", "c"]), ("k1", ["b", "d"]),
                           ("T", ["r0", "r1"]), ("T", ["k0", "k1"])]  # fmt: skip
    suppressed = check(values, groups, 5)
    assert {"a", "b", "c", "d"} <= suppressed


def test_zero_is_published_and_large_counts_untouched() -> None:
    values = {"t": 50, "x": 0, "y": 50}
    assert protect(values, [("t", ["x", "y"])], 5) == set()
