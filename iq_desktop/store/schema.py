"""Table models of the vault (SQLModel, separate from the domain dataclasses).

They live in their own SQLAlchemy registry so they never clash with other SQLModel tables in
the same process. The *current* schema; the DDL that builds it, step by step from the first
release, is in :mod:`iq_desktop.store.migrations` (a test checks both agree).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, Table, UniqueConstraint, text
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

__all__ = ["METADATA", "T"]

_REGISTRY = registry()


class VaultModel(SQLModel, registry=_REGISTRY):
    pass


class ClientTable(VaultModel, table=True):
    __tablename__ = "client"
    id: str = Field(primary_key=True)
    first_name: str
    last_name: str
    birth_date: dt.date | None = None
    gender: str
    phone: str
    email: str
    postcode: str
    nationality: str
    qualification_country: str
    arrival_year: int | None = None
    residence_status: str
    german_level: str
    qualification_level: str
    occupation_code: str | None = None
    regulated_profession: bool | None = None
    consent_date: dt.date | None = None
    consent_scope: str | None = None
    notes: str
    search_name: str = Field(index=True)
    created_at: dt.datetime
    updated_at: dt.datetime
    #: counselled anonymously; the counsellor sees ``pseudonym`` (migration v7)
    anonymous: bool = False
    pseudonym: str = ""


class SessionTable(VaultModel, table=True):
    __tablename__ = "counselling_session"
    __table_args__ = (
        Index("ix_session_date", "date", "id"),
        Index("ix_session_client", "client_id", "date"),
        Index("ix_session_sync_state", "sync_state", "date", "id"),
        Index("ix_session_next_appointment", "next_appointment", "client_id", "date"),
        #: the agenda's "no contact although a further session is needed" (32: Outcome.FURTHER_SESSION_NEEDED)
        Index(
            "ix_session_further", "date", "next_appointment", "client_id", "id", sqlite_where=text("outcomes & 32 != 0")
        ),
    )
    id: str = Field(primary_key=True)
    client_id: str = Field(foreign_key="client.id")
    date: dt.date
    kind: str
    topics: int
    outcomes: int
    duration_minutes: int
    site_id: str
    counsellor: str
    channel: str
    language: str
    interpreter: bool
    referred_by: str
    next_appointment: dt.date | None = None
    notes: str
    created_at: dt.datetime
    updated_at: dt.datetime
    #: the state of the latest outbox revision (NULL: never queued); maintained by triggers (migration v3)
    sync_state: str | None = None
    #: agenda (v7): the next appointment's time ("HH:MM"), place (a stop's label) and who recorded it
    appointment_time: str | None = None
    appointment_place: str = ""
    recorded_by: str = ""


class TrainingTable(VaultModel, table=True):
    __tablename__ = "training"
    __table_args__ = (
        Index("ix_training_client", "client_id", "start"),
        Index("ix_training_scheme", "scheme_id"),
    )
    id: str = Field(primary_key=True)
    client_id: str = Field(foreign_key="client.id")
    start: dt.date
    end: dt.date | None = None
    format: str
    training_type: str
    status: str
    created_at: dt.datetime
    updated_at: dt.datetime
    #: the job-training scheme (NULL: the participation is its own individually tailored scheme; v5)
    scheme_id: str | None = None


class SchemeTable(VaultModel, table=True):
    """Job-training schemes (migration v5); ``provider`` is free text that never leaves the laptop."""

    __tablename__ = "scheme"
    __table_args__ = (Index("ix_scheme_start", "start", "id"),)
    id: str = Field(primary_key=True)
    format: str
    training_type: str
    start: dt.date
    provider: str
    created_at: dt.datetime
    updated_at: dt.datetime


class EventTable(VaultModel, table=True):
    __tablename__ = "event"
    __table_args__ = (Index("ix_event_date", "date", "id"),)
    id: str = Field(primary_key=True)
    date: dt.date
    format: str
    audience: str
    topic: str
    participants: int
    site_id: str
    created_at: dt.datetime
    updated_at: dt.datetime


class ProcedureTable(VaultModel, table=True):
    """Recognition procedures (migration v7); ``authority`` is free text that never leaves the laptop."""

    __tablename__ = "procedure"
    __table_args__ = (
        Index("ix_procedure_client", "client_id", "applied"),
        Index("ix_procedure_decision", "decision", "applied"),
    )
    id: str = Field(primary_key=True)
    client_id: str = Field(foreign_key="client.id", ondelete="CASCADE")
    occupation_code: str | None = None
    regulated: bool | None = None
    authority: str
    applied: dt.date | None = None
    documents_complete: bool
    decision: str
    decided: dt.date | None = None
    compensation: str
    training_id: str | None = None
    grant_applied: bool
    created_at: dt.datetime
    updated_at: dt.datetime


class OutboxTable(VaultModel, table=True):
    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("record_id", "revision", name="uq_outbox_record_revision"),
        Index("ix_outbox_state", "state", "id"),
    )
    id: int | None = Field(default=None, primary_key=True)
    record_id: str
    record_type: str
    revision: int
    payload: str
    payload_hash: str
    schema_version: int
    state: str
    enqueued_at: dt.datetime
    sent_at: dt.datetime | None = None
    reason: str | None = None
    attempted_at: dt.datetime | None = None


class OutboxBulkTable(VaultModel, table=True):
    """One row (id 0); ``active`` is 1 only inside a bulk outbox insert's transaction, when the
    session-state insert trigger skips its rows (migration v4, which also holds its checks)."""

    __tablename__ = "outbox_bulk"
    id: int = Field(primary_key=True)
    active: int | None = None


class SyncAckTable(VaultModel, table=True):
    __tablename__ = "sync_ack"
    record_id: str = Field(primary_key=True)
    acked_revision: int
    acked_at: dt.datetime


class AuditTable(VaultModel, table=True):
    __tablename__ = "audit"
    __table_args__ = (Index("ix_audit_at", "at", "id"),)  # the audit log viewer's pages (v7)
    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime
    user: str
    action: str
    record_type: str | None = None
    record_id: str | None = None
    detail: str


class SettingTable(VaultModel, table=True):
    __tablename__ = "setting"
    key: str = Field(primary_key=True)
    value: str


class DraftTable(VaultModel, table=True):
    __tablename__ = "draft"
    kind: str = Field(primary_key=True)
    record_id: str = Field(primary_key=True)
    user: str = Field(primary_key=True, default="")  # whose draft it is (schema 6)
    data: str
    updated_at: dt.datetime


class DocumentTable(VaultModel, table=True):
    """An attached document (migration v7): its facts; the bytes are in ``document_chunk``. Deleted with
    its client (ON DELETE CASCADE, ``secure_delete`` on)."""

    __tablename__ = "document"
    __table_args__ = (
        Index("ix_document_client", "client_id", "added_at"),
        Index("ix_document_procedure", "procedure_id"),
    )
    id: str = Field(primary_key=True)
    client_id: str = Field(foreign_key="client.id", ondelete="CASCADE")
    procedure_id: str | None = None
    kind: str
    file_name: str
    size: int
    sha256: str
    added_at: dt.datetime
    added_by: str


class DocumentChunkTable(VaultModel, table=True):
    """A document's bytes in chunks of 1 MiB, numbered from 0 (migration v7)."""

    __tablename__ = "document_chunk"
    document_id: str = Field(primary_key=True, foreign_key="document.id", ondelete="CASCADE")
    seq: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    data: bytes


METADATA = _REGISTRY.metadata


class _Tables:
    """Typed access to the Core tables (fast single-statement use cases need no ORM session)."""

    def __getattr__(self, name: str) -> Table:
        return METADATA.tables[name]

    client: Table
    counselling_session: Table
    training: Table
    event: Table
    scheme: Table
    procedure: Table
    outbox: Table
    outbox_bulk: Table
    sync_ack: Table
    audit: Table
    setting: Table
    draft: Table
    document: Table
    document_chunk: Table


T = _Tables()
