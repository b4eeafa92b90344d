"""GET /v1/sync-state/items: what the server holds for the asking device, item by item.

A laptop that restored an older backup asks for this before it sends anything: items the server holds
and the restored vault does not are retracted, and revisions continue above the server's (see
docs/sync.md, "Restore and reconcile")."""

from __future__ import annotations

from fastapi import APIRouter

from iq_desktop.domain import wire
from iq_server.api.deps import Auth, State
from iq_server.api.schemas import problems
from iq_server.db import records

router = APIRouter()


@router.get("/v1/sync-state/items", response_model=wire.SyncItems, responses=problems(401, 429))
def sync_items(auth: Auth, state: State) -> wire.SyncItems:
    """Every item whose current revision this device delivered: its id, revision, content hash and type
    (contribution, retraction, or purged by the server's retention)."""
    held = records.delivered_items(state.db, auth.device_id)
    return wire.SyncItems(
        items=[wire.HeldItem(record_id=rid, revision=rev, payload_hash=digest, type=rtype)
               for rid, rev, digest, rtype in held]
    )  # fmt: skip
