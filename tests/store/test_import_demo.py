"""Demo data: valid by the domain's own rules, plausible, deterministic for a seed, saved in bulk."""

from __future__ import annotations

import time
from collections import Counter
from datetime import date, timedelta
from typing import Any

from iq_desktop.domain import reference, rules
from iq_desktop.domain.codes import Audience, EventFormat, RecordType, SessionKind, TrainingFormat
from iq_desktop.services import demo, queries

TODAY = date.today()


def test_every_generated_record_is_valid_and_recent() -> None:
    made = demo.generate(3000, seed=5)
    assert len(made.sessions) == 3000
    assert 1200 <= len(made.clients) <= 1800  # about N/2
    assert made.trainings and len(made.events) == 150
    for c in made.clients:
        assert rules.validate_client(c, TODAY) == [], c
    initial: dict[str, date] = {}
    for s in made.sessions:
        if s.kind is SessionKind.INITIAL:
            initial[s.client_id] = min(s.date, initial.get(s.client_id, s.date))
    for s in made.sessions:
        ok = s.client_id in initial and initial[s.client_id] <= s.date
        assert rules.validate_session(s, TODAY, client_exists=True, has_earlier_initial=ok) == []
        assert TODAY - timedelta(days=731) <= s.date <= TODAY
    schemes = {scheme.id: scheme for scheme in made.schemes}
    for scheme in made.schemes:
        assert rules.validate_scheme(scheme, TODAY) == [] and scheme.provider in ("", *demo.PROVIDERS)
    for t in made.trainings:
        assert rules.validate_training(t, TODAY, client_exists=True, scheme_exists=True) == []
        if t.scheme_id is not None:
            scheme = schemes[t.scheme_id]
            assert scheme.format is t.format and scheme.training_type is t.training_type
            assert scheme.start <= t.start
    for e in made.events:
        assert rules.validate_event(e, TODAY) == []


def test_schemes_consultations_and_networks_are_generated() -> None:
    made = demo.generate(4000, seed=11)
    course = [t for t in made.trainings if t.format is TrainingFormat.COURSE_BASED]
    individual = [t for t in made.trainings if t.format is TrainingFormat.INDIVIDUAL]
    assert all(t.scheme_id is not None for t in course)
    courses = [s for s in made.schemes if s.format is TrainingFormat.COURSE_BASED]
    assert 6 <= len(course) / len(courses) <= 18  # about twelve participants a course
    implicit = [t for t in individual if t.scheme_id is None]
    assert 0.6 < len(implicit) / len(individual) < 0.95  # mostly their own implicit scheme
    pairs = Counter((e.audience, e.format) for e in made.events)
    assert (
        pairs[(Audience.LABOUR_MARKET, EventFormat.CONSULTATION)]
        and pairs[(Audience.BUSINESS, EventFormat.CONSULTATION)]
    )
    assert sum(n for (a, _), n in pairs.items() if a is Audience.SKILLED_WORKER_NETWORK) > 0
    assert not pairs[(Audience.MIGRANTS, EventFormat.CONSULTATION)]


def test_distributions_are_plausible() -> None:
    made = demo.generate(4000, seed=11)
    third = reference.frequent_third_countries()
    nationalities = Counter(c.nationality for c in made.clients)
    assert sum(n for code, n in nationalities.items() if code in third) / len(made.clients) > 0.7
    assert len(nationalities) > 15
    assert {c.occupation_code for c in made.clients} - {None} <= set(reference.occupations())
    topics = Counter(t for s in made.sessions for t in s.topics)
    assert topics.most_common(1)[0][0] == "recognition"
    assert len({c.last_name for c in made.clients}) > 10
    assert all(c.email.endswith("@example.org") for c in made.clients if c.email)


def test_a_seed_gives_the_same_records() -> None:
    a, b = demo.generate(200, seed=42), demo.generate(200, seed=42)
    assert [(c.first_name, c.last_name, c.birth_date) for c in a.clients] == [
        (c.first_name, c.last_name, c.birth_date) for c in b.clients
    ]
    assert [(s.date, s.topics) for s in a.sessions] == [(s.date, s.topics) for s in b.sessions]


def test_create_demo_data_saves_in_one_go(vault: Any) -> None:
    t0 = time.perf_counter()
    counts = demo.create_demo_data(vault, 2000, seed=3)
    elapsed = time.perf_counter() - t0
    assert counts["sessions"] == 2000
    saved = {t.value: len(queries.all_records(vault, t)) for t in RecordType}
    assert saved == {
        "client": counts["clients"],
        "session": 2000,
        "training": counts["trainings"],
        "event": counts["events"],
        "scheme": counts["schemes"],
    }
    assert counts["schemes"] > 0
    assert queries.count_sessions(vault, sync_state="pending") == 2000  # waiting for the first contribution
    assert queries.outbox_summary(vault)["pending"] == 0  # nothing queued per record
    assert elapsed < 15  # the bulk path: ~0.2 s here when the machine is idle
