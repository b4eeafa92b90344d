"""The server's tables (SQLModel). The schema itself is created by :mod:`iq_server.db.migrations`;
``tests/server/test_schema.py`` checks that the migrated database and these models agree.

Records are stored flattened: one row per record id holding its current revision, with the columns
the reports aggregate over (quarters as year, quarter and the quarter's first day). Nothing here can
hold a name, a birth date, contact data or free text: every column is a code, a flag or a number.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field, SQLModel


class SchemaVersion(SQLModel, table=True):
    __tablename__ = "schema_version"
    version: int = Field(primary_key=True)
    applied_at: datetime


class Site(SQLModel, table=True):
    __tablename__ = "site"
    site_id: str = Field(primary_key=True, max_length=40)
    name: str = Field(max_length=120)
    state: str = Field(max_length=5)
    network: str = Field(max_length=80)
    created_at: datetime


class EnrolmentCode(SQLModel, table=True):
    __tablename__ = "enrolment_code"
    code_hash: str = Field(primary_key=True, max_length=64)
    site_id: str = Field(max_length=40)
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None = None
    device_id: str | None = Field(default=None, max_length=36)


class Device(SQLModel, table=True):
    __tablename__ = "device"
    device_id: str = Field(primary_key=True, max_length=36)
    site_id: str = Field(max_length=40)
    name: str | None = Field(default=None, max_length=60)
    token_hash: str = Field(max_length=64)
    created_at: datetime
    revoked_at: datetime | None = None
    last_seen_at: datetime | None = None


class Record(SQLModel, table=True):
    __tablename__ = "record"
    record_id: str = Field(primary_key=True, max_length=36)
    revision: int
    payload_hash: str = Field(max_length=64)
    rtype: str = Field(max_length=10)  # session | training | event | retraction | purged
    device_id: str = Field(max_length=36)
    site_id: str = Field(max_length=40)
    state: str = Field(max_length=5)
    network: str = Field(max_length=80)
    received_at: datetime
    keep_until: date | None = None  # last day of the latest quarter the record refers to
    year: int | None = None
    quarter: int | None = None
    period_start: date | None = None
    end_year: int | None = None
    end_quarter: int | None = None
    end_period_start: date | None = None
    kind: str | None = Field(default=None, max_length=12)
    first_contact: int | None = None
    has_recognition: int | None = None
    has_job_training: int | None = None
    has_fi: int | None = None
    occupation_group: str | None = Field(default=None, max_length=3)
    training_format: str | None = Field(default=None, max_length=16)
    training_type: str | None = Field(default=None, max_length=24)
    training_status: str | None = Field(default=None, max_length=12)
    audience: str | None = Field(default=None, max_length=16)
    event_topic: str | None = Field(default=None, max_length=32)
    event_format: str | None = Field(default=None, max_length=20)
    participants: int | None = None
    payload: str | None = None  # the canonical de-identified payload JSON


class ReportArchive(SQLModel, table=True):
    __tablename__ = "report_archive"
    report_id: int | None = Field(default=None, primary_key=True)
    created_at: datetime
    params: str  # JSON: period, region filters, k
    content: str  # JSON: the published (disclosure-controlled) report


RECORD = Record.__table__  # type: ignore[attr-defined]
SITE = Site.__table__  # type: ignore[attr-defined]
DEVICE = Device.__table__  # type: ignore[attr-defined]
CODE = EnrolmentCode.__table__  # type: ignore[attr-defined]
ARCHIVE = ReportArchive.__table__  # type: ignore[attr-defined]
VERSION = SchemaVersion.__table__  # type: ignore[attr-defined]
