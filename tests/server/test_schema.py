"""The published OpenAPI document, the migrations and the models agree."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from iq_server.api import openapi
from iq_server.db.engine import Database, begin_write
from iq_server.db.migrations import LATEST, SchemaError, migrate
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
    env_bad = run_cli(db, "report", "--from", "2019-01-01", "--to", "2019-01-31", env={"IQ_SERVER_MIN_COUNT": "zero"})
    assert env_bad.returncode == 1 and "IQ_SERVER_MIN_COUNT" in env_bad.stderr


def test_ingest_hash_and_stored_text_match_the_wire_hash() -> None:
    """The server's one-dump canonical text hashes exactly as the device's ``wire.payload_hash`` and is
    stored as the same canonical JSON (ASCII)."""
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    from bench_server_ingest import envelopes

    from iq_desktop.domain.wire import RecordEnvelope, payload_hash
    from iq_server.services.ingest import canonical, flatten

    for raw in envelopes(10):
        env = RecordEnvelope.model_validate(raw)
        text, digest = canonical(env)
        assert digest == payload_hash(env.payload)
        assert (
            flatten(env, text)["payload"]
            == flatten(env)["payload"]
            == json.dumps(env.payload.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
        )
