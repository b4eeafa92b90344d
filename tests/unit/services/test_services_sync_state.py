"""The session list's sync state and paging (one indexed column: ``pending`` when saved, ``sent`` once
a contribution holding it was acknowledged), lost answers (``mark_attempted``), and the statements one
GUI save costs. Real encrypted vaults."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy import event

from iq_desktop.domain.codes import RecordType, SessionKind
from iq_desktop.domain.records import Client, CounsellingSession
from iq_desktop.domain.wire import CellValue, ContributionPayload
from iq_desktop.services import records as R
from iq_desktop.services.batch import save_batch
from iq_desktop.services.vault import DEFAULT_SETTINGS, Vault


def _client(**kw: Any) -> Client:
    base: dict[str, Any] = {"first_name": "Amira", "last_name": "Haddad", "nationality": "SY",
                            "qualification_country": "SY"}  # fmt: skip
    return Client(**{**base, **kw})


def _contribution(period: str) -> ContributionPayload:
    return ContributionPayload(period=period, cells={"initial.total": CellValue(n=1, k=0)})


def _states(vault: Vault) -> dict[str, str | None]:
    """Each session's sync state as the column says."""
    with vault._uow(readonly=True) as uow:
        rows = uow.connection.exec_driver_sql("SELECT id, sync_state FROM counselling_session").fetchall()
    return {sid: column for sid, column in rows}


def _sent(vault: Vault) -> None:
    """As after a sync whose acknowledged contributions hold every saved change."""
    with vault._uow() as uow:
        uow.sessions.mark_all("pending", "sent")


def test_saved_sessions_wait_until_a_contribution_holds_them(vault: Vault) -> None:
    c = R.save_client(vault, _client())
    s1 = R.save_session(vault, CounsellingSession(c.id, date(2024, 1, 5)))
    s2 = R.save_session(vault, CounsellingSession(c.id, date(2024, 2, 5), kind=SessionKind.FOLLOW_UP))
    assert _states(vault) == {s1.id: "pending", s2.id: "pending"}
    _sent(vault)
    assert _states(vault) == {s1.id: "sent", s2.id: "sent"}
    s1.duration_minutes = 95  # an edit: waiting again; the other session is untouched
    R.save_session(vault, s1)
    assert _states(vault) == {s1.id: "pending", s2.id: "sent"}
    new = R.save_session(vault, CounsellingSession(c.id, date(2024, 3, 5), kind=SessionKind.FOLLOW_UP))
    R.delete_record(vault, RecordType.SESSION, new.id)
    assert new.id not in _states(vault)
    # the bulk path: new sessions are written waiting, an existing one saved again waits again
    _sent(vault)
    more = [CounsellingSession(c.id, date(2024, 4, d), kind=SessionKind.FOLLOW_UP) for d in range(1, 6)]
    save_batch(vault, sessions=more)
    assert {_states(vault)[s.id] for s in more} == {"pending"}
    _sent(vault)
    save_batch(vault, sessions=[more[0]])
    assert _states(vault)[more[0].id] == "pending"
    assert R.count_sessions(vault, sync_state="pending") == 1 and R.count_sessions(vault, sync_state="sent") == 6
    assert R.pending_outbox(vault) == []


def test_not_queued_sessions_and_filters(vault: Vault) -> None:
    c = R.save_client(vault, _client())
    s = R.save_session(vault, CounsellingSession(c.id, date(2024, 1, 5)))
    with vault._uow() as uow:  # a session from before the outbox existed
        uow.connection.exec_driver_sql("UPDATE counselling_session SET sync_state = NULL")
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
        uow.sessions.set_sync_state([s.id for s in sessions[::2]], "sent")
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


def test_a_post_without_answer_counts_as_maybe_sent(vault: Vault) -> None:
    """Outbox repository: an item whose POST got no answer may be on the server (``ever_sent``)."""
    answered, quiet = str(uuid.UUID(int=1)), str(uuid.UUID(int=2))
    with vault._uow() as uow:
        uow.outbox.enqueue(answered, "contribution", _contribution("2024-Q1"))
        uow.outbox.enqueue(quiet, "contribution", _contribution("2024-Q2"))
        uow.outbox.mark_attempted([(answered, 1)])
        assert uow.outbox.ever_sent(answered) and not uow.outbox.ever_sent(quiet)
        assert uow.outbox.drop_unsent(quiet) == 1
    assert R.outbox_entry(vault, quiet) is None and R.outbox_entry(vault, answered) is not None


def test_a_follow_up_save_costs_eight_statements_and_touches_no_other_session(vault: Vault) -> None:
    c = R.save_client(vault, _client())
    first = R.save_session(vault, CounsellingSession(c.id, date(2024, 1, 5)))
    R.save_session(vault, CounsellingSession(c.id, date(2024, 2, 5), kind=SessionKind.FOLLOW_UP))
    _sent(vault)
    seen: list[str] = []

    def note(_c: Any, _cur: Any, statement: str, *_a: Any) -> None:
        seen.append(statement)

    event.listen(vault.store.engine, "before_cursor_execute", note)
    try:
        R.save_session(vault, CounsellingSession(c.id, date(2024, 3, 5), kind=SessionKind.FOLLOW_UP))
    finally:
        event.remove(vault.store.engine, "before_cursor_execute", note)
    # BEGIN, client, timeline, insert, change counter (read, write), session state, audit (COMMIT: the driver's)
    assert len(seen) <= 8, seen
    assert _states(vault)[first.id] == "sent"


def test_auto_lock_default_is_five_minutes(vault: Vault) -> None:
    assert DEFAULT_SETTINGS["auto_lock_minutes"] == "5" and vault.get_setting("auto_lock_minutes") == "5"
