"""The site's contributions (services.contributions): what is queued, when, and what it reveals."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from iq_desktop.crypto import TEST_KDF
from iq_desktop.domain import wire
from iq_desktop.domain.codes import EventFormat, SessionKind, Topic
from iq_desktop.domain.records import Client, CounsellingSession, GroupEvent
from iq_desktop.services import contributions
from iq_desktop.services import records as R
from iq_desktop.services.vault import Vault, create_vault


def queued(vault: Vault) -> dict[str, tuple[int, dict[str, object]]]:
    """period (or the item id for a retraction) -> (revision, payload) of every item's latest revision."""
    out: dict[str, tuple[int, dict[str, object]]] = {}
    with vault._uow(readonly=True) as uow:
        for e in uow.outbox.current():
            assert e.record_type == "contribution"
            data = json.loads(e.payload)
            out[data.get("period", e.record_id)] = (e.revision, data)
    return out


def cells(vault: Vault, period: str) -> dict[str, int]:
    data = queued(vault)[period][1]
    return {c: v["n"] for c, v in data["cells"].items()}  # type: ignore[attr-defined]


def test_a_session_is_counted_in_its_quarter_half_year_and_year(vault: Vault) -> None:
    c = R.save_client(vault, Client("Ada", "Probe", occupation_code="81302"))
    R.save_session(vault, CounsellingSession(c.id, date(2024, 5, 6), topics=frozenset({Topic.RECOGNITION})))
    assert vault.prepare_outbox() == 3
    assert set(queued(vault)) == {"2024-Q2", "2024-H1", "2024"}
    for period in ("2024-Q2", "2024-H1", "2024"):
        assert cells(vault, period) == {"initial.total": 1, "initial.recognition": 1, "occupation.813": 1}
    for _, payload in queued(vault).values():
        wire.RecordEnvelope.model_validate({"record_id": "0" * 8 + "-0000-4000-8000-" + "0" * 12, "revision": 1,
                                            "payload": payload})  # fmt: skip
    assert vault.prepare_outbox() == 0  # nothing changed: nothing queued, nothing computed


def test_an_edit_queues_only_the_periods_whose_counts_changed(vault: Vault) -> None:
    c = R.save_client(vault, Client("Ada", "Probe"))
    s = R.save_session(vault, CounsellingSession(c.id, date(2024, 2, 6)))
    vault.prepare_outbox()
    # the client's name and a note change: no figure changes, nothing is queued
    R.save_client(vault, Client("Adele", "Other", notes="new note", id=c.id))
    R.save_session(vault, CounsellingSession(c.id, date(2024, 2, 6), notes="more", id=s.id))
    assert vault.prepare_outbox() == 0
    # moved to the next quarter, same half-year and year: Q1 is retracted, Q2 is new, H1 and 2024 stay
    R.save_session(vault, CounsellingSession(c.id, date(2024, 4, 2), id=s.id))
    assert vault.prepare_outbox() == 2
    items = queued(vault)
    assert items["2024-H1"][0] == 1 and items["2024"][0] == 1
    assert cells(vault, "2024-Q2") == {"initial.total": 1, "initial.recognition": 1}
    retracted = [p for p, (rev, data) in items.items() if data["type"] == "retraction"]
    assert len(retracted) == 1 and items[retracted[0]][0] == 2


def test_deleting_and_erasing_lower_the_figures(vault: Vault) -> None:
    a = R.save_client(vault, Client("A", "A"))
    b = R.save_client(vault, Client("B", "B"))
    R.save_session(vault, CounsellingSession(a.id, date(2024, 2, 6), topics=frozenset({Topic.FI_WAGES})))
    R.save_session(vault, CounsellingSession(b.id, date(2024, 2, 7), topics=frozenset({Topic.FI_LEAVE})))
    R.save_session(
        vault,
        CounsellingSession(b.id, date(2024, 3, 7), kind=SessionKind.FOLLOW_UP, topics=frozenset({Topic.FI_LEAVE})),
    )
    e = R.save_event(vault, GroupEvent(date(2024, 3, 1), format=EventFormat.WORKSHOP, participants=9))
    vault.prepare_outbox()
    assert cells(vault, "2024-Q1")["fi.individuals"] == 2
    R.erase_client(vault, b.id)
    R.delete_record(vault, "event", e.id)
    vault.prepare_outbox()
    assert cells(vault, "2024-Q1") == {"fi.individuals": 1}


def test_item_ids_and_cell_keys_reveal_nothing_across_vaults_cells_or_periods(tmp_path: Path) -> None:
    ids, keys = [], []
    for name in ("one", "two"):
        vault, _ = create_vault(tmp_path / name, "coord", "correct horse battery staple 42", kdf=TEST_KDF)
        try:
            c = R.save_client(vault, Client("Same", "Person", occupation_code="81302"))
            R.save_session(
                vault, CounsellingSession(c.id, date(2024, 5, 6), topics=frozenset({Topic.RECOGNITION, Topic.FI_WAGES}))
            )
            vault.prepare_outbox()
            with vault._uow(readonly=True) as uow:
                ids += [e.record_id for e in uow.outbox.current()]
            for _, (_, data) in queued(vault).items():
                keys += [v["k"] for v in data["cells"].values()]  # type: ignore[attr-defined]
        finally:
            vault.lock()
    assert len(set(ids)) == len(ids) == 6  # the same periods get other ids in another vault
    # one session of one person counts in 4 cells x 3 periods per vault: every key differs
    assert len(set(keys)) == len(keys) == 24


def test_sessions_show_sent_only_when_their_contributions_were_acknowledged(vault: Vault) -> None:
    c = R.save_client(vault, Client("A", "A"))
    s = R.save_session(vault, CounsellingSession(c.id, date(2024, 2, 6)))
    vault.prepare_outbox()
    with vault._uow() as uow:
        assert contributions.mark_delivered(uow) == 0  # still pending in the outbox
        uow.outbox.mark_sent_many([(e.record_id, e.revision) for e in uow.outbox.current()])
        contributions.records_changed(uow)  # a change after the contributions were computed
        assert contributions.mark_delivered(uow) == 0
    vault.prepare_outbox()  # nothing changed in the counts: nothing new queued, now current
    with vault._uow() as uow:
        assert contributions.mark_delivered(uow) == 1
        assert uow.sessions.get(s.id) is not None
        state = uow.connection.exec_driver_sql("SELECT sync_state FROM counselling_session").scalar_one()
    assert state == "sent"
