"""The one wire schema: what leaves the laptop and what the server accepts (version 2).

Version 2 sends no person-level row at all. A laptop sends, for every period of the publication
lattice (:mod:`iq_desktop.domain.lattice`: quarters, half-years, years), its *contribution*: the count
of every published cell (:mod:`iq_desktop.domain.figures`), computed on the laptop where the person is
known, and the sum of the counted units' 32-bit cell keys (for the cell key method). Each period's
contribution is one item whose ``record_id`` is random per vault and period; a later edit or an erasure
sends its next revision, which replaces the previous one in every figure.

Closed by construction: unknown fields are refused, cell ids come from a closed list and every value
is a bounded integer (strict: ``"60"``, ``60.0`` or ``true`` are refused, never converted), so no
name, birth date, contact detail or free text can be carried even by mistake. Version 1 (one record
per session with a person block) is refused: see ``docs/privacy.md``.
"""

from __future__ import annotations

import hashlib
import json
from typing import Annotated, Any, Final, Literal
from uuid import UUID

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from iq_desktop.domain import figures, lattice

SCHEMA_VERSION: Final = 2
MAX_BATCH = 500
MAX_CELLS = 2000
#: What a server says to a laptop that sends an older schema.
UPDATE_THE_APP: Final = (
    "this server takes only anonymous contributions (schema version 2); update IQ Desktop on this laptop"
)


def _period(v: str) -> str:
    lattice.parse(v)
    return v


def _cell_id(v: str) -> str:
    if not figures.is_cell_id(v):
        raise ValueError("not a published cell id")
    return v


PeriodLabel = Annotated[str, Field(min_length=4, max_length=7), AfterValidator(_period)]
CellId = Annotated[str, Field(min_length=3, max_length=64), AfterValidator(_cell_id)]


class _Closed(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class CellValue(_Closed):
    """One cell of a contribution: the count and the sum of its units' keys modulo 2**32."""

    n: int = Field(ge=0, le=10_000_000, strict=True)
    k: int = Field(ge=0, le=figures.KEY_MASK, strict=True)


class ContributionPayload(_Closed):
    """The site's contribution to every published cell of one period (cells counting 0 left out)."""

    type: Literal["contribution"] = "contribution"
    period: PeriodLabel
    cells: dict[CellId, CellValue] = Field(max_length=MAX_CELLS)


class RetractionPayload(_Closed):
    """The item leaves the figures (nothing of this period is left on the laptop)."""

    type: Literal["retraction"] = "retraction"


Payload = Annotated[ContributionPayload | RetractionPayload, Field(discriminator="type")]


class RecordEnvelope(_Closed):
    record_id: UUID
    revision: int = Field(ge=1, le=1_000_000, strict=True)
    schema_version: Literal[2] = SCHEMA_VERSION
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


class HeldItem(_Closed):
    """One item as the server holds it for the asking device: its current revision and content hash."""

    record_id: str
    revision: int = Field(ge=1)
    payload_hash: str
    type: Literal["contribution", "retraction", "purged"]


class SyncItems(_Closed):
    """GET /v1/sync-state/items: every item whose current revision the asking device delivered (for the
    reconciliation after a laptop restored an older backup)."""

    items: list[HeldItem]


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
