""" "IQ in figures": aggregate in SQL, then apply disclosure control, then archive.

The finest time grain the server holds is the quarter: a report for [from, to] counts every quarter
that overlaps the period (sessions and events by their quarter, job-training starts by the start
quarter, completers by the end quarter). Retracted and purged records are in no figure. The queries
are in :mod:`iq_server.db.reports`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any, TypedDict, cast

from iq_desktop.domain import reference
from iq_desktop.domain.figures import COLS, build_sections
from iq_desktop.domain.report_render import Section
from iq_server.db import reports
from iq_server.db.engine import Database, utcnow
from iq_server.db.reports import Region
from iq_server.errors import ReportError
from iq_server.services.disclosure import Group, protect
from iq_server.services.ingest import quarter_parts

__all__ = ["COLS", "Params", "Report", "ReportError", "ReportParams", "aggregate", "archive", "archived", "build",
           "groups_for", "list_archived", "quarter_of"]  # fmt: skip

#: A report's parameters as published (and archived) with it.
ReportParams = TypedDict(
    "ReportParams",
    {"from": str, "to": str, "first_quarter": str, "last_quarter": str, "state": str | None, "network": str | None,
     "site": str | None, "k": int},
)  # fmt: skip


class Report(TypedDict):
    """A published report: JSON as archived and rendered."""

    title: str
    generated_at: str
    params: ReportParams
    note: str
    sections: list[Section]


def quarter_of(d: date) -> str:
    return f"{d.year}-Q{(d.month - 1) // 3 + 1}"


@dataclass(frozen=True)
class Params:
    date_from: date
    date_to: date
    state: str | None = None
    network: str | None = None
    site: str | None = None
    k: int = 5

    @property
    def region(self) -> Region:
        return Region(self.state, self.network, self.site)

    def as_json(self) -> ReportParams:
        return {
            "from": self.date_from.isoformat(), "to": self.date_to.isoformat(),
            "first_quarter": quarter_of(self.date_from), "last_quarter": quarter_of(self.date_to),
            "state": self.state, "network": self.network, "site": self.site, "k": self.k,
        }  # fmt: skip


def _check(db: Database, p: Params) -> list[str]:
    """Validate the filters; return the federal states the report covers."""
    if p.date_to < p.date_from:
        raise ReportError("--to is before --from")
    if p.state is not None and p.state not in reference.federal_states():
        raise ReportError(f"unknown federal state {p.state!r}; use a code such as DE-BE")
    found = reports.scope(db, p.region)
    if not found.site_known:
        raise ReportError(f"no site {p.site}; see: iq-server site list")
    if not found.network_known:
        raise ReportError(f"no site belongs to network {p.network!r}; see: iq-server site list")
    return found.states


def aggregate(db: Database, p: Params, states: list[str]) -> tuple[dict[str, int], list[str]]:
    """All raw counts (cell id -> count) and the top occupation groups' cell ids, from SQL."""
    lo = quarter_parts(quarter_of(p.date_from))[2]
    hi = quarter_parts(quarter_of(p.date_to))[2]
    raw = reports.counts(db, p.region, lo, hi)
    v: dict[str, int] = {}
    for s in states:
        for c in ("total", *COLS):
            v[f"state.{s}.{c}"] = 0
    occ: dict[str, int] = {}
    fi = 0
    for row in raw.sessions:
        state = row.state
        for col, n in (("total", row.initial), ("recognition", row.recognition), ("job_training", row.job_training),
                       ("combined", row.combined)):  # fmt: skip
            v[f"state.{state}.{col}"] = v.get(f"state.{state}.{col}", 0) + n
        if row.occupation_group is not None and row.initial:
            occ[row.occupation_group] = occ.get(row.occupation_group, 0) + row.initial
        fi += row.fair_integration
    by_format, completers, ev = raw.started_by_format, raw.completers, raw.events
    for s in {k.split(".")[1] for k in v if k.startswith("state.")}:
        v.setdefault(f"state.{s}.recognition", 0)
        v.setdefault(f"state.{s}.job_training", 0)
        v.setdefault(f"state.{s}.combined", 0)
        v[f"state.{s}.other"] = v[f"state.{s}.total"] - sum(v[f"state.{s}.{c}"] for c in COLS[:3])
    for c in ("total", *COLS):
        v[f"initial.{c}"] = sum(n for key, n in v.items() if key.startswith("state.") and key.endswith(f".{c}"))
    v["fi.individuals"] = fi
    v["fi.events"], v["fi.participants"] = ev.get(("migrants", "fair_integration"), (0, 0))
    v["training.course_based"] = by_format.get("course_based", 0)
    v["training.individual"] = by_format.get("individual", 0)
    v["training.participants"] = v["training.course_based"] + v["training.individual"]
    v["training.completers"] = completers
    for audience in ("labour_market", "business"):
        v[f"events.{audience}.count"] = sum(n for (a, _), (n, _) in ev.items() if a == audience)
        v[f"events.{audience}.participants"] = sum(s for (a, _), (_, s) in ev.items() if a == audience)
    ranked = sorted(((n, g) for g, n in occ.items() if n >= p.k), key=lambda t: (-t[0], t[1]))[:5]
    for n, g in ranked:
        v[f"occupation.{g}"] = n
    return v, [f"occupation.{g}" for _, g in ranked]


def groups_for(state_keys: list[str]) -> list[Group]:
    groups: list[Group] = [("initial.total", [f"initial.{c}" for c in COLS])]
    groups.append(("initial.total", [f"state.{s}.total" for s in state_keys]))
    for c in COLS:
        groups.append((f"initial.{c}", [f"state.{s}.{c}" for s in state_keys]))
    for s in state_keys:
        groups.append((f"state.{s}.total", [f"state.{s}.{c}" for c in COLS]))
    groups.append(("training.participants", ["training.course_based", "training.individual"]))
    return groups


def _cell(values: dict[str, int], suppressed: set[str], key: str) -> dict[str, Any]:
    if key in suppressed:
        return {"value": None, "suppressed": True}
    return {"value": values[key]}


def build(db: Database, p: Params) -> Report:
    """The published report (a JSON-able dict) with disclosure control applied."""
    states = _check(db, p)
    values, top = aggregate(db, p, states)
    state_keys = sorted({k.split(".")[1] for k in values if k.startswith("state.")})
    suppressed = protect(values, groups_for(state_keys), p.k)

    sections = build_sections(lambda k: _cell(values, suppressed, k), [k.split(".", 1)[1] for k in top], state_keys)
    return {
        "title": "IQ in figures",
        "generated_at": utcnow().strftime("%Y-%m-%dT%H:%M:%SZ"),
        "params": p.as_json(),
        "note": "Quarters overlapping the period are counted. x = suppressed by disclosure control "
        f"(no published count from 1 to {p.k - 1}; see docs/disclosure-control.md).",
        "sections": cast(list[Section], sections),  # build_sections lays out Section dicts
    }


def archive(db: Database, report: Report) -> int:
    return reports.archive(db, utcnow(), json.dumps(report["params"]), json.dumps(report))


def archived(db: Database, report_id: int) -> Report:
    content = reports.archived(db, report_id)
    if content is None:
        raise ReportError(f"no stored report #{report_id}; see: iq-server report --list-stored")
    return cast(Report, json.loads(content))


def list_archived(db: Database) -> list[tuple[int, str, ReportParams]]:
    return [
        (rid, created.isoformat(timespec="seconds"), json.loads(params))
        for rid, created, params in reports.list_archived(db)
    ]
