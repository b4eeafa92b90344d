"""Schema v4: the session-state insert trigger is skipped for bulk outbox inserts through a flag row
(``outbox_bulk``) instead of being dropped and re-created. Vaults at v1..v3 are upgraded in place (to v4:
``counselling_session.sync_state`` equals the state of the session's latest outbox revision, NULL when
never queued). The triggers and the flag stay in later schemas, so the store-level tests below (outbox
rows of type ``session`` written through the repository, on a vault of this release whose outbox is
filled again after the upgrade) check that the state follows them after every commit; a rollback leaves
everything as before; the flag is never left on after a commit, a rollback or a ``kill -9``. (Since v5
the services queue no per-record rows: see tests/store/test_migrations.py.)"""

from __future__ import annotations

import json
import os
import select
import signal
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from pydantic import BaseModel

from iq_desktop.crypto import TEST_KDF
from iq_desktop.domain.codes import RecordType
from iq_desktop.domain.records import CounsellingSession
from iq_desktop.domain.wire import CellValue, ContributionPayload, RetractionPayload
from iq_desktop.services import vault as V
from iq_desktop.store import Store
from iq_desktop.store.engine import connect_raw
from iq_desktop.store.migrations import SCHEMA_VERSION, migrate
from iq_desktop.store.outbox_repo import BULK_WITHOUT_TRIGGER, _insert_without_state_trigger
from tests.conftest import PASSPHRASE, USER

STAMP = f"{date.today()} 08:00:00.000000"
#: (session id, its outbox revisions' states, oldest first) in the old vault
OLD_SESSIONS = {
    "s-sent": ["sent"],
    "s-pending": ["sent", "pending"],
    "s-quarantined": ["quarantined"],
    "s-superseded": ["superseded", "pending"],
    "s-never": [],
}
_TRIGGER = "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'outbox_session_state_insert'"
PAYLOAD = ContributionPayload(period="2024-Q1", cells={"initial.total": CellValue(n=1, k=0)})
OTHER_PAYLOAD = ContributionPayload(period="2024-Q1", cells={"initial.total": CellValue(n=2, k=0)})


def _save_session(vault: V.Vault, session: CounsellingSession) -> CounsellingSession:
    """A session and its outbox row in one unit of work, through the repositories (the single path)."""
    with vault._uow() as uow:
        uow.sessions.insert_if_new(session)
        uow.outbox.enqueue(session.id, RecordType.SESSION, PAYLOAD)
    return session


def _save_sessions(vault: V.Vault, sessions: list[CounsellingSession]) -> int:
    """The bulk path of the repositories: sessions written pending, their outbox rows added in bulk."""
    with vault._uow() as uow:
        if any(not uow.clients.exists(s.client_id) for s in {s.client_id: s for s in sessions}.values()):
            raise V.IQError("a session of a person not in the vault")
        uow.sessions.insert_many(sessions, sync_state="pending")
        uow.outbox.add_new([(s.id, "session", PAYLOAD) for s in sessions])
    return len(sessions)


def _sql(db: Any, statement: str, params: tuple[Any, ...] = ()) -> Any:
    """A statement on a raw driver connection or through a unit of work's connection."""
    run = getattr(db, "exec_driver_sql", None) or db.execute
    return run(statement, params)


def _fill_old_vault(db: Any) -> None:
    """The rows an older release wrote (with its own DDL: no ``sync_state`` before v3)."""
    _sql(
        db,
        "INSERT INTO client (id, first_name, last_name, gender, phone, email, postcode, nationality, "
        "qualification_country, residence_status, german_level, qualification_level, notes, search_name, "
        "created_at, updated_at) VALUES ('c-1', 'Old', 'Timer', 'female', '', '', '', 'SY', 'SY', 'unknown', "
        "'B1', 'academic', '', 'timer old', ?, ?)",
        (STAMP, STAMP),
    )
    for day, (sid, states) in enumerate(OLD_SESSIONS.items(), start=1):
        _sql(
            db,
            "INSERT INTO counselling_session (id, client_id, date, kind, topics, outcomes, duration_minutes, "
            "site_id, counsellor, channel, language, interpreter, referred_by, notes, created_at, updated_at) "
            "VALUES (?, 'c-1', ?, ?, 1, 0, 60, 'S', 'u', 'in_person', 'de', 0, 'self', '', ?, ?)",
            (sid, f"2024-01-0{day}", "initial" if day == 1 else "follow_up", STAMP, STAMP),
        )
        for revision, state in enumerate(states, start=1):
            _sql(
                db,
                "INSERT INTO outbox (record_id, record_type, revision, payload, payload_hash, schema_version, "
                "state, enqueued_at) VALUES (?, 'session', ?, '{}', ?, 1, ?, ?)",
                (sid, revision, f"h{revision}", state, STAMP),
            )
    _sql(
        db,
        "INSERT INTO outbox (record_id, record_type, revision, payload, payload_hash, schema_version, state, "
        "enqueued_at) VALUES ('e-1', 'event', 1, '{}', 'h', 1, 'pending', ?)",
        (STAMP,),
    )


def _old_vault(data_dir: Path, schema: int) -> bytes:
    """A vault as the release with schema ``schema`` left it (built by the frozen migration steps);
    returns its data key."""
    vault, _ = V.create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    key = vault._require_unlocked().data_key
    vault.lock()
    (data_dir / "vault.db").unlink()
    old = Store.create(data_dir / "vault.db", key, schema=schema)
    assert old.schema_version() == schema
    with old.uow() as uow:
        _fill_old_vault(uow.connection)
    old.close()
    return bytes(key)


def _refill_outbox(vault: V.Vault) -> None:
    """The old outbox rows again (v5 deleted them) and the sessions' states from them, as at v4."""
    with vault._uow() as uow:
        for sid, states in OLD_SESSIONS.items():
            for revision, state in enumerate(states, start=1):
                _sql(
                    uow.connection,
                    "INSERT INTO outbox (record_id, record_type, revision, payload, payload_hash, schema_version, "
                    "state, enqueued_at) VALUES (?, 'session', ?, '{}', ?, 2, ?, ?)",
                    (sid, revision, f"h{revision}", state, STAMP),
                )
        _sql(
            uow.connection,
            "UPDATE counselling_session SET sync_state = (SELECT o.state FROM outbox o "
            "WHERE o.record_id = counselling_session.id ORDER BY o.revision DESC LIMIT 1)",
        )


def _mismatches(vault: V.Vault) -> list[tuple[str, str | None, str | None]]:
    """Sessions whose ``sync_state`` is not the state of their latest outbox revision."""
    with vault._uow(readonly=True) as uow:
        rows = uow.connection.exec_driver_sql(
            "SELECT s.id, s.sync_state, (SELECT o.state FROM outbox o WHERE o.record_id = s.id "
            "ORDER BY o.revision DESC LIMIT 1) FROM counselling_session s"
        ).fetchall()
    return [(sid, column, truth) for sid, column, truth in rows if column != truth]


def _flag_rows(vault: V.Vault) -> list[tuple[int, int | None]]:
    with vault._uow(readonly=True) as uow:
        return [tuple(r) for r in uow.connection.exec_driver_sql("SELECT id, active FROM outbox_bulk").fetchall()]


def _assert_invariant(vault: V.Vault) -> None:
    assert _mismatches(vault) == []
    assert _flag_rows(vault) == [(0, None)], "the bulk flag must be off after every commit and rollback"


def _snapshot(vault: V.Vault) -> tuple[Any, ...]:
    with vault._uow(readonly=True) as uow:
        sql = uow.connection.exec_driver_sql
        return (
            sql("SELECT id, sync_state FROM counselling_session ORDER BY id").fetchall(),
            sql("SELECT id, record_id, revision, state FROM outbox ORDER BY id").fetchall(),
            sql("SELECT id, active FROM outbox_bulk").fetchall(),
        )


def _states(vault: V.Vault, ids: list[str]) -> dict[str, str | None]:
    with vault._uow(readonly=True) as uow:
        rows = uow.connection.exec_driver_sql(
            "SELECT id, sync_state FROM counselling_session WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),),
        ).fetchall()
    return dict(rows)


def _fresh_trigger_sql(tmp_path: Path) -> str:
    conn = connect_raw(tmp_path / "fresh.db", os.urandom(32), create=True)
    try:
        migrate(conn)
        return str(conn.execute(_TRIGGER).fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def upgraded(data_dir: Path) -> Iterator[V.Vault]:
    """A v3 vault with sessions in every sync state, opened (and so upgraded) by this release, its
    outbox filled again as the old release left it."""
    _old_vault(data_dir, 3)
    vault = V.open_vault(data_dir, USER, PASSPHRASE)
    _refill_outbox(vault)
    try:
        yield vault
    finally:
        vault.lock()


@pytest.mark.parametrize("schema", [1, 2, 3])
def test_old_vault_is_upgraded_in_place(data_dir: Path, tmp_path: Path, schema: int) -> None:
    key = _old_vault(data_dir, schema)
    raw = connect_raw(data_dir / "vault.db", key)
    try:  # to v4 first: the states follow the outbox
        migrate(raw, upto=4)
        rows = dict(raw.execute("SELECT id, sync_state FROM counselling_session").fetchall())
        assert rows == {sid: (states[-1] if states else None) for sid, states in OLD_SESSIONS.items()}
        assert raw.execute("SELECT id, active FROM outbox_bulk").fetchall() == [(0, None)]
    finally:
        raw.close()
    vault = V.open_vault(data_dir, USER, PASSPHRASE)  # then on to this release (v5: every session waits)
    try:
        assert SCHEMA_VERSION >= 5
        assert vault.store.schema_version() == SCHEMA_VERSION
        assert _flag_rows(vault) == [(0, None)]
        assert _states(vault, list(OLD_SESSIONS)) == dict.fromkeys(OLD_SESSIONS, "pending")
        with vault._uow(readonly=True) as uow:
            trigger = uow.connection.exec_driver_sql(_TRIGGER).scalar()
        assert trigger == _fresh_trigger_sql(tmp_path)  # the same trigger as in a vault made by this release
        assert "outbox_bulk" in str(trigger)
        assert vault.store.integrity_check() == []
    finally:
        vault.lock()


def test_a_failed_v4_step_leaves_the_v3_vault_as_it_was(tmp_path: Path) -> None:
    conn = connect_raw(tmp_path / "v.db", os.urandom(32), create=True)
    try:
        migrate(conn, upto=3)
        before = conn.execute(_TRIGGER).fetchone()[0]
        conn.execute("CREATE TABLE outbox_bulk (x)")  # makes step 4 fail
        with pytest.raises(sqlcipher3.dbapi2.OperationalError):
            migrate(conn)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
        assert conn.execute(_TRIGGER).fetchone()[0] == before
    finally:
        conn.close()


def test_single_inserts_updates_and_deletes_keep_the_state(upgraded: V.Vault) -> None:
    vault = upgraded
    # single inserts: a new session, and a new revision of a never-queued one (NULL -> pending)
    new = _save_session(vault, CounsellingSession("c-1", date(2024, 2, 1), site_id="S", counsellor="u"))
    _assert_invariant(vault)
    with vault._uow() as uow:
        client = uow.clients.get("c-1")
        session = uow.sessions.get("s-never")
        assert client is not None and session is not None
        uow.outbox.enqueue("s-never", RecordType.SESSION, PAYLOAD)
    assert _states(vault, [new.id, "s-never"]) == {new.id: "pending", "s-never": "pending"}
    _assert_invariant(vault)
    # updates: sent, quarantined, superseded, requeued
    with vault._uow() as uow:
        uow.outbox.mark_sent(new.id, 1)
        uow.outbox.mark_quarantined("s-pending", 2, "rejected")
        uow.outbox.mark_superseded("s-never", 1)
        assert uow.outbox.requeue(["s-sent"]) == 1
    assert _states(vault, [new.id, "s-pending", "s-never", "s-sent"]) == {
        new.id: "sent", "s-pending": "quarantined", "s-never": "superseded", "s-sent": "pending"
    }  # fmt: skip
    _assert_invariant(vault)
    # deletes: the latest revision goes (state of the one before), or every revision goes (NULL)
    with vault._uow() as uow:
        uow.connection.exec_driver_sql("DELETE FROM outbox WHERE record_id = 's-pending' AND revision = 2")
        assert uow.outbox.drop_unsent("s-quarantined") == 1
    assert _states(vault, ["s-pending", "s-quarantined"]) == {"s-pending": "sent", "s-quarantined": None}
    _assert_invariant(vault)
    with vault._uow() as uow:  # sent: a retraction is queued
        uow.sessions.delete(new.id)
        uow.outbox.enqueue(new.id, RecordType.SESSION, RetractionPayload())
    _assert_invariant(vault)
    assert vault.store.integrity_check() == []


def test_bulk_inserts_keep_the_state(upgraded: V.Vault) -> None:
    vault = upgraded
    # through the import path: sessions written as pending, then queued in bulk (with the flag)
    n = BULK_WITHOUT_TRIGGER + 5
    imported = [CounsellingSession("c-1", date(2024, 3, 1 + i % 28), site_id="S", counsellor="u") for i in range(n)]
    assert _save_sessions(vault, imported) == n
    _assert_invariant(vault)
    assert set(_states(vault, [s.id for s in imported]).values()) == {"pending"}
    # the repository directly: never-queued sessions (NULL), new sessions written without a state, and
    # sessions with history (which take the one-by-one path inside the same call)
    with vault._uow() as uow:
        client = uow.clients.get("c-1")
        assert client is not None
        plain = [CounsellingSession("c-1", date(2024, 4, 1 + i % 28), site_id="S", counsellor="u") for i in range(n)]
        uow.sessions.insert_many(plain)
        queue: list[tuple[str, str, BaseModel]] = [(s.id, "session", PAYLOAD) for s in plain]
        for sid in ("s-never", "s-sent", "s-quarantined"):
            session = uow.sessions.get(sid)
            assert session is not None
            queue.append((sid, "session", PAYLOAD))
        queue.append(("e-2", "event", RetractionPayload()))  # not a session: no session row to touch
        uow.outbox.add_new(queue)
    _assert_invariant(vault)
    assert set(_states(vault, [s.id for s in plain]).values()) == {"pending"}
    assert _states(vault, ["s-never", "s-sent", "s-quarantined", "s-superseded"]) == dict.fromkeys(
        ["s-never", "s-sent", "s-quarantined", "s-superseded"], "pending"
    )
    # a small batch (below the threshold) takes the trigger path
    few = [CounsellingSession("c-1", date(2024, 5, 1 + i), site_id="S", counsellor="u") for i in range(3)]
    assert _save_sessions(vault, few) == 3
    _assert_invariant(vault)
    # and the trigger works again for single saves after a bulk insert
    _save_session(vault, CounsellingSession("c-1", date(2024, 6, 1), site_id="S", counsellor="u"))
    _assert_invariant(vault)
    assert vault.store.integrity_check() == []


def test_rolled_back_bulk_inserts_leave_everything_as_before(upgraded: V.Vault) -> None:
    vault = upgraded
    before = _snapshot(vault)
    n = BULK_WITHOUT_TRIGGER
    # 1) the bulk insert succeeds, something later in the unit of work fails
    with pytest.raises(RuntimeError, match="later"), vault._uow() as uow:
        client = uow.clients.get("c-1")
        assert client is not None
        more = [CounsellingSession("c-1", date(2024, 7, 1 + i % 28), site_id="S", counsellor="u") for i in range(n)]
        uow.sessions.insert_many(more)
        uow.outbox.add_new([(s.id, "session", PAYLOAD) for s in more])
        raise RuntimeError("later")
    assert _snapshot(vault) == before
    _assert_invariant(vault)
    # 2) the bulk insert itself fails half-way (the same record twice: unique (record_id, revision))
    with pytest.raises(Exception, match="UNIQUE"), vault._uow() as uow:
        client = uow.clients.get("c-1")
        assert client is not None
        more = [CounsellingSession("c-1", date(2024, 8, 1 + i % 28), site_id="S", counsellor="u") for i in range(n)]
        uow.sessions.insert_many(more)
        rows: list[tuple[str, str, BaseModel]] = [(s.id, "session", PAYLOAD) for s in more]
        uow.outbox.add_new(rows + rows[-1:])
    assert _snapshot(vault) == before
    _assert_invariant(vault)
    # 3) the import path refuses as a whole (a session of a person not in the vault, after a big batch)
    sessions = [CounsellingSession("c-1", date(2024, 9, 1 + i % 28), site_id="S", counsellor="u") for i in range(n)]
    with pytest.raises(V.IQError):
        _save_sessions(vault, [*sessions, CounsellingSession("nobody", date(2024, 9, 1))])
    assert _snapshot(vault) == before
    _assert_invariant(vault)


def test_a_commit_with_the_flag_left_on_is_refused(upgraded: V.Vault) -> None:
    """The guard: whatever code leaves the flag on, its transaction cannot commit (SQLite keeps it
    open for a rollback). On a connection of its own, as the vault's connections are configured."""
    vault = upgraded
    before = _snapshot(vault)
    db = connect_raw(vault.store.db_path, vault._require_unlocked().data_key)
    try:
        db.execute("BEGIN IMMEDIATE")
        db.execute("UPDATE outbox_bulk SET active = 1 WHERE id = 0")
        db.execute("UPDATE counselling_session SET sync_state = 'sent'")
        with pytest.raises(sqlcipher3.dbapi2.IntegrityError, match="FOREIGN KEY"):
            db.execute("COMMIT")
        assert db.in_transaction
        db.execute("ROLLBACK")
        # nor can the flag take another value, nor a second row appear
        for statement in ("UPDATE outbox_bulk SET active = 2", "INSERT INTO outbox_bulk VALUES (1, NULL)"):
            with pytest.raises(sqlcipher3.dbapi2.IntegrityError, match="CHECK"):
                db.execute(statement)
    finally:
        db.close()
    assert _snapshot(vault) == before
    _assert_invariant(vault)


def test_a_unit_of_work_that_leaves_the_flag_on_fails_and_rolls_back(upgraded: V.Vault) -> None:
    vault = upgraded
    before = _snapshot(vault)
    with pytest.raises(Exception, match="FOREIGN KEY"), vault._uow() as uow:
        uow.connection.exec_driver_sql("UPDATE outbox_bulk SET active = 1 WHERE id = 0")
        uow.sessions.insert_many([CounsellingSession("c-1", date(2024, 10, 1), site_id="S", counsellor="u")])
    for _ in range(4):  # every pooled connection is usable again, none still holds the transaction
        assert _snapshot(vault) == before
    _save_session(vault, CounsellingSession("c-1", date(2024, 10, 2), site_id="S", counsellor="u"))
    _assert_invariant(vault)


def test_flag_is_on_only_while_the_bulk_rows_go_in(upgraded: V.Vault) -> None:
    """The flag is on exactly while the bulk rows go in, and off again before the caller continues;
    other connections never see it on (they read committed data only)."""
    vault = upgraded
    seen: list[Any] = []
    with vault._uow() as uow:
        conn = uow.connection

        def insert() -> None:
            seen.append(conn.exec_driver_sql("SELECT active FROM outbox_bulk").scalar())
            with vault._uow(readonly=True) as reader:  # another connection, meanwhile
                seen.append(reader.connection.exec_driver_sql("SELECT active FROM outbox_bulk").scalar())

        _insert_without_state_trigger(conn, insert)
        seen.append(conn.exec_driver_sql("SELECT active FROM outbox_bulk").scalar())
    assert seen == [1, None, None]
    _assert_invariant(vault)


def _child_dies_in_bulk(data_dir: Path, fd: int) -> None:
    """Open the vault, start a bulk outbox insert big enough to spill uncommitted pages into the WAL,
    and say so while the flag is on; the parent kills this process there."""
    vault = V.open_vault(data_dir, USER, PASSPHRASE)
    with vault._uow() as uow:
        conn = uow.connection
        conn.exec_driver_sql("PRAGMA cache_size = 20")  # pages spill into the WAL before any commit
        client = uow.clients.get("c-1")
        assert client is not None
        more = [CounsellingSession("c-1", date(2024, 11, 1 + i % 28), site_id="S", counsellor="u") for i in range(3000)]
        uow.sessions.insert_many(more)
        rows = [(s.id, "session", s.id, "h", 1, "pending", STAMP) for s in more]

        def insert() -> None:
            conn.exec_driver_sql(
                "INSERT INTO outbox (record_id, record_type, payload, payload_hash, schema_version, state, "
                "enqueued_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
                rows,
            )
            os.write(fd, b"flag on\n")
            select.select([], [], [], 60)  # wait to be killed

        _insert_without_state_trigger(conn, insert)


def test_kill9_during_a_bulk_insert_leaves_the_flag_off(data_dir: Path) -> None:
    _old_vault(data_dir, 3)
    vault = V.open_vault(data_dir, USER, PASSPHRASE)  # upgrade first, then the child writes
    _refill_outbox(vault)
    vault.lock()
    vault = V.open_vault(data_dir, USER, PASSPHRASE)
    before = _snapshot(vault)
    vault.lock()
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        try:
            os.close(read_fd)
            _child_dies_in_bulk(data_dir, write_fd)
        finally:
            os._exit(3)
    os.close(write_fd)
    ready, _, _ = select.select([read_fd], [], [], 120)
    said = os.read(read_fd, 100) if ready else b""
    wal = (data_dir / "vault.db-wal").stat().st_size if (data_dir / "vault.db-wal").exists() else 0
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    os.close(read_fd)
    assert said == b"flag on\n", "the child did not reach the bulk insert"
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    assert wal > 0  # uncommitted pages (among them the flag's) were on disk when it died
    vault = V.open_vault(data_dir, USER, PASSPHRASE)
    try:
        assert _snapshot(vault) == before
        _assert_invariant(vault)
        assert vault.store.integrity_check() == []
        _save_session(vault, CounsellingSession("c-1", date(2024, 12, 1), site_id="S", counsellor="u"))
        _assert_invariant(vault)
    finally:
        vault.lock()
