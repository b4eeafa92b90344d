"""Import of recognition procedures and of anonymous clients (services/importing.py, docs/import-format.md)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from iq_desktop.domain.codes import Compensation, ProcedureDecision, TrainingType
from iq_desktop.domain.procedure_rules import IMPORT_KEYS
from iq_desktop.domain.records import Client, TrainingParticipation
from iq_desktop.services import procedures, queries
from iq_desktop.services import records as R
from iq_desktop.services.importing import ImportRefused, import_records, plan_import, read_json_records

ROOT = Path(__file__).resolve().parents[3]
TODAY = date(2026, 12, 4)


def proc(client: str, **extra: Any) -> dict[str, Any]:
    return {"type": "procedure", "client": client, "occupation_code": "81302", **extra}


def test_procedures_refer_to_clients_in_the_file_or_the_vault(vault: Any) -> None:
    in_vault = R.save_client(vault, Client("Vera", "Vault"))
    records = [
        {"type": "client", "id": "c1", "first_name": "Ada", "last_name": "Probe"},
        proc("c1", id="x", authority="LfP", applied="2026-01-05", decision="full", decided="2026-06-01",
             documents_complete=True, regulated=True, grant_applied=True),
        proc(in_vault.id, applied="2026-02-01"),
    ]  # fmt: skip
    plan = import_records(vault, records, today=TODAY)
    assert plan.refused == [] and plan.saved_count == 3
    lines = plan.accepted_lines()
    assert [(n, t) for n, t, _ in lines] == [(1, "client"), (2, "procedure"), (3, "procedure")]
    new_client = plan.clients[0].id
    (p,) = procedures.list_procedures(vault, new_client)
    assert p.decision is ProcedureDecision.FULL and p.authority == "LfP" and p.grant_applied and p.regulated
    assert p.id == lines[1][2] and p.id != "x"
    assert [x.applied for x in procedures.list_procedures(vault, in_vault.id)] == [date(2026, 2, 1)]


def test_an_invalid_procedure_refuses_the_import_and_names_the_field(vault: Any) -> None:
    records = [
        {"type": "client", "id": "c1", "first_name": "Ada", "last_name": "Probe"},
        proc("c1", authority="Geheimamt Zqx", decided="2026-01-01"),  # a decision date while pending
    ]
    with pytest.raises(ImportRefused) as exc:
        import_records(vault, records, today=TODAY)
    assert "record 2" in str(exc.value) and "decision" in str(exc.value) and "Zqx" not in str(exc.value)
    assert queries.all_records(vault) == [] and procedures.list_all_procedures(vault) == []


@pytest.mark.parametrize(
    ("record", "field"),
    [
        (proc("nobody"), "client"),
        ({"type": "procedure", "occupation_code": "81302"}, "client"),
        (proc("c1", occupation_code="123"), "occupation_code"),
        (proc("c1", decision="maybe"), "decision"),
        (proc("c1", colour="red"), "colour"),
        (proc("c1", applied="2026-01-05", compensation="aptitude_test"), "compensation"),
        (proc("c1", applied="2027-01-05"), "applied"),
        (proc("c1", training="not-a-training"), "training"),
    ],
)
def test_refusals_name_the_field(record: dict[str, Any], field: str) -> None:
    records = [{"type": "client", "id": "c1", "first_name": "Ada", "last_name": "Probe"}, record]
    plan = plan_import(records, today=TODAY)
    assert [r.number for r in plan.refused] == [2]
    assert field in {p.field for p in plan.refused[0].problems}


def test_a_linked_training_must_be_the_same_clients(vault: Any) -> None:
    a = R.save_client(vault, Client("A", "A"))
    b = R.save_client(vault, Client("B", "B"))
    t = R.save_training(
        vault, TrainingParticipation(a.id, date(2026, 7, 1), training_type=TrainingType.COMPENSATION_MEASURE)
    )
    base = {"applied": "2026-01-05", "decision": "partial", "decided": "2026-06-01"}
    base |= {"compensation": "adaptation_period", "training": t.id}
    with pytest.raises(ImportRefused):
        import_records(vault, [proc(b.id, **base)], today=TODAY)
    plan = import_records(vault, [proc(a.id, **base)], today=TODAY)
    (p,) = procedures.list_procedures(vault, a.id)
    assert p.training_id == t.id and p.compensation is Compensation.ADAPTATION_PERIOD and plan.saved_count == 1


def test_anonymous_clients_without_a_name_get_pseudonyms(vault: Any) -> None:
    records = [
        {"type": "client", "id": "a1", "anonymous": True, "qualification_country": "UA"},
        {"type": "client", "id": "a2", "anonymous": True},
        {"type": "session", "client": "a1", "date": "2026-03-01", "channel": "phone", "duration_minutes": 15},
        proc("a2", applied="2026-02-01"),
    ]
    plan = import_records(vault, records, today=TODAY)
    assert plan.refused == [] and plan.saved_count == 4
    clients = {c.id: c for c in queries.all_records(vault, "client")}  # type: ignore[union-attr]
    names = sorted(c.display_name for c in clients.values())  # type: ignore[union-attr]
    assert names == ["anonym 2026-12-04 #1", "anonym 2026-12-04 #2"]
    assert all(c.anonymous and not c.first_name and not c.last_name for c in clients.values())  # type: ignore[union-attr]
    # a second file continues the day's numbering
    import_records(vault, [{"type": "client", "anonymous": True}], today=TODAY)
    names = sorted(c.display_name for c in queries.all_records(vault, "client"))  # type: ignore[union-attr]
    assert names[-1] == "anonym 2026-12-04 #3"


def test_an_anonymous_client_with_a_name_is_refused_and_a_named_one_still_needs_it() -> None:
    plan = plan_import(
        [
            {"type": "client", "anonymous": True, "last_name": "Zqxname"},
            {"type": "client", "first_name": "Only"},
        ],
        today=TODAY,
    )
    assert [r.number for r in plan.refused] == [1, 2]
    assert "last_name" in {p.field for p in plan.refused[0].problems}
    assert "Zqxname" not in " ".join(r.describe() for r in plan.refused)
    assert "last_name" in {p.field for p in plan.refused[1].problems}


def test_the_procedure_example_imports_and_matches_the_schema(vault: Any) -> None:
    text = (ROOT / "docs/examples/import-procedures.json").read_text(encoding="utf-8")
    records = read_json_records(text)
    plan = import_records(vault, records, today=date.today())
    assert plan.refused == [] and plan.saved_count == len(records)
    schema = json.loads((ROOT / "docs/import.schema.json").read_text(encoding="utf-8"))
    assert set(schema["$defs"]["procedure"]["properties"]) == set(IMPORT_KEYS)
    jsonschema_rs = pytest.importorskip("jsonschema_rs", reason="jsonschema_rs is absent")
    validator = jsonschema_rs.Draft202012Validator(schema)
    assert [e.message for e in validator.iter_errors(json.loads(text))] == []
    assert not validator.is_valid({"type": "procedure", "client": "c"})  # no occupation
    assert not validator.is_valid({"type": "client", "first_name": "A"})  # a named client needs both names
    assert validator.is_valid({"type": "client", "anonymous": True})
    assert not validator.is_valid({"type": "client", "anonymous": True, "last_name": "B"})
