"""Clean records on a real vault (issue 11): anonymous clients, void with a reason, duplicates, merge,
and what the network's figures see afterwards (the contributions queued by the next sync)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from iq_desktop.crypto import TEST_KDF
from iq_desktop.domain.codes import EventFormat, SessionKind, Topic, TrainingStatus
from iq_desktop.domain.records import Client, CounsellingSession, GroupEvent, TrainingParticipation
from iq_desktop.domain.rules import DuplicateReason
from iq_desktop.services import cleanup
from iq_desktop.services import records as R
from iq_desktop.services.errors import NotAllowed, NotFound, ValidationError
from iq_desktop.services.vault import Vault, open_vault

TODAY = date.today()


def queued(vault: Vault) -> dict[str, tuple[int, dict[str, object]]]:
    out: dict[str, tuple[int, dict[str, object]]] = {}
    with vault._uow(readonly=True) as uow:
        for e in uow.outbox.current():
            data = json.loads(e.payload)
            out[data.get("period", e.record_id)] = (e.revision, data)
    return out


def cells(vault: Vault, period: str) -> dict[str, int]:
    data = queued(vault)[period][1]
    return {c: v["n"] for c, v in data.get("cells", {}).items()}  # type: ignore[attr-defined]


def test_anonymous_clients_get_the_days_pseudonym_are_found_and_counted(vault: Vault) -> None:
    a = R.save_client(vault, Client("", "", anonymous=True))
    b = R.save_client(vault, Client("", "", anonymous=True))
    day = TODAY.isoformat()
    assert (a.pseudonym, b.pseudonym) == (f"anonym {day} #1", f"anonym {day} #2")
    assert a.display_name == f"anonym {day} #1"
    assert [r.id for r in R.find_clients(vault, "anonym #2")] == [b.id]
    assert R.find_clients(vault, f"anonym {day}")[0].display_name.startswith("anonym")
    R.save_session(vault, CounsellingSession(a.id, date(2024, 5, 6), topics=frozenset({Topic.RECOGNITION})))
    R.save_session(vault, CounsellingSession(b.id, date(2024, 5, 7), topics=frozenset({Topic.FI_WAGES})))
    vault.prepare_outbox()
    assert cells(vault, "2024-Q2") == {"initial.total": 1, "initial.recognition": 1, "fi.individuals": 1}
    # named later: the pseudonym stays (the search still finds it), the name is shown
    named = R.save_client(vault, Client("Ada", "Probe", id=a.id, pseudonym=a.pseudonym))
    assert R.get_client(vault, a.id).display_name == "Probe, Ada"  # type: ignore[union-attr]
    assert named.anonymous is False
    with pytest.raises(ValidationError):
        R.save_client(vault, Client("Ada", "", anonymous=True))  # no names for an anonymous client


def test_void_needs_a_reason_is_audited_and_corrects_the_figures(vault: Vault) -> None:
    c = R.save_client(vault, Client("Ada", "Probe"))
    s1 = R.save_session(vault, CounsellingSession(c.id, date(2024, 2, 6)))
    s2 = R.save_session(vault, CounsellingSession(c.id, date(2024, 3, 6), kind=SessionKind.FOLLOW_UP))
    e = R.save_event(vault, GroupEvent(date(2024, 8, 1), format=EventFormat.INFORMATION_EVENT, participants=9))
    t = R.save_training(vault, TrainingParticipation(c.id, date(2024, 2, 1)))
    vault.prepare_outbox()
    before = queued(vault)
    assert cells(vault, "2024-Q1")["initial.total"] == 1
    with pytest.raises(ValidationError):
        cleanup.void(vault, s1.id, " x ")
    assert cleanup.record_kind(vault, s2.id) == "session"
    assert cleanup.void(vault, s2.id, "entered twice") == "session"
    assert cleanup.void(vault, t.id, "wrong person") == "training"
    assert cleanup.void(vault, e.id, "typo") == "event"
    with pytest.raises(NotFound):
        cleanup.void(vault, s2.id, "again please")
    assert R.get_session(vault, s2.id) is None and R.get_event(vault, e.id) is None
    with vault._uow(readonly=True) as uow:
        voids = uow.audit.recent(action="void")
    assert {(v.record_type, v.record_id, v.detail) for v in voids} == {
        ("session", s2.id, "entered twice"),
        ("training", t.id, "wrong person"),
        ("event", e.id, "typo"),
    }
    vault.prepare_outbox()
    after = queued(vault)
    assert after["2024-Q1"][0] == before["2024-Q1"][0] + 1  # a new revision: the training is gone
    assert "training.individuals" not in cells(vault, "2024-Q1")
    # the initial session voided too: the quarter has nothing left and is retracted
    cleanup.void(vault, s1.id, "test entry")
    vault.prepare_outbox()
    assert "cells" not in queued(vault).get("2024-Q1", (0, {}))[1]


def test_a_second_initial_session_is_refused_unless_a_new_case_after_12_months(vault: Vault) -> None:
    c = R.save_client(vault, Client("Ada", "Probe"))
    R.save_session(vault, CounsellingSession(c.id, date(2024, 2, 6)))
    with pytest.raises(ValidationError, match="already has an initial session"):
        R.save_session(vault, CounsellingSession(c.id, date(2024, 9, 1), topics=frozenset({Topic.JOB_TRAINING})))
    # Fair Integration is another counselling type; a year later is a new case
    R.save_session(vault, CounsellingSession(c.id, date(2024, 9, 1), topics=frozenset({Topic.FI_LEAVE})))
    R.save_session(vault, CounsellingSession(c.id, date(2025, 2, 6)))


def _two_ada(vault: Vault) -> tuple[Client, Client]:
    keep = R.save_client(vault, Client("Ada", "Probe", birth_date=date(1990, 1, 2), occupation_code="81302"))
    other = R.save_client(
        vault, Client("ADA ", "Pröbe", birth_date=date(1990, 1, 2), phone="0151 234567", notes="from the bus")
    )
    return keep, other


def test_duplicates_are_found_by_name_and_birth_date_or_contact(vault: Vault) -> None:
    keep, other = _two_ada(vault)
    third = R.save_client(vault, Client("Ada", "Probe", phone="+49 151 234567"))
    R.save_client(vault, Client("Ada", "Probe", birth_date=date(1991, 1, 2)))  # another person
    pairs = {(frozenset((p.first, p.second)), p.reason) for p in cleanup.duplicates(vault)}
    assert (frozenset((keep.id, other.id)), DuplicateReason.NAME_BIRTH_DATE) in pairs
    assert (frozenset((other.id, third.id)), DuplicateReason.NAME_PHONE) in pairs
    assert len(pairs) == 2
    typed = Client("ada", "probe", birth_date=date(1990, 1, 2))
    assert {m.id for m in cleanup.similar_clients(vault, typed)} == {keep.id, other.id}
    assert cleanup.similar_clients(vault, Client("Ada", "Probe")) == []


def test_merge_moves_everything_recomputes_first_contacts_and_the_figures(vault: Vault) -> None:
    keep, other = _two_ada(vault)
    k1 = R.save_session(vault, CounsellingSession(keep.id, date(2024, 2, 6)))
    o1 = R.save_session(vault, CounsellingSession(other.id, date(2024, 4, 10)))  # initial too
    o2 = R.save_session(vault, CounsellingSession(other.id, date(2024, 5, 1), kind=SessionKind.FOLLOW_UP))
    ot = R.save_training(
        vault, TrainingParticipation(other.id, date(2024, 5, 2), status=TrainingStatus.ONGOING, end=None)
    )
    vault.prepare_outbox()
    assert cells(vault, "2024-H1")["initial.total"] == 2
    h1_revision = queued(vault)["2024-H1"][0]

    result = cleanup.merge(vault, keep.id, other.id)

    assert R.get_client(vault, other.id) is None
    assert result.moved["counselling_session"] == 2 and result.moved["training"] == 1
    assert result.now_follow_up == [o1.id]
    kept = R.get_client(vault, keep.id)
    assert kept is not None and kept.phone == "0151 234567" and "from the bus" in kept.notes
    assert kept.occupation_code == "81302" and "phone" in result.filled
    assert {s.id for s in R.client_history(vault, keep.id)[0]} == {k1.id, o1.id, o2.id}
    assert R.get_session(vault, o1.id).kind is SessionKind.FOLLOW_UP  # type: ignore[union-attr]
    assert R.get_training(vault, ot.id).client_id == keep.id  # type: ignore[union-attr]
    with vault._uow(readonly=True) as uow:
        merges = uow.audit.recent(action="merge")
    assert {m.record_id for m in merges} == {keep.id, other.id}
    assert all("Ada" not in m.detail for m in merges)
    vault.prepare_outbox()
    assert queued(vault)["2024-H1"][0] == h1_revision + 1
    assert cells(vault, "2024-H1")["initial.total"] == 1  # one person, one initial session


def test_merge_is_for_coordinators_and_refuses_nonsense(vault: Vault) -> None:
    keep, other = _two_ada(vault)
    with pytest.raises(ValidationError):
        cleanup.merge(vault, keep.id, keep.id)
    with pytest.raises(NotFound):
        cleanup.merge(vault, keep.id, "no-such-id")
    vault.add_user("carla", "counsellor", "counsellor passphrase 2026", kdf=TEST_KDF)
    counsellor = open_vault(vault.data_dir, "carla", "counsellor passphrase 2026")
    try:
        with pytest.raises(NotAllowed):
            cleanup.merge(counsellor, keep.id, other.id)
        # a counsellor may void a wrong entry
        s = R.save_session(counsellor, CounsellingSession(keep.id, TODAY - timedelta(days=1)))
        assert cleanup.void(counsellor, s.id, "wrong client") == "session"
    finally:
        counsellor.lock()
    assert R.get_client(vault, other.id) is not None


def test_merge_moves_procedures_and_documents_and_void_reaches_procedures(vault: Vault) -> None:
    procedures = pytest.importorskip("iq_desktop.services.procedures")
    from iq_desktop.domain.records import RecognitionProcedure  # type: ignore[attr-defined]

    documents = pytest.importorskip("iq_desktop.services.documents")
    keep, other = _two_ada(vault)
    p = procedures.save_procedure(vault, RecognitionProcedure(other.id, occupation_code="81302"))
    doc = documents.attach(vault, other.id, b"%PDF certificate", "certificate", file_name="z.pdf", procedure_id=p.id)
    result = cleanup.merge(vault, keep.id, other.id)
    assert result.moved["procedure"] == 1 and result.moved["document"] == 1
    assert procedures.get_procedure(vault, p.id).client_id == keep.id
    assert [d.id for d in documents.list_documents(vault, keep.id)] == [doc.id]
    assert documents.read_document(vault, doc.id)[1] == b"%PDF certificate"
    assert cleanup.record_kind(vault, p.id) == "procedure"
    assert cleanup.void(vault, p.id, "wrong occupation") == "procedure"
    assert procedures.get_procedure(vault, p.id) is None


def test_voiding_a_training_unlinks_it_from_procedures(vault: Vault) -> None:
    from iq_desktop.domain.codes import Compensation, ProcedureDecision
    from iq_desktop.domain.records import RecognitionProcedure
    from iq_desktop.services import procedures

    client = Client("Ada", "Lovelace", birth_date=date(1990, 1, 1))
    R.save_client(vault, client)
    training = TrainingParticipation(client.id, date(2026, 3, 1))
    R.save_training(vault, training)
    p = procedures.save_procedure(
        vault,
        RecognitionProcedure(
            client.id,
            occupation_code="81302",
            applied=date(2025, 6, 1),
            decision=ProcedureDecision.PARTIAL,
            decided=date(2025, 12, 1),
            compensation=Compensation.BRIDGE_TRAINING,
            training_id=training.id,
        ),
    )
    assert cleanup.void(vault, training.id, "entered twice") == "training"
    saved = procedures.get_procedure(vault, p.id)
    assert saved is not None and saved.training_id is None


def test_voiding_an_initial_session_makes_the_next_contact_the_initial_one(vault: Vault) -> None:
    """Voiding the (wrong) initial session: the earliest remaining session becomes the first contact, so the
    follow-ups can still be edited and the figures still count the person's first contact once; a later
    initial session of the same type within 12 months becomes a follow-up of it."""
    c = R.save_client(vault, Client("Ida", "Erstkontakt"))
    wrong = R.save_session(vault, CounsellingSession(c.id, date(2024, 1, 10)))
    f1 = R.save_session(vault, CounsellingSession(c.id, date(2024, 2, 6), kind=SessionKind.FOLLOW_UP))
    f2 = R.save_session(vault, CounsellingSession(c.id, date(2024, 4, 6), kind=SessionKind.FOLLOW_UP))
    vault.prepare_outbox()
    assert cells(vault, "2024-Q1")["initial.total"] == 1
    cleanup.void(vault, wrong.id, "entered for the wrong person")
    kinds = {s.id: s.kind for s in R.list_sessions(vault)}
    assert kinds == {f1.id: SessionKind.INITIAL, f2.id: SessionKind.FOLLOW_UP}
    R.save_session(vault, R.get_session(vault, f2.id))  # editing the follow-up still works
    vault.prepare_outbox()
    assert cells(vault, "2024-Q1")["initial.total"] == 1  # the person's first contact, counted once
    with vault._uow(readonly=True) as uow:
        edits = uow.audit.recent(action="edit")
    assert any(e.record_id == f1.id and "first contact" in e.detail for e in edits)
