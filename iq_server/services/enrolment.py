"""Sites, enrolment codes and devices: the admin's operations, shared by the CLI and the API."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from iq_desktop.domain.codes import FEDERAL_STATES
from iq_server.db import devices, records, sites
from iq_server.db.devices import CodeRefusal, DeviceAuth, Revoked
from iq_server.db.engine import Database, utcnow
from iq_server.db.models import Device, EnrolmentCode, Site
from iq_server.errors import AdminError, EnrolmentRefused

__all__ = [
    "AdminError", "DeviceAuth", "Enrolled", "EnrolmentRefused", "add_site", "authenticate", "create_enrolment_code",
    "enrol", "get_site", "list_devices", "list_sites", "new_enrolment_code", "normalise_code", "revoke_device",
    "sha256",
]  # fmt: skip

SITE_ID_RE = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalise_code(code: str) -> str:
    return re.sub(r"[\s-]", "", code).upper()


def new_enrolment_code() -> str:
    """160 random bits as 32 base32 characters, grouped in fours for reading aloud."""
    raw = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


# ---------------------------------------------------------------- sites


def add_site(db: Database, site_id: str, name: str, state: str, network: str) -> Site:
    if not SITE_ID_RE.match(site_id):
        raise AdminError("SITE_ID must be 1-40 characters: letters, digits, '.', '_' or '-'")
    if state not in FEDERAL_STATES:
        raise AdminError(f"unknown federal state {state!r}; use an ISO 3166-2:DE code such as DE-BE")
    name, network = name.strip(), network.strip()
    if not 1 <= len(name) <= 120:
        raise AdminError("the site name must be 1-120 characters")
    if not 1 <= len(network) <= 80:
        raise AdminError("the network name must be 1-80 characters")
    return sites.add(db, Site(site_id=site_id, name=name, state=state, network=network, created_at=utcnow()))


def list_sites(db: Database) -> list[Site]:
    return sites.all_sites(db)


def get_site(db: Database, site_id: str) -> Site | None:
    return sites.get(db, site_id)


# ---------------------------------------------------------------- enrolment


def create_enrolment_code(db: Database, site_id: str, valid_hours: int = 24) -> tuple[str, datetime]:
    if not 1 <= valid_hours <= 24 * 30:
        raise AdminError("--valid-hours must be from 1 to 720")
    if get_site(db, site_id) is None:
        raise AdminError(f"no site {site_id}; add it first with: iq-server site add {site_id} ...")
    code = new_enrolment_code()
    now = utcnow()
    expires = now + timedelta(hours=valid_hours)
    devices.add_code(
        db, EnrolmentCode(code_hash=sha256(normalise_code(code)), site_id=site_id, created_at=now, expires_at=expires)
    )
    return code, expires


@dataclass(frozen=True)
class Enrolled:
    device_id: str
    device_token: str
    site: Site


_REFUSED = {
    CodeRefusal.UNKNOWN: "this enrolment code is not valid; check it or ask your admin for a new one",
    CodeRefusal.USED: "this enrolment code has already been used; ask your admin for a new one",
    CodeRefusal.EXPIRED: "this enrolment code has expired; ask your admin for a new one",
}


def enrol(db: Database, code: str, device_name: str | None) -> Enrolled:
    """Claim a one-time code for a new device; :class:`EnrolmentRefused` (safe to show) if it is not valid."""
    device_id = str(uuid.uuid4())
    token = secrets.token_urlsafe(32)  # 256 bits
    site = devices.claim_code(
        db, sha256(normalise_code(code)), device_id=device_id, device_name=device_name, token_hash=sha256(token),
        now=utcnow(),
    )  # fmt: skip
    if isinstance(site, CodeRefusal):
        raise EnrolmentRefused(_REFUSED[site])
    return Enrolled(device_id=device_id, device_token=token, site=site)


# ---------------------------------------------------------------- devices


def list_devices(db: Database) -> list[Device]:
    return devices.all_devices(db)


def revoke_device(db: Database, device_id: str) -> None:
    done = devices.revoke(db, device_id)
    if done is Revoked.UNKNOWN:
        raise AdminError(f"no device {device_id}; see: iq-server device list")
    if done is Revoked.ALREADY:
        raise AdminError(f"device {device_id} is already revoked")


def transfer_items(db: Database, from_device: str, to_device: str) -> int:
    """A coordinator's action: the items owned by ``from_device`` (e.g. a replaced or lost laptop) become
    ``to_device``'s, which may then send their next revisions or retract them. Both devices must exist
    and belong to the same site; returns how many items were transferred."""
    known = {d.device_id: d for d in devices.all_devices(db)}
    for device_id in (from_device, to_device):
        if device_id not in known:
            raise AdminError(f"no device {device_id}; see: iq-server device list")
    if from_device == to_device:
        raise AdminError("give two different devices")
    if known[from_device].site_id != known[to_device].site_id:
        raise AdminError("both devices must belong to the same site")
    return records.transfer(db, from_device, to_device)


def authenticate(db: Database, token: str) -> DeviceAuth | None:
    """The device holding ``token``, or None if the token is unknown (a revoked device is returned)."""
    if not token or len(token) > 200:
        return None
    return devices.by_token_hash(db, sha256(token))
