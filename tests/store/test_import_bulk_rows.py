"""The bulk write path (``insert_many``, ``outbox.add_new``: tuples through the driver's executemany)
stores exactly what the one-record path (``save``, ``enqueue``) stores, value for value."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from iq_desktop.domain.codes import Channel, ConsentScope, Gender, Outcome, SessionKind, Topic, TrainingStatus
from iq_desktop.domain.records import Client, CounsellingSession, GroupEvent, TrainingParticipation
from iq_desktop.domain.wire import CellValue, ContributionPayload, RetractionPayload

SKIP = {"id", "created_at", "updated_at", "enqueued_at", "record_id"}


def _payload(n: int, period: str = "2024-Q1") -> ContributionPayload:
    return ContributionPayload(period=period, cells={"initial.total": CellValue(n=n, k=n * 7)})


def _raw(uow: Any, table: str, record_id: str, key: str = "id") -> dict[str, Any]:
    result = uow.connection.exec_driver_sql(f"SELECT * FROM {table} WHERE {key} = ?", (record_id,))
    row = result.mappings().one()
    return {k: v for k, v in row.items() if k not in SKIP}


def _pair(record: Any) -> tuple[Any, Any]:
    return record, dataclasses.replace(record, id=record.id + "-single")


def test_bulk_rows_equal_single_rows(vault: Any) -> None:
    c1, c2 = _pair(
        Client(
            "Testa",
            "Probe",
            birth_date=date(1990, 5, 17),
            gender=Gender.FEMALE,
            nationality="SY",
            regulated_profession=True,
            consent_date=date(2024, 1, 2),
            consent_scope=ConsentScope.COUNSELLING_AND_CONTACT,
            arrival_year=2016,
        )
    )
    c3, c4 = _pair(Client("Tosta", "Prube"))  # NULLs: no dates, no flag
    s1, s2 = _pair(
        CounsellingSession(
            c1.id,
            date(2024, 3, 1),
            kind=SessionKind.INITIAL,
            topics={Topic.RECOGNITION},
            outcomes={Outcome.REFERRED_TO_AUTHORITY},
            channel=Channel.VIDEO,
            interpreter=True,
            next_appointment=date(2024, 4, 2),
            site_id="S",
            counsellor="u",
        )
    )
    s2.client_id = c2.id
    t1, t2 = _pair(TrainingParticipation(c1.id, date(2024, 5, 1), end=None, status=TrainingStatus.ONGOING))
    t2.client_id = c2.id
    e1, e2 = _pair(GroupEvent(date(2024, 6, 1), participants=7, site_id="S"))
    with vault._uow() as uow:
        uow.clients.insert_many([c1, c3])
        uow.sessions.insert_many([s1], sync_state="pending")
        uow.trainings.insert_many([t1])
        uow.events.insert_many([e1])
        for r in (c2, c4):
            uow.clients.save(r)
        uow.sessions.save(s2)
        uow.trainings.save(t2)
        uow.events.save(e2)
        uow.outbox.add_new([(s1.id, "session", _payload(1)), (e1.id, "contribution", _payload(2, "2024-H1"))])
        uow.outbox.enqueue(s2.id, "session", _payload(1))
        uow.outbox.enqueue(e2.id, "contribution", _payload(2, "2024-H1"))
    with vault._uow(readonly=True) as uow:
        assert _raw(uow, "client", c1.id) == _raw(uow, "client", c2.id)
        assert _raw(uow, "client", c1.id)["birth_date"] == "1990-05-17"
        assert _raw(uow, "client", c3.id) == _raw(uow, "client", c4.id)
        assert _raw(uow, "counselling_session", s1.id) == {
            **_raw(uow, "counselling_session", s2.id),
            "client_id": c1.id,
        }
        assert _raw(uow, "counselling_session", s1.id)["sync_state"] == "pending"
        assert _raw(uow, "training", t1.id) == {**_raw(uow, "training", t2.id), "client_id": c1.id}
        assert _raw(uow, "event", e1.id) == _raw(uow, "event", e2.id)
        assert _raw(uow, "outbox", s1.id, "record_id") == _raw(uow, "outbox", s2.id, "record_id")
        assert _raw(uow, "outbox", e1.id, "record_id") == _raw(uow, "outbox", e2.id, "record_id")
        stamps = uow.connection.exec_driver_sql(
            "SELECT a.created_at, b.created_at, o.enqueued_at, p.enqueued_at FROM client a, client b, outbox o, "
            "outbox p WHERE a.id = ? AND b.id = ? AND o.record_id = ? AND p.record_id = ?",
            (c1.id, c2.id, s1.id, s2.id),
        ).one()
        assert all(len(str(s)) == len(str(stamps[1])) for s in stamps)  # same timestamp format


def test_fast_canonical_json_is_the_wire_canonical_json() -> None:
    """``outbox.canonical`` (Python-mode dump, shared encoder) gives exactly the text whose sha256 is
    ``wire.payload_hash``, for every payload type (contributions with few and many cells, retractions)."""
    import hashlib
    import json
    import random

    from iq_desktop.domain import figures, wire
    from iq_desktop.store.outbox_repo import canonical, frozen

    rng = random.Random(11)
    cells = sorted(figures.FIXED_CELLS)
    payloads: list[Any] = [RetractionPayload()]
    for period in ("2024-Q1", "2024-H2", "2025"):
        for size in (0, 1, 5, len(cells)):
            chosen = rng.sample(cells, size)
            payloads.append(
                ContributionPayload(
                    period=period,
                    cells={c: CellValue(n=rng.randint(0, 10_000), k=rng.randint(0, figures.KEY_MASK)) for c in chosen},
                )
            )
    assert {type(p) for p in payloads} == {wire.ContributionPayload, wire.RetractionPayload}
    for p in payloads:
        slow = json.dumps(p.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        assert canonical(p) == slow
        assert frozen(p) == (slow, wire.payload_hash(p)) == (slow, hashlib.sha256(slow.encode()).hexdigest())


def _trigger_sql(vault: Any) -> str | None:
    with vault._uow(readonly=True) as uow:
        return uow.connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'outbox_session_state_insert'"
        ).scalar()


def _state_mismatches(vault: Any) -> list[str]:
    with vault._uow(readonly=True) as uow:
        rows = uow.connection.exec_driver_sql(
            "SELECT s.id, s.sync_state, (SELECT o.state FROM outbox o WHERE o.record_id = s.id "
            "ORDER BY o.revision DESC LIMIT 1) FROM counselling_session s"
        ).fetchall()
    return [sid for sid, column, truth in rows if column != truth]


def _bulk_flag(vault: Any) -> Any:
    with vault._uow(readonly=True) as uow:
        return uow.connection.exec_driver_sql("SELECT active FROM outbox_bulk").scalar()


def test_large_outbox_bulk_keeps_session_states_and_the_trigger(vault: Any) -> None:
    """From BULK_WITHOUT_TRIGGER rows on, add_new switches the state trigger off for its rows (the bulk
    flag, schema v4; no DDL) and sets the sessions' state itself: never-queued sessions (NULL) and
    bulk-inserted ones end up as the outbox says; the trigger is unchanged and the flag off afterwards,
    also after a failed bulk (rolled back, nothing half-saved)."""
    from iq_desktop.store.outbox_repo import BULK_WITHOUT_TRIGGER

    original = _trigger_sql(vault)
    assert original is not None
    c = Client("Testa", "Probe", birth_date=date(1990, 5, 17))
    old = [CounsellingSession(c.id, date(2024, 1, 1 + i % 28), site_id="S", counsellor="u") for i in range(5)]
    new = [
        CounsellingSession(c.id, date(2024, 2, 1 + i % 28), site_id="S", counsellor="u")
        for i in range(BULK_WITHOUT_TRIGGER)
    ]
    with vault._uow() as uow:
        uow.clients.insert_many([c])
        uow.sessions.insert_many(old)  # never queued: state NULL
    queue = [(s.id, "session", _payload(1)) for s in old + new]
    with vault._uow() as uow:
        uow.sessions.insert_many(new, sync_state="pending")
        uow.outbox.add_new(queue)
    assert _state_mismatches(vault) == []
    assert _trigger_sql(vault) == original
    assert _bulk_flag(vault) is None
    with vault._uow(readonly=True) as uow:
        assert uow.sessions.count(sync_state="pending") == len(old) + len(new)
    # a failing bulk (the same record twice in one batch: unique (record_id, revision)) leaves nothing
    more = [
        CounsellingSession(c.id, date(2024, 3, 1 + i % 28), site_id="S", counsellor="u")
        for i in range(BULK_WITHOUT_TRIGGER)
    ]
    twice = [(s.id, "session", _payload(1)) for s in more + more[:1]]
    with pytest.raises(Exception, match="UNIQUE"), vault._uow() as uow:
        uow.sessions.insert_many(more)
        uow.outbox.add_new(twice)
    assert _trigger_sql(vault) == original
    assert _bulk_flag(vault) is None
    with vault._uow(readonly=True) as uow:
        assert not uow.sessions.existing([s.id for s in more])
    # the trigger works again for a single enqueue
    s = CounsellingSession(c.id, date(2024, 4, 1), site_id="S", counsellor="u")
    with vault._uow() as uow:
        uow.sessions.save(s)
        uow.outbox.enqueue(s.id, "session", _payload(1))
    assert _state_mismatches(vault) == []
