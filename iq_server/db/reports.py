"""Queries for "IQ in figures": the sites of the region a report covers, the cells summed over the
sites (one query on ``item_cell``, read from its covering index) and the report archive."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, Table, distinct, func, insert, select

from iq_server.db.engine import Database
from iq_server.db.models import ARCHIVE, ITEM, ITEM_CELL, SITE


@dataclass(frozen=True)
class Region:
    """A report's region: all sites, a federal state or a network (None = any)."""

    state: str | None = None
    network: str | None = None


@dataclass(frozen=True)
class Scope:
    """The sites of a region: whether the named network exists, and per federal state the number of
    sites holding a current contribution for the period."""

    network_known: bool
    sites_by_state: dict[str, int]

    @property
    def sites(self) -> int:
        return sum(self.sites_by_state.values())


def _region(q: Select[Any], table: Table, region: Region) -> Select[Any]:
    if region.state:
        q = q.where(table.c.state == region.state)
    if region.network:
        q = q.where(table.c.network == region.network)
    return q


def scope(db: Database, region: Region, period: str) -> Scope:
    contributing = _region(
        select(ITEM.c.state, func.count(distinct(ITEM.c.site_id)))
        .where(ITEM.c.period == period, ITEM.c.rtype == "contribution")
        .group_by(ITEM.c.state),
        ITEM, region,
    )  # fmt: skip
    with db.read() as conn:
        network_known = (
            not region.network
            or conn.execute(select(SITE.c.site_id).where(SITE.c.network == region.network)).first() is not None
        )
        by_state = {str(r[0]): int(r[1]) for r in conn.execute(contributing)}
    return Scope(network_known, by_state)


def cell_sums(db: Database, region: Region, period: str) -> list[tuple[str, str, int, int]]:
    """(cell, federal state, summed count, summed key) of every cell of the region's current
    contributions for ``period``: one query, read from the covering index. The key sums are plain sums
    (reduce them modulo 2**32)."""
    c = ITEM_CELL.c
    q = _region(
        select(c.cell, c.state, func.sum(c.n), func.sum(c.k)).where(c.period == period).group_by(c.cell, c.state),
        ITEM_CELL, region,
    )  # fmt: skip
    with db.read() as conn:
        return [(str(r[0]), str(r[1]), int(r[2]), int(r[3])) for r in conn.execute(q)]


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
