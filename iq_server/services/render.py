"""Render a published report as a text table, JSON, CSV or XLSX."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

SUPPRESSED = "x"
FORMATS = ("text", "json", "csv", "xlsx")


def _fmt(cell: dict[str, Any]) -> str:
    return SUPPRESSED if cell.get("suppressed") else f"{cell['value']:,}"


def _heading(report: dict[str, Any]) -> list[str]:
    p = report["params"]
    region = ", ".join(f"{k} {p[k]}" for k in ("state", "network", "site") if p.get(k)) or "all sites"
    return [
        f"{report['title']}: {p['from']} to {p['to']} (quarters {p['first_quarter']} to {p['last_quarter']}), {region}",
        report["note"],
    ]


def to_text(report: dict[str, Any]) -> str:
    lines = _heading(report)
    for section in report["sections"]:
        lines += ["", section["title"]]
        cols = section["columns"]
        label_w = max([len(r["label"]) for r in section["rows"]] + [10])
        widths = [max([len(c)] + [len(_fmt(r["cells"][i])) for r in section["rows"]]) for i, c in enumerate(cols)]
        if len(cols) > 1:
            lines.append("  " + " " * label_w + "  " + "  ".join(c.rjust(w) for c, w in zip(cols, widths, strict=True)))
        if not section["rows"]:
            lines.append("  (no figures to publish)")
        for r in section["rows"]:
            vals = "  ".join(_fmt(c).rjust(w) for c, w in zip(r["cells"], widths, strict=True))
            lines.append(f"  {r['label'].ljust(label_w)}  {vals}")
    return "\n".join(lines) + "\n"


def to_json(report: dict[str, Any]) -> str:
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"


def _flat_rows(report: dict[str, Any]) -> list[list[Any]]:
    out: list[list[Any]] = []
    for section in report["sections"]:
        for r in section["rows"]:
            for col, cell in zip(section["columns"], r["cells"], strict=True):
                suppressed = bool(cell.get("suppressed"))
                out.append([section["id"], r["id"], r["label"], col, None if suppressed else cell["value"], suppressed])
    return out


HEADER = ["section", "row", "label", "column", "value", "suppressed"]


def to_csv(report: dict[str, Any]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    for row in _flat_rows(report):
        w.writerow(["" if v is None else ("true" if v is True else "false" if v is False else v) for v in row])
    return buf.getvalue()


def to_xlsx(report: dict[str, Any]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "IQ in figures"
    for line in _heading(report):
        ws.append([line])
    ws["A1"].font = Font(bold=True)
    for section in report["sections"]:
        ws.append([])
        ws.append([section["title"], *section["columns"]])
        ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
        for r in section["rows"]:
            ws.append([r["label"], *[SUPPRESSED if c.get("suppressed") else c["value"] for c in r["cells"]]])
    ws.column_dimensions["A"].width = 48
    data = wb.create_sheet("data")
    data.append(HEADER)
    for row in _flat_rows(report):
        data.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def render(report: dict[str, Any], fmt: str) -> bytes:
    if fmt == "xlsx":
        return to_xlsx(report)
    text = {"text": to_text, "json": to_json, "csv": to_csv}[fmt](report)
    return text.encode("utf-8")
