"""Hypothesis strategies for valid records (synthetic data only)."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from iq_desktop.domain import codes, reference
from iq_desktop.domain.records import Client, CounsellingSession, GroupEvent, TrainingParticipation

TODAY = date(2026, 6, 30)

_letters = st.characters(whitelist_categories=("Lu", "Ll"), min_codepoint=65, max_codepoint=0x24F)
personal_text = st.text(_letters, min_size=6, max_size=30)
countries = st.sampled_from(sorted(reference.countries()))
occupations = st.none() | st.sampled_from(sorted(reference.occupations()))
phones = st.from_regex(r"\+49 [1-9][0-9]{3} [0-9]{5,8}", fullmatch=True)
emails = st.from_regex(r"[a-z]{6,12}\.[a-z]{6,12}@example\.org", fullmatch=True)
postcodes = st.from_regex(r"[0-9]{5}", fullmatch=True)
birth_dates = st.none() | st.dates(date(1930, 1, 1), date(2008, 12, 31))
record_dates = st.dates(date(2005, 1, 1), TODAY)


@st.composite
def clients(draw: st.DrawFn) -> Client:
    birth = draw(birth_dates)
    consent = draw(st.none() | st.dates(date(2005, 1, 1), TODAY))
    arrival = draw(st.none() | st.integers(max(1950, birth.year if birth else 1950), TODAY.year))
    return Client(
        first_name=draw(personal_text),
        last_name=draw(personal_text),
        birth_date=birth,
        gender=draw(st.sampled_from(codes.Gender)),
        phone=draw(phones),
        email=draw(emails),
        postcode=draw(postcodes),
        nationality=draw(countries),
        qualification_country=draw(countries),
        arrival_year=arrival,
        residence_status=draw(st.sampled_from(codes.ResidenceStatus)),
        german_level=draw(st.sampled_from(codes.GermanLevel)),
        qualification_level=draw(st.sampled_from(codes.QualificationLevel)),
        occupation_code=draw(occupations),
        regulated_profession=draw(st.none() | st.booleans()),
        consent_date=consent,
        consent_scope=draw(st.sampled_from(codes.ConsentScope)) if consent else None,
        notes=draw(st.text(_letters, min_size=8, max_size=200)),
    )


@st.composite
def sessions(draw: st.DrawFn, client: Client) -> CounsellingSession:
    d = draw(record_dates)
    return CounsellingSession(
        client_id=client.id,
        date=d,
        kind=draw(st.sampled_from(codes.SessionKind)),
        topics=frozenset(draw(st.sets(st.sampled_from(codes.Topic), min_size=1))),
        duration_minutes=draw(st.integers(1, 600)),
        site_id="site-1",
        counsellor=draw(personal_text),
        channel=draw(st.sampled_from(codes.Channel)),
        language=draw(st.sampled_from(codes.Language)),
        interpreter=draw(st.booleans()),
        referred_by=draw(st.sampled_from(codes.ReferredBy)),
        outcomes=frozenset(draw(st.sets(st.sampled_from(codes.Outcome)))),
        next_appointment=draw(st.none() | st.dates(d, date(2030, 1, 1))),
        notes=draw(st.text(_letters, min_size=8, max_size=200)),
    )


@st.composite
def trainings(draw: st.DrawFn, client: Client) -> TrainingParticipation:
    start = draw(record_dates)
    status = draw(st.sampled_from(codes.TrainingStatus))
    end = draw(st.dates(start, TODAY)) if status is not codes.TrainingStatus.ONGOING else None
    return TrainingParticipation(
        client_id=client.id,
        start=start,
        format=draw(st.sampled_from(codes.TrainingFormat)),
        training_type=draw(st.sampled_from(codes.TrainingType)),
        end=end,
        status=status,
    )


@st.composite
def events(draw: st.DrawFn) -> GroupEvent:
    return GroupEvent(
        date=draw(record_dates),
        format=draw(st.sampled_from(codes.EventFormat)),
        audience=draw(st.sampled_from(codes.Audience)),
        topic=draw(st.sampled_from(codes.EventTopic)),
        participants=draw(st.integers(1, 10_000)),
        site_id="site-1",
    )
