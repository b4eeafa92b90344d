"""Render the sections of "IQ in figures" (:func:`iq_desktop.domain.figures.build_sections`) as a text
table, CSV or XLSX: one renderer for the server's published report and the site's own figures.

No Qt, no SQL, no files: every function returns the text or the bytes; the caller writes them. The
words are passed in as :class:`Labels` (English by default), so the desktop can render German::

    sections = build_sections(cell, top_groups, states)
    data = to_csv(sections, Labels(header=("Abschnitt", "Zeile", "Bezeichnung", "Spalte", "Wert", "unterdrückt")))
    book = to_xlsx(sections, ["IQ in Zahlen: Q1/2024"], Labels(sheet="IQ in Zahlen", data_sheet="Daten"))

A cell is ``{"value": n}``, or ``{"value": None, "suppressed": True}`` when disclosure control
withheld it (shown as ``labels.suppressed``, "x").
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple, NotRequired, TypedDict

__all__ = [
    "FIELDS", "Cell", "FlatCell", "Labels", "Row", "Section", "Value", "flat_cells", "format_cell", "to_csv",
    "to_text", "to_xlsx",
]  # fmt: skip


class Cell(TypedDict):
    value: int | None
    suppressed: NotRequired[bool]


class Row(TypedDict):
    id: str
    label: str
    cells: list[Cell]


class Section(TypedDict):
    id: str
    title: str
    columns: list[str]
    rows: list[Row]


#: A value in a CSV row or a spreadsheet cell.
Value = str | int | float | bool | None


class FlatCell(NamedTuple):
    """One cell of one row of one section, as a line of the data table."""

    section: str  # the section's id
    row: str  # the row's id
    label: str  # the row's label
    column: str
    value: int | None  # None when suppressed
    suppressed: bool
    section_title: str


#: The data table's default fields (names of :class:`FlatCell` attributes), in order.
FIELDS: tuple[str, ...] = ("section", "row", "label", "column", "value", "suppressed")


@dataclass(frozen=True)
class Labels:
    """The words and the layout choices of a rendering.

    ``fields`` picks the :class:`FlatCell` attributes of a data-table line (CSV and the data sheet),
    ``header`` names them (same length)."""

    suppressed: str = "x"
    no_figures: str = "(no figures to publish)"
    sheet: str = "IQ in figures"
    data_sheet: str = "data"
    fields: tuple[str, ...] = FIELDS
    header: tuple[str, ...] = FIELDS
    thousands: str = ","
    true: str = "true"
    false: str = "false"

    def __post_init__(self) -> None:
        unknown = set(self.fields) - set(FlatCell._fields)
        if unknown or len(self.header) != len(self.fields):
            raise ValueError("Labels.fields must name FlatCell fields and match Labels.header in length")


ENGLISH = Labels()


def _suppressed(cell: Cell) -> bool:
    return bool(cell.get("suppressed"))


def format_cell(cell: Cell, labels: Labels = ENGLISH) -> str:
    """A cell as shown in a table: the count with thousands separators, or the suppression mark."""
    if _suppressed(cell):
        return labels.suppressed
    text = f"{cell['value']:,}"
    return text if labels.thousands == "," else text.replace(",", labels.thousands)


def flat_cells(sections: Sequence[Section]) -> list[FlatCell]:
    """Every cell of every row of every section, in order."""
    out: list[FlatCell] = []
    for section in sections:
        for r in section["rows"]:
            for col, cell in zip(section["columns"], r["cells"], strict=True):
                suppressed = _suppressed(cell)
                value = None if suppressed else cell["value"]
                out.append(FlatCell(section["id"], r["id"], r["label"], col, value, suppressed, section["title"]))
    return out


def _line(cell: FlatCell, fields: Sequence[str]) -> list[Value]:
    return [getattr(cell, f) for f in fields]


def to_text(
    sections: Sequence[Section], heading: Sequence[str] = (), labels: Labels = ENGLISH, *, footnote: Sequence[str] = ()
) -> str:
    """A plain-text table: the ``heading`` lines, then each section with its columns right-aligned, then
    the ``footnote`` lines (after a blank line)."""
    lines = list(heading)
    for section in sections:
        lines += ["", section["title"]]
        cols = section["columns"]
        rows = section["rows"]
        label_w = max([len(r["label"]) for r in rows] + [10])
        widths = [max([len(c)] + [len(format_cell(r["cells"][i], labels)) for r in rows]) for i, c in enumerate(cols)]
        if len(cols) > 1:
            lines.append("  " + " " * label_w + "  " + "  ".join(c.rjust(w) for c, w in zip(cols, widths, strict=True)))
        if not rows:
            lines.append("  " + labels.no_figures)
        for r in rows:
            vals = "  ".join(format_cell(c, labels).rjust(w) for c, w in zip(r["cells"], widths, strict=True))
            lines.append(f"  {r['label'].ljust(label_w)}  {vals}")
    if footnote:
        lines += ["", *footnote]
    return "\n".join(lines) + "\n"


def _csv_value(v: Value, labels: Labels) -> Value:
    if v is None:
        return ""
    if v is True:
        return labels.true
    if v is False:
        return labels.false
    return v


def to_csv(
    sections: Sequence[Section],
    labels: Labels = ENGLISH,
    *,
    preamble: Sequence[Sequence[Value]] = (),
    appendix: Sequence[Sequence[Value]] = (),
    line_end: str = "\n",
    bom: bool = False,
) -> bytes:
    """The data table as UTF-8 CSV: ``preamble`` rows, the header, one line per cell, ``appendix`` rows.
    ``bom`` and ``line_end="\\r\\n"`` make a file spreadsheet programs on Windows open as UTF-8."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=line_end)
    for extra in preamble:
        w.writerow([_csv_value(v, labels) for v in extra])
    w.writerow(labels.header)
    for cell in flat_cells(sections):
        w.writerow([_csv_value(v, labels) for v in _line(cell, labels.fields)])
    for extra in appendix:
        w.writerow([_csv_value(v, labels) for v in extra])
    return buf.getvalue().encode("utf-8-sig" if bom else "utf-8")


def to_xlsx(
    sections: Sequence[Section],
    heading: Sequence[str] = (),
    labels: Labels = ENGLISH,
    *,
    extra_sheets: Sequence[tuple[str, Sequence[Sequence[Value]]]] = (),
    footnote: Sequence[str] = (),
) -> bytes:
    """A workbook: sheet ``labels.sheet`` with the ``heading`` lines (the first bold), each section as
    a small table (suppressed cells as ``labels.suppressed``) and the ``footnote`` lines; sheet
    ``labels.data_sheet`` with the data table; then ``extra_sheets`` (title, rows)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = labels.sheet
    for line in heading:
        ws.append([line])
    if heading:
        ws["A1"].font = Font(bold=True)
    for section in sections:
        ws.append([])
        ws.append([section["title"], *section["columns"]])
        ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
        for r in section["rows"]:
            ws.append([r["label"], *[labels.suppressed if _suppressed(c) else c["value"] for c in r["cells"]]])
    if footnote:
        ws.append([])
        for line in footnote:
            ws.append([line])
    ws.column_dimensions["A"].width = 48
    data = wb.create_sheet(labels.data_sheet)
    data.append(list(labels.header))
    for cell in flat_cells(sections):
        data.append(_line(cell, labels.fields))
    for title, rows in extra_sheets:
        extra = wb.create_sheet(title)
        for row in rows:
            extra.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
