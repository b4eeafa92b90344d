"""The one de-identified record schema: what leaves the laptop and what the server accepts.

Closed by construction: unknown fields are refused and every field is an enum, a bounded number, a
quarter or a code from a closed list, so no name, birth date, contact detail or free text can be
carried even by mistake. Both the desktop (``iq_desktop.domain.deid``) and the server
(``iq_server``) use these models; the spec is ``docs/privacy.md``.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Annotated, Any, Final, Literal
from uuid import UUID

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from iq_desktop.domain import reference
from iq_desktop.domain.codes import (
    AgeBand,
    Audience,
    Channel,
    EventFormat,
    EventTopic,
    Gender,
    GermanLevel,
    Language,
    Outcome,
    QualificationLevel,
    ReferredBy,
    ResidenceGroup,
    SessionKind,
    Topic,
    TrainingFormat,
    TrainingStatus,
    TrainingType,
)

SCHEMA_VERSION: Final = 1
MAX_BATCH = 500
QUARTER_RE = re.compile(r"^(20[0-9]{2})-Q([1-4])$")


def _quarter(v: str) -> str:
    m = QUARTER_RE.match(v)
    if not m or not (2005 <= int(m.group(1)) <= 2099):
        raise ValueError("not a quarter such as 2019-Q2")
    return v


def _country_group(v: str) -> str:
    if v in ("eu_eea_ch", "other", "stateless_unknown") or v in reference.frequent_third_countries():
        return v
    raise ValueError("not a country group (eu_eea_ch, other, stateless_unknown or a listed third country)")


def _occupation_group(v: str) -> str:
    if v in reference.occupation_groups():
        return v
    raise ValueError("not a KldB 2010 occupational group")


Quarter = Annotated[str, Field(min_length=7, max_length=7), AfterValidator(_quarter)]
CountryGroup = Annotated[str, Field(min_length=2, max_length=17), AfterValidator(_country_group)]
OccupationGroup = Annotated[str, Field(min_length=3, max_length=3), AfterValidator(_occupation_group)]


class _Closed(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class PersonFacts(_Closed):
    """Generalised facts about the person advised; nothing here identifies anyone."""

    age_band: AgeBand
    gender: Gender
    nationality: CountryGroup
    qualification_country: CountryGroup
    residence: ResidenceGroup
    german_level: GermanLevel
    qualification_level: QualificationLevel
    occupation_group: OccupationGroup | None = None
    regulated_profession: bool | None = None


class SessionPayload(_Closed):
    type: Literal["session"] = "session"
    quarter: Quarter
    kind: SessionKind
    first_contact: bool = Field(description="the person's first session at this site: counts individuals")
    topics: list[Topic] = Field(min_length=1, max_length=len(Topic))
    channel: Channel
    language: Language
    interpreter: bool
    referred_by: ReferredBy
    outcomes: list[Outcome] = Field(default_factory=list, max_length=len(Outcome))
    duration_minutes: int = Field(ge=0, le=600, multiple_of=15)
    person: PersonFacts


class TrainingPayload(_Closed):
    type: Literal["training"] = "training"
    start_quarter: Quarter
    end_quarter: Quarter | None = None
    format: TrainingFormat
    training_type: TrainingType
    status: TrainingStatus
    person: PersonFacts


class EventPayload(_Closed):
    type: Literal["event"] = "event"
    quarter: Quarter
    format: EventFormat
    audience: Audience
    topic: EventTopic
    participants: int = Field(ge=1, le=10_000)


class RetractionPayload(_Closed):
    """The record leaves the figures (deleted or erased on the laptop)."""

    type: Literal["retraction"] = "retraction"


Payload = Annotated[SessionPayload | TrainingPayload | EventPayload | RetractionPayload, Field(discriminator="type")]


class RecordEnvelope(_Closed):
    record_id: UUID
    revision: int = Field(ge=1, le=1_000_000)
    schema_version: Literal[1] = SCHEMA_VERSION
    payload: Payload


class RecordBatch(_Closed):
    site_id: str = Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9_.-]+$")
    records: list[RecordEnvelope] = Field(min_length=1, max_length=MAX_BATCH)


RecordStatus = Literal["stored", "duplicate", "superseded", "retracted", "rejected"]


class RecordResult(_Closed):
    record_id: UUID
    revision: int
    status: RecordStatus
    reason: str | None = None


class BatchResult(_Closed):
    results: list[RecordResult]


class SyncState(_Closed):
    count: int
    digest: str = Field(description="sha256 over sorted 'record_id:revision' lines of acknowledged records")


def payload_hash(payload: BaseModel | dict[str, Any]) -> str:
    """A stable hash of a payload's canonical JSON (sorted keys, no spaces)."""
    data = payload.model_dump(mode="json") if isinstance(payload, BaseModel) else payload
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def sync_digest(pairs: list[tuple[str, int]]) -> str:
    """The digest both sides compute for reconciliation (see :class:`SyncState`)."""
    h = hashlib.sha256()
    for record_id, revision in sorted(pairs):
        h.update(f"{record_id}:{revision}\n".encode())
    return h.hexdigest()
