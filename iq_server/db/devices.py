"""Queries on enrolment codes and devices: claim a code, authenticate and revoke a device.

Codes and tokens are stored only as their SHA-256 hashes; the callers hash them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlmodel import Session
from sqlmodel import select as sm_select

from iq_server.db.engine import Database, utcnow
from iq_server.db.models import CODE, DEVICE, SITE, Device, EnrolmentCode, Site


def add_code(db: Database, code: EnrolmentCode) -> None:
    with db.write() as conn, Session(bind=conn) as session:
        session.add(code)
        session.flush()


class CodeRefusal(enum.Enum):
    """Why an enrolment code could not be claimed."""

    UNKNOWN = "unknown"
    USED = "used"
    EXPIRED = "expired"


def claim_code(
    db: Database, code_hash: str, *, device_id: str, device_name: str | None, token_hash: str, now: datetime
) -> Site | CodeRefusal:
    """Claim the code for a new device and add the device for the code's site, in one transaction.
    Returns the site, or why the code was refused (then nothing changes)."""
    with db.write() as conn:
        claimed = conn.execute(
            update(CODE)
            .where(
                CODE.c.code_hash == code_hash,
                CODE.c.used_at.is_(None),
                CODE.c.expires_at > now,
            )
            .values(used_at=now, device_id=device_id)
            .returning(CODE.c.site_id)
        ).first()
        if claimed is None:
            row = conn.execute(select(CODE.c.used_at).where(CODE.c.code_hash == code_hash)).first()
            if row is None:
                return CodeRefusal.UNKNOWN
            return CodeRefusal.USED if row[0] is not None else CodeRefusal.EXPIRED
        site_id = claimed[0]
        with Session(bind=conn) as session:
            session.add(
                Device(device_id=device_id, site_id=site_id, name=device_name, token_hash=token_hash, created_at=now)
            )
            session.flush()
            site = session.get(Site, site_id)
            assert site is not None
            session.expunge(site)
    return site


def all_devices(db: Database) -> list[Device]:
    with db.session() as session:
        devices = list(session.exec(sm_select(Device).order_by(DEVICE.c.site_id, DEVICE.c.created_at)))
        session.expunge_all()
        return devices


class Revoked(enum.Enum):
    """What revoking a device did."""

    DONE = "done"
    UNKNOWN = "unknown"
    ALREADY = "already"


def revoke(db: Database, device_id: str) -> Revoked:
    with db.write() as conn:
        row = conn.execute(select(DEVICE.c.revoked_at).where(DEVICE.c.device_id == device_id)).first()
        if row is None:
            return Revoked.UNKNOWN
        if row[0] is not None:
            return Revoked.ALREADY
        conn.execute(update(DEVICE).where(DEVICE.c.device_id == device_id).values(revoked_at=utcnow()))
    return Revoked.DONE


@dataclass(frozen=True)
class DeviceAuth:
    """An authenticated device: its id, its site and the site's region."""

    device_id: str
    site_id: str
    state: str
    network: str
    revoked: bool


def by_token_hash(db: Database, token_hash: str) -> DeviceAuth | None:
    with db.read() as conn:
        row = conn.execute(
            select(DEVICE.c.device_id, DEVICE.c.site_id, SITE.c.state, SITE.c.network, DEVICE.c.revoked_at)
            .join(SITE, SITE.c.site_id == DEVICE.c.site_id)
            .where(DEVICE.c.token_hash == token_hash)
        ).first()
    if row is None:
        return None
    return DeviceAuth(row[0], row[1], row[2], row[3], row[4] is not None)
