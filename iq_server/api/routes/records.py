"""POST /v1/records and GET /v1/sync-state: a device delivers its contributions and checks what is held."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from iq_desktop.domain import wire
from iq_server.api.deps import Auth, State
from iq_server.api.schemas import IncomingBatch, problems
from iq_server.errors import TooManyRequests, WrongSite
from iq_server.services import ingest

router = APIRouter()


@router.post("/v1/records", response_model=wire.BatchResult, responses=problems(400, 401, 403, 413, 426, 429))
def records(batch: IncomingBatch, auth: Auth, request: Request, state: State) -> Response:
    """Store a batch of contributions and retractions (wire schema 2); each item gets its own status
    (stored, duplicate, superseded, retracted, rejected). The answer comes after the batch is
    committed to the database. A batch holding any item of an older schema is refused with 426."""
    if batch.site_id != auth.site_id:
        raise WrongSite(f"this device writes only for site {auth.site_id}")
    wait = state.limiter.records(auth.device_id, len(batch.records))
    if wait:
        raise TooManyRequests(f"this device sent more records than its budget; send the rest in {wait} s", wait)
    # the frame is validated already; its payload is a plain JSON dict (no second dump of it)
    raw: list[dict[str, Any]] = [
        {"record_id": str(r.record_id), "revision": r.revision, "schema_version": r.schema_version,
         "payload": r.payload}
        for r in batch.records
    ]  # fmt: skip
    outcome = ingest.ingest(state.db, auth, raw)
    request.state.counts = outcome.counts
    # built from validated RecordResults: serialised once, not dumped and re-validated by the framework
    body = wire.BatchResult(results=outcome.results).model_dump_json()
    return Response(body, media_type="application/json")


@router.get("/v1/sync-state", response_model=wire.SyncState, responses=problems(401, 429))
def sync_state(auth: Auth, state: State) -> wire.SyncState:
    """The records this device delivered, as held now: their count and ``wire.sync_digest`` over
    (record id, current revision), retracted records included. A record is counted for the
    device that delivered its current revision."""
    count, pairs = ingest.sync_state(state.db, auth.device_id)
    return wire.SyncState(count=count, digest=wire.sync_digest(pairs))
