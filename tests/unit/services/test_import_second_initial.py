"""Imports follow the second-initial-session rule of the forms and the CLI (issue 11, item 5): an initial
session of the same counselling type within 12 months of another one of the client's (in the vault or in
the file) is refused, naming the record; the earlier one in the file is kept; another counselling type or
a new case after 12 months is accepted."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from iq_desktop.domain.codes import SessionKind, Topic
from iq_desktop.domain.records import Client, CounsellingSession
from iq_desktop.services import queries
from iq_desktop.services import records as R
from iq_desktop.services.importing import ImportRefused, import_records

TODAY = date(2026, 12, 4)
CLIENT = {"type": "client", "id": "c1", "first_name": "Ada", "last_name": "Probe"}


def _session(day: str, topics: list[str] | None = None, kind: str = "initial", client: str = "c1") -> dict[str, Any]:
    rec: dict[str, Any] = {"type": "session", "client": client, "date": day, "kind": kind}
    if topics is not None:
        rec["topics"] = topics
    return rec


def _sessions(vault: Any) -> list[CounsellingSession]:
    return [r for r in queries.all_records(vault) if isinstance(r, CounsellingSession)]


def test_two_initial_sessions_of_one_type_in_one_file_the_later_is_refused(vault: Any) -> None:
    records = [CLIENT, _session("2026-06-01"), _session("2026-03-01"), _session("2026-07-01", kind="follow_up")]
    with pytest.raises(ImportRefused) as refused:
        import_records(vault, records, today=TODAY)
    [refusal] = refused.value.plan.refused
    assert refusal.number == 2 and refusal.record_type == "session"  # 1 June: the later of the two
    assert "2026-03-01" in refusal.describe("en") and "follow-up" in refusal.describe("en")
    assert "01.03.2026" in refusal.describe("de") and "Folgeberatung" in refusal.describe("de")
    assert _sessions(vault) == []  # nothing half-saved

    plan = import_records(vault, records, today=TODAY, skip_invalid=True)
    assert [r.number for r in plan.refused] == [2]
    saved = sorted((s.date, s.kind) for s in _sessions(vault))
    assert saved == [(date(2026, 3, 1), SessionKind.INITIAL), (date(2026, 7, 1), SessionKind.FOLLOW_UP)]


def test_an_initial_session_in_the_vault_refuses_one_in_the_file_before_or_after_it(vault: Any) -> None:
    c = R.save_client(vault, Client("Bo", "Tresor"))
    R.save_session(vault, CounsellingSession(c.id, date(2026, 5, 1), kind=SessionKind.INITIAL))
    for day in ("2026-09-30", "2025-12-01"):  # 5 months after, 5 months before
        with pytest.raises(ImportRefused) as refused:
            import_records(vault, [_session(day, client=c.id)], today=TODAY)
        assert "2026-05-01" in refused.value.plan.refused[0].describe("en")
    assert len(_sessions(vault)) == 1


def test_another_counselling_type_and_a_new_case_after_twelve_months_are_accepted(vault: Any) -> None:
    records = [
        CLIENT,
        _session("2025-01-10", ["recognition"]),
        _session("2025-02-10", ["fi_wages"]),  # Fair Integration: another counselling type
        _session("2026-01-10", ["job_training"]),  # IQ counselling again, 12 months later: a new case
    ]
    plan = import_records(vault, records, today=TODAY)
    assert plan.refused == [] and len(_sessions(vault)) == 3
    kinds = {s.date: (s.kind, s.topics) for s in _sessions(vault)}
    assert kinds[date(2025, 2, 10)] == (SessionKind.INITIAL, frozenset({Topic.FI_WAGES}))


def test_thirteen_months_after_one_in_the_vault_opens_a_new_case_and_another_type_is_accepted(vault: Any) -> None:
    c = R.save_client(vault, Client("Cy", "Tresor"))
    R.save_session(vault, CounsellingSession(c.id, date(2025, 3, 1), kind=SessionKind.INITIAL))
    records = [
        _session("2025-06-01", ["fi_leave"], client=c.id),  # Fair Integration, 3 months later: another type
        _session("2026-04-01", ["recognition"], client=c.id),  # IQ counselling 13 months later: a new case
    ]
    plan = import_records(vault, records, today=TODAY)
    assert plan.refused == []
    assert sorted(s.date for s in _sessions(vault) if s.kind is SessionKind.INITIAL) == [
        date(2025, 3, 1),
        date(2025, 6, 1),
        date(2026, 4, 1),
    ]


def test_skip_invalid_keeps_the_other_records_when_a_vault_initial_refuses_one(vault: Any) -> None:
    c = R.save_client(vault, Client("Di", "Tresor"))
    R.save_session(vault, CounsellingSession(c.id, date(2026, 5, 1), kind=SessionKind.INITIAL))
    records = [
        _session("2026-06-01", client=c.id),  # refused: IQ counselling again within 12 months
        _session("2026-06-15", kind="follow_up", client=c.id),  # kept: the vault's initial opens it
        CLIENT,
        _session("2026-06-20"),  # kept: another client
    ]
    plan = import_records(vault, records, today=TODAY, skip_invalid=True)
    [refusal] = plan.refused
    assert refusal.number == 1 and refusal.problems[0].field == "kind"
    assert sorted(n for n, _, _ in plan.accepted) == [2, 3, 4]
    assert sorted(s.date for s in _sessions(vault)) == [date(2026, 5, 1), date(2026, 6, 15), date(2026, 6, 20)]
