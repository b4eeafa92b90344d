"""Queries on advice sites."""

from __future__ import annotations

from sqlmodel import Session, select

from iq_server.db.engine import Database
from iq_server.db.models import SITE, Site
from iq_server.errors import AdminError


def add(db: Database, site: Site) -> Site:
    """Insert ``site``; :class:`AdminError` if its id is taken. Returns it detached from the session."""
    with db.write() as conn, Session(bind=conn) as session:
        if session.get(Site, site.site_id) is not None:
            raise AdminError(f"site {site.site_id} already exists")
        session.add(site)
        session.flush()
        session.expunge(site)
    return site


def all_sites(db: Database) -> list[Site]:
    with db.session() as session:
        sites = list(session.exec(select(Site).order_by(SITE.c.site_id)))
        session.expunge_all()
        return sites


def get(db: Database, site_id: str) -> Site | None:
    with db.session() as session:
        site = session.get(Site, site_id)
        if site is not None:
            session.expunge(site)
        return site
