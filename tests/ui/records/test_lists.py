"""Session and client lists: lazy models (qtmodeltester), sort, filters, find by name."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt

from iq_desktop.domain.codes import ConsentScope, SessionKind, Topic
from iq_desktop.domain.records import Client, CounsellingSession
from iq_desktop.ui.records.models import LOADING, ClientTableModel, SessionTableModel


def _add(ctx: Any, first: str, last: str, topics: frozenset[Topic], days_ago: int = 3) -> Client:
    from iq_desktop.services import records

    client = Client(
        first_name=first,
        last_name=last,
        birth_date=date(1985, 5, 5),
        nationality="SY",
        qualification_country="SY",
        consent_date=date.today() - timedelta(days=600),
        consent_scope=ConsentScope.COUNSELLING,
    )

    def save() -> None:
        records.save_client(ctx.vault, client)
        records.save_session(
            ctx.vault,
            CounsellingSession(
                client_id=client.id,
                kind=SessionKind.INITIAL,
                date=date.today() - timedelta(days=days_ago),
                topics=topics,
            ),
        )

    ctx.db.run_sync(save)
    return client


def _demo(ctx: Any, n: int) -> None:
    from iq_desktop.services import demo

    ctx.db.run_sync(lambda: demo.create_demo_data(ctx.vault, n, seed=7))


def test_session_model_passes_modeltester_and_loads_lazily(qtbot: Any, qtmodeltester: Any, ctx: Any) -> None:
    _demo(ctx, 120)
    model = SessionTableModel(ctx, page_size=25)
    model.refresh()
    qtbot.waitUntil(lambda: model.loaded_once and not model.is_loading(), timeout=5000)
    assert model.rowCount() == 120
    assert model.index(0, 0).data() != LOADING
    assert model.index(119, 1).data() == LOADING  # not loaded yet: asked for now
    qtbot.waitUntil(lambda: model.index(119, 1).data() != LOADING, timeout=5000)
    from iq_desktop.services import records

    # deep pages are read from the other end and flipped: same rows, same order as reading forwards
    forward = ctx.db.run_sync(lambda: records.list_sessions(ctx.vault, offset=100, limit=20))
    assert [model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(100, 120)] == [f.id for f in forward]
    qtmodeltester.check(model)
    dates = [model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(3)]
    assert all(dates)


def test_client_model_passes_modeltester(qtbot: Any, qtmodeltester: Any, ctx: Any) -> None:
    _demo(ctx, 40)
    model = ClientTableModel(ctx)
    model.search("")
    qtbot.waitUntil(lambda: model.loaded_once, timeout=5000)
    assert model.rowCount() > 5
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.modelReset, timeout=5000):  # sorted by the database: counted and read again
        model.sort(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: LOADING not in [model.index(r, 0).data() for r in range(model.rowCount())], timeout=5000)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == sorted(names, key=str.casefold, reverse=True)
    qtmodeltester.check(model)


def test_session_list_filters(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.records.session_list import SessionListPage

    _add(ctx, "Amina", "Beispiel", frozenset({Topic.RECOGNITION}))
    _add(ctx, "Karim", "Muster", frozenset({Topic.FI_WAGES}))
    _add(ctx, "Olena", "Probe", frozenset({Topic.JOB_TRAINING}), days_ago=500)
    page = SessionListPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    page.topic.setCurrentIndex(page.topic.findData(Topic.FI_WAGES.value))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: page.model.index(0, 1).data() == "Muster, Karim", timeout=5000)
    page.topic.setCurrentIndex(0)
    page.period.setCurrentIndex(page.period.findData("year" if date.today().month > 1 else "3months"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    page.period.setCurrentIndex(0)
    page.state.setCurrentIndex(page.state.findData("sent"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    page.state.setCurrentIndex(page.state.findData("pending"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    assert "3" in page.summary.text()
    # sort: a header click flips newest/oldest first
    qtbot.waitUntil(lambda: page.model.index(2, 1).data() == "Probe, Olena", timeout=5000)
    page.table.horizontalHeader().sectionClicked.emit(0)
    qtbot.waitUntil(lambda: page.model.index(0, 1).data() == "Probe, Olena", timeout=5000)


def test_find_client_by_name_is_debounced(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.records.client_list import ClientListPage

    _add(ctx, "Amina", "Beispiel", frozenset({Topic.RECOGNITION}))
    _add(ctx, "Karim", "Muster", frozenset({Topic.FI_WAGES}))
    page = ClientListPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    searches: list[str] = []
    orig = page.model.search
    page.model.search = lambda text: (searches.append(text), orig(text))  # type: ignore[method-assign]
    qtbot.keyClicks(page.find_edit, "musT")
    assert searches == []  # nothing yet: typing goes on
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert searches == ["musT"]
    qtbot.waitUntil(lambda: page.model.index(0, 0).data() == "Muster, Karim", timeout=5000)  # the page loads lazily
    with qtbot.waitSignal(page.open_client) as blocker:
        qtbot.keyClick(page.find_edit, Qt.Key.Key_Return)
    assert blocker.args[0] == page.model.client_id(0)


def test_lock_clears_list_models(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.records.session_list import SessionListPage

    _demo(ctx, 20)
    page = SessionListPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 20, timeout=5000)
    ctx.lock()
    page.model.refresh()
    assert page.model.rowCount() == 0


def test_client_list_is_sorted_by_the_database_over_every_client(qtbot: Any, ctx: Any) -> None:
    """Issue 12, item 11: sorting by any column ("Last contact" too) orders ALL clients, not the loaded
    ones; the list still loads lazily; the sort indicator is the order shown, also while a name is typed."""
    from iq_desktop.ui.records.client_list import ClientListPage

    for i in range(60):
        _add(ctx, f"Person{i:02d}", f"Aaa{i:02d}", frozenset({Topic.RECOGNITION}), days_ago=100 + i)
    recent = _add(ctx, "Zoran", "Zyx", frozenset({Topic.RECOGNITION}), days_ago=1)  # last by name
    page = ClientListPage(ctx)
    page.model.page_size = 20  # three pages and more: lazily loaded
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    page.model.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 61 and page.model.index(0, 0).data() != LOADING, timeout=5000)
    assert page.model.index(60, 0).data() == LOADING  # not loaded until a view asks
    assert page.model.index(0, 0).data() == "Aaa00, Person00"

    header = page.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, 2))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, 2))
    assert header.sortIndicatorSection() == 2
    order = header.sortIndicatorOrder()
    expected_first = "Zyx, Zoran" if order == Qt.SortOrder.DescendingOrder else "Aaa59, Person59"
    qtbot.waitUntil(lambda: page.model.index(0, 0).data() == expected_first, timeout=5000)
    if order != Qt.SortOrder.DescendingOrder:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, 2))
        qtbot.waitUntil(lambda: page.model.index(0, 0).data() == "Zyx, Zoran", timeout=5000)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert page.model.client_id(0) == recent.id

    qtbot.keyClicks(page.find_edit, "Person5")  # filtering keeps the order the indicator shows
    qtbot.waitUntil(lambda: page.model.rowCount() == 10, timeout=5000)
    qtbot.waitUntil(lambda: page.model.index(0, 0).data() not in (LOADING, None), timeout=5000)
    shown = [page.model.index(r, 0).data() for r in range(10)]
    assert shown == [f"Aaa{i:02d}, Person{i:02d}" for i in range(50, 60)]  # most recent contact first
    assert header.sortIndicatorSection() == 2 and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def _section_centre(header: Any, section: int) -> Any:
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)
