"""Job-training schemes in the domain: the record, its validation and parsing, a participation's scheme."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from iq_desktop.domain import rules
from iq_desktop.domain.codes import Audience, EventFormat, RecordType, TrainingFormat, TrainingType
from iq_desktop.domain.records import RECORD_CLASSES, JobTrainingScheme, TrainingParticipation, to_dict

TODAY = date(2025, 6, 30)


def test_the_scheme_record_and_its_defaults() -> None:
    s = JobTrainingScheme(TrainingFormat.COURSE_BASED, TrainingType.BRIDGE_TRAINING, date(2024, 3, 1))
    assert s.TYPE is RecordType.SCHEME and RECORD_CLASSES[RecordType.SCHEME] is JobTrainingScheme
    assert s.provider == "" and len(s.id) == 36
    assert to_dict(s) == {"type": "scheme", "format": "course_based", "training_type": "bridge_training",
                          "start": "2024-03-01", "provider": "", "id": s.id}  # fmt: skip
    s.provider = "Secret Provider GmbH"
    assert "Secret" not in repr(s)  # free text: never in a log line
    assert TrainingParticipation("c", date(2024, 3, 1)).scheme_id is None  # its own individual scheme


def test_new_codes() -> None:
    assert EventFormat.CONSULTATION == "consultation"
    assert Audience.SKILLED_WORKER_NETWORK == "skilled_worker_network"


def test_validate_scheme_refuses_only_impossible_things() -> None:
    ok = JobTrainingScheme(TrainingFormat.INDIVIDUAL, TrainingType.COMPENSATION_MEASURE, date(2024, 1, 1))
    assert rules.validate_scheme(ok, TODAY) == []
    soon = JobTrainingScheme(ok.format, ok.training_type, TODAY + timedelta(days=300))
    assert rules.validate_scheme(soon, TODAY) == []  # a planned course
    for start in (date(2004, 12, 31), TODAY + timedelta(days=731)):
        (problem,) = rules.validate_scheme(JobTrainingScheme(ok.format, ok.training_type, start), TODAY)
        assert problem.field == "start" and problem.de and problem.en
    long = JobTrainingScheme(ok.format, ok.training_type, date(2024, 1, 1), provider="x" * 201)
    assert [p.field for p in rules.validate_scheme(long, TODAY)] == ["provider"]


def test_a_participation_needs_an_existing_scheme_but_may_start_before_it() -> None:
    t = TrainingParticipation("c", date(2024, 1, 1), scheme_id="s-1")
    assert rules.validate_training(t, TODAY, client_exists=True, scheme_exists=True) == []
    (problem,) = rules.validate_training(t, TODAY, client_exists=True, scheme_exists=False)
    assert problem.field == "scheme_id" and "Maßnahme" in problem.de
    own = TrainingParticipation("c", date(2024, 1, 1))
    assert rules.validate_training(own, TODAY, client_exists=True, scheme_exists=False) == []


def test_scheme_from_dict() -> None:
    s = rules.scheme_from_dict(
        {"format": "course_based", "training_type": "bridge_training", "start": "2024-02-01", "provider": " A "}, TODAY
    )
    assert (s.format, s.training_type, s.start, s.provider) == (
        TrainingFormat.COURSE_BASED, TrainingType.BRIDGE_TRAINING, date(2024, 2, 1), "A",
    )  # fmt: skip
    with pytest.raises(rules.ValidationError) as caught:
        rules.scheme_from_dict({"format": "weekly", "provider": 3}, TODAY)
    assert {p.field for p in caught.value.problems} == {"format", "training_type", "start", "provider"}
    assert rules.PARSERS[RecordType.SCHEME] is rules.scheme_from_dict
    t = rules.training_from_dict({"start": "2024-02-01", "scheme_id": "s-9"}, "c")
    assert t.scheme_id == "s-9" and rules.training_from_dict({"start": "2024-02-01"}, "c").scheme_id is None
