"""Property tests (hypothesis) for the validation rules and for saving through the services."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from iq_desktop.domain import reference, rules
from iq_desktop.domain.codes import (
    ConsentScope,
    Gender,
    GermanLevel,
    QualificationLevel,
    ResidenceStatus,
    SessionKind,
    TrainingStatus,
)
from iq_desktop.domain.records import Client, CounsellingSession, GroupEvent, TrainingParticipation, to_dict
from iq_desktop.services import records as R
from iq_desktop.services.errors import ValidationError
from iq_desktop.services.vault import Vault

TODAY = date(2025, 6, 30)
COUNTRIES = sorted(reference.countries())
OCCUPATIONS = sorted(reference.occupations())

canary_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=30).map(
    lambda s: f"ZQX{s}".strip()
)
names = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüßéçšАБВ- '", min_size=1, max_size=40).map(
    lambda s: f"Zq{s}".strip()
)


@st.composite
def valid_clients(draw: st.DrawFn) -> Client:
    birth = draw(st.none() | st.dates(date(1930, 1, 1), date(2005, 12, 31)))
    arrival = draw(st.none() | st.integers(max(1950, birth.year if birth else 1950), TODAY.year))
    consent = draw(st.none() | st.dates(date(2015, 1, 1), TODAY))
    return Client(
        first_name=draw(names),
        last_name=draw(names),
        birth_date=birth,
        gender=draw(st.sampled_from(Gender)),
        phone=draw(st.sampled_from(["", "+49 30 1234567", "0151/2345678", "(030) 12-34"])),
        email=draw(st.sampled_from(["", "a.b@example.org", "x@y.de"])),
        postcode=draw(st.sampled_from(["", "10115", "80331"])),
        nationality=draw(st.sampled_from(COUNTRIES)),
        qualification_country=draw(st.sampled_from(COUNTRIES)),
        arrival_year=arrival,
        residence_status=draw(st.sampled_from(ResidenceStatus)),
        german_level=draw(st.sampled_from(GermanLevel)),
        qualification_level=draw(st.sampled_from(QualificationLevel)),
        occupation_code=draw(st.none() | st.sampled_from(OCCUPATIONS)),
        regulated_profession=draw(st.none() | st.booleans()),
        consent_date=consent,
        consent_scope=draw(st.sampled_from(ConsentScope)) if consent else None,
        notes=draw(st.text(max_size=200).map(str.strip)),
    )


@given(valid_clients())
def test_valid_clients_have_no_problems(client: Client) -> None:
    assert rules.validate_client(client, TODAY) == []


@given(valid_clients(), st.integers(1, 20_000))
def test_future_birth_date_is_always_refused(client: Client, days: int) -> None:
    client.birth_date = TODAY + timedelta(days=days)
    client.arrival_year = None
    fields = {p.field for p in rules.validate_client(client, TODAY)}
    assert "birth_date" in fields


@given(valid_clients(), canary_text, canary_text, canary_text)
def test_problems_never_repeat_personal_values(client: Client, first: str, last: str, notes: str) -> None:
    bad = dataclasses.replace(
        client,
        first_name=first,
        last_name=last,
        notes=notes * 1000,
        email=first,
        phone=last,
        postcode=notes,
        birth_date=TODAY + timedelta(days=3),
    )
    problems = rules.validate_client(bad, TODAY)
    assert problems
    text = " ".join(f"{p.field} {p.en} {p.de}" for p in problems)
    for value in (first, last, notes):
        assert value not in text


@given(valid_clients())
def test_client_dict_roundtrip(client: Client) -> None:
    data = to_dict(client)
    again = rules.client_from_dict(data, TODAY)
    assert dataclasses.replace(again, id=client.id) == client


@given(st.dates(date(2005, 1, 1), TODAY), st.integers(-3000, 3000), st.sampled_from(TrainingStatus))
def test_training_end_before_start_refused(start: date, delta: int, status: TrainingStatus) -> None:
    end = start + timedelta(days=delta)
    t = TrainingParticipation("c", start, end=end, status=status)
    fields = [p.field for p in rules.validate_training(t, TODAY, client_exists=True)]
    assert ("end" in fields) == (end < start)


@given(st.dates(date(2005, 1, 1), TODAY), st.booleans(), st.booleans())
def test_follow_up_needs_initial(day: date, follow_up: bool, has_initial: bool) -> None:
    s = CounsellingSession("c", day, kind=SessionKind.FOLLOW_UP if follow_up else SessionKind.INITIAL)
    fields = [p.field for p in rules.validate_session(s, TODAY, client_exists=True, has_earlier_initial=has_initial)]
    assert ("kind" in fields) == (follow_up and not has_initial)


@given(st.integers(-5, 20_000))
def test_event_participants_bounds(n: int) -> None:
    e = GroupEvent(date(2024, 1, 1), participants=n)
    fields = [p.field for p in rules.validate_event(e, TODAY)]
    assert ("participants" in fields) == (not 1 <= n <= rules.MAX_PARTICIPANTS)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(client=valid_clients(), future=st.booleans())
def test_save_client_saves_exactly_valid_records(vault: Vault, client: Client, future: bool) -> None:
    if future:
        client.birth_date = date.today() + timedelta(days=1)
        try:
            R.save_client(vault, client)
        except ValidationError as exc:
            assert "birth_date" in {p.field for p in exc.problems}
            assert R.get_client(vault, client.id) is None
            return
        raise AssertionError("a future birth date was accepted")
    R.save_client(vault, client)
    assert R.get_client(vault, client.id) == client
