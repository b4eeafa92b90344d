"""The IQ record model: what a mobile advice site records. Plain data, no Qt, no SQL.

Personal fields (names, contact data, birth date, postcode, notes) exist only here and in the
encrypted vault. Nothing here leaves the laptop as it is: only the site's aggregate contributions to
the network's figures do (:mod:`iq_desktop.services.contributions`).
"""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

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
    RecordType,
    ReferredBy,
    ResidenceStatus,
    SessionKind,
    Topic,
    TrainingFormat,
    TrainingStatus,
    TrainingType,
)

#: Fields that identify a person. They never leave the vault and never appear in logs or errors.
PERSONAL_CLIENT_FIELDS = ("first_name", "last_name", "birth_date", "phone", "email", "postcode", "notes")


def new_id() -> str:
    """A random record id: it says nothing about the person it belongs to."""
    return str(uuid.uuid4())


@dataclass(slots=True)
class Client:
    first_name: str
    last_name: str
    birth_date: date | None = None
    gender: Gender = Gender.NOT_STATED
    phone: str = ""
    email: str = ""
    postcode: str = ""
    nationality: str = "ZZ"
    qualification_country: str = "ZZ"
    arrival_year: int | None = None
    residence_status: ResidenceStatus = ResidenceStatus.UNKNOWN
    german_level: GermanLevel = GermanLevel.UNKNOWN
    qualification_level: QualificationLevel = QualificationLevel.OTHER
    occupation_code: str | None = None
    regulated_profession: bool | None = None
    consent_date: date | None = None
    consent_scope: ConsentScope | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)
    #: Counselled anonymously (or a short contact without a name): no name is required, the counsellor
    #: sees ``pseudonym`` ("anonym 2026-12-04 #3"). Such a person can be given a name later.
    anonymous: bool = False
    pseudonym: str = ""

    TYPE = RecordType.CLIENT

    @property
    def display_name(self) -> str:
        if self.anonymous or not (self.first_name or self.last_name):
            return self.pseudonym or f"{self.last_name}, {self.first_name}".strip(", ")
        return f"{self.last_name}, {self.first_name}".strip(", ")

    def __repr__(self) -> str:  # never print personal data by accident (logs, tracebacks)
        return f"Client(id={self.id!r})"


@dataclass(slots=True)
class CounsellingSession:
    client_id: str
    date: date
    kind: SessionKind = SessionKind.INITIAL
    topics: frozenset[Topic] = frozenset({Topic.RECOGNITION})
    duration_minutes: int = 60
    site_id: str = ""
    counsellor: str = ""
    channel: Channel = Channel.IN_PERSON
    language: Language = Language.DE
    interpreter: bool = False
    referred_by: ReferredBy = ReferredBy.SELF
    outcomes: frozenset[Outcome] = frozenset()
    next_appointment: datetime.date | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)
    #: the next appointment's time and place (one of the coordinator's stops; laptop only)
    appointment_time: datetime.time | None = None
    appointment_place: str = ""
    #: the vault user who first saved the session (laptop only)
    recorded_by: str = ""

    TYPE = RecordType.SESSION

    def __repr__(self) -> str:
        return f"CounsellingSession(id={self.id!r}, date={self.date.isoformat()})"


@dataclass(slots=True)
class JobTrainingScheme:
    """A job-training scheme (a course with its participants, or one individually tailored scheme).

    ``provider`` is free text for the counsellor (who runs it); it stays on the laptop, like notes."""

    format: TrainingFormat
    training_type: TrainingType
    start: date
    provider: str = ""
    id: str = field(default_factory=new_id)

    TYPE = RecordType.SCHEME

    def __repr__(self) -> str:  # the provider is free text: never in a log line
        return f"JobTrainingScheme(id={self.id!r}, format={self.format.value!r}, start={self.start.isoformat()})"


@dataclass(slots=True)
class TrainingParticipation:
    """One person's participation in a job-training scheme.

    ``scheme_id``: the scheme it belongs to. ``None`` (the default, and every participation recorded
    before schemes existed) means the participation is its own individually tailored scheme, implicitly:
    it counts as one scheme of its own, started on its ``start``, of its ``training_type``. ``format`` is
    the participation's own format, kept as before (with a scheme, the scheme's format is the one that
    counts)."""

    client_id: str
    start: date
    format: TrainingFormat = TrainingFormat.INDIVIDUAL
    training_type: TrainingType = TrainingType.BRIDGE_TRAINING
    end: date | None = None
    status: TrainingStatus = TrainingStatus.ONGOING
    id: str = field(default_factory=new_id)
    scheme_id: str | None = None

    TYPE = RecordType.TRAINING


@dataclass(slots=True)
class GroupEvent:
    date: date
    format: EventFormat = EventFormat.INFORMATION_EVENT
    audience: Audience = Audience.MIGRANTS
    topic: EventTopic = EventTopic.RECOGNITION
    participants: int = 1
    site_id: str = ""
    id: str = field(default_factory=new_id)

    TYPE = RecordType.EVENT


@dataclass(slots=True)
class RecognitionProcedure:
    """One recognition procedure of a client (several per client): reference occupation, application,
    decision, compensation measure or bridge training. Laptop only: nothing of it leaves the laptop.

    ``authority`` is free text (the competent authority), like notes: never in a log line or an error.
    ``training_id``: an optional job-training participation of the same client (the compensation
    measure or bridge training). ``created_at``/``updated_at`` are read from the vault (UTC)."""

    client_id: str
    occupation_code: str | None = None
    regulated: bool | None = None
    authority: str = ""
    applied: date | None = None
    documents_complete: bool = False
    decision: ProcedureDecision = ProcedureDecision.PENDING
    decided: date | None = None
    compensation: Compensation = Compensation.NONE
    training_id: str | None = None
    grant_applied: bool = False
    id: str = field(default_factory=new_id)
    created_at: datetime.datetime | None = field(default=None, compare=False)
    updated_at: datetime.datetime | None = field(default=None, compare=False)

    TYPE = "procedure"

    def __repr__(self) -> str:  # the authority is free text: never in a log line
        return f"RecognitionProcedure(id={self.id!r}, decision={self.decision.value!r})"


Record = Client | CounsellingSession | TrainingParticipation | GroupEvent | JobTrainingScheme

RECORD_CLASSES: dict[RecordType, type[Record]] = {
    RecordType.CLIENT: Client,
    RecordType.SESSION: CounsellingSession,
    RecordType.TRAINING: TrainingParticipation,
    RecordType.EVENT: GroupEvent,
    RecordType.SCHEME: JobTrainingScheme,
}


def to_dict(record: Record) -> dict[str, Any]:
    """A JSON-ready dict of a record (dates ISO, sets as sorted lists), with its ``type``."""
    out: dict[str, Any] = {"type": record.TYPE.value}
    for f in fields(record):
        value = getattr(record, f.name)
        if isinstance(value, date | datetime.time):
            value = value.isoformat(timespec="minutes") if isinstance(value, datetime.time) else value.isoformat()
        elif isinstance(value, frozenset):
            value = sorted(str(v) for v in value)
        elif hasattr(value, "value"):
            value = value.value
        out[f.name] = value
    return out
