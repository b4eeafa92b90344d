"""What the routes depend on: the app's shared state (database, limits), device authentication and
the per-device rate limits. Problems are raised as :mod:`iq_server.errors`; ``api.errors`` answers them.

A device is authenticated from the request headers alone, before the body is read
(:class:`~iq_server.api.middleware.RequestGuard` calls :func:`authenticate_header`); the routes get the
result from the request's state."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from iq_server.api.limits import Limiter
from iq_server.config import Limits
from iq_server.db.engine import Database
from iq_server.errors import NotAuthenticated, TooManyRequests
from iq_server.services import enrolment
from iq_server.services.enrolment import DeviceAuth
from iq_server.services.health import HealthProbe

bearer = HTTPBearer(auto_error=False, description="the device token from POST /v1/enrol")


@dataclass(frozen=True)
class AppState:
    """Everything the routes share, made once by ``create_app`` (``app.state.iq``)."""

    db: Database
    limits: Limits
    limiter: Limiter
    health: HealthProbe
    schema_version: int

    @classmethod
    def make(cls, db: Database, limits: Limits, schema_version: int) -> AppState:
        return cls(
            db=db, limits=limits, limiter=Limiter(db, limits), health=HealthProbe(db), schema_version=schema_version
        )


def app_state(request: Request) -> AppState:
    state = request.app.state.iq
    assert isinstance(state, AppState)
    return state


State = Annotated[AppState, Depends(app_state)]


def authenticate_header(state: AppState, authorization: str | None) -> DeviceAuth:
    """The device holding the bearer token of an ``Authorization`` header, within its request rate;
    :class:`NotAuthenticated` or :class:`TooManyRequests` otherwise. Blocking (database)."""
    scheme, _, token = (authorization or "").strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise NotAuthenticated("missing device token")
    auth = enrolment.authenticate(state.db, token.strip())
    if auth is None:
        raise NotAuthenticated("unknown device token; enrol this device")
    if auth.revoked:
        raise NotAuthenticated("this device has been revoked; ask your admin to enrol it again")
    wait = state.limiter.request(auth.device_id)
    if wait:
        raise TooManyRequests("too many requests from this device", wait)
    return auth


def device(
    request: Request, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)], state: State
) -> DeviceAuth:
    """The device holding the bearer token (authenticated from the headers before the body was read)."""
    auth = getattr(request.state, "device", None)
    if isinstance(auth, DeviceAuth):
        return auth
    header = f"{creds.scheme} {creds.credentials}" if creds is not None else None
    auth = authenticate_header(state, header)
    request.state.device_id = auth.device_id
    return auth


Auth = Annotated[DeviceAuth, Depends(device)]


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"
