"""Known integration bugs, checked: the figures' period is whole quarters (the services' grain) in the
table, the charts and the export alike; the auto-lock defaults to 5 minutes whatever the services'
own default says, and a change in Settings reaches it at once."""

from __future__ import annotations

from datetime import date
from typing import Any

from iq_desktop.domain.codes import SessionKind, Topic
from iq_desktop.domain.records import Client, CounsellingSession
from tests.ui._screens_support import run, wait_idle


def test_quarter_period() -> None:
    from iq_desktop.services.figures import quarter_period
    from iq_desktop.ui.figures.data import quarter_name

    assert quarter_period(date(2025, 2, 15), date(2025, 5, 10)) == (date(2025, 1, 1), date(2025, 6, 30))
    assert quarter_period(date(2024, 10, 1), date(2024, 12, 31)) == (date(2024, 10, 1), date(2024, 12, 31))
    assert quarter_period(date(2024, 11, 30), date(2025, 2, 1)) == (date(2024, 10, 1), date(2025, 3, 31))
    assert quarter_name(date(2025, 5, 10)) == "Q2/2025"


def test_figures_count_whole_quarters_in_table_and_chart(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.services import records as r
    from iq_desktop.ui.figures.page import FiguresPage

    for day in (date(2025, 1, 20), date(2025, 3, 28)):  # both in Q1, outside 15.02.–10.03. only the first
        c = run(ctx, r.save_client, Client(first_name="Q", last_name="Test"))
        run(ctx, r.save_session, CounsellingSession(client_id=c.id, date=day, kind=SessionKind.INITIAL,
                                                    topics=frozenset({Topic.RECOGNITION})))  # fmt: skip
    page = FiguresPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait_idle(qtbot, ctx)
    page.set_period(date(2025, 2, 15), date(2025, 3, 10))
    page.load()
    qtbot.waitUntil(lambda: page.data is not None and page.data["period"][0] == "2025-01-01", timeout=5000)
    assert page.data["period"] == ["2025-01-01", "2025-03-31"]
    assert (page.start.value(), page.end.value()) == (date(2025, 1, 1), date(2025, 3, 31))  # shown as counted
    assert page.status.text() == "By quarter: Q1/2025"
    initial = next(
        page.tree.topLevelItem(i)
        for i in range(page.tree.topLevelItemCount())
        if page.tree.topLevelItem(i).text(0).strip() == "initial advisory sessions"
    )
    assert initial.text(1) == "2"
    bars = page.month_chart.chart().series()[0].barSets()[0]
    assert sum(bars.at(i) for i in range(bars.count())) == 2  # the chart counts the same quarter


def test_figures_presets_are_whole_quarters(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.services.figures import quarter_period
    from iq_desktop.ui.figures.page import FiguresPage

    page = FiguresPage(ctx)
    qtbot.addWidget(page)
    for key in ("year", "last_year", "quarter", "last_quarter"):
        page.preset.setCurrentIndex(page.preset.findData(key))
        start, end = page.start.value(), page.end.value()
        assert quarter_period(start, end) == (start, end), key
    wait_idle(qtbot, ctx)


def test_autolock_defaults_to_five_minutes(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.access.autolock import AutoLock

    assert run(ctx, lambda v: v.get_setting("auto_lock_minutes")) is not None  # the services have their own default
    lock = AutoLock(ctx, enabled=False)
    wait_idle(qtbot, ctx)
    assert lock.minutes == 5
    lock.stop()


def test_autolock_follows_settings_at_once(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.access.autolock import AutoLock
    from iq_desktop.ui.settings.page import SettingsPage

    lock = AutoLock(ctx, enabled=False)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot, ctx)
    with qtbot.waitSignal(ctx.settings_changed, timeout=5000):
        page.autolock.setValue(12)
    wait_idle(qtbot, ctx)
    assert lock.minutes == 12
    assert run(ctx, lambda v: v.get_setting("auto_lock_minutes")) == "12"
    lock.stop()
    again = AutoLock(ctx, enabled=False)  # the next unlock reads it back
    wait_idle(qtbot, ctx)
    assert again.minutes == 12
    again.stop()
