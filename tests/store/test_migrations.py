"""Schema migrations: a vault made by the first release (schema v1) opens and is upgraded; the
migrated schema matches the table models; the audit log is append-only."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from sqlalchemy import create_engine

from iq_desktop.crypto import TEST_KDF
from iq_desktop.domain.codes import TrainingFormat, TrainingType
from iq_desktop.domain.records import CounsellingSession, JobTrainingScheme
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
        uow.drafts.put("client", "", '{"first_name": "half typed"}', user=vault.user)
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

    raw = connect_raw(data_dir / "vault.db", key)  # the v3 step alone: states from the outbox
    try:
        migrate(raw, upto=4)
        rows = raw.execute("SELECT id, sync_state FROM counselling_session ORDER BY date").fetchall()
        assert rows == [("s-sent", "sent"), ("s-pending", "pending"), ("s-never", None)]
        assert raw.execute("SELECT count(*) FROM outbox WHERE attempted_at IS NULL").fetchone()[0] == 3
    finally:
        raw.close()
    vault = V.open_vault(data_dir, USER, PASSPHRASE)  # and on to this release (v5: every session waits)
    try:
        assert vault.store.schema_version() == SCHEMA_VERSION
        rows = R.list_sessions(vault, newest_first=False)
        assert [(r.id, r.sync_state) for r in rows] == [
            ("s-sent", "pending"),
            ("s-pending", "pending"),
            ("s-never", "pending"),
        ]
        assert vault.store.integrity_check() == []
    finally:
        vault.lock()


def _client_row(sql: Any, stamp: str) -> None:
    sql(
        "INSERT INTO client (id, first_name, last_name, gender, phone, email, postcode, nationality, "
        "qualification_country, residence_status, german_level, qualification_level, notes, search_name, "
        "created_at, updated_at) VALUES ('c-1', 'Old', 'Timer', 'female', '', '', '', 'SY', 'SY', 'unknown', "
        "'B1', 'academic', '', 'timer old', ?, ?)",
        (stamp, stamp),
    )


@pytest.mark.parametrize("schema", [1, 4])
def test_vault_before_schemes_is_upgraded_in_place_to_v5(data_dir: Path, schema: int) -> None:
    """v4 -> v5: the scheme table and ``training.scheme_id`` (NULL: its own individual scheme); the
    per-record outbox of schema v1 and every acknowledgement go; every session waits for a contribution."""
    vault, _ = V.create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    key = vault._require_unlocked().data_key
    vault.set_setting("retention_months", "24")
    settings_before = vault.settings()
    vault.lock()
    (data_dir / "vault.db").unlink()
    old = Store.create(data_dir / "vault.db", key, schema=schema)
    stamp = f"{date.today()} 08:00:00.000000"
    with old.uow() as uow:
        sql = uow.connection.exec_driver_sql
        _client_row(sql, stamp)
        for k, v in settings_before.items():
            sql("INSERT INTO setting (key, value) VALUES (?, ?)", (k, v))
        for sid, day in (("s-1", 1), ("s-2", 2)):
            sql(
                "INSERT INTO counselling_session (id, client_id, date, kind, topics, outcomes, duration_minutes, "
                "site_id, counsellor, channel, language, interpreter, referred_by, notes, created_at, updated_at) "
                "VALUES (?, 'c-1', ?, 'initial', 1, 0, 60, 'S', 'u', 'in_person', 'de', 0, 'self', '', ?, ?)",
                (sid, f"2024-01-0{day}", stamp, stamp),
            )
        sql(
            "INSERT INTO training (id, client_id, start, format, training_type, status, created_at, updated_at) "
            "VALUES ('t-1', 'c-1', '2024-02-01', 'course_based', 'bridge_training', 'ongoing', ?, ?)",
            (stamp, stamp),
        )
        for rid, rtype, state in (
            ("s-1", "session", "sent"),
            ("s-2", "session", "pending"),
            ("t-1", "training", "sent"),
        ):
            sql(
                "INSERT INTO outbox (record_id, record_type, revision, payload, payload_hash, schema_version, "
                "state, enqueued_at) VALUES (?, ?, 1, '{\"person\": {}}', 'h', 1, ?, ?)",
                (rid, rtype, state, stamp),
            )
        sql("INSERT INTO sync_ack (record_id, acked_revision, acked_at) VALUES ('s-1', 1, ?)", (stamp,))
        sql("INSERT INTO sync_ack (record_id, acked_revision, acked_at) VALUES ('t-1', 1, ?)", (stamp,))
    old.close()

    vault = V.open_vault(data_dir, USER, PASSPHRASE)
    try:
        assert vault.store.schema_version() == SCHEMA_VERSION >= 5
        with vault._uow(readonly=True) as uow:
            sql = uow.connection.exec_driver_sql
            assert sql("SELECT count(*) FROM outbox").scalar() == 0
            assert sql("SELECT count(*) FROM sync_ack").scalar() == 0
            assert uow.outbox.acked() == []
        assert R.outbox_summary(vault) == {"pending": 0, "sent": 0, "quarantined": 0, "superseded": 0}
        assert [(r.id, r.sync_state) for r in R.list_sessions(vault, newest_first=False)] == [
            ("s-1", "pending"),
            ("s-2", "pending"),
        ]
        training = R.get_training(vault, "t-1")
        assert training is not None and training.scheme_id is None  # its own individual scheme
        assert vault.get_setting("retention_months") == "24"
        assert R.list_schemes(vault) == []
        scheme = R.save_scheme(
            vault, JobTrainingScheme(TrainingFormat.COURSE_BASED, TrainingType.BRIDGE_TRAINING, date(2024, 2, 1))
        )
        training.scheme_id = scheme.id
        R.save_training(vault, training)
        assert R.get_training(vault, "t-1").scheme_id == scheme.id  # type: ignore[union-attr]
        assert vault.store.integrity_check() == []
    finally:
        vault.lock()


def test_a_failed_v5_step_leaves_the_v4_vault_as_it_was(tmp_path: Path) -> None:
    conn = connect_raw(tmp_path / "v.db", os.urandom(32), create=True)
    try:
        migrate(conn, upto=4)
        conn.execute(
            "INSERT INTO outbox (record_id, record_type, revision, payload, payload_hash, schema_version, state, "
            "enqueued_at) VALUES ('e-1', 'event', 1, '{}', 'h', 1, 'pending', '2024-01-01 00:00:00')"
        )
        conn.execute("CREATE TABLE scheme (x)")  # makes step 5 fail
        with pytest.raises(sqlcipher3.dbapi2.OperationalError):
            migrate(conn)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
        assert conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == 1
        columns = [r[1] for r in conn.execute("PRAGMA table_info('training')").fetchall()]
        assert "scheme_id" not in columns
    finally:
        conn.close()
