"""The agenda's store query on a real vault (issue 11, item 1): each client's latest session only, the
sections, the time and place round trip, who recorded a session, and the plan uses the indexes."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from iq_desktop.domain.codes import Outcome, SessionKind
from iq_desktop.domain.records import Client, CounsellingSession
from iq_desktop.services import agenda as A
from iq_desktop.services import records as R

TODAY = dt.date.today()
D = dt.timedelta


def _client(vault: Any, first: str, last: str) -> str:
    return R.save_client(vault, Client(first, last, phone="0170 1234567", email="x@example.org")).id


def _session(vault: Any, client: str, days_ago: int, nxt: int | None = None, **kw: Any) -> CounsellingSession:
    kind = kw.pop("kind", SessionKind.INITIAL)
    s = CounsellingSession(
        client, TODAY - D(days=days_ago), kind=kind, next_appointment=None if nxt is None else TODAY + D(days=nxt), **kw
    )
    return R.save_session(vault, s)


def test_sections_from_the_latest_session_of_each_client(vault: Any) -> None:
    today = _client(vault, "Tara", "Heute")
    _session(vault, today, 10, 0, appointment_time=dt.time(14, 0), appointment_place="Landshut, Rathaus")
    missed = _client(vault, "Otto", "Verpasst")
    _session(vault, missed, 20, -3)
    came = _client(vault, "Kai", "Gekommen")
    _session(vault, came, 20, -3)
    _session(vault, came, 3, kind=SessionKind.FOLLOW_UP)  # came: the old appointment is gone
    lapsed = _client(vault, "Lea", "Pause")
    _session(vault, lapsed, 60, outcomes=frozenset({Outcome.FURTHER_SESSION_NEEDED}))
    done = _client(vault, "Nils", "Fertig")
    _session(vault, done, 60)

    agenda = A.agenda(vault, days=7)
    sections = {i.client_id: i.section for i in agenda.items}
    assert sections == {
        today: A.Section.TODAY,
        missed: A.Section.OVERDUE,
        lapsed: A.Section.NO_CONTACT,
    }
    item = agenda.section(A.Section.TODAY)[0]
    assert item.time == dt.time(14, 0) and item.place == "Landshut, Rathaus"
    assert item.display_name == "Heute, Tara" and item.initials == "T. H."
    assert A.show_first_now(vault)
    A.set_agenda_settings(vault, show_first=False)
    assert not A.show_first_now(vault)


def test_two_sessions_on_one_day_the_one_saved_later_counts(vault: Any) -> None:
    c = _client(vault, "Ida", "Doppelt")
    _session(vault, c, 5, -1)
    _session(vault, c, 5, kind=SessionKind.FOLLOW_UP)
    assert A.agenda(vault).items == ()


def test_time_place_and_recorded_by_round_trip(vault: Any) -> None:
    c = _client(vault, "Uwe", "Uhrzeit")
    saved = _session(vault, c, 1, 7, appointment_time=dt.time(9, 5), appointment_place="Passau")
    again = R.get_session(vault, saved.id)
    assert again is not None
    assert again.appointment_time == dt.time(9, 5) and again.appointment_place == "Passau"
    assert again.recorded_by == vault.user
    # an edit keeps the recorded_by it carries (the form passes on the one it loaded)
    import dataclasses

    R.save_session(vault, dataclasses.replace(again, recorded_by="someone else", duration_minutes=30))
    assert R.get_session(vault, saved.id).recorded_by == "someone else"  # type: ignore[union-attr]


def test_stops_are_a_coordinators_list(vault: Any) -> None:
    assert A.stops(vault) == []
    assert A.set_stops(vault, ["  Passau,  Caritas ", "", "passau, caritas", "Landshut"]) == [
        "Passau, Caritas",
        "Landshut",
    ]
    assert A.stops(vault) == ["Passau, Caritas", "Landshut"]


def test_the_query_uses_the_indexes(vault: Any) -> None:
    from iq_desktop.store.agenda_repo import _LATEST

    with vault._uow(readonly=True) as uow:
        day = TODAY.isoformat()
        params = {"until": day, "cutoff": day, "lookback": day, "limit": 5}
        sql = _LATEST.text
        plan = " | ".join(
            str(r[-1]) for r in uow.connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall()
        )
    assert "ix_session_next_appointment" in plan and "ix_session_further" in plan and "ix_session_client" in plan
    assert "SCAN s" not in plan.replace("SCAN s USING", "")


def test_waiting_procedures_limited_and_counted(vault: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from iq_desktop.domain.records import RecognitionProcedure
    from iq_desktop.services import procedures as P

    c = R.save_client(vault, Client("Ada", "Probe"))
    for month in range(1, 6):
        P.save_procedure(vault, RecognitionProcedure(c.id, occupation_code="81302", applied=dt.date(2024, month, 1)))
    today = dt.date(2025, 12, 4)
    oldest = P.pending_longer_than(vault, 6, today, limit=2)
    assert [p.applied for p in oldest] == [dt.date(2024, 1, 1), dt.date(2024, 2, 1)]
    assert P.count_pending_longer_than(vault, 6, today) == 5
    monkeypatch.setattr(A, "PROCEDURE_LIMIT", 3)
    got = A.agenda(vault, today=today)
    assert len(got.section(A.Section.PROCEDURES)) == 3 and got.procedures_more == 2


def test_a_bulk_write_leaves_the_connections_with_the_default_page_cache(vault: Any) -> None:
    """A bulk write raises its connection's page cache for its unit of work; afterwards the connection goes
    back to the engine's default (it went back to SQLite's 2 MiB, and the agenda then read at 2 MiB)."""
    from iq_desktop.store.engine import DEFAULT_CACHE_PAGES

    def cache_sizes() -> set[int]:
        with vault._uow(readonly=True) as uow:
            return {uow.connection.exec_driver_sql("PRAGMA cache_size").scalar_one()}

    assert cache_sizes() == {DEFAULT_CACHE_PAGES}
    with vault._uow() as uow:
        uow.use_large_cache()
        assert uow.connection.exec_driver_sql("PRAGMA cache_size").scalar_one() < DEFAULT_CACHE_PAGES
    for _ in range(3):  # whichever pooled connection is handed out next
        assert cache_sizes() == {DEFAULT_CACHE_PAGES}
