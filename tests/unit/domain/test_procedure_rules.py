"""Recognition procedures: the domain's rules (domain/procedure_rules.py)."""

from __future__ import annotations

from datetime import date

import pytest

from iq_desktop.domain.codes import Compensation, ProcedureDecision
from iq_desktop.domain.procedure_rules import procedure_dict, procedure_from_dict, validate_procedure
from iq_desktop.domain.records import RecognitionProcedure
from iq_desktop.domain.rules import ValidationError

TODAY = date(2026, 12, 4)
NURSE = "81302"


def fields(p: RecognitionProcedure, **kw: object) -> set[str]:
    return {x.field for x in validate_procedure(p, TODAY, **kw)}  # type: ignore[arg-type]


def test_a_pending_procedure_with_an_occupation_is_valid() -> None:
    assert validate_procedure(RecognitionProcedure("c", occupation_code=NURSE), TODAY) == []
    assert fields(RecognitionProcedure("c", occupation_code=NURSE, applied=date(2026, 3, 1))) == set()


def test_the_occupation_is_required_and_must_be_known() -> None:
    assert fields(RecognitionProcedure("c")) == {"occupation_code"}
    assert fields(RecognitionProcedure("c", occupation_code="99999x")) == {"occupation_code"}


def test_a_decision_date_needs_a_decision_and_a_decision_needs_its_date() -> None:
    p = RecognitionProcedure("c", occupation_code=NURSE, applied=date(2026, 1, 5), decided=date(2026, 5, 1))
    problems = validate_procedure(p, TODAY)
    assert [x.field for x in problems] == ["decision"]
    assert "Entscheidung" in problems[0].de and "decision" in problems[0].en
    p = RecognitionProcedure("c", occupation_code=NURSE, applied=date(2026, 1, 5), decision=ProcedureDecision.FULL)
    assert fields(p) == {"decided"}


def test_dates_are_in_order_and_not_in_the_future() -> None:
    p = RecognitionProcedure(
        "c",
        occupation_code=NURSE,
        applied=date(2026, 5, 1),
        decision=ProcedureDecision.REJECTED,
        decided=date(2026, 4, 1),
    )
    assert fields(p) == {"decided"}
    assert fields(RecognitionProcedure("c", occupation_code=NURSE, applied=date(2026, 12, 5))) == {"applied"}
    assert fields(RecognitionProcedure("c", occupation_code=NURSE, applied=date(2004, 12, 31))) == {"applied"}
    p = RecognitionProcedure(
        "c", occupation_code=NURSE, applied=date(2026, 5, 1), decision=ProcedureDecision.FULL, decided=date(2027, 1, 1)
    )
    assert fields(p) == {"decided"}
    # decided today is fine
    p = RecognitionProcedure("c", occupation_code=NURSE, applied=TODAY, decision=ProcedureDecision.FULL, decided=TODAY)
    assert fields(p) == set()


def test_a_decision_needs_an_application() -> None:
    p = RecognitionProcedure("c", occupation_code=NURSE, decision=ProcedureDecision.WITHDRAWN, decided=TODAY)
    assert fields(p) == {"applied"}


def test_compensation_follows_a_partial_equivalence_only() -> None:
    base = {"occupation_code": NURSE, "applied": date(2026, 1, 5), "decided": date(2026, 6, 1)}
    full = RecognitionProcedure("c", decision=ProcedureDecision.FULL, compensation=Compensation.APTITUDE_TEST, **base)  # type: ignore[arg-type]
    assert fields(full) == {"compensation"}
    partial = RecognitionProcedure(
        "c",
        decision=ProcedureDecision.PARTIAL,
        compensation=Compensation.BRIDGE_TRAINING,
        training_id="t",
        **base,  # type: ignore[arg-type]
    )
    assert fields(partial) == set()
    assert fields(partial, training_of_client=False) == {"training_id"}
    no_measure = RecognitionProcedure("c", decision=ProcedureDecision.PARTIAL, training_id="t", **base)  # type: ignore[arg-type]
    assert fields(no_measure) == {"training_id"}


def test_messages_never_repeat_the_authority() -> None:
    p = RecognitionProcedure("c", occupation_code=NURSE, authority="Regierung von Oberbayern " * 20)
    problems = validate_procedure(p, TODAY)
    assert [x.field for x in problems] == ["authority"]
    assert "Oberbayern" not in str(problems[0]) and "Oberbayern" not in problems[0].de
    assert "Oberbayern" not in repr(p)


def test_parsing_an_import_record_and_back() -> None:
    d = {
        "occupation_code": NURSE, "authority": "LfP", "applied": "2026-01-05", "decision": "partial",
        "decided": "2026-06-01", "documents_complete": True, "regulated": True, "compensation": "adaptation_period",
        "grant_applied": True,
    }  # fmt: skip
    p = procedure_from_dict(d, "client-1", TODAY)
    assert p.decision is ProcedureDecision.PARTIAL and p.compensation is Compensation.ADAPTATION_PERIOD
    assert p.documents_complete and p.regulated and p.grant_applied and p.client_id == "client-1"
    out = procedure_dict(p)
    assert {k: out[k] for k in d} == d
    with pytest.raises(ValidationError) as exc:
        procedure_from_dict({"occupation_code": NURSE, "decision": "maybe", "applied": "5.1.2026"}, "c", TODAY)
    assert {x.field for x in exc.value.problems} == {"decision", "applied"}
