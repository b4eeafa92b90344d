"""Sites, enrolment codes and devices: the admin's operations, shared by the CLI and the API."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, select, update
from sqlmodel import Session
from sqlmodel import select as sm_select

from iq_desktop.domain.codes import FEDERAL_STATES
from iq_server.db.engine import begin_write, utcnow
from iq_server.db.models import CODE, DEVICE, SITE, Device, EnrolmentCode, Site

SITE_ID_RE = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")


class AdminError(Exception):
    """An operation was refused; the message says why and what to do."""


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalise_code(code: str) -> str:
    return re.sub(r"[\s-]", "", code).upper()


def new_enrolment_code() -> str:
    """160 random bits as 32 base32 characters, grouped in fours for reading aloud."""
    raw = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


# ---------------------------------------------------------------- sites


def add_site(engine: Engine, site_id: str, name: str, state: str, network: str) -> Site:
    if not SITE_ID_RE.match(site_id):
        raise AdminError("SITE_ID must be 1-40 characters: letters, digits, '.', '_' or '-'")
    if state not in FEDERAL_STATES:
        raise AdminError(f"unknown federal state {state!r}; use an ISO 3166-2:DE code such as DE-BE")
    name, network = name.strip(), network.strip()
    if not 1 <= len(name) <= 120:
        raise AdminError("the site name must be 1-120 characters")
    if not 1 <= len(network) <= 80:
        raise AdminError("the network name must be 1-80 characters")
    with begin_write(engine) as conn, Session(bind=conn) as session:
        if session.get(Site, site_id) is not None:
            raise AdminError(f"site {site_id} already exists")
        site = Site(site_id=site_id, name=name, state=state, network=network, created_at=utcnow())
        session.add(site)
        session.flush()
        session.expunge(site)
    return site


def list_sites(engine: Engine) -> list[Site]:
    with Session(engine) as session:
        sites = list(session.exec(sm_select(Site).order_by(SITE.c.site_id)))
        session.expunge_all()
        return sites


def get_site(engine: Engine, site_id: str) -> Site | None:
    with Session(engine) as session:
        site = session.get(Site, site_id)
        if site is not None:
            session.expunge(site)
        return site


# ---------------------------------------------------------------- enrolment


def create_enrolment_code(engine: Engine, site_id: str, valid_hours: int = 24) -> tuple[str, datetime]:
    if not 1 <= valid_hours <= 24 * 30:
        raise AdminError("--valid-hours must be from 1 to 720")
    if get_site(engine, site_id) is None:
        raise AdminError(f"no site {site_id}; add it first with: iq-server site add {site_id} ...")
    code = new_enrolment_code()
    now = utcnow()
    expires = now + timedelta(hours=valid_hours)
    with begin_write(engine) as conn, Session(bind=conn) as session:
        session.add(
            EnrolmentCode(code_hash=sha256(normalise_code(code)), site_id=site_id, created_at=now, expires_at=expires)
        )
        session.flush()
    return code, expires


@dataclass(frozen=True)
class Enrolled:
    device_id: str
    device_token: str
    site: Site


class EnrolmentRefused(Exception):
    """The code is unknown, used or expired (message safe to show to the device)."""


def enrol(engine: Engine, code: str, device_name: str | None) -> Enrolled:
    code_hash = sha256(normalise_code(code))
    now = utcnow()
    device_id = str(uuid.uuid4())
    token = secrets.token_urlsafe(32)  # 256 bits
    with begin_write(engine) as conn:
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
                raise EnrolmentRefused("this enrolment code is not valid; check it or ask your admin for a new one")
            if row[0] is not None:
                raise EnrolmentRefused("this enrolment code has already been used; ask your admin for a new one")
            raise EnrolmentRefused("this enrolment code has expired; ask your admin for a new one")
        site_id = claimed[0]
        with Session(bind=conn) as session:
            session.add(
                Device(device_id=device_id, site_id=site_id, name=device_name, token_hash=sha256(token), created_at=now)
            )
            session.flush()
            site = session.get(Site, site_id)
            assert site is not None
            session.expunge(site)
    return Enrolled(device_id=device_id, device_token=token, site=site)


# ---------------------------------------------------------------- devices


def list_devices(engine: Engine) -> list[Device]:
    with Session(engine) as session:
        devices = list(session.exec(sm_select(Device).order_by(DEVICE.c.site_id, DEVICE.c.created_at)))
        session.expunge_all()
        return devices


def revoke_device(engine: Engine, device_id: str) -> None:
    with begin_write(engine) as conn:
        row = conn.execute(select(DEVICE.c.revoked_at).where(DEVICE.c.device_id == device_id)).first()
        if row is None:
            raise AdminError(f"no device {device_id}; see: iq-server device list")
        if row[0] is not None:
            raise AdminError(f"device {device_id} is already revoked")
        conn.execute(update(DEVICE).where(DEVICE.c.device_id == device_id).values(revoked_at=utcnow()))


@dataclass(frozen=True)
class DeviceAuth:
    device_id: str
    site_id: str
    state: str
    network: str
    revoked: bool


def authenticate(engine: Engine, token: str) -> DeviceAuth | None:
    if not token or len(token) > 200:
        return None
    with engine.connect() as conn:
        row = conn.execute(
            select(DEVICE.c.device_id, DEVICE.c.site_id, SITE.c.state, SITE.c.network, DEVICE.c.revoked_at)
            .join(SITE, SITE.c.site_id == DEVICE.c.site_id)
            .where(DEVICE.c.token_hash == sha256(token))
        ).first()
    if row is None:
        return None
    return DeviceAuth(row[0], row[1], row[2], row[3], row[4] is not None)
