"""The request and response bodies of the HTTP API (the item payloads are the wire schema's)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

from iq_desktop.domain import wire


class _Closed(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EnrolRequest(_Closed):
    code: str = Field(min_length=16, max_length=64, description="the one-time enrolment code from the admin")
    device_name: str | None = Field(default=None, max_length=60, pattern=r"^[\w .()-]{1,60}$")


class EnrolResponse(_Closed):
    device_id: str
    device_token: str = Field(description="send as 'Authorization: Bearer <token>'; shown once, stored hashed")
    site_id: str
    state: str
    network: str


class IncomingRecord(_Closed):
    """The frame of one item. Its payload is validated on its own against the wire schema
    (ContributionPayload or RetractionPayload, see components): a payload that violates it rejects
    only that item. A batch holding an item of another schema version than 2 (or a version 1 payload)
    is refused as a whole with 426."""

    record_id: UUID
    revision: int = Field(ge=1, le=1_000_000, strict=True)
    schema_version: int = Field(default=wire.SCHEMA_VERSION, ge=1, le=1000, strict=True)
    payload: dict[str, Any]  # any JSON object: validated per record by the service


class IncomingBatch(_Closed):
    site_id: str = Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9_.-]+$")
    records: list[IncomingRecord] = Field(min_length=1, max_length=wire.MAX_BATCH)


class Health(_Closed):
    status: str
    schema_version: int


class Problem(_Closed):
    detail: str


_PROBLEMS = {
    400: "the body is not readable JSON",
    401: "missing, unknown or revoked device token / enrolment code refused",
    403: "the batch is for another site than the device's",
    413: "request body too large",
    426: "the batch uses an older wire schema (version 1): update IQ Desktop",
    408: "the request body was not sent in time",
    429: "too many requests; see Retry-After",
    503: "the database cannot write (or the server is busy); see Retry-After",
}


def problems(*codes: int) -> dict[int | str, dict[str, Any]]:
    """The documented error answers of an operation (OpenAPI ``responses``)."""
    return {c: {"model": Problem, "description": _PROBLEMS[c]} for c in codes}
