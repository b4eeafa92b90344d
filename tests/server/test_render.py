"""The renderer shared by the server's report and the desktop's own figures
(``iq_desktop.domain.report_render``): the server's formats, and labels passed in by a caller."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from iq_desktop.domain.figures import build_sections
from iq_desktop.domain.report_render import Cell, Labels, Section, Value, flat_cells, to_csv, to_text, to_xlsx
from iq_server.services import render


def _sections() -> list[Section]:
    def cell(key: str) -> Cell:
        if key == "initial.recognition":
            return {"value": None, "suppressed": True}
        return {"value": 1234 if key == "initial.total" else 7}

    return build_sections(cell, [], ["DE-BE"])  # type: ignore[arg-type,return-value]


def test_server_csv_is_the_flat_table_with_suppression_flags() -> None:
    lines = to_csv(_sections()).decode("utf-8").splitlines()
    assert lines[0] == ",".join(render.HEADER)
    assert "initial,recognition,of which recognition counselling only,sessions,,true" in lines
    assert "initial,total,initial advisory sessions,sessions,1234,false" in lines
    assert len(lines) == 1 + len(flat_cells(_sections()))


def test_text_marks_suppressed_cells_and_empty_sections() -> None:
    text = to_text(_sections(), ["heading"])
    assert text.startswith("heading\n")
    assert "1,234" in text and "(no figures to publish)" in text
    german = to_text(_sections(), [], Labels(thousands=".", no_figures="(keine Zahlen)"))
    assert "1.234" in german and "(keine Zahlen)" in german


def test_labels_fields_and_layout_come_from_the_caller() -> None:
    fields = ("section_title", "label", "column", "value")
    labels = Labels(fields=fields, header=("Abschnitt", "Zeile", "Spalte", "Wert"))
    data = to_csv(_sections(), labels, preamble=[["Zeitraum", "2024-01-01", "2024-03-31"]], appendix=[[], ["Monat"]],
                  line_end="\r\n", bom=True)  # fmt: skip
    assert data.startswith(b"\xef\xbb\xbfZeitraum,2024-01-01,2024-03-31\r\nAbschnitt,Zeile,Spalte,Wert\r\n")
    assert data.endswith(b"\r\n\r\nMonat\r\n")
    months: list[tuple[str, list[list[Value]]]] = [("Pro Monat", [["Monat", "a"], ["2024-01", 3]])]
    xlsx = to_xlsx(_sections(), ["IQ in Zahlen"], Labels(sheet="Zahlen", data_sheet="Daten"), extra_sheets=months)
    book = load_workbook(io.BytesIO(xlsx))
    assert book.sheetnames == ["Zahlen", "Daten", "Pro Monat"]
    assert book["Zahlen"]["A1"].value == "IQ in Zahlen" and book["Pro Monat"]["B2"].value == 3


def test_footnote_in_text_and_xlsx() -> None:
    text = to_text(_sections(), ["heading"], footnote=["Disclosure control: at most 4."])
    assert text.endswith("\n\nDisclosure control: at most 4.\n")
    assert to_text(_sections(), ["heading"]) + "\nDisclosure control: at most 4.\n" == text
    book = load_workbook(io.BytesIO(to_xlsx(_sections(), ["heading"], footnote=["Disclosure control: at most 4."])))
    first = [row[0] for row in book["IQ in figures"].iter_rows(values_only=True)]
    assert first[-2:] == [None, "Disclosure control: at most 4."]
