"""GET /v1/health: the server and its database answer."""

from __future__ import annotations

from fastapi import APIRouter

from iq_server.api.deps import State
from iq_server.api.schemas import Health

router = APIRouter()


@router.get("/v1/health", response_model=Health)
def health(state: State) -> Health:
    state.db.ping()
    return Health(status="ok", schema_version=state.schema_version)
