"""Job-training schemes in a real vault: the repository round trip, the use cases, the change mark."""

from __future__ import annotations

from datetime import date

import pytest

from iq_desktop.domain.codes import RecordType, TrainingFormat, TrainingType
from iq_desktop.domain.records import Client, JobTrainingScheme, TrainingParticipation
from iq_desktop.services import records as R
from iq_desktop.services.contributions import CHANGED_SEQ
from iq_desktop.services.errors import IQError, NotFound, ValidationError
from iq_desktop.services.vault import Vault


def _seq(vault: Vault) -> int:
    with vault._uow(readonly=True) as uow:
        return int(uow.settings.get(CHANGED_SEQ) or 0)


def test_repository_round_trip(vault: Vault) -> None:
    a = JobTrainingScheme(TrainingFormat.COURSE_BASED, TrainingType.BRIDGE_TRAINING, date(2024, 3, 1), "Akademie Ä")
    b = JobTrainingScheme(TrainingFormat.INDIVIDUAL, TrainingType.COMPENSATION_MEASURE, date(2024, 5, 1))
    with vault._uow() as uow:
        assert uow.schemes.save(a) is True
        uow.schemes.insert_many([b])
        assert uow.schemes.get(a.id) == a and uow.schemes.exists(b.id)
        assert [s.id for s in uow.schemes.all()] == [b.id, a.id]  # newest start first
        a.provider = "Anders"
        assert uow.schemes.save(a) is False
        assert uow.schemes.get(a.id).provider == "Anders"  # type: ignore[union-attr]
        assert uow.schemes.existing([a.id, "nope"]) == {a.id}
        assert uow.schemes.delete(b.id) == 1 and uow.schemes.get(b.id) is None


def test_use_cases_mark_the_figures_and_guard_the_links(vault: Vault) -> None:
    course = R.save_scheme(
        vault, JobTrainingScheme(TrainingFormat.COURSE_BASED, TrainingType.BRIDGE_TRAINING, date(2024, 3, 1))
    )
    assert _seq(vault) == 1 and R.list_schemes(vault) == [course] and R.get_record(vault, course.id) == course
    c = R.save_client(vault, Client("Testa", "Probe"))
    t = R.save_training(vault, TrainingParticipation(c.id, date(2024, 2, 20), scheme_id=course.id))  # earlier: ok
    assert R.get_training(vault, t.id).scheme_id == course.id  # type: ignore[union-attr]
    with pytest.raises(ValidationError) as caught:
        R.save_training(vault, TrainingParticipation(c.id, date(2024, 3, 1), scheme_id="no-such-scheme"))
    assert [p.field for p in caught.value.problems] == ["scheme_id"]
    with pytest.raises(ValidationError):
        R.save_scheme(
            vault, JobTrainingScheme(TrainingFormat.INDIVIDUAL, TrainingType.BRIDGE_TRAINING, date(2001, 1, 1))
        )
    with pytest.raises(IQError, match="still has participants"):
        R.delete_record(vault, RecordType.SCHEME, course.id)
    R.delete_record(vault, RecordType.TRAINING, t.id)
    before = _seq(vault)
    R.delete_record(vault, RecordType.SCHEME, course.id)
    assert _seq(vault) == before + 1 and R.get_scheme(vault, course.id) is None
    with pytest.raises(NotFound):
        R.delete_record(vault, "scheme", course.id)
    with vault._uow(readonly=True) as uow:
        assert uow.audit.count("create") >= 3 and uow.audit.count("delete") == 2
    assert R.pending_outbox(vault) == []
