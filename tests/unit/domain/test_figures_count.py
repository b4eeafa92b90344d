"""The one definition of every figure (domain.figures): what each cell counts, on small hand-made sites."""

from __future__ import annotations

from datetime import date

from iq_desktop.domain import figures as fig
from iq_desktop.domain.codes import (
    Audience,
    EventFormat,
    EventTopic,
    SessionKind,
    Topic,
    TrainingFormat,
    TrainingStatus,
)

Q2 = (date(2019, 4, 1), date(2019, 6, 30))
H1 = (date(2019, 1, 1), date(2019, 6, 30))


def s(i: int, person: str, day: date, kind: SessionKind, *topics: Topic, occ: str | None = None) -> fig.SessionFact:
    return fig.SessionFact(f"s{i}", person, day, kind, frozenset(topics), occ)


def test_initial_sessions_count_recognition_and_job_training_only() -> None:
    facts = fig.SiteFacts(sessions=[
        s(1, "a", date(2019, 4, 2), SessionKind.INITIAL, Topic.RECOGNITION, occ="814"),
        s(2, "b", date(2019, 4, 3), SessionKind.INITIAL, Topic.JOB_TRAINING),
        s(3, "c", date(2019, 5, 3), SessionKind.INITIAL, Topic.RECOGNITION, Topic.JOB_TRAINING),
        s(4, "d", date(2019, 5, 4), SessionKind.INITIAL, Topic.FI_WAGES),  # Fair Integration: its own section
        s(5, "a", date(2019, 5, 5), SessionKind.FOLLOW_UP, Topic.RECOGNITION),  # not initial
        s(6, "e", date(2019, 7, 1), SessionKind.INITIAL, Topic.RECOGNITION),  # next quarter
    ])  # fmt: skip
    n = fig.count(facts, *Q2).n
    assert n["initial.total"] == 3
    assert (n["initial.recognition"], n["initial.job_training"], n["initial.combined"]) == (1, 1, 1)
    assert n["occupation.814"] == 1
    assert n["fi.individuals"] == 1


def test_fair_integration_counts_distinct_people_with_any_fi_session() -> None:
    facts = fig.SiteFacts(sessions=[
        s(1, "a", date(2019, 1, 10), SessionKind.INITIAL, Topic.RECOGNITION),
        s(2, "a", date(2019, 4, 10), SessionKind.FOLLOW_UP, Topic.FI_DISMISSAL),  # FI in a follow-up counts
        s(3, "b", date(2019, 4, 11), SessionKind.INITIAL, Topic.FI_WAGES),
        s(4, "b", date(2019, 5, 11), SessionKind.FOLLOW_UP, Topic.FI_LEAVE),  # b once
        s(5, "c", date(2019, 6, 11), SessionKind.FOLLOW_UP, Topic.FI_OTHER),
    ])  # fmt: skip
    assert fig.count(facts, *Q2).n["fi.individuals"] == 3
    assert fig.count(facts, *H1).n["fi.individuals"] == 3  # distinct over the half-year too


def test_schemes_individuals_and_completers() -> None:
    course = fig.SchemeFact("course", TrainingFormat.COURSE_BASED, date(2019, 2, 1))
    late_course = fig.SchemeFact("late", TrainingFormat.COURSE_BASED, date(2019, 8, 1))

    def t(
        i: int, person: str, start: date, scheme: fig.SchemeFact | None,
        status: TrainingStatus = TrainingStatus.ONGOING, end: date | None = None,
    ) -> fig.TrainingFact:  # fmt: skip
        own = fig.SchemeFact(f"t{i}", TrainingFormat.INDIVIDUAL, start)
        return fig.TrainingFact(f"t{i}", person, start, status, end, scheme or own)

    facts = fig.SiteFacts(
        trainings=[
            t(1, "a", date(2019, 2, 1), course, TrainingStatus.COMPLETED, date(2019, 6, 20)),
            t(2, "b", date(2019, 2, 1), course, TrainingStatus.COMPLETED, date(2019, 7, 20)),
            t(3, "c", date(2019, 2, 1), course, TrainingStatus.DROPPED, date(2019, 3, 1)),
            t(4, "a", date(2019, 3, 1), None, TrainingStatus.COMPLETED, date(2019, 9, 1)),  # a: one person
            t(5, "d", date(2018, 12, 1), None, TrainingStatus.COMPLETED, date(2019, 5, 1)),  # started before
        ],
        schemes=[course, late_course],
    )
    n = fig.count(facts, *H1).n
    assert n["schemes.course_based"] == 1  # one course, three participants
    assert n["schemes.individual"] == 1  # t4's own scheme (t5's started in 2018)
    assert n["training.individuals"] == 3  # a, b, c
    assert n["training.completers.2019-06"] == 1  # a, first completion
    assert n["training.completers.2019-07"] == 1  # b
    derived = fig.derive({c: (v, 0) for c, v in n.items()}, date(2019, 7, 15))
    assert derived["training.completers"][0] == 2  # the reference date's month counts
    assert fig.derive({c: (v, 0) for c, v in n.items()}, date(2019, 6, 30))["training.completers"][0] == 1
    assert derived["schemes.total"][0] == 2


def test_stakeholder_work_splits_trainings_events_and_consultations() -> None:
    def e(i: int, fmt: EventFormat, aud: Audience, topic: EventTopic, n: int) -> fig.EventFact:
        return fig.EventFact(f"e{i}", date(2019, 5, i), fmt, aud, topic, n)

    facts = fig.SiteFacts(events=[
        e(1, EventFormat.TRAINING, Audience.LABOUR_MARKET, EventTopic.INTERCULTURAL_COMPETENCE, 12),
        e(2, EventFormat.WORKSHOP, Audience.LABOUR_MARKET, EventTopic.ANTI_DISCRIMINATION, 15),
        e(3, EventFormat.CONSULTATION, Audience.BUSINESS, EventTopic.SKILLED_WORKER_RECRUITMENT, 2),
        e(4, EventFormat.INFORMATION_EVENT, Audience.MIGRANTS, EventTopic.FAIR_INTEGRATION, 20),
        e(5, EventFormat.INFORMATION_EVENT, Audience.SKILLED_WORKER_NETWORK, EventTopic.OTHER, 30),
        e(6, EventFormat.CONSULTATION, Audience.SKILLED_WORKER_NETWORK, EventTopic.OTHER, 3),
    ])  # fmt: skip
    n = fig.count(facts, *Q2).n
    assert n["stakeholders.labour_market.trainings"] == 1
    assert n["stakeholders.labour_market.trainings_participants"] == 12
    assert n["stakeholders.labour_market.events"] == 1
    assert n["stakeholders.labour_market.events_participants"] == 15
    assert n["stakeholders.business.consultations"] == 1
    assert (n["fi.events"], n["fi.participants"]) == (1, 20)
    assert n["swn.individuals"] == 33


def test_cell_keys_sum_unit_keys_modulo_2_32() -> None:
    facts = fig.SiteFacts(sessions=[s(i, f"p{i}", date(2019, 4, 1), SessionKind.INITIAL, Topic.RECOGNITION)
                                    for i in range(3)])  # fmt: skip
    keys = {"s0": 2**31, "s1": 2**31 + 5, "s2": 7}
    cells = fig.count(facts, *Q2, key=lambda unit, cell: keys[unit])
    assert cells.k["initial.total"] == (2**32 + 12) % 2**32
    assert cells.n["initial.total"] == 3


def test_every_counted_cell_may_be_sent_and_has_a_definition() -> None:
    for cid in fig.FIXED_CELLS | {"occupation.814", "training.completers.2019-07", "schemes.total"}:
        assert fig.definition(cid), cid
    assert fig.is_cell_id("occupation.814") and fig.is_cell_id("training.completers.2019-07")
    assert not fig.is_cell_id("occupation.999x") and not fig.is_cell_id("person.age_band")
    sections = fig.build_sections(lambda k: {"value": 0}, ["814"], ["DE-BE"])
    for lang in ("en", "de"):
        assert all(fig.definition(c, lang) for sec in sections for row in sec["rows"] for c in row["cell_ids"])
    assert set(fig.DEFINITIONS) == set(fig.DEFINITIONS_DE)
