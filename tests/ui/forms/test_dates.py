"""One date/time format everywhere: the user's locale, its order, a four-digit year."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from iq_desktop.ui import dates


@pytest.fixture
def german(qapp: Any) -> Any:
    from iq_desktop.ui import i18n

    i18n.install("de")
    yield
    i18n.install("en")


@pytest.mark.parametrize(
    ("name", "expected"),
    [("de_DE", "dd.MM.yyyy"), ("en_GB", "dd/MM/yyyy"), ("en_US", "M/d/yyyy"), ("ja_JP", "yyyy/MM/dd")],
)
def test_the_locales_order_with_a_four_digit_year(qapp: Any, name: str, expected: str) -> None:
    locale = QLocale(name)
    assert dates.date_format(locale) == expected
    assert dates.datetime_format(locale).startswith(expected)
    assert "yyyy" in dates.datetime_format(locale)


def test_the_same_text_in_the_status_bar_sync_panel_and_lists(german: None, ctx: Any, qtbot: Any) -> None:
    from iq_desktop.ui.records.models import format_date
    from iq_desktop.ui.shell.status_bar import StatusBar
    from iq_desktop.ui.sync.panel import local_time

    moment = datetime(2026, 11, 21, 12, 59, tzinfo=UTC)
    expected = dates.format_datetime(moment)
    assert expected.startswith("21.11.2026 ")
    assert local_time(moment.isoformat(), "de") == expected
    assert dates.format_datetime(moment.isoformat()) == expected
    assert format_date(date(2026, 11, 22)) == "22.11.2026"
    bar = StatusBar(ctx)
    qtbot.addWidget(bar)
    bar.set_last_sync(moment)
    assert expected in bar.last_sync.text.text()
    assert dates.format_datetime("not a date") == "not a date" and dates.format_datetime(None) == ""
