"""GET /v1/health: the server answers and its database can write (else 503)."""

from __future__ import annotations

from fastapi import APIRouter

from iq_server.api.deps import State
from iq_server.api.schemas import Health, problems

router = APIRouter()


@router.get("/v1/health", response_model=Health, responses=problems(503))
def health(state: State) -> Health:
    state.health.check()
    return Health(status="ok", schema_version=state.schema_version)
