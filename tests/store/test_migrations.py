"""Schema migrations: a vault made by the first release (schema v1) opens and is upgraded; the
migrated schema matches the table models; the audit log is append-only."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import create_engine

from iq_desktop.crypto import TEST_KDF
from iq_desktop.domain.records import CounsellingSession
from iq_desktop.services import records as R
from iq_desktop.services import vault as V
from iq_desktop.store import Store
from iq_desktop.store.engine import connect_raw
from iq_desktop.store.migrations import SCHEMA_VERSION, NewerVault, migrate
from iq_desktop.store.schema import METADATA
from tests.conftest import PASSPHRASE, USER


def _schema(conn: sqlcipher3.dbapi2.Connection | object) -> dict[str, object]:
    db = conn
    out: dict[str, object] = {}
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").fetchall():  # type: ignore[attr-defined]
        cols = db.execute(f"PRAGMA table_info('{name}')").fetchall()  # type: ignore[attr-defined]
        out[name] = sorted((c[1], c[2].upper(), bool(c[3]), c[5]) for c in cols)
        idx = db.execute(f"PRAGMA index_list('{name}')").fetchall()  # type: ignore[attr-defined]
        for i in idx:
            if not i[1].startswith("sqlite_autoindex"):
                out[f"index {i[1]}"] = [r[2] for r in db.execute(f"PRAGMA index_info('{i[1]}')").fetchall()]  # type: ignore[attr-defined]
    return out


def test_migrated_schema_matches_models(tmp_path: Path) -> None:
    key = os.urandom(32)
    migrated = connect_raw(tmp_path / "m.db", key, create=True)
    migrate(migrated)
    modelled = sqlcipher3.connect(str(tmp_path / "plain.db"))
    engine = create_engine("sqlite://", creator=lambda: modelled, module=sqlcipher3.dbapi2)
    METADATA.create_all(engine)
    assert _schema(migrated) == _schema(modelled)
    assert migrated.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_vault_from_first_release_opens_and_is_upgraded(data_dir: Path) -> None:
    # a vault as the first release made it: schema v1 only (no draft table, no outbox state index)
    vault, _ = V.create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    key = vault._require_unlocked().data_key
    vault.lock()
    (data_dir / "vault.db").unlink()
    old = Store.create(data_dir / "vault.db", key, schema=1)
    assert old.schema_version() == 1
    with old.uow() as uow:
        tables = {r[0] for r in uow.connection.exec_driver_sql("SELECT name FROM sqlite_master").fetchall()}
        assert "draft" not in tables and "ix_outbox_state" not in tables
        uow.connection.exec_driver_sql(
            "INSERT INTO client (id, first_name, last_name, gender, phone, email, postcode, nationality, "
            "qualification_country, residence_status, german_level, qualification_level, notes, search_name, "
            "created_at, updated_at) VALUES ('c-1', 'Old', 'Timer', 'female', '', '', '', 'SY', 'SY', 'unknown', "
            "'B1', 'academic', '', 'timer old', ?, ?)",
            (f"{date.today()} 08:00:00.000000",) * 2,
        )
    old.close()

    vault = V.open_vault(data_dir, USER, PASSPHRASE)
    assert vault.store.schema_version() == SCHEMA_VERSION
    client = R.get_client(vault, "c-1")
    assert client is not None and client.first_name == "Old"
    assert [r.id for r in R.find_clients(vault, "timer")] == ["c-1"]
    R.save_session(vault, CounsellingSession("c-1", date(2024, 1, 1)))
    with vault._uow() as uow:
        uow.drafts.put("client", "", '{"first_name": "half typed"}')
    assert vault.store.integrity_check() == []
    vault.lock()


def test_vault_from_a_newer_release_is_refused(data_dir: Path) -> None:
    vault, _ = V.create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    key = vault._require_unlocked().data_key
    vault.lock()
    raw = connect_raw(data_dir / "vault.db", key)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(V.IQError, match="newer version"):
        V.open_vault(data_dir, USER, PASSPHRASE)
    with pytest.raises(NewerVault):
        Store.open(data_dir / "vault.db", key)


def test_failed_migration_rolls_back(tmp_path: Path) -> None:
    key = os.urandom(32)
    conn = connect_raw(tmp_path / "v.db", key, create=True)
    migrate(conn, upto=1)
    conn.execute("CREATE TABLE draft (x)")  # makes step 2 fail
    with pytest.raises(sqlcipher3.dbapi2.OperationalError):
        migrate(conn)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'ix_outbox_state'").fetchone()[0] == 0
    conn.close()


def test_audit_log_is_append_only(vault: V.Vault) -> None:
    vault.audit("export", detail="csv")
    for statement in ("UPDATE audit SET detail = 'x'", "DELETE FROM audit"):
        with pytest.raises(Exception, match="append-only"), vault._uow() as uow:
            uow.connection.exec_driver_sql(statement)
    with vault._uow(readonly=True) as uow:
        assert uow.audit.count("export") == 1
    with pytest.raises(ValueError):
        vault.audit("made-up-action")


def test_vault_from_schema_2_gets_sync_state_and_attempted(data_dir: Path) -> None:
    """v2 -> v3: the sessions' sync state column is filled from the outbox, then kept by triggers."""
    vault, _ = V.create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    key = vault._require_unlocked().data_key
    vault.lock()
    (data_dir / "vault.db").unlink()
    old = Store.create(data_dir / "vault.db", key, schema=2)
    stamp = f"{date.today()} 08:00:00.000000"
    with old.uow() as uow:
        sql = uow.connection.exec_driver_sql
        sql(
            "INSERT INTO client (id, first_name, last_name, gender, phone, email, postcode, nationality, "
            "qualification_country, residence_status, german_level, qualification_level, notes, search_name, "
            "created_at, updated_at) VALUES ('c-1', 'Old', 'Timer', 'female', '', '', '', 'SY', 'SY', 'unknown', "
            "'B1', 'academic', '', 'timer old', ?, ?)",
            (stamp, stamp),
        )
        for sid, day in (("s-sent", 1), ("s-pending", 2), ("s-never", 3)):
            sql(
                "INSERT INTO counselling_session (id, client_id, date, kind, topics, outcomes, duration_minutes, "
                "site_id, counsellor, channel, language, interpreter, referred_by, notes, created_at, updated_at) "
                "VALUES (?, 'c-1', ?, 'initial', 1, 0, 60, 'S', 'u', 'in_person', 'de', 0, 'self', '', ?, ?)",
                (sid, f"2024-01-0{day}", stamp, stamp),
            )
        for sid, rev, state in (("s-sent", 1, "sent"), ("s-pending", 1, "sent"), ("s-pending", 2, "pending")):
            sql(
                "INSERT INTO outbox (record_id, record_type, revision, payload, payload_hash, schema_version, "
                "state, enqueued_at) VALUES (?, 'session', ?, '{}', 'h', 1, ?, ?)",
                (sid, rev, state, stamp),
            )
    old.close()

    vault = V.open_vault(data_dir, USER, PASSPHRASE)
    try:
        assert vault.store.schema_version() == SCHEMA_VERSION
        rows = R.list_sessions(vault, newest_first=False)
        assert [(r.id, r.sync_state) for r in rows] == [
            ("s-sent", "sent"),
            ("s-pending", "pending"),
            ("s-never", "not_queued"),
        ]
        assert [R.count_sessions(vault, sync_state=s) for s in ("sent", "pending", "not_queued")] == [1, 1, 1]
        with vault._uow() as uow:
            uow.outbox.mark_sent("s-pending", 2)
            uow.outbox.mark_attempted([("s-sent", 1)])
            assert uow.outbox.ever_sent("s-sent")
        assert R.count_sessions(vault, sync_state="sent") == 2
        assert vault.store.integrity_check() == []
    finally:
        vault.lock()
