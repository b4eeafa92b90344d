"""The session list's sync state and paging (one indexed column kept by triggers), lost answers
(``mark_attempted``), and the statements one GUI save costs. Real encrypted vaults."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from sqlalchemy import event

from iq_desktop.domain.codes import RecordType, SessionKind
from iq_desktop.domain.records import Client, CounsellingSession, GroupEvent
from iq_desktop.services import records as R
from iq_desktop.services.batch import save_batch
from iq_desktop.services.vault import DEFAULT_SETTINGS, Vault


def _client(**kw: Any) -> Client:
    base: dict[str, Any] = {"first_name": "Amira", "last_name": "Haddad", "nationality": "SY",
                            "qualification_country": "SY"}  # fmt: skip
    return Client(**{**base, **kw})


def _states(vault: Vault) -> dict[str, str | None]:
    """Each session's sync state as the column says, checked against the outbox itself."""
    with vault._uow(readonly=True) as uow:
        rows = uow.connection.exec_driver_sql(
            "SELECT s.id, s.sync_state, (SELECT o.state FROM outbox o WHERE o.record_id = s.id "
            "ORDER BY o.revision DESC LIMIT 1) FROM counselling_session s"
        ).fetchall()
    for sid, column, truth in rows:
        assert column == truth, sid
    return {sid: column for sid, column, _ in rows}


def test_sync_state_column_follows_every_outbox_change(vault: Vault) -> None:
    c = R.save_client(vault, _client())
    s1 = R.save_session(vault, CounsellingSession(c.id, date(2024, 1, 5)))
    s2 = R.save_session(vault, CounsellingSession(c.id, date(2024, 2, 5), kind=SessionKind.FOLLOW_UP))
    assert set(_states(vault).values()) == {"pending"}
    with vault._uow() as uow:
        uow.outbox.mark_sent_many([(s1.id, 1), (s2.id, 1)])
    assert _states(vault) == {s1.id: "sent", s2.id: "sent"}
    with vault._uow() as uow:
        uow.outbox.mark_quarantined(s2.id, 1, "test")
    assert _states(vault)[s2.id] == "quarantined"
    s1.duration_minutes = 95  # an edit: a new pending revision
    R.save_session(vault, s1)
    assert _states(vault)[s1.id] == "pending"
    with vault._uow() as uow:
        uow.outbox.requeue([s2.id])
    assert _states(vault)[s2.id] == "pending"
    new = R.save_session(vault, CounsellingSession(c.id, date(2024, 3, 5), kind=SessionKind.FOLLOW_UP))
    R.delete_record(vault, RecordType.SESSION, new.id)  # never sent: its entries are dropped
    assert new.id not in _states(vault)
    # bulk path and a session inserted whose outbox history already exists (same id re-imported)
    more = [CounsellingSession(c.id, date(2024, 4, d), kind=SessionKind.FOLLOW_UP) for d in range(1, 6)]
    save_batch(vault, sessions=more)
    assert {_states(vault)[s.id] for s in more} == {"pending"}
    with vault._uow() as uow:
        uow.outbox.mark_sent(more[0].id, 1)
    R.delete_record(vault, RecordType.SESSION, more[0].id)  # retraction queued (pending)
    save_batch(vault, sessions=[more[0]])
    assert _states(vault)[more[0].id] == "pending"
    assert R.count_sessions(vault, sync_state="pending") == 7 and R.count_sessions(vault, sync_state="sent") == 0


def test_not_queued_sessions_and_filters(vault: Vault) -> None:
    c = R.save_client(vault, _client())
    s = R.save_session(vault, CounsellingSession(c.id, date(2024, 1, 5)))
    with vault._uow() as uow:  # a session from before the outbox existed
        uow.connection.exec_driver_sql("DELETE FROM outbox")
    assert R.count_sessions(vault, sync_state="not_queued") == 1
    assert [r.sync_state for r in R.list_sessions(vault)] == ["not_queued"]
    assert [r.id for r in R.list_sessions(vault, sync_state="not_queued")] == [s.id]
    assert R.count_sessions(vault, sync_state="pending") == 0


def test_pages_by_offset_and_by_key_agree(vault: Vault) -> None:
    clients = [_client(first_name=f"P{i}") for i in range(30)]
    day = date(2024, 1, 1)
    sessions = [CounsellingSession(clients[i % 30].id, day + timedelta(days=i // 3)) for i in range(90)]
    for i, s in enumerate(sessions):  # three sessions a day; later ones of a person are follow-ups
        if i >= 30:
            s.kind = SessionKind.FOLLOW_UP
    save_batch(vault, clients=clients, sessions=sessions)
    with vault._uow() as uow:
        uow.outbox.mark_sent_many([(s.id, 1) for s in sessions[::2]])
    for newest_first in (True, False):
        for state in (None, "sent", "pending"):
            every = R.list_sessions(vault, limit=1000, newest_first=newest_first, sync_state=state)
            assert len(every) == R.count_sessions(vault, sync_state=state)
            keys = [(r.date, r.id) for r in every]
            assert keys == sorted(keys, reverse=newest_first)
            by_offset = [
                r
                for off in range(0, len(every), 7)
                for r in R.list_sessions(vault, offset=off, limit=7, newest_first=newest_first, sync_state=state)
            ]
            by_key, after = [], None
            while page := R.list_sessions(vault, limit=7, newest_first=newest_first, sync_state=state, after=after):
                by_key += page
                after = (page[-1].date, page[-1].id)
            assert by_offset == every == by_key
            assert all(r.client_name.startswith("Haddad, P") for r in every)
    assert R.list_sessions(vault, offset=90) == []


def test_delete_after_a_post_without_answer_queues_a_retraction(vault: Vault) -> None:
    e = R.save_event(vault, GroupEvent(date(2024, 2, 1)))
    quiet = R.save_event(vault, GroupEvent(date(2024, 2, 2)))
    with vault._uow() as uow:
        batch = uow.outbox.pending()
        uow.outbox.mark_attempted([(x.record_id, x.revision) for x in batch if x.record_id == e.id])
        assert uow.outbox.ever_sent(e.id) and not uow.outbox.ever_sent(quiet.id)
    R.delete_record(vault, RecordType.EVENT, e.id)  # the answer was lost: the server may count it
    r = R.outbox_entry(vault, e.id)
    assert r is not None and r.revision == 2 and json.loads(r.payload) == {"type": "retraction"}
    R.delete_record(vault, RecordType.EVENT, quiet.id)  # never left the laptop: just dropped
    assert R.outbox_entry(vault, quiet.id) is None


def test_a_follow_up_save_costs_seven_statements_and_leaves_the_first_contact_alone(vault: Vault) -> None:
    c = R.save_client(vault, _client())
    first = R.save_session(vault, CounsellingSession(c.id, date(2024, 1, 5)))
    R.save_session(vault, CounsellingSession(c.id, date(2024, 2, 5), kind=SessionKind.FOLLOW_UP))
    seen: list[str] = []

    def note(_c: Any, _cur: Any, statement: str, *_a: Any) -> None:
        seen.append(statement)

    event.listen(vault.store.engine, "before_cursor_execute", note)
    try:
        R.save_session(vault, CounsellingSession(c.id, date(2024, 3, 5), kind=SessionKind.FOLLOW_UP))
    finally:
        event.remove(vault.store.engine, "before_cursor_execute", note)
    # BEGIN, client, timeline, insert, outbox head, outbox insert, audit (COMMIT is the driver's)
    assert len(seen) <= 7, seen
    assert R.outbox_entry(vault, first.id).revision == 1  # type: ignore[union-attr]


def test_auto_lock_default_is_five_minutes(vault: Vault) -> None:
    assert DEFAULT_SETTINGS["auto_lock_minutes"] == "5" and vault.get_setting("auto_lock_minutes") == "5"
