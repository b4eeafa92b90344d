"""What the routes depend on: the app's shared state (database, limits), device authentication and
the per-device rate limit. Problems are raised as :mod:`iq_server.errors`; ``api.errors`` answers them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from iq_server.api.limits import FailureWindow, TokenBucket
from iq_server.config import Limits
from iq_server.db.engine import Database
from iq_server.errors import NotAuthenticated, TooManyRequests
from iq_server.services import enrolment
from iq_server.services.enrolment import DeviceAuth

bearer = HTTPBearer(auto_error=False, description="the device token from POST /v1/enrol")


@dataclass(frozen=True)
class AppState:
    """Everything the routes share, made once by ``create_app`` (``app.state.iq``)."""

    db: Database
    limits: Limits
    bucket: TokenBucket
    enrol_failures: FailureWindow
    schema_version: int

    @classmethod
    def make(cls, db: Database, limits: Limits, schema_version: int) -> AppState:
        return cls(
            db=db, limits=limits, bucket=TokenBucket(limits.rate_per_minute, limits.rate_burst),
            enrol_failures=FailureWindow(limits.enrol_failures_per_minute), schema_version=schema_version,
        )  # fmt: skip


def app_state(request: Request) -> AppState:
    state = request.app.state.iq
    assert isinstance(state, AppState)
    return state


State = Annotated[AppState, Depends(app_state)]


def device(
    request: Request, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)], state: State
) -> DeviceAuth:
    """The device holding the bearer token, within its rate limit."""
    if creds is None or creds.scheme.lower() != "bearer":
        raise NotAuthenticated("missing device token")
    auth = enrolment.authenticate(state.db, creds.credentials)
    if auth is None:
        raise NotAuthenticated("unknown device token; enrol this device")
    request.state.device_id = auth.device_id
    if auth.revoked:
        raise NotAuthenticated("this device has been revoked; ask your admin to enrol it again")
    wait = state.bucket.take(auth.device_id)
    if wait:
        raise TooManyRequests("too many requests from this device", wait)
    return auth


Auth = Annotated[DeviceAuth, Depends(device)]


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"
