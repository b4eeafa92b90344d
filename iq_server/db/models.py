"""The server's tables (SQLModel). The schema itself is created by :mod:`iq_server.db.migrations`;
``tests/server/test_schema.py`` checks that the migrated database and these models agree.

No person-level row is stored (wire schema v2): an ``item`` is a site's contribution to one period of
the publication lattice (its current revision), ``item_cell`` its cells (count and key sum), the only
rows the report aggregates. Nothing here can hold a name, a birth date, contact data or free text:
every column is an id, a code, a day or a number; no time is finer than a day.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger
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
    last_seen_on: date | None = None  # the day of the last delivery (UTC)


class Item(SQLModel, table=True):
    """One item a device delivered: its current revision (a site's contribution to one lattice period,
    a retraction, or a purged receipt). Its cells are in :class:`ItemCell`."""

    __tablename__ = "item"
    record_id: str = Field(primary_key=True, max_length=36)
    revision: int
    payload_hash: str = Field(max_length=64)
    rtype: str = Field(max_length=12)  # contribution | retraction | purged
    device_id: str = Field(max_length=36)
    site_id: str = Field(max_length=40)
    state: str = Field(max_length=5)
    network: str = Field(max_length=80)
    received_on: date  # the day of receipt (UTC): nothing finer is kept
    period: str | None = Field(default=None, max_length=7)  # a lattice period: 2019-Q2, 2019-H1, 2019
    keep_until: date | None = None  # the period's last day (retention)


class ItemCell(SQLModel, table=True):
    """One cell of a current contribution: the site's count and its units' key sum (mod 2**32)."""

    __tablename__ = "item_cell"
    record_id: str = Field(primary_key=True, max_length=36, foreign_key="item.record_id")
    cell: str = Field(primary_key=True, max_length=64)
    period: str = Field(max_length=7)
    state: str = Field(max_length=5)
    network: str = Field(max_length=80)
    site_id: str = Field(max_length=40)
    n: int = Field(sa_type=BigInteger)
    k: int = Field(sa_type=BigInteger)


class ReportArchive(SQLModel, table=True):
    __tablename__ = "report_archive"
    report_id: int | None = Field(default=None, primary_key=True)
    created_at: datetime
    params: str  # JSON: period, region filters, reference date, disclosure parameters
    content: str  # JSON: the published (disclosure-controlled) report


class RateLimit(SQLModel, table=True):
    """A token bucket shared by every server process: ``tokens`` left at ``updated_at`` (Unix seconds).
    Keys: ``req:<device>``, ``rec:<device>``, ``enrol:<hash of the client address>``, ``heartbeat``."""

    __tablename__ = "rate_limit"
    bucket_key: str = Field(primary_key=True, max_length=80)
    tokens: float
    updated_at: float


ITEM = Item.__table__  # type: ignore[attr-defined]
ITEM_CELL = ItemCell.__table__  # type: ignore[attr-defined]
SITE = Site.__table__  # type: ignore[attr-defined]
DEVICE = Device.__table__  # type: ignore[attr-defined]
CODE = EnrolmentCode.__table__  # type: ignore[attr-defined]
ARCHIVE = ReportArchive.__table__  # type: ignore[attr-defined]
VERSION = SchemaVersion.__table__  # type: ignore[attr-defined]
RATE_LIMIT = RateLimit.__table__  # type: ignore[attr-defined]
