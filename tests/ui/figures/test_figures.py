"""The figures screen: sections and charts from real records, export to CSV and XLSX."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

from iq_desktop.domain import figures
from iq_desktop.domain.codes import (
    Audience,
    EventFormat,
    EventTopic,
    SessionKind,
    Topic,
    TrainingFormat,
    TrainingStatus,
)
from iq_desktop.domain.records import Client, CounsellingSession, GroupEvent, TrainingParticipation
from tests.ui._screens_support import run


def _fill(ctx: Any) -> None:
    from iq_desktop.services import records as r

    people = [
        ({Topic.RECOGNITION}, "81302"),
        ({Topic.RECOGNITION, Topic.JOB_TRAINING}, "81302"),
        ({Topic.JOB_TRAINING}, "26112"),
        ({Topic.FI_WAGES}, None),
    ]
    for i, (topics, occ) in enumerate(people):
        c = run(ctx, r.save_client, Client(first_name=f"P{i}", last_name="Test", occupation_code=occ))
        run(
            ctx,
            r.save_session,
            CounsellingSession(
                client_id=c.id, date=date(2025, 2 + i, 10), kind=SessionKind.INITIAL, topics=frozenset(topics)
            ),
        )
        if i == 0:
            run(
                ctx,
                r.save_training,
                TrainingParticipation(
                    client_id=c.id,
                    start=date(2025, 3, 1),
                    format=TrainingFormat.COURSE_BASED,
                    end=date(2025, 6, 1),
                    status=TrainingStatus.COMPLETED,
                ),
            )
    run(
        ctx,
        r.save_event,
        GroupEvent(
            date=date(2025, 5, 5), audience=Audience.MIGRANTS, topic=EventTopic.FAIR_INTEGRATION, participants=12
        ),
    )
    run(ctx, r.save_event, GroupEvent(date=date(2025, 5, 6), audience=Audience.BUSINESS, participants=7))
    run(ctx, r.save_event, GroupEvent(date=date(2025, 7, 1), format=EventFormat.CONSULTATION,
                                      audience=Audience.LABOUR_MARKET, participants=2))  # fmt: skip
    run(ctx, r.save_event, GroupEvent(date=date(2025, 8, 1), format=EventFormat.WORKSHOP,
                                      audience=Audience.SKILLED_WORKER_NETWORK, participants=9))  # fmt: skip


def _items(page: Any) -> dict[str, Any]:
    out = {}
    for i in range(page.tree.topLevelItemCount()):
        item = page.tree.topLevelItem(i)
        out[item.text(0).strip()] = item
    return out


def _values(page: Any) -> dict[str, str]:
    """Figure (as the tree shows it) -> its number."""
    return {label: item.text(1) for label, item in _items(page).items()}


def test_figures_render_and_export(qtbot: Any, ctx: Any, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from iq_desktop.ui.figures.page import FiguresPage

    _fill(ctx)
    page = FiguresPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.set_period(date(2025, 1, 1), date(2025, 12, 31))
    assert page.preset.currentData() == "custom"
    page.load()
    qtbot.waitUntil(lambda: page.data is not None and page.data["period"][0] == "2025-01-01", timeout=5000)
    v = _values(page)
    assert v["initial advisory sessions"] == "3"  # the Fair Integration session counts in its own section
    assert v["of which recognition counselling only"] == "1"
    assert v["of which job-training counselling only"] == "1"
    assert v["of which combined recognition and job-training counselling"] == "1"
    assert v["individuals advised"] == "1"
    assert v["group events"] == "1"
    assert v["participants in these events"] == "12"
    assert v["job-training schemes started"] == "1"  # a participation without a scheme is its own scheme
    assert v["individuals commencing"] == "1"
    assert v["successful completers (by today)"] == "1"
    assert v["business stakeholders: other events"] == "1"
    assert v["business stakeholders: participants in other events"] == "7"
    assert v["business stakeholders: participants in trainings"] == "0"
    assert v["business stakeholders: consultations"] == "0"
    assert v["labour-market stakeholders: consultations"] == "1"
    assert v["individuals reached"] == "9"  # the skilled worker network's workshop
    assert any(k.startswith("813 ") for k in v)  # top occupation group
    titles = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    for title in ("Fair Integration", "Labour-market and business stakeholders",
                  "Regional skilled worker networks – immigration"):  # fmt: skip
        assert title in titles
    items = _items(page)  # every figure says what it counts (the one definition of every figure)
    assert items["initial advisory sessions"].toolTip(0) == figures.definition("initial.total")
    assert items["individuals advised"].toolTip(1) == figures.definition("fi.individuals")
    assert items["labour-market stakeholders: consultations"].toolTip(0) == figures.definition(
        "stakeholders.labour_market.consultations"
    )
    assert all(item.toolTip(0) for label, item in items.items() if label not in titles)
    month_series = page.month_chart.chart().series()[0]
    assert len(month_series.barSets()) == 3
    assert sum(month_series.barSets()[0].at(i) for i in range(12)) == 2  # recognition in two sessions
    assert page.occupation_chart.chart().series()[0].barSets()[0].count() == 2
    page.grab()  # paints without warnings

    with qtbot.waitSignal(page.exported, timeout=5000):
        page.export_to(tmp_path / "f.csv", "csv")
    rows = list(csv.reader((tmp_path / "f.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert ["Initial advisory sessions", "initial advisory sessions", "sessions", "3"] in rows  # as on the screen
    assert rows[0][0].startswith("Internal – not for publication")  # no disclosure control: say so
    assert "Test" not in (tmp_path / "f.csv").read_text(encoding="utf-8-sig")

    with qtbot.waitSignal(page.exported, timeout=5000):
        page.export_to(tmp_path / "f.xlsx", "xlsx")
    wb = load_workbook(tmp_path / "f.xlsx")
    cells = [tuple(r) for r in wb["Figures"].iter_rows(values_only=True)]
    assert ("Initial advisory sessions", "initial advisory sessions", "sessions", 3) in cells
    assert wb["Per month"].max_row == 13


def test_period_labels_are_not_clipped_by_the_date_fields(qtbot: Any, ctx: Any, qapp: Any) -> None:
    """English "To" was drawn wider than its label (kerning measured, not drawn with the mnemonic's
    underline) and the date field covered it ("Tc"): the app's font has no kerning, each label is as wide
    as its characters and ends before its field begins."""
    from PySide6.QtWidgets import QLabel

    from iq_desktop.ui.figures.page import FiguresPage
    from iq_desktop.ui.shell.app import apply_style

    font, palette, sheet = qapp.font(), qapp.palette(), qapp.styleSheet()
    try:
        apply_style(qapp)
        page = FiguresPage(ctx)
        qtbot.addWidget(page)
        page.resize(700, 500)
        page.show()
        qtbot.waitExposed(page)
        labels = [lab for lab in page.findChildren(QLabel) if lab.buddy() is not None]
        assert {lab.text() for lab in labels} >= {"&Period", "&From", "&To"}
        for lab in labels:
            fm = lab.fontMetrics()
            text = lab.text().replace("&", "")
            drawn = sum(fm.horizontalAdvance(ch) for ch in text)  # run by run, as with the underline
            assert lab.width() >= drawn, text
            assert lab.geometry().right() < lab.buddy().geometry().left(), text
    finally:
        qapp.setFont(font)
        qapp.setPalette(palette)
        qapp.setStyleSheet(sheet)
