"""The cell key method's perturbation as properties: deterministic, never a count 1-4, bounded deviation,
unbiased for small counts, and the published parameters say exactly what the function does. (The
attacks on linked tables are in ``test_differencing.py``.)"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from iq_server.services import disclosure
from iq_server.services.disclosure import (
    KEY_SPACE,
    MAX_DEVIATION,
    MAX_DEVIATION_5_AND_OVER,
    PTABLE,
    SMALL_MAX,
    SMALL_PUBLISHED,
    cell_key,
    perturb,
    publish,
)

GRID = 20_000
U = [i / GRID for i in range(GRID)]  # an even grid over [0, 1): means over it are the expectations over u

counts = st.one_of(st.integers(0, 12), st.integers(0, 10_000), st.integers(0, 10_000_000))
keys = st.integers(0, 2**40)


@given(counts, keys)
def test_published_values_are_deterministic_bounded_and_never_1_to_4(v: int, k: int) -> None:
    p = publish(v, k)
    assert p == publish(v, k) == perturb(v, cell_key(k)) == publish(v, k % KEY_SPACE)
    assert not 1 <= p <= SMALL_MAX
    assert p >= 0 and abs(p - v) <= MAX_DEVIATION
    if v >= SMALL_PUBLISHED:
        assert abs(p - v) <= MAX_DEVIATION_5_AND_OVER and p >= SMALL_PUBLISHED
    if v == 0:
        assert p == 0


def test_every_count_and_key_on_a_grid() -> None:
    for v in range(0, 60):
        seen = {perturb(v, u) for u in U[::7]}
        assert all(not 1 <= p <= SMALL_MAX and abs(p - v) <= MAX_DEVIATION for p in seen), v
        if 1 <= v <= SMALL_MAX:
            assert seen == {0, SMALL_PUBLISHED}  # a small count is shown as 0 or 5, both possible
        if v >= SMALL_PUBLISHED + MAX_DEVIATION_5_AND_OVER:  # clear of the floor: every deviation occurs
            assert seen == {v + d for d, _ in PTABLE}


@pytest.mark.parametrize("v", range(1, SMALL_MAX + 1))
def test_small_counts_are_unbiased(v: int) -> None:
    mean = sum(perturb(v, u) for u in U) / GRID
    assert mean == pytest.approx(v, abs=SMALL_PUBLISHED / GRID)


def test_the_ptable_is_a_distribution_with_mean_zero_and_larger_counts_are_unbiased() -> None:
    bounds = [upper for _, upper in PTABLE]
    assert bounds == sorted(bounds) and bounds[-1] == 1.0 and bounds[0] > 0
    widths = [upper - lower for (_, upper), lower in zip(PTABLE, [0.0, *bounds[:-1]], strict=True)]
    assert sum(d * w for (d, _), w in zip(PTABLE, widths, strict=True)) == pytest.approx(0, abs=1e-12)
    assert [d for d, _ in PTABLE] == sorted(d for d, _ in PTABLE)
    for v in (SMALL_PUBLISHED + MAX_DEVIATION_5_AND_OVER, 50, 1234):
        assert sum(perturb(v, u) for u in U) / GRID == pytest.approx(v, abs=1e-3)


def test_the_same_keys_give_the_same_value_other_keys_an_independent_one() -> None:
    """Consistency: a cell is published the same in every table that holds it; cells with other units
    (another region, another period) are perturbed independently."""
    values = {publish(40, k) for k in range(0, KEY_SPACE, KEY_SPACE // 997)}
    assert values == {40 + d for d, _ in PTABLE}


def test_bad_input_is_refused() -> None:
    for v, u in ((-1, 0.5), (3, 1.0), (3, -0.1)):
        with pytest.raises(ValueError):
            perturb(v, u)


def test_published_parameters_describe_the_function() -> None:
    params = disclosure.parameters()
    assert params["method"] == "cell key method (consistent perturbation)"
    assert (params["max_deviation"], params["max_deviation_5_and_over"]) == (MAX_DEVIATION, MAX_DEVIATION_5_AND_OVER)
    assert params["small_counts"] == "true counts 1-4 are published as 0 or 5"
    table = params["ptable"]["deviation_by_cell_key"]
    assert len(table) == len(PTABLE)
    for (d, upper), (name, (lo, hi)) in zip(PTABLE, table.items(), strict=True):
        assert int(name) == d and hi == upper
        assert perturb(100, lo) == 100 + d and perturb(100, (lo + hi) / 2) == 100 + d
    assert MAX_DEVIATION == 4 and f"at most {MAX_DEVIATION}" in disclosure.footnote()
