"""The published OpenAPI document, the migrations and the models agree."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from iq_server.api import openapi
from iq_server.db.engine import Database, begin_write
from iq_server.db.migrations import LATEST, SchemaError, _current, _v1, migrate
from iq_server.db.models import SQLModel
from tests.server.conftest import ROOT, PgSchemas, new_db_url, run_cli


def test_committed_openapi_matches_the_app() -> None:
    committed = json.loads((ROOT / "docs" / "api" / "openapi.json").read_text(encoding="utf-8"))
    assert committed == openapi.spec(), "regenerate: python -m iq_server.api.openapi > docs/api/openapi.json"


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_migrations_build_the_models_and_refuse_a_newer_schema(
    kind: str, tmp_path: Path, pg_schemas: PgSchemas
) -> None:
    db = new_db_url(kind, tmp_path, pg_schemas)
    database = Database.open(db)
    engine = database.engine
    assert migrate(database) == LATEST
    assert migrate(database) == LATEST  # idempotent
    insp = inspect(engine)
    for name, table in SQLModel.metadata.tables.items():
        assert {c["name"] for c in insp.get_columns(name)} == {c.name for c in table.columns}, name
    with begin_write(engine) as conn:
        conn.execute(text("INSERT INTO schema_version (version, applied_at) VALUES (999, CURRENT_TIMESTAMP)"))
    with pytest.raises(SchemaError):
        migrate(database)
    engine.dispose()
    out = run_cli(db, "site", "list", subprocess_=True)
    assert out.returncode == 1 and "newer than this iq-server" in out.stderr and "Traceback" not in out.stderr


def test_cli_admin_round_trip(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'admin.db'}"
    assert (
        run_cli(
            db, "site", "add", "BE-1", "--name", "Berlin 1", "--state", "DE-BE", "--network", "IQ Berlin"
        ).returncode
        == 0
    )
    dup = run_cli(db, "site", "add", "BE-1", "--name", "Berlin 1", "--state", "DE-BE", "--network", "IQ Berlin")
    assert dup.returncode == 1 and "already exists" in dup.stderr
    sites = json.loads(run_cli(db, "site", "list", "--json").stdout)
    assert [s["site_id"] for s in sites] == ["BE-1"]
    code = run_cli(db, "enrolment-code", "--site", "BE-1", "--valid-hours", "2")
    assert code.returncode == 0 and len(code.stdout.strip().replace("-", "")) == 32
    assert run_cli(db, "enrolment-code", "--site", "nope").returncode == 1
    assert run_cli(db, "device", "list", "--json").stdout.strip() == "[]"
    bad = run_cli(db, "device", "revoke", "nope")
    assert bad.returncode == 1 and "no device" in bad.stderr
    tls = run_cli(db, "serve", "--tls-cert", str(tmp_path / "missing.pem"))
    assert tls.returncode == 1 and "tls-key" in tls.stderr
    env_bad = run_cli(db, "purge", env={"IQ_SERVER_RETENTION_MONTHS": "zero"})
    assert env_bad.returncode == 1 and "IQ_SERVER_RETENTION_MONTHS" in env_bad.stderr
    site = run_cli(db, "report", "--period", "2019-H1", "--site", "BE-1")
    assert site.returncode == 1 and "only on the site's own laptop" in site.stderr


def test_ingest_hash_is_the_wire_hash() -> None:
    """The server's canonical text hashes exactly as the device's ``wire.payload_hash``."""
    from iq_desktop.domain.wire import RecordEnvelope, payload_hash
    from iq_server.services.ingest import canonical
    from tests.server.helpers import contribution, retraction

    for raw in (
        contribution(),
        contribution("2019-H2", {"fi.individuals": 7, "occupation.813": 5}),
        retraction("x", 2),
    ):
        if raw["record_id"] == "x":
            raw["record_id"] = "8d0f6a1e-3a57-4c4e-9d51-2a4e1d1c9b10"
        env = RecordEnvelope.model_validate(raw)
        assert canonical(env)[1] == payload_hash(env.payload)


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_migration_2_removes_every_person_level_row(kind: str, tmp_path: Path, pg_schemas: PgSchemas) -> None:
    """A v1 database with records and a device seen at a time of day: v2 drops the records (and their
    table), keeps sites and devices, and keeps only the day the device was last seen."""
    db = new_db_url(kind, tmp_path, pg_schemas)
    database = Database.open(db)
    with begin_write(database.engine) as conn:
        _current(conn)
        _v1(conn)
        conn.execute(text("INSERT INTO schema_version (version, applied_at) VALUES (1, CURRENT_TIMESTAMP)"))
        conn.execute(text("INSERT INTO site VALUES ('s1', 'Site', 'DE-BE', 'IQ Berlin', CURRENT_TIMESTAMP)"))
        conn.execute(
            text("INSERT INTO device (device_id, site_id, token_hash, created_at, last_seen_at) "
                 "VALUES ('d1', 's1', 'h', CURRENT_TIMESTAMP, :seen)"),
            {"seen": datetime(2024, 5, 17, 13, 37, 42, 123456, tzinfo=UTC)},
        )  # fmt: skip
        conn.execute(
            text("INSERT INTO record (record_id, revision, payload_hash, rtype, device_id, site_id, state, network, "
                 "received_at, kind, occupation_group, payload) VALUES ('r1', 1, 'h', 'session', 'd1', 's1', "
                 "'DE-BE', 'IQ Berlin', CURRENT_TIMESTAMP, 'initial', '813', '{\"person\": {}}')")
        )  # fmt: skip
    assert migrate(database) == LATEST
    insp = inspect(database.engine)
    assert "record" not in insp.get_table_names()
    assert {"item", "item_cell"} <= set(insp.get_table_names())
    with database.engine.connect() as conn:
        seen = conn.execute(text("SELECT last_seen_on FROM device WHERE device_id = 'd1'")).scalar_one()
    assert str(seen) == "2024-05-17"
    assert "last_seen_at" not in {c["name"] for c in insp.get_columns("device")}
    report_index = [ix for ix in insp.get_indexes("item_cell") if ix["name"] == "ix_item_cell_report"]
    assert report_index and report_index[0]["column_names"] == ["period", "cell", "state", "network", "n", "k"]
    database.dispose()
