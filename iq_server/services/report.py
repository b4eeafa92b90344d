""" "IQ in figures": sum the sites' contributions in SQL, derive the published cells, perturb them
(cell key method), lay them out, archive.

A report is published only on the lattice: one period (a quarter ``2019-Q2``, a half-year ``2019-H1``
or a year ``2019``) and one region (all sites, a federal state or a network) holding contributions
from at least :data:`MIN_SITES` sites. Site-level figures are never published by the server: they
are shown only on the site's own laptop. Federal states with fewer than :data:`MIN_SITES` sites with
figures get no row of their own (they are in "all states"). The definitions of the figures are
:mod:`iq_desktop.domain.figures` (one module for the laptop and the server); the queries are in
:mod:`iq_server.db.reports`; the perturbation is :mod:`iq_server.services.disclosure`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any, TypedDict, cast

from iq_desktop.domain import figures, lattice, reference
from iq_desktop.domain.figures import COLS, KEY_MASK, Summed, build_sections
from iq_desktop.domain.lattice import Period
from iq_desktop.domain.report_render import Section
from iq_server.db import reports
from iq_server.db.engine import Database, utcnow
from iq_server.db.reports import Region
from iq_server.errors import ReportError
from iq_server.services import disclosure

__all__ = [
    "MIN_SITES", "SITE_REFUSED", "Params", "Report", "ReportError", "ReportParams", "archive", "archived", "build",
    "list_archived", "nearest_periods", "period_for", "published_cells",
]  # fmt: skip

#: A region (and a federal state row) is published only with contributions from this many sites.
MIN_SITES = 3
SITE_REFUSED = "site-level figures are shown only on the site's own laptop (Figures page)"
STATE_COLS = ("total", *COLS)

#: A report's parameters as published (and archived) with it.
ReportParams = TypedDict(
    "ReportParams",
    {"period": str, "from": str, "to": str, "state": str | None, "network": str | None, "as_of": str, "sites": int,
     "disclosure": dict[str, Any]},
)  # fmt: skip


class Report(TypedDict):
    """A published report: JSON as archived and rendered."""

    title: str
    generated_at: str
    params: ReportParams
    note: str
    definitions: list[dict[str, str]]
    sections: list[Section]


@dataclass(frozen=True)
class Params:
    """What is asked: a lattice period, a region (``site`` is refused), the reference date for completers
    (default: today, UTC)."""

    period: str
    state: str | None = None
    network: str | None = None
    as_of: date | None = None
    site: str | None = None

    @property
    def region(self) -> Region:
        return Region(self.state, self.network)


def nearest_periods(date_from: date, date_to: date) -> list[Period]:
    """The lattice periods nearest to an arbitrary range: the quarters at its ends and the smallest
    periods covering it."""
    found = {lattice.quarter_of(date_from), lattice.quarter_of(date_to)}
    found.update(p for p in lattice.periods_of(date_from) if date_to in p)
    if not any(date_from in p and date_to in p for p in found):
        found.update(lattice.periods_of(date_to)[1:])
    return sorted(found, key=lambda p: (p.end - p.start, p.start))


def period_for(date_from: date, date_to: date) -> Period:
    """The lattice period whose first and last days are ``date_from`` and ``date_to``; else
    :class:`ReportError` naming the nearest allowed periods."""
    if date_to < date_from:
        raise ReportError("--to is before --from")
    for p in lattice.periods_of(date_from):
        if (p.start, p.end) == (date_from, date_to):
            return p
    near = ", ".join(f"{p} ({p.start}..{p.end})" for p in nearest_periods(date_from, date_to))
    raise ReportError(
        "figures are published only for a quarter, a half-year or a year; --from/--to must be exactly one of "
        f"them: nearest: {near} (use --period)"
    )


def _add(a: Summed, b: Summed) -> Summed:
    return a[0] + b[0], (a[1] + b[1]) & KEY_MASK


def published_cells(rows: list[tuple[str, str, int, int]], as_of: date, states: list[str]) -> dict[str, int]:
    """Every published cell's value from the summed cells per federal state (:func:`reports.cell_sums`):
    the base cells (:func:`figures.derive`), the rows of ``states`` (``state.XX.col``), each perturbed
    with its own count and key sum."""
    totals: dict[str, Summed] = {}
    by_state: dict[str, Summed] = {}
    for cell, state, n, k in rows:
        value = (n, k & KEY_MASK)
        totals[cell] = _add(totals.get(cell, (0, 0)), value)
        head, _, col = cell.partition(".")
        if head == "initial" and col in STATE_COLS:
            key = f"state.{state}.{col}"
            by_state[key] = _add(by_state.get(key, (0, 0)), value)
    base = figures.derive(totals, as_of)
    for s in states:
        for col in STATE_COLS:
            base[f"state.{s}.{col}"] = by_state.get(f"state.{s}.{col}", (0, 0))
    return {cid: disclosure.publish(n, k) for cid, (n, k) in base.items()}


def _check(db: Database, p: Params) -> tuple[Period, reports.Scope]:
    if p.site:
        raise ReportError(SITE_REFUSED)
    try:
        period = lattice.parse(p.period)
    except ValueError as exc:
        raise ReportError(str(exc)) from None
    if p.state is not None and p.state not in reference.federal_states():
        raise ReportError(f"unknown federal state {p.state!r}; use a code such as DE-BE")
    found = reports.scope(db, p.region, period.label)
    if not found.network_known:
        raise ReportError(f"no site belongs to network {p.network!r}; see: iq-server site list")
    if found.sites < MIN_SITES:
        raise ReportError(
            f"too few sites to publish: {found.sites}; at least {MIN_SITES} (sites of this region with figures "
            f"for {period})"
        )
    return period, found


def build(db: Database, p: Params) -> Report:
    """The published report (a JSON-able dict): perturbed cells on the lattice, with its definitions."""
    period, found = _check(db, p)
    as_of = p.as_of or utcnow().date()
    states = sorted(s for s, n in found.sites_by_state.items() if n >= MIN_SITES)
    values = published_cells(reports.cell_sums(db, p.region, period.label), as_of, states)
    top = figures.top_occupations({c: v for c, v in values.items() if c.startswith("occupation.")}, 5, minimum=1)
    shown: list[str] = []

    def cell(cid: str) -> dict[str, Any]:
        shown.append(cid)
        return {"value": values.get(cid, 0)}

    sections = build_sections(cell, top, states)
    hidden = sorted(s for s, n in found.sites_by_state.items() if n < MIN_SITES)
    params: ReportParams = {
        "period": period.label, "from": period.start.isoformat(), "to": period.end.isoformat(), "state": p.state,
        "network": p.network, "as_of": as_of.isoformat(), "sites": found.sites, "disclosure": disclosure.parameters(),
    }  # fmt: skip
    note = (
        f"Sums of the contributions of {found.sites} advice sites for {period} ({period.start} to {period.end}); "
        f"successful completers: people who started in the period and completed by {as_of}. "
        f"Every count is perturbed by the {disclosure.METHOD}: it deviates from the true count by at most "
        f"{disclosure.MAX_DEVIATION} (at most {disclosure.MAX_DEVIATION_5_AND_OVER} where the true count is 5 or "
        "more), true counts 1-4 are shown as 0 or 5, and totals need not equal the sum of their parts."
    )
    if hidden:
        note += f" Federal states with figures from fewer than {MIN_SITES} sites have no row of their own."
    return {
        "title": "IQ in figures",
        "generated_at": utcnow().strftime("%Y-%m-%dT%H:%M:%SZ"),
        "params": params,
        "note": note,
        "definitions": figures.definitions_list(shown),
        "sections": cast(list[Section], sections),  # build_sections lays out Section dicts
    }


def archive(db: Database, report: Report) -> int:
    return reports.archive(db, utcnow(), json.dumps(report["params"]), json.dumps(report))


def archived(db: Database, report_id: int) -> Report:
    content = reports.archived(db, report_id)
    if content is None:
        raise ReportError(f"no stored report #{report_id}; see: iq-server report --list-stored")
    return cast(Report, json.loads(content))


def list_archived(db: Database) -> list[tuple[int, str, dict[str, Any]]]:
    """(number, creation time, params) of every stored report (reports stored before wire schema 2 have
    ``from``/``to`` and no ``period``)."""
    return [
        (rid, created.isoformat(timespec="seconds"), json.loads(params))
        for rid, created, params in reports.list_archived(db)
    ]
