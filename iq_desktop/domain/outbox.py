"""The outbox's vocabulary, shared by the store (which keeps it) and sync (which sends it): one queued
revision (:class:`OutboxEntry`) and its states (:class:`OutboxState`).

States: ``pending`` (to send), ``sent`` (acknowledged by the server), ``quarantined`` (rejected,
with the server's reason), ``superseded`` (a newer revision replaced it before it was sent, or the
server said so). The values are stored in the vault: never change them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from iq_desktop.domain.wire import RecordEnvelope

__all__ = ["OutboxEntry", "OutboxState"]


class OutboxState(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    QUARANTINED = "quarantined"
    SUPERSEDED = "superseded"


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """One revision of one record in the outbox, frozen with its hash and schema version."""

    id: int
    record_id: str
    record_type: str
    revision: int
    payload: str  # canonical JSON, exactly as it will be sent
    payload_hash: str
    schema_version: int
    state: OutboxState
    enqueued_at: datetime
    sent_at: datetime | None
    reason: str | None

    def envelope(self) -> RecordEnvelope:
        return RecordEnvelope.model_validate(
            {
                "record_id": self.record_id,
                "revision": self.revision,
                "schema_version": self.schema_version,
                "payload": json.loads(self.payload),
            }
        )

    @property
    def is_retraction(self) -> bool:
        return bool(json.loads(self.payload).get("type") == "retraction")
