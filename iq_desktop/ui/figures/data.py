"""The site's own figures for a period, and their export to CSV / XLSX (no Qt here; runs on the DB worker).

:func:`figures` asks ``services.site_figures`` when the services have it; otherwise it counts the same
sections as the server's "IQ in figures" from the vault's records. It always adds ``monthly`` (sessions
per month by topic group) for the chart. A site sees its own full counts: no disclosure control here.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from iq_desktop.domain import reference
from iq_desktop.domain.codes import Audience, EventTopic, SessionKind, Topic, TrainingStatus

TOPIC_GROUPS = ("recognition", "job_training", "fair_integration")


def _in(d: date | None, start: date, end: date) -> bool:
    return d is not None and start <= d <= end


def _row(rid: str, label: str, *values: int) -> dict[str, Any]:
    return {"id": rid, "label": label, "cells": [{"value": v} for v in values]}


def compute(records: list[Any], start: date, end: date) -> dict[str, Any]:
    """The sections from plain records (clients, sessions, trainings, events)."""
    clients = {r.id: r for r in records if r.TYPE.value == "client"}
    sessions = [r for r in records if r.TYPE.value == "session"]
    trainings = [r for r in records if r.TYPE.value == "training"]
    events = [r for r in records if r.TYPE.value == "event" and _in(r.date, start, end)]
    initial = [s for s in sessions if s.kind is SessionKind.INITIAL and _in(s.date, start, end)]
    cols: Counter[str] = Counter()
    occ: Counter[str] = Counter()
    for s in initial:
        rec, jt = Topic.RECOGNITION in s.topics, Topic.JOB_TRAINING in s.topics
        cols["combined" if rec and jt else "recognition" if rec else "job_training" if jt else "other"] += 1
        client = clients.get(s.client_id)
        code = getattr(client, "occupation_code", None) or ""
        if code in reference.occupations():
            occ[code[:3]] += 1
    fi_people = {s.client_id for s in sessions
                 if _in(s.date, start, end) and any(t.is_fair_integration for t in s.topics)}
    fi_events = [e for e in events if e.audience is Audience.MIGRANTS and e.topic is EventTopic.FAIR_INTEGRATION]
    started = [t for t in trainings if _in(t.start, start, end)]
    fmt = Counter(t.format.value for t in started)
    completers = sum(1 for t in trainings if t.status is TrainingStatus.COMPLETED and _in(t.end, start, end))
    by_audience = {a: [e for e in events if e.audience is a] for a in (Audience.LABOUR_MARKET, Audience.BUSINESS)}
    groups = reference.occupation_groups()
    top = sorted(occ.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    return {
        "title": "IQ in figures",
        "period": [start.isoformat(), end.isoformat()],
        "sections": [
            {"id": "initial", "title": "Initial advisory sessions", "columns": ["sessions"], "rows": [
                _row("total", "initial advisory sessions", len(initial)),
                *[_row(c, f"of which {c.replace('_', ' ')}", cols[c])
                  for c in ("recognition", "job_training", "combined", "other")]]},
            {"id": "fair_integration", "title": "Fair Integration", "columns": ["count"], "rows": [
                _row("individuals", "individuals advised", len(fi_people)),
                _row("events", "group events for migrants", len(fi_events)),
                _row("participants", "participants in these events", sum(e.participants for e in fi_events))]},
            {"id": "job_training", "title": "Job-training schemes", "columns": ["count"], "rows": [
                _row("course_based", "course-based schemes started (participants)", fmt["course_based"]),
                _row("individual", "individually tailored schemes started", fmt["individual"]),
                _row("participants", "participants commencing", len(started)),
                _row("completers", "successful completers", completers)]},
            {"id": "stakeholders", "title": "Events for labour-market and business stakeholders",
             "columns": ["events", "participants"], "rows": [
                _row(a.value, f"{a.value.replace('_', '-')} stakeholders", len(evs), sum(e.participants for e in evs))
                for a, evs in by_audience.items()]},
            {"id": "occupations", "title": "Most frequent reference occupations (initial sessions)",
             "columns": ["sessions"], "rows": [
                _row(g, f"{g} {groups[g].title_en}" if g in groups else g, n) for g, n in top]},
        ],
    }  # fmt: skip


def monthly(records: list[Any], start: date, end: date) -> dict[str, dict[str, int]]:
    """Sessions per month (``YYYY-MM``) by topic group; a session with several groups counts in each."""
    out: dict[str, dict[str, int]] = {}
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        out[f"{y:04d}-{m:02d}"] = dict.fromkeys(TOPIC_GROUPS, 0)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    for s in records:
        if s.TYPE.value != "session" or not _in(s.date, start, end):
            continue
        month = out[f"{s.date.year:04d}-{s.date.month:02d}"]
        if Topic.RECOGNITION in s.topics:
            month["recognition"] += 1
        if Topic.JOB_TRAINING in s.topics:
            month["job_training"] += 1
        if any(t.is_fair_integration for t in s.topics):
            month["fair_integration"] += 1
    return out


def _site_figures_service() -> Any | None:
    from importlib import import_module

    for name in ("iq_desktop.services.figures", "iq_desktop.services.queries", "iq_desktop.services.records"):
        try:
            fn = getattr(import_module(name), "site_figures", None)
        except ImportError:
            continue
        if fn is not None:
            return fn
    return None


def quarter_period(start: date, end: date) -> tuple[date, date]:
    """The period widened to whole quarters: the services count by quarter (the grain of the records
    that leave the laptop and of the network's figures), so the table, the charts and the export all
    cover the same whole quarters."""
    import calendar

    first = date(start.year, 3 * ((start.month - 1) // 3) + 1, 1)
    last_month = 3 * ((end.month - 1) // 3) + 3
    return first, date(end.year, last_month, calendar.monthrange(end.year, last_month)[1])


def quarter_name(d: date) -> str:
    return f"Q{(d.month - 1) // 3 + 1}/{d.year}"


def figures(vault: Any, start: date, end: date) -> dict[str, Any]:
    from iq_desktop.services import queries

    start, end = quarter_period(start, end)
    records = list(queries.all_records(vault))
    service = _site_figures_service()
    data = dict(service(vault, start, end)) if service is not None else compute(records, start, end)
    data.setdefault("period", [start.isoformat(), end.isoformat()])
    data["monthly"] = monthly(records, start, end)
    return data


def table_rows(data: dict[str, Any]) -> list[tuple[str, str, str, Any]]:
    """(section, row, column, value) for every cell; ``None`` for a suppressed cell."""
    out = []
    for section in data.get("sections", []):
        for row in section.get("rows", []):
            for col, cell in zip(section.get("columns", []), row.get("cells", []), strict=False):
                out.append((section.get("title", ""), row.get("label", ""), col, cell.get("value")))
    return out


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)


def export_csv(data: dict[str, Any], path: Path, headers: tuple[str, str, str, str]) -> Path:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["period", *data.get("period", [])])
    w.writerow(headers)
    for section, row, col, value in table_rows(data):
        w.writerow([section, row, col, "" if value is None else value])
    w.writerow([])
    w.writerow(["month", *TOPIC_GROUPS])
    for month, counts in data.get("monthly", {}).items():
        w.writerow([month, *[counts.get(g, 0) for g in TOPIC_GROUPS]])
    _atomic_write(Path(path), buf.getvalue().encode("utf-8-sig"))
    return Path(path)


def export_xlsx(data: dict[str, Any], path: Path, headers: tuple[str, str, str, str]) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Figures"
    ws.append(["period", *data.get("period", [])])
    ws.append(list(headers))
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for section, row, col, value in table_rows(data):
        ws.append([section, row, col, value])
    ws.column_dimensions["A"].width = 50
    ws.column_dimensions["B"].width = 50
    months = wb.create_sheet("Per month")
    months.append(["month", *TOPIC_GROUPS])
    for month, counts in data.get("monthly", {}).items():
        months.append([month, *[counts.get(g, 0) for g in TOPIC_GROUPS]])
    buf = io.BytesIO()
    wb.save(buf)
    _atomic_write(Path(path), buf.getvalue())
    return Path(path)
