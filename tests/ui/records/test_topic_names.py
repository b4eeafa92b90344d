"""Topic names and separators are the same in every list (issue 12, item 15): the sessions list and the
client page show a session's topics alike."""

from __future__ import annotations

from datetime import date
from typing import Any

from iq_desktop.domain.codes import SessionKind, Topic
from iq_desktop.domain.records import Client, CounsellingSession
from tests.ui._screens_support import run


def test_sessions_list_and_client_page_name_topics_alike(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.services import records
    from iq_desktop.ui.records.client_page import ClientPage
    from iq_desktop.ui.records.session_list import SessionListPage

    c = run(ctx, records.save_client, Client(first_name="Lina", last_name="Haddad", nationality="SY"))
    run(ctx, records.save_session, CounsellingSession(
        client_id=c.id, date=date(2025, 2, 3), kind=SessionKind.INITIAL,
        topics=frozenset({Topic.FI_WAGES, Topic.RECOGNITION, Topic.FI_LEAVE})))  # fmt: skip
    sessions = SessionListPage(ctx)
    qtbot.addWidget(sessions)
    qtbot.waitUntil(lambda: sessions.model.rowCount() == 1 and sessions.model.index(0, 3).data() != "…", timeout=5000)
    in_list = sessions.model.index(0, 3).data()
    page = ClientPage(ctx)
    qtbot.addWidget(page)
    page.show_client(c.id)
    qtbot.waitUntil(lambda: page.sessions_table.rowCount() == 1, timeout=5000)
    assert page.sessions_table.item(0, 2).text() == in_list
    assert in_list == "Recognition; Fair integration: wages; Fair integration: leave"
