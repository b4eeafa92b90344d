"""Mapping between the domain dataclasses and table rows (plain dicts for SQLAlchemy Core)."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime, time
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import RowMapping

from iq_desktop.domain.codes import (
    Audience,
    Channel,
    Compensation,
    ConsentScope,
    EventFormat,
    EventTopic,
    Gender,
    GermanLevel,
    Language,
    Outcome,
    ProcedureDecision,
    QualificationLevel,
    ReferredBy,
    ResidenceStatus,
    SessionKind,
    Topic,
    TrainingFormat,
    TrainingStatus,
    TrainingType,
)
from iq_desktop.domain.records import (
    Client,
    CounsellingSession,
    GroupEvent,
    JobTrainingScheme,
    RecognitionProcedure,
    TrainingParticipation,
)

E = TypeVar("E", bound=StrEnum)

_TOPICS = tuple(Topic)
_OUTCOMES = tuple(Outcome)


def utcnow() -> datetime:
    """Aware UTC; every timestamp in the vault is UTC."""
    return datetime.now(UTC)


def to_mask(values: Iterable[E], order: tuple[E, ...]) -> int:
    mask = 0
    for v in values:
        mask |= 1 << order.index(v)
    return mask


def from_mask(mask: int, order: tuple[E, ...]) -> frozenset[E]:
    return frozenset(v for i, v in enumerate(order) if mask & (1 << i))


@functools.cache
def topics_of(mask: int) -> frozenset[Topic]:
    """The topics of a stored mask (few distinct masks: cached)."""
    return from_mask(mask, _TOPICS)


def topic_mask(topics: Iterable[Topic]) -> int:
    return to_mask(topics, _TOPICS)


def outcome_mask(outcomes: Iterable[Outcome]) -> int:
    return to_mask(outcomes, _OUTCOMES)


def fold(text: str) -> str:
    """Case- and accent-insensitive form for searching: ``"Müller-Ştefan"`` -> ``"muller-stefan"``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())


def search_name(first_name: str, last_name: str) -> str:
    return fold(f"{last_name} {first_name}")


def client_search_name(c: Client) -> str:
    """What the search matches: the names, and for an anonymous client its pseudonym too."""
    name = search_name(c.first_name, c.last_name)
    if c.pseudonym:
        return fold(f"{name} {c.pseudonym}")
    return name


# --- client -------------------------------------------------------------------------------------


def client_row(c: Client) -> dict[str, Any]:
    return {
        "id": c.id,
        "first_name": c.first_name,
        "last_name": c.last_name,
        "birth_date": c.birth_date,
        "gender": c.gender.value,
        "phone": c.phone,
        "email": c.email,
        "postcode": c.postcode,
        "nationality": c.nationality,
        "qualification_country": c.qualification_country,
        "arrival_year": c.arrival_year,
        "residence_status": c.residence_status.value,
        "german_level": c.german_level.value,
        "qualification_level": c.qualification_level.value,
        "occupation_code": c.occupation_code,
        "regulated_profession": c.regulated_profession,
        "consent_date": c.consent_date,
        "consent_scope": c.consent_scope.value if c.consent_scope else None,
        "notes": c.notes,
        "search_name": client_search_name(c),
        "anonymous": c.anonymous,
        "pseudonym": c.pseudonym,
    }


def client_from_row(r: RowMapping) -> Client:
    return Client(
        id=r["id"],
        first_name=r["first_name"],
        last_name=r["last_name"],
        birth_date=r["birth_date"],
        gender=Gender(r["gender"]),
        phone=r["phone"],
        email=r["email"],
        postcode=r["postcode"],
        nationality=r["nationality"],
        qualification_country=r["qualification_country"],
        arrival_year=r["arrival_year"],
        residence_status=ResidenceStatus(r["residence_status"]),
        german_level=GermanLevel(r["german_level"]),
        qualification_level=QualificationLevel(r["qualification_level"]),
        occupation_code=r["occupation_code"],
        regulated_profession=r["regulated_profession"],
        consent_date=r["consent_date"],
        consent_scope=ConsentScope(r["consent_scope"]) if r["consent_scope"] else None,
        notes=r["notes"],
        anonymous=bool(r["anonymous"]),
        pseudonym=r["pseudonym"],
    )


# --- session ------------------------------------------------------------------------------------


def session_row(s: CounsellingSession) -> dict[str, Any]:
    return {
        "id": s.id,
        "client_id": s.client_id,
        "date": s.date,
        "kind": s.kind.value,
        "topics": topic_mask(s.topics),
        "outcomes": outcome_mask(s.outcomes),
        "duration_minutes": s.duration_minutes,
        "site_id": s.site_id,
        "counsellor": s.counsellor,
        "channel": s.channel.value,
        "language": s.language.value,
        "interpreter": s.interpreter,
        "referred_by": s.referred_by.value,
        "next_appointment": s.next_appointment,
        "notes": s.notes,
        "appointment_time": s.appointment_time.strftime("%H:%M") if s.appointment_time else None,
        "appointment_place": s.appointment_place,
        "recorded_by": s.recorded_by,
    }


def session_from_row(r: RowMapping) -> CounsellingSession:
    return CounsellingSession(
        id=r["id"],
        client_id=r["client_id"],
        date=r["date"],
        kind=SessionKind(r["kind"]),
        topics=from_mask(r["topics"], _TOPICS),
        outcomes=from_mask(r["outcomes"], _OUTCOMES),
        duration_minutes=r["duration_minutes"],
        site_id=r["site_id"],
        counsellor=r["counsellor"],
        channel=Channel(r["channel"]),
        language=Language(r["language"]),
        interpreter=bool(r["interpreter"]),
        referred_by=ReferredBy(r["referred_by"]),
        next_appointment=r["next_appointment"],
        notes=r["notes"],
        appointment_time=_time_or_none(r["appointment_time"]),
        appointment_place=r["appointment_place"],
        recorded_by=r["recorded_by"],
    )


def _time_or_none(value: str | None) -> time | None:
    """``"HH:MM"`` (agenda, v7) -> a time; NULL or an unreadable value -> None."""
    if not value:
        return None
    try:
        return time.fromisoformat(value)
    except ValueError:
        return None


# --- training / event ---------------------------------------------------------------------------


def training_row(t: TrainingParticipation) -> dict[str, Any]:
    return {
        "id": t.id,
        "client_id": t.client_id,
        "start": t.start,
        "end": t.end,
        "format": t.format.value,
        "training_type": t.training_type.value,
        "status": t.status.value,
        "scheme_id": t.scheme_id,
    }


def training_from_row(r: RowMapping) -> TrainingParticipation:
    return TrainingParticipation(
        id=r["id"],
        client_id=r["client_id"],
        start=r["start"],
        end=r["end"],
        format=TrainingFormat(r["format"]),
        training_type=TrainingType(r["training_type"]),
        status=TrainingStatus(r["status"]),
        scheme_id=r["scheme_id"],
    )


def event_row(e: GroupEvent) -> dict[str, Any]:
    return {
        "id": e.id,
        "date": e.date,
        "format": e.format.value,
        "audience": e.audience.value,
        "topic": e.topic.value,
        "participants": e.participants,
        "site_id": e.site_id,
    }


def event_from_row(r: RowMapping) -> GroupEvent:
    return GroupEvent(
        id=r["id"],
        date=r["date"],
        format=EventFormat(r["format"]),
        audience=Audience(r["audience"]),
        topic=EventTopic(r["topic"]),
        participants=r["participants"],
        site_id=r["site_id"],
    )


# --- scheme -------------------------------------------------------------------------------------


def scheme_row(s: JobTrainingScheme) -> dict[str, Any]:
    return {
        "id": s.id,
        "format": s.format.value,
        "training_type": s.training_type.value,
        "start": s.start,
        "provider": s.provider,
    }


def scheme_from_row(r: RowMapping) -> JobTrainingScheme:
    return JobTrainingScheme(
        id=r["id"],
        format=TrainingFormat(r["format"]),
        training_type=TrainingType(r["training_type"]),
        start=r["start"],
        provider=r["provider"],
    )


# --- recognition procedure ----------------------------------------------------------------------


def procedure_row(p: RecognitionProcedure) -> dict[str, Any]:
    return {
        "id": p.id,
        "client_id": p.client_id,
        "occupation_code": p.occupation_code,
        "regulated": p.regulated,
        "authority": p.authority,
        "applied": p.applied,
        "documents_complete": p.documents_complete,
        "decision": p.decision.value,
        "decided": p.decided,
        "compensation": p.compensation.value,
        "training_id": p.training_id,
        "grant_applied": p.grant_applied,
    }


def procedure_from_row(r: RowMapping) -> RecognitionProcedure:
    return RecognitionProcedure(
        id=r["id"],
        client_id=r["client_id"],
        occupation_code=r["occupation_code"],
        regulated=None if r["regulated"] is None else bool(r["regulated"]),
        authority=r["authority"],
        applied=r["applied"],
        documents_complete=bool(r["documents_complete"]),
        decision=ProcedureDecision(r["decision"]),
        decided=r["decided"],
        compensation=Compensation(r["compensation"]),
        training_id=r["training_id"],
        grant_applied=bool(r["grant_applied"]),
        created_at=r["created_at"],
        updated_at=r["updated_at"],
    )
