"""Schema migrations, keyed by ``PRAGMA user_version``. Never edit a released step; append one.

Each step is frozen DDL (not derived from the current models), so a vault made by any earlier
release is brought up to date the same way. All pending steps run in one transaction on open.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

import sqlcipher3

from iq_desktop.store.errors import StoreError

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "NewerVault", "migrate", "schema_version"]


class Script(Protocol):
    def executescript(self, script: str, /) -> Any: ...


Step = Callable[[Script], None]


def _v1(db: Script) -> None:
    """First release: records, outbox, acknowledgements, audit log, settings."""
    db.executescript(
        """
        CREATE TABLE client (
            id VARCHAR NOT NULL PRIMARY KEY,
            first_name VARCHAR NOT NULL,
            last_name VARCHAR NOT NULL,
            birth_date DATE,
            gender VARCHAR NOT NULL,
            phone VARCHAR NOT NULL,
            email VARCHAR NOT NULL,
            postcode VARCHAR NOT NULL,
            nationality VARCHAR NOT NULL,
            qualification_country VARCHAR NOT NULL,
            arrival_year INTEGER,
            residence_status VARCHAR NOT NULL,
            german_level VARCHAR NOT NULL,
            qualification_level VARCHAR NOT NULL,
            occupation_code VARCHAR,
            regulated_profession BOOLEAN,
            consent_date DATE,
            consent_scope VARCHAR,
            notes VARCHAR NOT NULL,
            search_name VARCHAR NOT NULL,
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL
        );
        CREATE INDEX ix_client_search_name ON client (search_name);

        CREATE TABLE counselling_session (
            id VARCHAR NOT NULL PRIMARY KEY,
            client_id VARCHAR NOT NULL REFERENCES client (id),
            date DATE NOT NULL,
            kind VARCHAR NOT NULL,
            topics INTEGER NOT NULL,
            outcomes INTEGER NOT NULL,
            duration_minutes INTEGER NOT NULL,
            site_id VARCHAR NOT NULL,
            counsellor VARCHAR NOT NULL,
            channel VARCHAR NOT NULL,
            language VARCHAR NOT NULL,
            interpreter BOOLEAN NOT NULL,
            referred_by VARCHAR NOT NULL,
            next_appointment DATE,
            notes VARCHAR NOT NULL,
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL
        );
        CREATE INDEX ix_session_date ON counselling_session (date, id);
        CREATE INDEX ix_session_client ON counselling_session (client_id, date);

        CREATE TABLE training (
            id VARCHAR NOT NULL PRIMARY KEY,
            client_id VARCHAR NOT NULL REFERENCES client (id),
            start DATE NOT NULL,
            "end" DATE,
            format VARCHAR NOT NULL,
            training_type VARCHAR NOT NULL,
            status VARCHAR NOT NULL,
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL
        );
        CREATE INDEX ix_training_client ON training (client_id, start);

        CREATE TABLE event (
            id VARCHAR NOT NULL PRIMARY KEY,
            date DATE NOT NULL,
            format VARCHAR NOT NULL,
            audience VARCHAR NOT NULL,
            topic VARCHAR NOT NULL,
            participants INTEGER NOT NULL,
            site_id VARCHAR NOT NULL,
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL
        );
        CREATE INDEX ix_event_date ON event (date, id);

        CREATE TABLE outbox (
            id INTEGER NOT NULL PRIMARY KEY,
            record_id VARCHAR NOT NULL,
            record_type VARCHAR NOT NULL,
            revision INTEGER NOT NULL,
            payload VARCHAR NOT NULL,
            payload_hash VARCHAR NOT NULL,
            schema_version INTEGER NOT NULL,
            state VARCHAR NOT NULL,
            enqueued_at DATETIME NOT NULL,
            sent_at DATETIME,
            reason VARCHAR,
            CONSTRAINT uq_outbox_record_revision UNIQUE (record_id, revision)
        );

        CREATE TABLE sync_ack (
            record_id VARCHAR NOT NULL PRIMARY KEY,
            acked_revision INTEGER NOT NULL,
            acked_at DATETIME NOT NULL
        );

        CREATE TABLE audit (
            id INTEGER NOT NULL PRIMARY KEY,
            at DATETIME NOT NULL,
            user VARCHAR NOT NULL,
            action VARCHAR NOT NULL,
            record_type VARCHAR,
            record_id VARCHAR,
            detail VARCHAR NOT NULL
        );
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

        CREATE TABLE setting (
            "key" VARCHAR NOT NULL PRIMARY KEY,
            value VARCHAR NOT NULL
        );
        """
    )


def _v2(db: Script) -> None:
    """Form drafts (so a half-typed record survives a crash) and a faster pending-outbox scan."""
    db.executescript(
        """
        CREATE TABLE draft (
            kind VARCHAR NOT NULL,
            record_id VARCHAR NOT NULL,
            data VARCHAR NOT NULL,
            updated_at DATETIME NOT NULL,
            PRIMARY KEY (kind, record_id)
        );
        CREATE INDEX ix_outbox_state ON outbox (state, id);
        """
    )


def _v3(db: Script) -> None:
    """Each session's current sync state in one indexed column (``counselling_session.sync_state``, the
    state of its latest outbox revision, NULL when never queued), kept up to date by triggers in the
    same transaction as every outbox change (an inserted outbox row is always the record's latest
    revision; a session row inserted when its outbox history exists is set by ``OutboxRepository``);
    and ``outbox.attempted_at``: the revision was POSTed (it
    may be on the server even if the answer was lost)."""
    db.executescript(
        """
        ALTER TABLE outbox ADD COLUMN attempted_at DATETIME;
        ALTER TABLE counselling_session ADD COLUMN sync_state VARCHAR;
        UPDATE counselling_session SET sync_state = (
            SELECT o.state FROM outbox o WHERE o.record_id = counselling_session.id
            ORDER BY o.revision DESC LIMIT 1);
        CREATE INDEX ix_session_sync_state ON counselling_session (sync_state, date, id);
        CREATE TRIGGER outbox_session_state_insert AFTER INSERT ON outbox WHEN NEW.record_type = 'session'
        BEGIN
            UPDATE counselling_session SET sync_state = NEW.state
            WHERE id = NEW.record_id AND sync_state IS NOT NEW.state;
        END;
        CREATE TRIGGER outbox_session_state_update AFTER UPDATE OF state ON outbox
            WHEN NEW.record_type = 'session' AND NEW.state IS NOT OLD.state
        BEGIN
            UPDATE counselling_session SET sync_state = (
                SELECT o.state FROM outbox o WHERE o.record_id = NEW.record_id ORDER BY o.revision DESC LIMIT 1)
            WHERE id = NEW.record_id;
        END;
        CREATE TRIGGER outbox_session_state_delete AFTER DELETE ON outbox WHEN OLD.record_type = 'session'
        BEGIN
            UPDATE counselling_session SET sync_state = (
                SELECT o.state FROM outbox o WHERE o.record_id = OLD.record_id ORDER BY o.revision DESC LIMIT 1)
            WHERE id = OLD.record_id;
        END;
        """
    )


def _v4(db: Script) -> None:
    """Bulk outbox inserts skip the v3 insert trigger without DDL. ``outbox_bulk`` holds one row
    (id 0) whose ``active`` is NULL except inside a bulk insert's own transaction: the bulk path
    (``OutboxRepository.add_new``) sets it to 1, inserts, sets the new revisions' sessions' state in one
    statement and clears it again before the commit; a rollback clears it as well, and no other
    connection ever sees it set (one writer; readers see committed data only). While it is set the
    trigger's WHEN clause skips the row (a lookup in a one-row table instead of a session lookup). A
    trigger on a main table cannot read a TEMP table, hence a main table.

    Guard: ``active = 1`` is a dangling reference to ``outbox_bulk.id`` (the CHECK allows only the row
    0), and the reference is checked at COMMIT (``DEFERRABLE INITIALLY DEFERRED``, the vault's
    connections run with ``foreign_keys = ON``): a transaction that would commit with the flag left on
    fails instead. If the row were ever missing, the subquery is NULL and the trigger runs as before."""
    db.executescript(
        """
        CREATE TABLE outbox_bulk (
            id INTEGER NOT NULL PRIMARY KEY CHECK (id = 0),
            active INTEGER CHECK (active = 1) REFERENCES outbox_bulk (id) DEFERRABLE INITIALLY DEFERRED
        );
        INSERT INTO outbox_bulk (id, active) VALUES (0, NULL);
        DROP TRIGGER IF EXISTS outbox_session_state_insert;
        CREATE TRIGGER outbox_session_state_insert AFTER INSERT ON outbox
            WHEN NEW.record_type = 'session' AND (SELECT active FROM outbox_bulk WHERE id = 0) IS NULL
        BEGIN
            UPDATE counselling_session SET sync_state = NEW.state
            WHERE id = NEW.record_id AND sync_state IS NOT NEW.state;
        END;
        """
    )


def _v5(db: Script) -> None:
    """Job-training schemes (``scheme``; a participation's ``training.scheme_id``, NULL: the participation
    is its own individually tailored scheme) and the switch to aggregate contributions (wire schema v2).

    The outbox held one de-identified payload per record (schema v1), which no server takes any more:
    every outbox row and every acknowledgement goes (the triggers of v3 set the sessions' state to NULL
    meanwhile), and every session is ``pending`` again until a contribution holding it is acknowledged.
    ``scheme.provider`` is free text like ``notes`` (plain column; the whole file is SQLCipher)."""
    db.executescript(
        """
        CREATE TABLE scheme (
            id VARCHAR NOT NULL PRIMARY KEY,
            format VARCHAR NOT NULL,
            training_type VARCHAR NOT NULL,
            start DATE NOT NULL,
            provider VARCHAR NOT NULL,
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL
        );
        CREATE INDEX ix_scheme_start ON scheme (start, id);
        ALTER TABLE training ADD COLUMN scheme_id VARCHAR;
        CREATE INDEX ix_training_scheme ON training (scheme_id);
        DELETE FROM outbox;
        DELETE FROM sync_ack;
        UPDATE counselling_session SET sync_state = 'pending';
        """
    )


def _v6(db: Script) -> None:
    """Drafts belong to the user who typed them (``draft.user``; the primary key gains it): a
    counsellor's half-typed form is never offered to the next user who unlocks. Drafts from before have
    no known owner (``user`` = ''): nobody is offered them; retention removes them with the old drafts."""
    db.executescript(
        """
        CREATE TABLE draft_v6 (
            kind VARCHAR NOT NULL,
            record_id VARCHAR NOT NULL,
            user VARCHAR NOT NULL DEFAULT '',
            data VARCHAR NOT NULL,
            updated_at DATETIME NOT NULL,
            PRIMARY KEY (kind, record_id, user)
        );
        INSERT INTO draft_v6 (kind, record_id, user, data, updated_at)
            SELECT kind, record_id, '', data, updated_at FROM draft;
        DROP TABLE draft;
        ALTER TABLE draft_v6 RENAME TO draft;
        """
    )


def _v7(db: Script) -> None:
    """Issue 11: each feature adds its DDL in its own block below (one step shared by all)."""
    db.executescript(
        """
        -- anonymous clients
        ALTER TABLE client ADD COLUMN anonymous BOOLEAN NOT NULL DEFAULT 0;
        ALTER TABLE client ADD COLUMN pseudonym VARCHAR NOT NULL DEFAULT '';
        -- agenda
        ALTER TABLE counselling_session ADD COLUMN appointment_time VARCHAR;
        ALTER TABLE counselling_session ADD COLUMN appointment_place VARCHAR NOT NULL DEFAULT '';
        ALTER TABLE counselling_session ADD COLUMN recorded_by VARCHAR NOT NULL DEFAULT '';
        CREATE INDEX ix_session_next_appointment ON counselling_session (next_appointment, client_id, date);
        CREATE INDEX ix_session_further ON counselling_session (date, next_appointment, client_id, id)
            WHERE outcomes & 32 != 0;
        -- audit log viewer (users/audit)
        CREATE INDEX ix_audit_at ON audit (at, id);
        -- procedures (recognition procedures; laptop only, never in the outbox)
        CREATE TABLE procedure (
            id VARCHAR NOT NULL PRIMARY KEY,
            client_id VARCHAR NOT NULL REFERENCES client (id) ON DELETE CASCADE,
            occupation_code VARCHAR,
            regulated BOOLEAN,
            authority VARCHAR NOT NULL,
            applied DATE,
            documents_complete BOOLEAN NOT NULL,
            decision VARCHAR NOT NULL,
            decided DATE,
            compensation VARCHAR NOT NULL,
            training_id VARCHAR,
            grant_applied BOOLEAN NOT NULL,
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL
        );
        CREATE INDEX ix_procedure_client ON procedure (client_id, applied);
        CREATE INDEX ix_procedure_decision ON procedure (decision, applied);
        -- documents (stored inside the vault, in chunks of 1 MiB; erased with their client)
        CREATE TABLE document (
            id VARCHAR NOT NULL PRIMARY KEY,
            client_id VARCHAR NOT NULL REFERENCES client (id) ON DELETE CASCADE,
            procedure_id VARCHAR,
            kind VARCHAR NOT NULL,
            file_name VARCHAR NOT NULL,
            size INTEGER NOT NULL,
            sha256 VARCHAR NOT NULL,
            added_at DATETIME NOT NULL,
            added_by VARCHAR NOT NULL
        );
        CREATE INDEX ix_document_client ON document (client_id, added_at);
        CREATE INDEX ix_document_procedure ON document (procedure_id);
        CREATE TABLE document_chunk (
            document_id VARCHAR NOT NULL REFERENCES document (id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (document_id, seq)
        );
        """
    )


MIGRATIONS: Sequence[Step] = (_v1, _v2, _v3, _v4, _v5, _v6, _v7)
SCHEMA_VERSION = len(MIGRATIONS)


class NewerVault(StoreError):
    def __init__(self, found: int) -> None:
        super().__init__(
            f"This vault was written by a newer version of IQ Desktop (schema {found}, this version "
            f"knows {SCHEMA_VERSION}). Please update IQ Desktop."
        )


def schema_version(db: Any) -> int:
    row = db.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(db: Any, *, upto: int = SCHEMA_VERSION) -> int:
    """Bring the schema to ``upto`` (default: current) in one transaction; returns the old version.

    ``db`` is an autocommit-mode ``sqlcipher3`` connection. ``executescript`` would commit on its
    own, so each step's statements are split and run inside our explicit transaction.
    """
    found = schema_version(db)
    if found > SCHEMA_VERSION:
        raise NewerVault(found)
    if found >= upto:
        return found
    db.execute("BEGIN IMMEDIATE")
    try:
        for version in range(found + 1, upto + 1):
            MIGRATIONS[version - 1](_NoScript(db))
            db.execute(f"PRAGMA user_version = {version:d}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return found


class _NoScript:
    """Runs a step's script statement by statement (``executescript`` would COMMIT first)."""

    def __init__(self, db: Any) -> None:
        self._db = db

    def executescript(self, script: str) -> None:
        for statement in _split(script):
            self._db.execute(statement)


def _split(script: str) -> list[str]:
    """Split on ``;`` at statement ends, keeping trigger bodies (``BEGIN ... END;``) whole."""
    out: list[str] = []
    buf = ""
    for part in script.split(";"):
        buf += part + ";"
        if sqlcipher3.complete_statement(buf):
            if buf.strip(" \n;"):
                out.append(buf.strip())
            buf = ""
    if buf.strip(" \n;"):
        out.append(buf.strip())
    return out
