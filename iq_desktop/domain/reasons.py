"""Why a record was refused: the beginnings of the reasons the server gives and the sync module
stores with a quarantined record (English, safe to log: never a value of the record). The server
writes them, the desktop words them in the user's language by these beginnings, so both sides
share this one list."""

from __future__ import annotations

# --- the server's reasons (``RecordResult.reason``) ------------------------------------------------
SCHEMA = "schema violation"  # followed by ": <field>: <what is wrong>"
OTHER_SITE = "this record id belongs to another site"
CONFLICT = "same record id and revision with different content"

# --- quarantine reasons stored on the laptop ----------------------------------------------------
SERVER = "server: "  # the server's own reason follows
TOO_LARGE = SERVER + "the record is too large for the server (HTTP 413)"
REFUSED = "server refused the record"  # a whole batch was refused (400/422); " (<why>)" follows
DAMAGED = "the queued payload does not match its frozen hash (damaged locally)"
