"""Import: reading the three JSON shapes, checking every record, all-or-nothing saving in a real vault."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from iq_desktop.domain.codes import RecordType
from iq_desktop.services import importing, queries
from iq_desktop.services.contributions import CHANGED_SEQ
from iq_desktop.services.importing import ImportFileError, ImportRefused, import_records, plan_import, read_json_records

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2025, 6, 30)
CANARY = "Zqxcanaryvwk"


def client(local_id: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": "client",
        "id": local_id,
        "first_name": "Testa",
        "last_name": f"Probe{local_id}",
        "birth_date": "1990-05-17",
        "nationality": "SY",
        **extra,
    }


def session(ref: str, day: str = "2024-03-01", kind: str = "initial", **extra: Any) -> dict[str, Any]:
    return {"type": "session", "client": ref, "date": day, "kind": kind, **extra}


def thousand(invalid_at: int | None = None) -> list[dict[str, Any]]:
    """1,000 records: 250 clients, each with an initial and a follow-up session and one more record."""
    out: list[dict[str, Any]] = []
    for i in range(250):
        out += [
            client(f"c{i}"),
            session(f"c{i}"),
            session(f"c{i}", "2024-04-01", "follow_up"),
            {"type": "event", "date": "2024-05-01", "participants": 5 + i},
        ]
    if invalid_at is not None:
        out[invalid_at - 1] = {"type": "event", "date": "2024-05-01", "participants": 0}
    return out


# --- reading ----------------------------------------------------------------------------------------


def test_reads_object_array_and_json_lines() -> None:
    one = {"type": "event", "date": "2024-01-01", "participants": 3}
    assert read_json_records(json.dumps(one)) == [one]
    assert read_json_records(json.dumps([one, one])) == [one, one]
    assert read_json_records("\ufeff" + json.dumps(one) + "\n\n" + json.dumps(one) + "\n") == [one, one]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "empty"),
        ("[]", "empty list"),
        ("42", "JSON object"),
        ('[{"type": ', "not valid JSON"),
        ('{"a": 1}\n{"b": ', "Line 2"),
    ],
)
def test_unreadable_files_are_refused_with_the_reason(text: str, words: str) -> None:
    with pytest.raises(ImportFileError, match=words):
        read_json_records(text)


# --- checking -------------------------------------------------------------------------------------


def test_follow_up_needs_an_initial_session_in_the_file_in_any_order() -> None:
    recs = [
        session("a", "2024-04-01", "follow_up"),
        client("a"),
        session("a", "2024-03-01"),
        session("b", "2024-02-01", "follow_up"),
        client("b"),
        session("b", "2024-03-01"),
    ]
    plan = plan_import(recs, today=TODAY)
    assert [r.number for r in plan.refused] == [4]
    assert plan.refused[0].problems[0].field == "kind"
    assert [n for n, _, _ in plan.accepted] == [1, 2, 3, 5, 6]


def test_references_to_refused_or_unknown_clients_are_refused() -> None:
    recs = [
        client("a", birth_date="2999-01-01"),
        session("a"),
        session("nobody"),
        {"type": "training", "client": "a", "start": "2024-01-01"},
        {"type": "training", "start": "2024-01-01"},
    ]
    plan = plan_import(recs, today=TODAY)
    reasons = {r.number: r.describe() for r in plan.refused}
    assert set(reasons) == {1, 2, 3, 4, 5}
    assert "record 1) was refused" in reasons[2]
    assert "neither in this file nor in the vault" in reasons[3]
    assert "Missing" in reasons[5]


def test_unknown_fields_types_and_duplicate_ids_are_refused() -> None:
    recs = [
        client("a", birthdate="1990-01-01"),
        client("a"),
        {"type": "person"},
        [1, 2],
        {"type": "event", "date": "2024-01-01", "participants": "many"},
    ]
    plan = plan_import(recs, today=TODAY)
    text = [r.describe() for r in plan.refused]
    assert [r.number for r in plan.refused] == [1, 2, 3, 4, 5]
    assert "birthdate: Unknown field" in text[0]
    assert "already used by record 1" in text[1]
    assert "unknown record type" in text[2]
    assert "JSON object" in text[3]
    assert "participants: Must be a whole number" in text[4]


def test_messages_never_repeat_values_from_the_file() -> None:
    odd_key = f"{CANARY} <{CANARY}@example.org>"  # not a field name: only named as "a field"
    recs = [
        client(
            CANARY,
            first_name=CANARY,
            email=f"{CANARY}@",
            phone=CANARY,
            postcode=CANARY,
            birth_date=CANARY,
            notes=CANARY * 2000,
            nationality=CANARY,
            occupation_code=CANARY,
            **{odd_key: CANARY},
        ),
        session(CANARY, notes=CANARY, date=CANARY),
        {"type": CANARY},
    ]
    plan = plan_import(recs, today=TODAY)
    assert [r.number for r in plan.refused] == [1, 2, 3]
    for refusal in plan.refused:
        assert CANARY not in refusal.describe() + refusal.describe("de")
    assert len(plan.refused[0].problems) >= 8


def test_the_vault_history_counts_for_follow_ups(vault: Any) -> None:
    first = import_records(vault, [client("x"), session("x", "2024-01-10")])
    cid = first.accepted[0][2]
    plan = import_records(
        vault, [session(cid, "2024-02-01", "follow_up"), session(cid, "2023-12-01", "follow_up")], skip_invalid=True
    )
    assert [r.number for r in plan.refused] == [2]
    history, _ = queries.client_history(vault, cid)
    assert len(history) == 2


# --- saving -----------------------------------------------------------------------------------------


def _counts(vault: Any) -> dict[str, int]:
    return {t.value: len(queries.all_records(vault, t)) for t in RecordType}


def _seq(vault: Any) -> int:
    with vault._uow(readonly=True) as uow:
        return int(uow.settings.get(CHANGED_SEQ) or 0)


def test_one_invalid_record_in_a_thousand_refuses_the_whole_import(vault: Any) -> None:
    with pytest.raises(ImportRefused) as caught:
        import_records(vault, thousand(invalid_at=640))
    message = str(caught.value)
    assert "record 640 of 1000 (event)" in message and "participants" in message and "nothing was saved" in message
    assert _counts(vault) == {"client": 0, "session": 0, "training": 0, "event": 0, "scheme": 0}
    assert _seq(vault) == 0


def test_skip_invalid_saves_the_rest_in_one_go(vault: Any) -> None:
    plan = import_records(vault, thousand(invalid_at=640), skip_invalid=True)
    assert [r.number for r in plan.refused] == [640]
    assert _counts(vault) == {"client": 250, "session": 500, "training": 0, "event": 249, "scheme": 0}
    assert queries.count_sessions(vault, sync_state="pending") == 500 and _seq(vault) == 1
    assert queries.outbox_summary(vault)["pending"] == 0  # nothing queued per record
    with vault._uow(readonly=True) as uow:
        entries = uow.audit.recent(5, action="import")
    assert entries and "sessions=500" in entries[0].detail


def test_schemes_link_trainings_in_the_file_and_in_the_vault(vault: Any) -> None:
    records = [
        client("a"),
        client("b"),
        {"type": "training", "client": "a", "start": "2024-03-04", "scheme_id": "course"},  # before its scheme
        {"type": "scheme", "id": "course", "format": "course_based", "training_type": "compensation_measure",
         "start": "2024-03-01", "provider": "Demo-Akademie"},
        {"type": "training", "client": "b", "start": "2024-03-01", "scheme_id": "course", "format": "course_based"},
        {"type": "training", "client": "b", "start": "2024-05-01"},  # no scheme: its own individual scheme
    ]  # fmt: skip
    plan = import_records(vault, records, today=TODAY)
    ids = {n: rid for n, _, rid in plan.accepted}
    assert plan.refused == [] and len(plan.schemes) == 1
    course = queries.get_scheme(vault, ids[4])
    assert course is not None and course.provider == "Demo-Akademie" and course.id != "course"
    assert course.format.value == "course_based" and course.training_type.value == "compensation_measure"
    trainings = {n: queries.get_training(vault, ids[n]) for n in (3, 5, 6)}
    assert [t.scheme_id for t in trainings.values()] == [course.id, course.id, None]  # type: ignore[union-attr]
    assert trainings[3].format.value == "individual"  # type: ignore[union-attr]  # its own format, as given
    # a later file names the scheme by its vault id
    later = import_records(
        vault, [{"type": "training", "client": ids[1], "start": "2024-04-01", "scheme_id": course.id}]
    )
    assert queries.get_training(vault, later.accepted[0][2]).scheme_id == course.id  # type: ignore[union-attr]


def test_training_with_an_unknown_or_refused_scheme_is_refused(vault: Any) -> None:
    records = [
        client("a"),
        {"type": "scheme", "id": "bad", "format": "course_based", "start": "2024-03-01"},  # no training_type
        {"type": "training", "client": "a", "start": "2024-03-04", "scheme_id": "bad"},
        {"type": "training", "client": "a", "start": "2024-03-04", "scheme_id": "nowhere"},
        {"type": "training", "client": "a", "start": "2024-03-04", "scheme_id": ["x"]},
        {"type": "scheme", "id": "s", "format": "individual", "training_type": "bridge_training",
         "start": "2024-03-01", "colour": "red"},
    ]  # fmt: skip
    plan = plan_import(records, today=TODAY)
    reasons = {r.number: {p.field for p in r.problems} for r in plan.refused}
    assert reasons == {2: {"training_type"}, 3: {"scheme_id"}, 4: {"scheme_id"}, 5: {"scheme_id"}, 6: {"colour"}}
    assert "record 2" in plan.refused[1].describe() and "Datensatz 2" in plan.refused[1].describe("de")


def test_an_old_file_without_schemes_imports_as_before(vault: Any) -> None:
    plan = import_records(
        vault,
        [
            client("a"),
            {"type": "training", "client": "a", "start": "2024-02-01", "format": "course_based"},
            {"type": "event", "date": "2024-05-01", "participants": 5, "format": "workshop", "audience": "business"},
        ],
        today=TODAY,
    )
    training = queries.get_training(vault, plan.accepted[1][2])
    assert training is not None and training.scheme_id is None and training.format.value == "course_based"
    assert queries.list_schemes(vault) == []


def test_the_new_event_format_and_audience_import(vault: Any) -> None:
    plan = import_records(
        vault,
        [
            {
                "type": "event",
                "date": "2024-05-01",
                "participants": 2,
                "format": "consultation",
                "audience": "business",
            },
            {"type": "event", "date": "2024-05-02", "participants": 40, "audience": "skilled_worker_network"},
        ],
        today=TODAY,
    )
    got = [queries.get_event(vault, rid) for _, _, rid in plan.accepted]
    assert [(e.format.value, e.audience.value) for e in got if e] == [
        ("consultation", "business"),
        ("information_event", "skilled_worker_network"),
    ]


def test_sessions_take_the_site_and_the_importing_user(vault: Any) -> None:
    plan = import_records(vault, [client("a"), session("a")])
    s = queries.get_session(vault, plan.accepted[1][2])
    assert (s.site_id, s.counsellor) == ("TEST-SITE-01", "coordinator")


def test_nothing_valid_is_refused(vault: Any) -> None:
    with pytest.raises(ImportFileError, match="None of the 1 records"):
        import_records(vault, [{"type": "event"}], skip_invalid=True)


# --- the documented example and schema ------------------------------------------------------------


def test_the_documented_example_imports_completely(vault: Any) -> None:
    records = read_json_records((ROOT / "docs/examples/import.json").read_text(encoding="utf-8"))
    assert {r["type"] for r in records} == {t.value for t in RecordType}
    plan = import_records(vault, records, today=date.today())
    assert plan.refused == [] and plan.saved_count == len(records)


def test_the_example_is_valid_against_the_schema() -> None:
    jsonschema_rs = pytest.importorskip("jsonschema_rs", reason="jsonschema_rs (a schemathesis dependency) is absent")
    schema = json.loads((ROOT / "docs/import.schema.json").read_text(encoding="utf-8"))
    example = json.loads((ROOT / "docs/examples/import.json").read_text(encoding="utf-8"))
    validator = jsonschema_rs.Draft202012Validator(schema)
    assert [e.message for e in validator.iter_errors(example)] == []
    assert not validator.is_valid([{"type": "client", "first_name": "A", "last_name": "B", "birthdate": "x"}])
    assert not validator.is_valid({"type": "session", "date": "2024-01-01"})  # no client


def test_the_schema_lists_exactly_what_the_importer_accepts() -> None:
    from iq_desktop.domain import codes

    schema = json.loads((ROOT / "docs/import.schema.json").read_text(encoding="utf-8"))
    for rtype in RecordType:
        props = schema["$defs"][rtype.value]["properties"]
        assert set(props) == set(importing.ALLOWED_KEYS[rtype]), rtype
    enums = {
        ("client", "gender"): codes.Gender,
        ("client", "residence_status"): codes.ResidenceStatus,
        ("client", "german_level"): codes.GermanLevel,
        ("client", "qualification_level"): codes.QualificationLevel,
        ("session", "kind"): codes.SessionKind,
        ("session", "channel"): codes.Channel,
        ("session", "language"): codes.Language,
        ("session", "referred_by"): codes.ReferredBy,
        ("training", "format"): codes.TrainingFormat,
        ("training", "training_type"): codes.TrainingType,
        ("training", "status"): codes.TrainingStatus,
        ("scheme", "format"): codes.TrainingFormat,
        ("scheme", "training_type"): codes.TrainingType,
        ("event", "format"): codes.EventFormat,
        ("event", "audience"): codes.Audience,
        ("event", "topic"): codes.EventTopic,
    }
    for (rtype, field), cls in enums.items():
        assert schema["$defs"][rtype]["properties"][field]["enum"] == [m.value for m in cls], field
    session_props = schema["$defs"]["session"]["properties"]
    assert session_props["topics"]["items"]["enum"] == [m.value for m in codes.Topic]
    assert session_props["outcomes"]["items"]["enum"] == [m.value for m in codes.Outcome]


def test_dates_relative_to_today_are_checked_against_today() -> None:
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    plan = plan_import([{"type": "event", "date": tomorrow, "participants": 3}], today=date.today())
    assert "future" in plan.refused[0].describe()


def test_list_json_output_is_a_valid_import_file(vault: Any) -> None:
    from iq_desktop.services.exporting import record_dict

    _example = read_json_records((ROOT / "docs/examples/import.json").read_text(encoding="utf-8"))
    import_records(vault, _example, today=date.today())
    dumped = json.loads(json.dumps([record_dict(r) for r in queries.all_records(vault)]))
    jsonschema_rs = pytest.importorskip("jsonschema_rs", reason="jsonschema_rs is absent")
    schema = json.loads((ROOT / "docs/import.schema.json").read_text(encoding="utf-8"))
    assert [e.message for e in jsonschema_rs.Draft202012Validator(schema).iter_errors(dumped)] == []
    again = import_records(vault, dumped, today=date.today())
    assert again.refused == [] and again.saved_count == len(_example)
    assert sum(len(queries.all_records(vault, t)) for t in RecordType) == 2 * len(_example)
