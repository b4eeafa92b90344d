"""Attacks on the published figures, written as an attacker would run them (issue 13, part C).

The attacker knows the method and its public parameters (the ptable: which published value a true
value can give) and holds every table the server can publish. Two attacks on linked tables:

* *differencing regions*: a state and a network that holds all of the state's sites but one;
* *overlapping periods*: Q1, Q2 and the half-year H1 = Q1 + Q2 (session counts add up);

and an exact audit of single reports (additive relations: total = recognition only + job-training
only + combined; the state rows add up to all states). Each is solved exactly as an integer program
(scipy's HiGHS): a cell is *recovered* when its smallest and largest feasible values coincide. The
defence must leave 0 recovered cells whose true value is 1 to 4. The same attacks against unprotected
publication recover many, which shows the attack is real.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pytest
from scipy.optimize import Bounds, LinearConstraint, milp

from iq_server.services.disclosure import MAX_DEVIATION, MAX_DEVIATION_5_AND_OVER, perturb

KEYS = 2**32
U_GRID = [i / 2000 for i in range(2000)] + [0.05, 0.25, 0.75, 0.95, 0.2, 0.4, 0.6, 0.8]


@functools.cache
def support(published: int) -> tuple[int, int]:
    """The true values that can give ``published`` (an interval; the attacker's knowledge)."""
    window = range(max(0, published - 3 * MAX_DEVIATION - 2), published + 3 * MAX_DEVIATION + 2)
    values = [v for v in window if any(perturb(v, u) == published for u in U_GRID)]
    assert values, published
    assert values == list(range(values[0], values[-1] + 1)), "support is an interval"
    return values[0], values[-1]


def identity_support(published: int) -> tuple[int, int]:
    return published, published


@dataclass
class Problem:
    """Unknown non-negative integers (atoms), published sums of atoms, and exact linear relations."""

    n_atoms: int
    sums: list[tuple[list[int], int]]  # (atom indexes, published value)
    relations: list[list[tuple[int, int]]]  # sum(coef * atom) == 0

    def recovered(self, targets: Sequence[int], supp: Callable[[int], tuple[int, int]]) -> dict[int, int]:
        rows, lo, hi = [], [], []
        for atoms, published in self.sums:
            row = np.zeros(self.n_atoms)
            row[atoms] = 1
            a, b = supp(published)
            rows.append(row), lo.append(a), hi.append(b)
        for rel in self.relations:
            row = np.zeros(self.n_atoms)
            for i, coef in rel:
                row[i] += coef
            rows.append(row), lo.append(0), hi.append(0)
        cons = LinearConstraint(np.array(rows), np.array(lo), np.array(hi))
        integrality = np.ones(self.n_atoms)
        bounds = Bounds(np.zeros(self.n_atoms), np.full(self.n_atoms, np.inf))
        found = {}
        for t in targets:
            c = np.zeros(self.n_atoms)
            c[t] = 1
            low = milp(c, constraints=cons, integrality=integrality, bounds=bounds)
            high = milp(-c, constraints=cons, integrality=integrality, bounds=bounds)
            assert low.success and high.success, "the true values are always feasible"
            if round(low.fun) == round(-high.fun):
                found[t] = round(low.fun)
        return found


def publish(true: int, key: int, supp: Callable[[int], tuple[int, int]]) -> int:
    return true if supp is identity_support else perturb(true, key / KEYS)


def region_attack(rng: random.Random, supp: Callable[[int], tuple[int, int]]) -> tuple[int, int]:
    """State (sites 0..m) minus network (sites 0..m-1): the last site's four initial-session cells
    (total, recognition only, job-training only, combined; total = the sum of the parts)."""
    m = rng.randint(3, 6)
    sites = m + 1
    cells = 4
    true = [[0] * cells for _ in range(sites)]
    for s in range(sites):
        small = s == m
        parts = [rng.randint(0, 4) if small else rng.randint(0, 60) for _ in range(3)]
        true[s] = [sum(parts), *parts]
    keys = [[rng.randrange(KEYS) for _ in range(cells)] for _ in range(sites)]

    def atom(s: int, c: int) -> int:
        return s * cells + c

    sums = []
    for region in (range(sites), range(m)):
        for c in range(cells):
            value = sum(true[s][c] for s in region)
            key = sum(keys[s][c] for s in region) % KEYS
            sums.append(([atom(s, c) for s in region], publish(value, key, supp)))
    relations = [[(atom(s, 0), 1), (atom(s, 1), -1), (atom(s, 2), -1), (atom(s, 3), -1)] for s in range(sites)]
    targets = [atom(m, c) for c in range(cells)]
    found = Problem(sites * cells, sums, relations).recovered(targets, supp)
    small = [t for t in targets if 1 <= true[m][t - atom(m, 0)] <= 4]
    hits = sum(1 for t in small if t in found)
    for t, v in found.items():
        assert v == true[m][t - atom(m, 0)], "a recovered value is the true value"
    return hits, len(small)


def period_attack(rng: random.Random, supp: Callable[[int], tuple[int, int]]) -> tuple[int, int]:
    """Q1, Q2 and H1 of one region, 3 additive cells each (H1 = Q1 + Q2 per cell), plus the
    totals; small quarters are the target."""
    cells = 4
    true = []
    for _ in range(2):
        parts = [rng.choice([rng.randint(0, 4), rng.randint(0, 40)]) for _ in range(3)]
        true.append([sum(parts), *parts])
    keys = [[rng.randrange(KEYS) for _ in range(cells)] for _ in range(3)]  # Q1, Q2, H1 keys

    def atom(q: int, c: int) -> int:
        return q * cells + c

    sums = [([atom(q, c)], publish(true[q][c], keys[q][c], supp)) for q in range(2) for c in range(cells)]
    sums += [([atom(0, c), atom(1, c)], publish(true[0][c] + true[1][c], keys[2][c], supp)) for c in range(cells)]
    relations = [[(atom(q, 0), 1), (atom(q, 1), -1), (atom(q, 2), -1), (atom(q, 3), -1)] for q in range(2)]
    targets = [atom(q, c) for q in range(2) for c in range(cells)]
    found = Problem(2 * cells, sums, relations).recovered(targets, supp)
    small = [t for t in targets if 1 <= true[t // cells][t % cells] <= 4]
    return sum(1 for t in small if t in found), len(small)


def single_report_attack(rng: random.Random, supp: Callable[[int], tuple[int, int]]) -> tuple[int, int]:
    """One report: initial sessions by topic column for several states and for all states
    (rows and columns add up)."""
    states = rng.randint(2, 6)
    cols = 3
    true = [[rng.choice([0, rng.randint(1, 4), rng.randint(5, 80)]) for _ in range(cols)] for _ in range(states)]

    def atom(s: int, c: int) -> int:
        return s * cols + c

    sums = []
    for s in range(states):
        for c in range(cols):
            sums.append(([atom(s, c)], publish(true[s][c], rng.randrange(KEYS), supp)))
        sums.append(([atom(s, c) for c in range(cols)], publish(sum(true[s]), rng.randrange(KEYS), supp)))
    for c in range(cols):
        sums.append(([atom(s, c) for s in range(states)], publish(sum(r[c] for r in true), rng.randrange(KEYS), supp)))
    grand = sum(map(sum, true))
    sums.append((list(range(states * cols)), publish(grand, rng.randrange(KEYS), supp)))
    targets = list(range(states * cols))
    found = Problem(states * cols, sums, []).recovered(targets, supp)
    small = [t for t in targets if 1 <= true[t // cols][t % cols] <= 4]
    return sum(1 for t in small if t in found), len(small)


ATTACKS = {"regions": region_attack, "periods": period_attack, "single report": single_report_attack}


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_attack_recovers_no_small_count_from_the_perturbed_tables(name: str) -> None:
    rng = random.Random(f"differencing-{name}")
    hits = small = 0
    for _ in range(120):
        h, s = ATTACKS[name](rng, support)
        hits, small = hits + h, small + s
    assert small > 100, "the instances hold enough true counts of 1 to 4 to attack"
    assert hits == 0, f"{hits} of {small} true counts 1-4 recovered exactly"


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_the_same_attack_breaks_unprotected_tables(name: str) -> None:
    rng = random.Random(f"differencing-{name}")
    hits = small = 0
    for _ in range(10):
        h, s = ATTACKS[name](rng, identity_support)
        hits, small = hits + h, small + s
    assert hits == small > 0  # exact publication gives every small count away


def test_published_values_deviate_at_most_max_deviation_and_never_show_1_to_4() -> None:
    rng = random.Random(7)
    for _ in range(20000):
        v = rng.choice([rng.randint(0, 10), rng.randint(0, 100_000)])
        p = perturb(v, rng.random())
        assert abs(p - v) <= MAX_DEVIATION
        assert not 1 <= p <= 4
        if v >= 5:
            assert abs(p - v) <= MAX_DEVIATION_5_AND_OVER
