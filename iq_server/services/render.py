"""Render a published report as a text table, JSON, CSV or XLSX.

The sections are rendered by the renderer shared with the desktop (:mod:`iq_desktop.domain.report_render`);
this module adds the report's heading (period, region, note) and the JSON form.
"""

from __future__ import annotations

import json

from iq_desktop.domain import report_render
from iq_desktop.domain.report_render import FIELDS, Labels
from iq_server.services.report import Report

SUPPRESSED = "x"
FORMATS = ("text", "json", "csv", "xlsx")
HEADER = list(FIELDS)
LABELS = Labels(suppressed=SUPPRESSED, sheet="IQ in figures", data_sheet="data")


def _heading(report: Report) -> list[str]:
    p = report["params"]
    filters = (("state", p["state"]), ("network", p["network"]), ("site", p["site"]))
    region = ", ".join(f"{k} {v}" for k, v in filters if v) or "all sites"
    return [
        f"{report['title']}: {p['from']} to {p['to']} (quarters {p['first_quarter']} to {p['last_quarter']}), {region}",
        report["note"],
    ]


def to_text(report: Report) -> str:
    return report_render.to_text(report["sections"], _heading(report), LABELS)


def to_json(report: Report) -> str:
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"


def to_csv(report: Report) -> str:
    return report_render.to_csv(report["sections"], LABELS).decode("utf-8")


def to_xlsx(report: Report) -> bytes:
    return report_render.to_xlsx(report["sections"], _heading(report), LABELS)


def render(report: Report, fmt: str) -> bytes:
    if fmt == "xlsx":
        return to_xlsx(report)
    if fmt == "csv":
        return report_render.to_csv(report["sections"], LABELS)
    text = {"text": to_text, "json": to_json}[fmt](report)
    return text.encode("utf-8")
