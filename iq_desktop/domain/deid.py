"""De-identification: from a record (and its client) to the one payload that may leave the laptop.

Spec (versioned with :data:`iq_desktop.domain.wire.SCHEMA_VERSION`; written out in docs/privacy.md):

* never sent: names, phone, e-mail, postcode/address, birth day and month, notes, the counsellor,
  the client's id or anything derived from personal data;
* generalised: age -> 5-year bands (under 25 ... 60 and over), dates -> quarters, countries ->
  EU/EEA/CH, a frequent third country, other, stateless/unknown; residence -> five groups;
  occupation -> KldB 2010 occupational group (3 digits); place -> the enrolled site (server side);
* kept: closed-list facts (topics, kind, channel, outcomes, German level, qualification level, ...).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from iq_desktop.domain import reference
from iq_desktop.domain.codes import (
    RESIDENCE_GROUP,
    AgeBand,
    Gender,
    GermanLevel,
    QualificationLevel,
    ResidenceStatus,
)
from iq_desktop.domain.records import Client, CounsellingSession, GroupEvent, TrainingParticipation
from iq_desktop.domain.wire import (
    EventPayload,
    PersonFacts,
    RetractionPayload,
    SessionPayload,
    TrainingPayload,
)

_BANDS = (
    (25, AgeBand.UNDER_25), (30, AgeBand.A25_29), (35, AgeBand.A30_34), (40, AgeBand.A35_39),
    (45, AgeBand.A40_44), (50, AgeBand.A45_49), (55, AgeBand.A50_54), (60, AgeBand.A55_59),
)  # fmt: skip


def quarter(d: date) -> str:
    return f"{d.year}-Q{(d.month - 1) // 3 + 1}"


def age_band(birth_date: date | None, on: date) -> AgeBand:
    if birth_date is None or birth_date > on:
        return AgeBand.UNKNOWN
    age = on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))
    for limit, band in _BANDS:
        if age < limit:
            return band
    return AgeBand.A60_PLUS


def person_facts(client: Client, on: date) -> PersonFacts:
    return _person_facts(
        age_band(client.birth_date, on),
        client.gender,
        client.nationality,
        client.qualification_country,
        client.residence_status,
        client.german_level,
        client.qualification_level,
        client.occupation_code,
        client.regulated_profession,
    )


@lru_cache(maxsize=8192)
def _person_facts(
    band: AgeBand,
    gender: Gender,
    nationality: str,
    qualification_country: str,
    residence_status: ResidenceStatus,
    german_level: GermanLevel,
    qualification_level: QualificationLevel,
    occupation_code: str | None,
    regulated_profession: bool | None,
) -> PersonFacts:
    """Keyed by every input, so a cached value is always the right one; payloads are frozen models,
    so sharing one instance is safe. A bulk import builds 100,000 payloads from far fewer
    distinct facts (~8 us each saved)."""
    occupation = reference.occupations().get(occupation_code or "")
    group = occupation.group if occupation and occupation.group in reference.occupation_groups() else None
    return PersonFacts(
        age_band=band,
        gender=gender,
        nationality=reference.country_group(nationality),
        qualification_country=reference.country_group(qualification_country),
        residence=RESIDENCE_GROUP[residence_status],
        german_level=german_level,
        qualification_level=qualification_level,
        occupation_group=group,
        regulated_profession=regulated_profession,
    )


def clear_cache() -> None:
    """Forget cached facts (only needed if the reference data were replaced at run time)."""
    _person_facts.cache_clear()


def _round15(minutes: int) -> int:
    return max(0, min(600, 15 * round(minutes / 15)))


def deidentify_session(s: CounsellingSession, client: Client, *, first_contact: bool) -> SessionPayload:
    return SessionPayload(
        quarter=quarter(s.date),
        kind=s.kind,
        first_contact=first_contact,
        topics=sorted(s.topics),
        channel=s.channel,
        language=s.language,
        interpreter=s.interpreter,
        referred_by=s.referred_by,
        outcomes=sorted(s.outcomes),
        duration_minutes=_round15(s.duration_minutes),
        person=person_facts(client, s.date),
    )


def deidentify_training(t: TrainingParticipation, client: Client) -> TrainingPayload:
    return TrainingPayload(
        start_quarter=quarter(t.start),
        end_quarter=quarter(t.end) if t.end else None,
        format=t.format,
        training_type=t.training_type,
        status=t.status,
        person=person_facts(client, t.start),
    )


def deidentify_event(e: GroupEvent) -> EventPayload:
    return EventPayload(
        quarter=quarter(e.date), format=e.format, audience=e.audience, topic=e.topic, participants=e.participants
    )


def retraction() -> RetractionPayload:
    return RetractionPayload()
