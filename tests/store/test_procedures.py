"""Recognition procedures in the vault: save/list/get/void, erasure, the pending ones, and that nothing
of them leaves the laptop (the contributions are byte-identical with and without procedures)."""

from __future__ import annotations

from datetime import date

import pytest

from iq_desktop.domain.codes import Compensation, ProcedureDecision, TrainingType
from iq_desktop.domain.records import Client, CounsellingSession, RecognitionProcedure, TrainingParticipation
from iq_desktop.services import contributions
from iq_desktop.services import procedures as P
from iq_desktop.services import records as R
from iq_desktop.services.errors import NotFound, ValidationError
from iq_desktop.services.vault import Vault

NURSE = "81302"


def test_save_list_get_and_edit(vault: Vault) -> None:
    c = R.save_client(vault, Client("Ada", "Probe"))
    p = P.save_procedure(
        vault, RecognitionProcedure(c.id, occupation_code=NURSE, authority="LfP", applied=date(2025, 1, 5))
    )
    assert p.created_at is not None and p.updated_at is not None
    got = P.get_procedure(vault, p.id)
    assert got == p and got is not None and got.authority == "LfP"
    p.decision, p.decided = ProcedureDecision.FULL, date(2025, 6, 1)
    P.save_procedure(vault, p)
    assert [x.decision for x in P.list_procedures(vault, c.id)] == [ProcedureDecision.FULL]
    with vault._uow(readonly=True) as uow:
        actions = [(e.action, e.record_type) for e in uow.audit.recent(10)] if hasattr(uow.audit, "recent") else []
    assert not actions or ("edit", "procedure") in actions


def test_refused_for_an_unknown_client_or_someone_elses_training(vault: Vault) -> None:
    with pytest.raises(ValidationError):
        P.save_procedure(vault, RecognitionProcedure("nobody", occupation_code=NURSE))
    a = R.save_client(vault, Client("A", "A"))
    b = R.save_client(vault, Client("B", "B"))
    t = R.save_training(
        vault, TrainingParticipation(b.id, date(2025, 7, 1), training_type=TrainingType.COMPENSATION_MEASURE)
    )
    bad = RecognitionProcedure(
        a.id, occupation_code=NURSE, applied=date(2025, 1, 5), decision=ProcedureDecision.PARTIAL,
        decided=date(2025, 6, 1), compensation=Compensation.ADAPTATION_PERIOD, training_id=t.id,
    )  # fmt: skip
    with pytest.raises(ValidationError) as exc:
        P.save_procedure(vault, bad)
    assert [x.field for x in exc.value.problems] == ["training_id"]
    bad.client_id = b.id
    assert P.save_procedure(vault, bad).training_id == t.id


def test_void_needs_a_reason_and_is_audited_with_it(vault: Vault) -> None:
    c = R.save_client(vault, Client("Ada", "Probe"))
    p = P.save_procedure(vault, RecognitionProcedure(c.id, occupation_code=NURSE))
    with pytest.raises(ValidationError):
        P.void_procedure(vault, p.id, "  ")
    P.void_procedure(vault, p.id, "entered for the wrong person Müller")
    assert P.get_procedure(vault, p.id) is None
    with pytest.raises(NotFound):
        P.void_procedure(vault, p.id, "again")
    with vault._uow(readonly=True) as uow:
        rows = uow.connection.exec_driver_sql("SELECT action, record_type, detail FROM audit").fetchall()
    assert ("void", "procedure", "entered for the wrong person Müller") in {tuple(r) for r in rows}


def test_erasing_the_client_erases_their_procedures(vault: Vault) -> None:
    c = R.save_client(vault, Client("Ada", "Probe"))
    other = R.save_client(vault, Client("Bea", "Other"))
    P.save_procedure(vault, RecognitionProcedure(c.id, occupation_code=NURSE))
    P.save_procedure(vault, RecognitionProcedure(c.id, occupation_code=NURSE, applied=date(2025, 2, 1)))
    kept = P.save_procedure(vault, RecognitionProcedure(other.id, occupation_code=NURSE))
    R.erase_client(vault, c.id)
    assert P.list_procedures(vault, c.id) == []
    assert [p.id for p in P.list_all_procedures(vault)] == [kept.id]


def test_pending_longer_than(vault: Vault) -> None:
    c = R.save_client(vault, Client("Ada", "Probe"))
    anon = (
        R.save_client(vault, Client("", "", anonymous=True, pseudonym="anonym 2025-01-02 #1"))
        if _anonymous_ok(vault)
        else c
    )
    old = P.save_procedure(vault, RecognitionProcedure(anon.id, occupation_code=NURSE, applied=date(2025, 3, 4)))
    P.save_procedure(vault, RecognitionProcedure(c.id, occupation_code=NURSE, applied=date(2025, 9, 1)))
    P.save_procedure(vault, RecognitionProcedure(c.id, occupation_code=NURSE))  # not applied yet
    P.save_procedure(
        vault,
        RecognitionProcedure(c.id, occupation_code=NURSE, applied=date(2025, 1, 1), decision=ProcedureDecision.FULL,
                             decided=date(2025, 2, 1)),
    )  # fmt: skip
    rows = P.pending_longer_than(vault, 6, date(2025, 12, 4))
    assert [r.procedure_id for r in rows] == [old.id]
    assert rows[0].applied == date(2025, 3, 4) and "81302" in rows[0].occupation
    assert rows[0].client_name == anon.display_name and rows[0].client_id == anon.id
    assert P.pending_longer_than(vault, 10, date(2025, 12, 4)) == []
    assert P.months_before(date(2025, 8, 31), 6) == date(2025, 2, 28)


def _anonymous_ok(vault: Vault) -> bool:
    try:
        R.save_client(vault, Client("", "", anonymous=True, pseudonym="probe"))
    except ValidationError:
        return False
    return True


def _payloads(vault: Vault) -> list[tuple[str, int, str]]:
    with vault._uow(readonly=True) as uow:
        return sorted((e.record_id, e.revision, e.payload) for e in uow.outbox.current())


def test_nothing_of_a_procedure_leaves_the_laptop(vault: Vault) -> None:
    """The contributions (all that leaves) are byte-identical with and without procedures, also when
    recomputed from scratch, and saving or voiding a procedure queues nothing."""
    c = R.save_client(vault, Client("Ada", "Probe", occupation_code=NURSE))
    R.save_session(vault, CounsellingSession(c.id, date(2024, 5, 6)))
    t = R.save_training(vault, TrainingParticipation(c.id, date(2024, 6, 1)))
    assert vault.prepare_outbox() > 0
    without = _payloads(vault)
    with vault._uow(readonly=True) as uow:
        facts_without = contributions.load_facts(uow)
    P.save_procedure(vault, RecognitionProcedure(c.id, occupation_code="81302", authority="Bezirksregierung",
                                                  applied=date(2024, 5, 7), decision=ProcedureDecision.PARTIAL,
                                                  decided=date(2024, 9, 1), regulated=True,
                                                  compensation=Compensation.BRIDGE_TRAINING, training_id=t.id,
                                                  grant_applied=True, documents_complete=True))  # fmt: skip
    p = P.save_procedure(vault, RecognitionProcedure(c.id, occupation_code="81302", applied=date(2024, 1, 2)))
    assert vault.prepare_outbox() == 0
    with vault._uow() as uow:
        assert contributions.load_facts(uow) == facts_without
        contributions.refresh(uow, force=True)
    assert vault.prepare_outbox() == 0
    with_ = _payloads(vault)
    assert [(r, n) for r, n, _ in with_] == [(r, n) for r, n, _ in without]
    assert [a.encode() for _, _, a in with_] == [b.encode() for _, _, b in without]
    assert not any("Bezirksregierung" in x or "procedure" in x or "grant" in x for _, _, x in with_)
    P.void_procedure(vault, p.id, "wrong")
    assert vault.prepare_outbox() == 0 and _payloads(vault) == without


def test_demo_data_has_procedures_in_every_state_and_anonymous_clients(vault: Vault) -> None:
    from iq_desktop.domain import rules
    from iq_desktop.domain.procedure_rules import validate_procedure
    from iq_desktop.services import demo

    made = demo.generate(1500, seed=3)
    today = date.today()
    assert {p.decision for p in made.procedures} == set(ProcedureDecision)
    assert any(p.training_id for p in made.procedures) and any(p.applied is None for p in made.procedures)
    trainings = {t.id: t.client_id for t in made.trainings}
    for p in made.procedures:
        ok = p.training_id is None or trainings[p.training_id] == p.client_id
        assert validate_procedure(p, today, training_of_client=ok) == []
    anonymous = [c for c in made.clients if c.anonymous]
    assert anonymous and all(c.pseudonym.startswith("anonym ") and not c.last_name for c in anonymous)
    assert all(rules.validate_client(c, today) == [] for c in anonymous)
    assert any(s.appointment_place for s in made.sessions if s.next_appointment)
    counts = demo.create_demo_data(vault, 300, seed=9)
    assert counts["procedures"] == len(P.list_all_procedures(vault)) > 0
