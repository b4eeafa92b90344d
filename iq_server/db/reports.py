"""Queries for "IQ in figures": the region a report covers, the raw counts (aggregated in SQL, read
from the covering indexes) and the report archive."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, insert, select

from iq_server.db.engine import Database
from iq_server.db.models import ARCHIVE, RECORD, SITE


@dataclass(frozen=True)
class Region:
    """A report's region filters (None = any)."""

    state: str | None = None
    network: str | None = None
    site: str | None = None


@dataclass(frozen=True)
class Scope:
    """The federal states of the sites in a region, and whether the named site and network exist."""

    states: list[str]
    site_known: bool
    network_known: bool


def scope(db: Database, region: Region) -> Scope:
    q = select(SITE.c.state).distinct()
    if region.state:
        q = q.where(SITE.c.state == region.state)
    if region.network:
        q = q.where(SITE.c.network == region.network)
    if region.site:
        q = q.where(SITE.c.site_id == region.site)
    with db.read() as conn:
        states = sorted(r[0] for r in conn.execute(q))
        site_known = (
            not region.site
            or conn.execute(select(SITE.c.site_id).where(SITE.c.site_id == region.site)).first() is not None
        )
        network_known = (
            not region.network
            or conn.execute(select(SITE.c.site_id).where(SITE.c.network == region.network)).first() is not None
        )
    return Scope(states, site_known, network_known)


@dataclass(frozen=True)
class SessionCounts:
    """Session counts of one federal state and occupational group."""

    state: str
    occupation_group: str | None
    initial: int
    recognition: int
    job_training: int
    combined: int
    fair_integration: int


@dataclass(frozen=True)
class RawCounts:
    """What a report aggregates, before disclosure control."""

    sessions: list[SessionCounts]
    started_by_format: dict[str, int]
    completers: int
    #: (audience, topic) -> (events, participants)
    events: dict[tuple[str, str], tuple[int, int]]


def _where(q: Select[Any], region: Region, lo: date, hi: date, rtype: str, column: ColumnElement[Any]) -> Select[Any]:
    q = q.where(RECORD.c.rtype == rtype, column >= lo, column <= hi)
    if region.state:
        q = q.where(RECORD.c.state == region.state)
    if region.network:
        q = q.where(RECORD.c.network == region.network)
    if region.site:
        q = q.where(RECORD.c.site_id == region.site)
    return q


def _n(cond: ColumnElement[bool]) -> ColumnElement[Any]:
    return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)


def counts(db: Database, region: Region, lo: date, hi: date) -> RawCounts:
    """The raw counts of the quarters starting from ``lo`` to ``hi`` (first days of quarters)."""
    r = RECORD.c
    initial = r.kind == "initial"
    sessions = _where(
        select(
            r.state, r.occupation_group, _n(initial),
            _n(initial & (r.has_recognition == 1) & (r.has_job_training == 0)),
            _n(initial & (r.has_recognition == 0) & (r.has_job_training == 1)),
            _n(initial & (r.has_recognition == 1) & (r.has_job_training == 1)),
            _n((r.has_fi == 1) & (r.first_contact == 1)),
        ).group_by(r.state, r.occupation_group),
        region, lo, hi, "session", r.period_start,
    )  # fmt: skip
    started = _where(
        select(r.training_format, func.count()).group_by(r.training_format), region, lo, hi, "training", r.period_start
    )
    completed = _where(select(func.count()), region, lo, hi, "training", r.end_period_start).where(
        r.training_status == "completed"
    )
    events = _where(
        select(r.audience, r.event_topic, func.count(), func.coalesce(func.sum(r.participants), 0)).group_by(
            r.audience, r.event_topic
        ),
        region, lo, hi, "event", r.period_start,
    )  # fmt: skip
    with db.read() as conn:
        session_rows = [
            SessionCounts(state, group, int(n_init), int(rec), int(jt), int(comb), int(n_fi))
            for state, group, n_init, rec, jt, comb, n_fi in conn.execute(sessions)
        ]
        by_format = {fmt: int(n) for fmt, n in conn.execute(started)}
        completers = int(conn.execute(completed).scalar_one())
        ev = {(a, t): (int(n), int(s)) for a, t, n, s in conn.execute(events)}
    return RawCounts(session_rows, by_format, completers, ev)


# ---------------------------------------------------------------- archive


def archive(db: Database, created_at: datetime, params: str, content: str) -> int:
    """Store a published report (JSON texts); returns its number."""
    with db.write() as conn:
        rid = conn.execute(
            insert(ARCHIVE).values(created_at=created_at, params=params, content=content).returning(ARCHIVE.c.report_id)
        ).scalar_one()
    return int(rid)


def archived(db: Database, report_id: int) -> str | None:
    """The stored report's JSON text, or None."""
    with db.read() as conn:
        row = conn.execute(select(ARCHIVE.c.content).where(ARCHIVE.c.report_id == report_id)).first()
    return None if row is None else str(row[0])


def list_archived(db: Database) -> list[tuple[int, datetime, str]]:
    """(number, creation time, params JSON) of every stored report, oldest first."""
    with db.read() as conn:
        rows = conn.execute(
            select(ARCHIVE.c.report_id, ARCHIVE.c.created_at, ARCHIVE.c.params).order_by(ARCHIVE.c.report_id)
        ).all()
    return [(int(r[0]), r[1], str(r[2])) for r in rows]
