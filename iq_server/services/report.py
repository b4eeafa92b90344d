""" "IQ in figures": aggregate in SQL, then apply disclosure control, then archive.

The finest time grain the server holds is the quarter: a report for [from, to] counts every quarter
that overlaps the period (sessions and events by their quarter, job-training starts by the start
quarter, completers by the end quarter). Retracted and purged records are in no figure.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Engine, case, func, insert, select

from iq_desktop.domain import reference
from iq_desktop.domain.figures import COLS, build_sections
from iq_server.db.engine import begin_write, utcnow
from iq_server.db.models import ARCHIVE, RECORD, SITE
from iq_server.services.disclosure import Group, protect
from iq_server.services.ingest import quarter_parts


class ReportError(Exception):
    """The report cannot be produced as asked; the message says why."""


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

    def as_json(self) -> dict[str, Any]:
        return {
            "from": self.date_from.isoformat(), "to": self.date_to.isoformat(),
            "first_quarter": quarter_of(self.date_from), "last_quarter": quarter_of(self.date_to),
            "state": self.state, "network": self.network, "site": self.site, "k": self.k,
        }  # fmt: skip


def _check(engine: Engine, p: Params) -> list[str]:
    """Validate the filters; return the federal states the report covers."""
    if p.date_to < p.date_from:
        raise ReportError("--to is before --from")
    if p.state is not None and p.state not in reference.federal_states():
        raise ReportError(f"unknown federal state {p.state!r}; use a code such as DE-BE")
    q = select(SITE.c.state).distinct()
    if p.state:
        q = q.where(SITE.c.state == p.state)
    if p.network:
        q = q.where(SITE.c.network == p.network)
    if p.site:
        q = q.where(SITE.c.site_id == p.site)
    with engine.connect() as conn:
        states = sorted(r[0] for r in conn.execute(q))
        if p.site and not conn.execute(select(SITE.c.site_id).where(SITE.c.site_id == p.site)).first():
            raise ReportError(f"no site {p.site}; see: iq-server site list")
        if p.network and not conn.execute(select(SITE.c.site_id).where(SITE.c.network == p.network)).first():
            raise ReportError(f"no site belongs to network {p.network!r}; see: iq-server site list")
    return states


def _where(q: Any, p: Params, rtype: str, column: Any) -> Any:
    lo = quarter_parts(quarter_of(p.date_from))[2]
    hi = quarter_parts(quarter_of(p.date_to))[2]
    q = q.where(RECORD.c.rtype == rtype, column >= lo, column <= hi)
    if p.state:
        q = q.where(RECORD.c.state == p.state)
    if p.network:
        q = q.where(RECORD.c.network == p.network)
    if p.site:
        q = q.where(RECORD.c.site_id == p.site)
    return q


def _n(cond: Any) -> Any:
    return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)


def aggregate(engine: Engine, p: Params, states: list[str]) -> tuple[dict[str, int], list[str]]:
    """All raw counts (cell id -> count) and the top occupation groups' cell ids, from SQL."""
    r = RECORD.c
    initial = r.kind == "initial"
    sessions = _where(
        select(
            r.state, r.occupation_group, _n(initial),
            _n(initial & (r.has_recognition == 1) & (r.has_job_training == 0)),
            _n(initial & (r.has_recognition == 0) & (r.has_job_training == 1)),
            _n(initial & (r.has_recognition == 1) & (r.has_job_training == 1)),
            _n((r.has_fi == 1) & (r.first_contact == 1)),
        ).group_by(r.state, r.occupation_group),
        p, "session", r.period_start,
    )  # fmt: skip
    started = _where(select(r.training_format, func.count()).group_by(r.training_format), p, "training", r.period_start)
    completed = _where(select(func.count()), p, "training", r.end_period_start).where(r.training_status == "completed")
    events = _where(
        select(r.audience, r.event_topic, func.count(), func.coalesce(func.sum(r.participants), 0)).group_by(
            r.audience, r.event_topic
        ),
        p, "event", r.period_start,
    )  # fmt: skip
    v: dict[str, int] = {}
    for s in states:
        for c in ("total", *COLS):
            v[f"state.{s}.{c}"] = 0
    occ: dict[str, int] = {}
    fi = 0
    with engine.connect() as conn:
        for state, group, n_init, rec, jt, comb, n_fi in conn.execute(sessions):
            for col, n in (("total", n_init), ("recognition", rec), ("job_training", jt), ("combined", comb)):
                v[f"state.{state}.{col}"] = v.get(f"state.{state}.{col}", 0) + int(n)
            if group is not None and n_init:
                occ[group] = occ.get(group, 0) + int(n_init)
            fi += int(n_fi)
        by_format = {fmt: int(n) for fmt, n in conn.execute(started)}
        completers = int(conn.execute(completed).scalar_one())
        ev = {(a, t): (int(n), int(s)) for a, t, n, s in conn.execute(events)}
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


def build(engine: Engine, p: Params) -> dict[str, Any]:
    """The published report (a JSON-able dict) with disclosure control applied."""
    states = _check(engine, p)
    values, top = aggregate(engine, p, states)
    state_keys = sorted({k.split(".")[1] for k in values if k.startswith("state.")})
    suppressed = protect(values, groups_for(state_keys), p.k)

    sections = build_sections(
        lambda k: _cell(values, suppressed, k), [k.split(".", 1)[1] for k in top], state_keys
    )
    return {
        "title": "IQ in figures",
        "generated_at": utcnow().strftime("%Y-%m-%dT%H:%M:%SZ"),
        "params": p.as_json(),
        "note": "Quarters overlapping the period are counted. x = suppressed by disclosure control "
        f"(no published count from 1 to {p.k - 1}; see docs/disclosure-control.md).",
        "sections": sections,
    }


def archive(engine: Engine, report: dict[str, Any]) -> int:
    with begin_write(engine) as conn:
        rid = conn.execute(
            insert(ARCHIVE)
            .values(created_at=utcnow(), params=json.dumps(report["params"]), content=json.dumps(report))
            .returning(ARCHIVE.c.report_id)
        ).scalar_one()
    return int(rid)


def archived(engine: Engine, report_id: int) -> dict[str, Any]:
    with engine.connect() as conn:
        row = conn.execute(select(ARCHIVE.c.content).where(ARCHIVE.c.report_id == report_id)).first()
    if row is None:
        raise ReportError(f"no stored report #{report_id}; see: iq-server report --list-stored")
    return dict(json.loads(row[0]))


def list_archived(engine: Engine) -> list[tuple[int, str, dict[str, Any]]]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(ARCHIVE.c.report_id, ARCHIVE.c.created_at, ARCHIVE.c.params).order_by(ARCHIVE.c.report_id)
        ).all()
    return [(int(r[0]), r[1].isoformat(timespec="seconds"), json.loads(r[2])) for r in rows]
