"""The figures page follows the records and the period (issue 12, item 4), its export is in the user's
language (item 3) and says the figures are internal (issue 10, item 12); the table does not scroll inside
the scrolling page (item 15)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from iq_desktop.domain.codes import SessionKind, Topic
from iq_desktop.domain.records import Client, CounsellingSession
from tests.ui._screens_support import run, wait_idle
from tests.ui.test_german_screens import english_only


def _session(ctx: Any, day: date) -> None:
    from iq_desktop.services import records

    c = run(ctx, records.save_client, Client(first_name="Rana", last_name="Test", nationality="SY"))
    run(ctx, records.save_session, CounsellingSession(client_id=c.id, date=day, kind=SessionKind.INITIAL,
                                                      topics=frozenset({Topic.RECOGNITION})))  # fmt: skip


def _saved_through_the_gui(ctx: Any, qtbot: Any, day: date) -> None:
    """As a form saves: ``operations.change`` (which tells the views through ``data_changed``)."""
    from iq_desktop.services import records
    from iq_desktop.ui import operations

    def save(vault: Any) -> None:
        c = records.save_client(vault, Client(first_name="Sami", last_name="Test", nationality="IQ"))
        records.save_session(vault, CounsellingSession(client_id=c.id, date=day, kind=SessionKind.INITIAL,
                                                       topics=frozenset({Topic.RECOGNITION})))  # fmt: skip

    operations.change(ctx, save, ctx.vault)
    wait_idle(qtbot, ctx)


def _initial(page: Any) -> str:
    for i in range(page.tree.topLevelItemCount()):
        item = page.tree.topLevelItem(i)
        if item.text(0).strip() in ("initial advisory sessions", "Erstberatungen"):
            return str(item.text(1))
    return ""


def _page(qtbot: Any, ctx: Any) -> Any:
    from iq_desktop.ui.figures.page import FiguresPage

    page = FiguresPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 650)
    page.show()
    page.set_period(date(2025, 1, 1), date(2025, 12, 31))
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.data is not None and page.data["period"][0] == "2025-01-01", timeout=5000)
    return page


def test_figures_follow_saved_records_and_the_period_without_show(qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    _session(ctx, date(2025, 2, 3))
    page = _page(qtbot, ctx)
    assert _initial(page) == "1"
    _saved_through_the_gui(ctx, qtbot, date(2025, 3, 4))  # "Show" is not pressed again
    qtbot.waitUntil(lambda: _initial(page) == "2", timeout=5000)

    page.hide()  # a hidden page counts when it is shown again
    _saved_through_the_gui(ctx, qtbot, date(2025, 5, 6))
    assert _initial(page) == "2"
    page.show()
    qtbot.waitUntil(lambda: _initial(page) == "3", timeout=5000)

    page.end.setFocus()  # the user types a new end: the page counts the new period by itself
    page.set_period(date(2025, 1, 1), date(2025, 3, 31))
    qtbot.waitUntil(lambda: page.data is not None and page.data["period"][1] == "2025-03-31", timeout=5000)
    qtbot.waitUntil(lambda: _initial(page) == "2", timeout=5000)


def test_export_right_after_a_change_writes_the_new_numbers(qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    _session(ctx, date(2025, 2, 3))
    page = _page(qtbot, ctx)
    _session(ctx, date(2025, 2, 4))  # saved elsewhere (e.g. the CLI): the page still shows 1
    assert _initial(page) == "1"
    with qtbot.waitSignal(page.exported, timeout=5000):
        page.export_to(tmp_path / "f.csv", "csv")
    rows = list(csv.reader((tmp_path / "f.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert ["Initial advisory sessions", "initial advisory sessions", "sessions", "2"] in rows
    assert _initial(page) == "2"  # and the screen shows what was written


def test_german_export_is_german_and_labelled_internal(qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from iq_desktop.ui import i18n

    _session(ctx, date(2025, 2, 3))
    ctx.language = i18n.install("de")
    try:
        page = _page(qtbot, ctx)
        assert "Intern" in page.internal_note.text() and "nicht zur Veröffentlichung" in page.internal_note.text()
        assert page.default_file_name("csv") == "iq-zahlen-2025-01-01-2025-12-31.csv"
        with qtbot.waitSignal(page.exported, timeout=5000):
            page.export_to(tmp_path / "f.csv", "csv")
        with qtbot.waitSignal(page.exported, timeout=5000):
            page.export_to(tmp_path / "f.xlsx", "xlsx")
    finally:
        i18n.install("en")
        ctx.language = "en"
    text = (tmp_path / "f.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines()))
    assert rows[0][0].startswith("Intern – nicht zur Veröffentlichung")
    assert ["Abschnitt", "Kennzahl", "Spalte", "Wert"] in rows
    assert ["Erstberatungen", "Erstberatungen", "Beratungen", "1"] in rows
    assert ["Monat", "Anerkennung", "Qualifizierung", "Faire Integration"] in rows
    assert "free of personal data" not in text.lower()
    wb = load_workbook(tmp_path / "f.xlsx")
    assert wb.sheetnames == ["IQ in Zahlen", "Zahlen", "Pro Monat"]
    first = [r[0] for r in wb["IQ in Zahlen"].iter_rows(values_only=True) if r and r[0]]
    assert str(first[0]).startswith("Intern – nicht zur Veröffentlichung")
    english = english_only()
    words = {str(v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row if isinstance(v, str)}
    words |= {cell for row in rows for cell in row}
    left = sorted(w for w in words if any(p.fullmatch(w) for p in english))
    assert not left, left


def test_figures_table_does_not_scroll_inside_the_page(qtbot: Any, ctx: Any) -> None:
    _session(ctx, date(2025, 2, 3))
    page = _page(qtbot, ctx)
    qtbot.wait(50)
    assert page.tree.verticalScrollBar().maximum() == 0  # all rows shown: one scroll bar, the page's
    assert page.tree.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_fair_integration_individuals_say_what_they_count(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.domain import figures

    _session(ctx, date(2025, 2, 3))
    page = _page(qtbot, ctx)
    items = [page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())]
    advised = next(i for i in items if i.text(0).strip() == "individuals advised")
    assert advised.toolTip(0) == figures.definition("fi.individuals")
    assert "Distinct people" in advised.toolTip(0) and "counted once" in advised.toolTip(0)
