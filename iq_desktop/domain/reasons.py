"""Why a record was refused: the beginnings of the reasons the server gives and the sync module
stores with a quarantined record (English, safe to log: never a value of the record). The server
writes them, the desktop words them in the user's language by these beginnings, so both sides
share this one list. The values are stored (outbox ``reason``) and sent: never change them."""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "CONFLICT",
    "DAMAGED",
    "OTHER_SITE",
    "REFUSED",
    "SCHEMA",
    "SERVER",
    "TOO_LARGE",
    "QuarantineReason",
    "ServerReason",
]


class ServerReason(StrEnum):
    """The server's reasons (``RecordResult.reason``)."""

    SCHEMA = "schema violation"  # followed by ": <field>: <what is wrong>"
    OTHER_SITE = "this record id belongs to another site"
    CONFLICT = "same record id and revision with different content"


class QuarantineReason(StrEnum):
    """Quarantine reasons stored on the laptop (beginnings: some are followed by more text)."""

    SERVER = "server: "  # the server's own reason follows
    TOO_LARGE = "server: the record is too large for the server (HTTP 413)"
    REFUSED = "server refused the record"  # a whole batch was refused (400/422); " (<why>)" follows
    DAMAGED = "the queued payload does not match its frozen hash (damaged locally)"


SCHEMA = ServerReason.SCHEMA
OTHER_SITE = ServerReason.OTHER_SITE
CONFLICT = ServerReason.CONFLICT
SERVER = QuarantineReason.SERVER
TOO_LARGE = QuarantineReason.TOO_LARGE
REFUSED = QuarantineReason.REFUSED
DAMAGED = QuarantineReason.DAMAGED
