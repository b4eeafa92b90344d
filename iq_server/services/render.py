"""Render a published report as a text table, JSON, CSV or XLSX.

The sections are rendered by the renderer shared with the desktop (:mod:`iq_desktop.domain.report_render`);
this module adds the report's heading (period, region, note) and the footnote on disclosure control
(the method and the maximum deviation: text, CSV and XLSX; JSON has ``params.disclosure``).
"""

from __future__ import annotations

import json
from typing import Any

from iq_desktop.domain import report_render
from iq_desktop.domain.report_render import FIELDS, Labels
from iq_server.services import disclosure
from iq_server.services.report import Report

SUPPRESSED = "x"  # only in reports stored before the cell key method
FORMATS = ("text", "json", "csv", "xlsx")
HEADER = list(FIELDS)
LABELS = Labels(suppressed=SUPPRESSED, sheet="IQ in figures", data_sheet="data")


def region_words(params: dict[str, Any]) -> str:
    filters = (("state", params.get("state")), ("network", params.get("network")), ("site", params.get("site")))
    return ", ".join(f"{k} {v}" for k, v in filters if v) or "all sites"


def _heading(report: Report) -> list[str]:
    p: dict[str, Any] = dict(report["params"])
    if "period" in p:
        when = f"{p['period']} ({p['from']} to {p['to']}), reference date {p['as_of']}"
    else:  # stored before the lattice
        when = f"{p['from']} to {p['to']}"
    return [f"{report['title']}: {when}, {region_words(p)}", report["note"]]


def footnote(report: Report) -> list[str]:
    """The disclosure-control footnote (none for reports stored before the cell key method)."""
    return [disclosure.footnote()] if "disclosure" in report["params"] else []


def to_text(report: Report) -> str:
    return report_render.to_text(report["sections"], _heading(report), LABELS, footnote=footnote(report))


def to_json(report: Report) -> str:
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"


def to_csv(report: Report) -> bytes:
    notes = footnote(report)
    appendix: list[list[report_render.Value]] = [[]] if notes else []
    appendix += [["footnote", line] for line in notes]
    return report_render.to_csv(report["sections"], LABELS, appendix=appendix)


def to_xlsx(report: Report) -> bytes:
    return report_render.to_xlsx(report["sections"], _heading(report), LABELS, footnote=footnote(report))


def render(report: Report, fmt: str) -> bytes:
    if fmt == "xlsx":
        return to_xlsx(report)
    if fmt == "csv":
        return to_csv(report)
    text = {"text": to_text, "json": to_json}[fmt](report)
    return text.encode("utf-8")
