"""The site's own "IQ in figures", computed on the laptop from the de-identified outbox payloads.

Same sections, rows and cell layout as the server's report (``iq_server.services.report.build``), so one
renderer serves both. Counted from the latest revision of every record (retracted records are in
no figure; records purged by retention still count, as on the server). Quarters overlapping the
period are counted. No disclosure control: these are the site's own figures, shown only to it.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any, cast

from iq_desktop.domain.figures import COLS, build_sections, topic_column
from iq_desktop.services.vault import Vault

__all__ = ["site_figures"]


def _q(d: date) -> int:
    return d.year * 4 + (d.month - 1) // 3


def _qs(text: str | None) -> int | None:
    if not text:
        return None
    year, q = text.split("-Q")
    return int(year) * 4 + int(q) - 1


def site_figures(vault: Vault, start: date, end: date) -> dict[str, Any]:
    if end < start:
        raise ValueError("the end of the period is before its start")
    lo, hi = _q(start), _q(end)
    with vault._uow(readonly=True) as uow:
        payloads = [json.loads(e.payload) for e in uow.outbox.current()]
    v: Counter[str] = Counter()
    occupations: Counter[str] = Counter()

    def inside(q: int | None) -> bool:
        return q is not None and lo <= q <= hi

    for p in payloads:
        kind = p.get("type")
        if kind == "session" and inside(_qs(p["quarter"])):
            topics = p["topics"]
            if p["kind"] == "initial":
                v["initial.total"] += 1
                v[f"initial.{topic_column(topics)}"] += 1
                group = p["person"].get("occupation_group")
                if group:
                    occupations[group] += 1
            if p["first_contact"] and any(t.startswith("fi_") for t in topics):
                v["fi.individuals"] += 1
        elif kind == "training":
            if inside(_qs(p["start_quarter"])):
                v[f"training.{p['format']}"] += 1
                v["training.participants"] += 1
            if p["status"] == "completed" and inside(_qs(p.get("end_quarter"))):
                v["training.completers"] += 1
        elif kind == "event" and inside(_qs(p["quarter"])):
            if p["audience"] == "migrants" and p["topic"] == "fair_integration":
                v["fi.events"] += 1
                v["fi.participants"] += p["participants"]
            if p["audience"] in ("labour_market", "business"):
                v[f"events.{p['audience']}.count"] += 1
                v[f"events.{p['audience']}.participants"] += p["participants"]

    site = vault.site
    state = site.state if site and site.state else None
    if state:  # the site's own state is its only row in "sessions by federal state"
        for c in ("total", *COLS):
            v[f"state.{state}.{c}"] = v[f"initial.{c}"]
    top = sorted(occupations.items(), key=lambda t: (-t[1], t[0]))[:5]
    for g, n in top:
        v[f"occupation.{g}"] = n
    sections = build_sections(lambda k: {"value": v[k]}, [g for g, _ in top], [state] if state else [])
    return {
        "title": "IQ in figures (this site)",
        "params": {
            "from": start.isoformat(),
            "to": end.isoformat(),
            "state": state,
            "site": site.site_id if site else None,
            "network": site.network if site else None,
        },
        "note": "Computed on this laptop from the de-identified records; quarters overlapping the period are "
        "counted; not disclosure-controlled (for this site only, not for publication).",
        "sections": sections,
    }


# --- for the figures screen: whole quarters, sessions per month, export to CSV / XLSX ---------------------
TOPIC_GROUPS = ("recognition", "job_training", "fair_integration")
FigureCell = tuple[str, str, str, object]  # (section, row, column, value); value None = suppressed


def quarter_period(start: date, end: date) -> tuple[date, date]:
    """The period widened to whole quarters: the figures count by quarter (the grain of the records
    that leave the laptop and of the network's figures), so the table, the charts and the export all
    cover the same whole quarters."""
    import calendar

    first = date(start.year, 3 * ((start.month - 1) // 3) + 1, 1)
    last_month = 3 * ((end.month - 1) // 3) + 3
    return first, date(end.year, last_month, calendar.monthrange(end.year, last_month)[1])


def sessions_per_month(vault: Vault, start: date, end: date) -> dict[str, dict[str, int]]:
    """Sessions per month (``YYYY-MM``) by topic group; a session with several groups counts in each."""
    from iq_desktop.domain.codes import RecordType, Topic
    from iq_desktop.domain.records import CounsellingSession
    from iq_desktop.services import queries

    out: dict[str, dict[str, int]] = {}
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        out[f"{y:04d}-{m:02d}"] = dict.fromkeys(TOPIC_GROUPS, 0)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    for s in queries.all_records(vault, RecordType.SESSION):
        if not isinstance(s, CounsellingSession) or not start <= s.date <= end:
            continue
        month = out[f"{s.date.year:04d}-{s.date.month:02d}"]
        if Topic.RECOGNITION in s.topics:
            month["recognition"] += 1
        if Topic.JOB_TRAINING in s.topics:
            month["job_training"] += 1
        if any(t.is_fair_integration for t in s.topics):
            month["fair_integration"] += 1
    return out


def figures_for_period(vault: Vault, start: date, end: date) -> dict[str, Any]:
    """:func:`site_figures` for the whole quarters around the period, with ``period`` and ``monthly``
    (sessions per month by topic group, for the chart)."""
    start, end = quarter_period(start, end)
    data = dict(site_figures(vault, start, end))
    data.setdefault("period", [start.isoformat(), end.isoformat()])
    data["monthly"] = sessions_per_month(vault, start, end)
    return data


def figure_cells(data: dict[str, Any]) -> list[FigureCell]:
    """(section, row, column, value) for every cell; ``None`` for a suppressed cell."""
    out: list[FigureCell] = []
    for section in data.get("sections", []):
        for row in section.get("rows", []):
            for col, cell in zip(section.get("columns", []), row.get("cells", []), strict=False):
                out.append((section.get("title", ""), row.get("label", ""), col, cell.get("value")))
    return out


def export_figures(data: dict[str, Any], path: Path, headers: tuple[str, str, str, str], fmt: str) -> Path:
    """Write figures (as from :func:`figures_for_period`) to ``path`` as ``"csv"`` or ``"xlsx"``, rendered by
    the one report renderer the server uses too (:mod:`iq_desktop.domain.report_render`): one line per
    cell (section, row, column, value; suppressed cells empty), then the sessions per month."""
    from iq_desktop.domain import report_render
    from iq_desktop.fs.atomic import atomic_replace

    sections = cast(list[report_render.Section], data.get("sections", []))
    labels = report_render.Labels(
        fields=("section_title", "label", "column", "value"), header=headers, data_sheet="Figures"
    )
    period: list[report_render.Value] = ["period", *data.get("period", [])]
    monthly: list[list[report_render.Value]] = [["month", *TOPIC_GROUPS]]
    monthly += [[month, *[counts.get(g, 0) for g in TOPIC_GROUPS]] for month, counts in data.get("monthly", {}).items()]
    if fmt == "csv":
        body = report_render.to_csv(
            sections, labels, preamble=[period], appendix=[[], *monthly], line_end="\r\n", bom=True
        )
    else:
        heading = [" ".join(str(v) for v in period)]
        body = report_render.to_xlsx(sections, heading, labels, extra_sheets=[("Per month", monthly)])
    atomic_replace(Path(path), body)
    return Path(path)


#: The JSON-like figures (``title``, ``period``, ``sections`` of ``rows`` of ``cells``, ``monthly``), and one
#: section, row or cell of them: the shape the server's report has too.
Figures = dict[str, Any]
FigurePart = dict[str, Any]
