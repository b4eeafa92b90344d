"""The screens driven like a user: client page, what is sent, trainings/events, settings."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, Qt

from iq_desktop.domain.codes import Audience, EventFormat, SessionKind, Topic
from iq_desktop.domain.records import Client, CounsellingSession, GroupEvent, TrainingParticipation
from tests.ui._screens_support import run, wait_idle


def svc() -> Any:
    from iq_desktop.services import records

    return records


def make_client(ctx: Any, with_initial: bool = True) -> tuple[Client, CounsellingSession | None]:
    c = Client(
        first_name="Zainab",
        last_name="Quraishi",
        birth_date=date(1987, 6, 23),
        phone="0171 5550123",
        email="zq@example.org",
        postcode="10115",
        nationality="AF",
        qualification_country="AF",
        occupation_code="81302",
        notes="Sehr persönliche Notiz",
    )
    run(ctx, svc().save_client, c)
    s = None
    if with_initial:
        s = CounsellingSession(
            client_id=c.id,
            date=date(2025, 3, 4),
            kind=SessionKind.INITIAL,
            topics=frozenset({Topic.RECOGNITION}),
            notes="geheime Notizen zum Gespräch",
        )
        s = run(ctx, svc().save_session, s)
    return c, s


def test_follow_up_in_two_clicks_from_the_client_page(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.records.client_page import ClientPage

    client, _initial = make_client(ctx)
    page = ClientPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.show_client(client.id)  # click 1: the shell opens the page from the client list
    qtbot.waitUntil(lambda: page.sessions_table.rowCount() == 1, timeout=5000)
    assert page.heading.text() == "Quraishi, Zainab"
    assert page.follow_up_button.isEnabled()
    qtbot.mouseClick(page.follow_up_button, Qt.MouseButton.LeftButton)  # click 2
    form = page.session_form
    assert page.stack.currentWidget() is form
    assert form.client.client_id == client.id and form.client.text() == "Quraishi, Zainab"
    assert form.kind.value() is SessionKind.FOLLOW_UP
    wages = form.topics.boxes[Topic.FI_WAGES]
    qtbot.mouseClick(wages, Qt.MouseButton.LeftButton, pos=QPoint(wages.height() // 2, wages.height() // 2))
    assert form.topics.value() == frozenset({Topic.FI_WAGES})
    with qtbot.waitSignal(form.saved, timeout=5000):
        qtbot.keyClick(form.focusWidget() or form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.sessions_table.rowCount() == 2, timeout=5000)
    assert page.stack.currentIndex() == 0
    sessions, _ = run(ctx, svc().client_history, client.id)
    assert sorted(s.kind for s in sessions) == [SessionKind.FOLLOW_UP, SessionKind.INITIAL]


def test_client_page_without_initial_offers_no_follow_up(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.records.client_page import ClientPage

    client, _ = make_client(ctx, with_initial=False)
    page = ClientPage(ctx)
    qtbot.addWidget(page)
    page.show_client(client.id)
    qtbot.waitUntil(lambda: page.client is not None, timeout=5000)
    assert not page.follow_up_button.isEnabled()
    assert "initial" in page.follow_up_button.toolTip()


def test_what_is_sent_shows_payload_without_personal_values(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.sync.what_is_sent import WAITING, WhatIsSent

    client, session = make_client(ctx)
    assert session is not None
    view = WhatIsSent(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_record(session.id)
    qtbot.waitUntil(lambda: view.payload.toPlainText() != "", timeout=5000)
    text = view.payload.toPlainText()
    payload = json.loads(text)  # the contribution of the quarter the session is counted in: counts only
    assert payload["type"] == "contribution" and payload["period"] == "2025-Q1"
    cells = payload["cells"]
    assert cells["initial.total"]["n"] == 1 and cells["initial.recognition"]["n"] == 1
    assert cells["occupation.813"]["n"] == 1  # the client's occupation, only as a count of its group
    assert set(payload) == {"type", "period", "cells"}
    assert all(set(v) == {"n", "k"} for v in cells.values())
    assert "2025-Q1" in view.state_text.text()
    for personal in (
        "Zainab",
        "Quraishi",
        "1987",
        "06-23",
        "23.06",
        "0171",
        "5550123",
        "zq@example.org",
        "10115",
        "Notiz",
        "Notizen",
        "AF",
        "1987-06",
        "2025-03-04",
        client.id,
        session.id,
    ):
        assert personal not in text, personal
    assert view.state == WAITING
    assert "Waiting" in view.state_text.text()  # in words, not only by colour
    assert view.state_icon.pixmap() is not None and not view.state_icon.pixmap().isNull()

    view.show_record(client.id)  # a client is never sent on its own
    qtbot.waitUntil(lambda: view.state == "not_sent", timeout=5000)
    assert view.payload.toPlainText() == ""


def test_what_is_sent_says_when_no_figure_counts_the_record(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.domain.codes import EventTopic
    from iq_desktop.ui.sync.what_is_sent import NOT_SENT, WhatIsSent

    event = run(ctx, svc().save_event, GroupEvent(date(2025, 2, 3), audience=Audience.MIGRANTS,
                                                  topic=EventTopic.RECOGNITION, participants=12))  # fmt: skip
    view = WhatIsSent(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_record(event.id)
    qtbot.waitUntil(lambda: view.state == NOT_SENT, timeout=5000)
    assert "No published figure counts this record" in view.state_text.text()
    assert view.payload.toPlainText() == ""


def test_what_is_sent_quarantined_shows_the_reason(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.sync.what_is_sent import QUARANTINED, WhatIsSent

    _client, session = make_client(ctx)
    assert session is not None

    def quarantine(vault: Any) -> None:  # the server refuses the contribution of the session's quarter
        from iq_desktop.services import sync_service

        period, entry = sync_service.what_is_sent(vault, session.id)
        assert period == "2025-Q1" and entry is not None
        with vault._uow() as uow:
            uow.outbox.mark_quarantined(entry.record_id, entry.revision, "quarter outside the funding period")

    ctx.db.run_sync(lambda: quarantine(ctx.vault))
    view = WhatIsSent(ctx)
    qtbot.addWidget(view)
    view.show_record(session.id)
    qtbot.waitUntil(lambda: view.state == QUARANTINED, timeout=5000)
    assert "In quarantine" in view.state_text.text()
    assert "quarter outside the funding period" in view.state_text.text()


def test_erase_needs_a_coordinator_and_a_ticked_confirmation(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.records.client_page import ClientPage, EraseDialog

    client, _ = make_client(ctx)
    page = ClientPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.show_client(client.id)
    qtbot.waitUntil(lambda: page.client is not None, timeout=5000)
    assert page.erase_button.isVisible()  # the test user is the vault's first coordinator
    dlg = EraseDialog(page)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.erase_button.isEnabled()
    box = dlg.confirm
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.height() // 2, box.height() // 2))
    assert dlg.erase_button.isEnabled()
    with qtbot.waitSignal(page.client_erased, timeout=5000):
        page.erase(dialog=dlg)
    assert run(ctx, svc().get_client, client.id) is None


def test_events_page_lists_and_adds_an_event(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.records.events_page import EventsPage

    run(
        ctx,
        svc().save_event,
        GroupEvent(date=date(2025, 5, 6), format=EventFormat.WORKSHOP, audience=Audience.BUSINESS, participants=14),
    )
    page = EventsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    assert page.table.item(0, 4).text() == "14"
    page.new_record()
    form = page.form
    assert page.stack.currentWidget() is form
    form.participants.selectAll()
    qtbot.keyClicks(form.participants, "31")
    with qtbot.waitSignal(form.saved, timeout=5000):
        qtbot.keyClick(form.participants, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=5000)
    assert page.stack.currentIndex() == 0


def test_trainings_page_shows_participant_names(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.records.trainings_page import TrainingsPage

    client, _ = make_client(ctx)
    run(ctx, svc().save_training, TrainingParticipation(client_id=client.id, start=date(2025, 2, 1)))
    page = TrainingsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    assert page.table.item(0, 0).text() == "Quraishi, Zainab"
    page.table.selectRow(0)
    page.edit_selected()
    qtbot.waitUntil(lambda: page.form.client.text() == "Quraishi, Zainab", timeout=5000)
    assert page.form.client.client_id == client.id


def test_settings_add_user(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.crypto import TEST_KDF
    from iq_desktop.ui.settings.page import SettingsPage

    page = SettingsPage(ctx)
    page.kdf = TEST_KDF
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.user_list.rowCount() == 1, timeout=5000)
    qtbot.keyClicks(page.user_name, "ben.counsellor")
    qtbot.keyClicks(page.user_pass, "a long passphrase for ben 42")
    qtbot.keyClicks(page.user_pass2, "a long passphrase for ben 4")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert "not the same" in page.add_problem.text()
    qtbot.keyClicks(page.user_pass2, "2")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.user_list.rowCount() == 2, timeout=10000)
    users = {u.user: str(getattr(u.role, "value", u.role)) for u in ctx.db.run_sync(ctx.vault.users)}
    assert users["ben.counsellor"] == "counsellor"
    assert "added" in page.add_status.text()


def test_settings_language_and_autolock_are_stored(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.settings.page import SettingsPage

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(ctx.language_changed, timeout=2000) as blocker:
        page.language.setCurrentIndex(page.language.findData("de"))
    assert blocker.args == ["de"]
    assert ctx.settings.value("ui/language") == "de"
    page.autolock.setValue(12)
    assert ctx.autolock_minutes() == 12
    wait_idle(qtbot, ctx)
