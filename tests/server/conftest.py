"""The real server process on 127.0.0.1, on SQLite and on PostgreSQL.

PostgreSQL: ``IQ_TEST_POSTGRES_URL`` (default postgresql+psycopg://postgres@127.0.0.1:5432/test). Each
test run works in a fresh schema (dropped afterwards), so runs are independent. Without PostgreSQL
the PostgreSQL tests skip, except under ``CI=true`` where they fail.
"""

from __future__ import annotations

import contextlib
import io
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import requests
from sqlalchemy import Engine

from iq_server import cli
from iq_server.db.engine import Database
from iq_server.db.migrations import migrate
from iq_server.services import enrolment as admin

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable
PG_DEFAULT = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pg_base() -> str:
    return os.environ.get("IQ_TEST_POSTGRES_URL", PG_DEFAULT)


def _pg_conninfo(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


class PgSchemas:
    """Fresh schemas in the test database, dropped at the end of the run."""

    def __init__(self) -> None:
        self.created: list[str] = []
        self.error: str | None = None
        try:
            import psycopg

            with psycopg.connect(_pg_conninfo(_pg_base()), connect_timeout=3) as conn:
                conn.execute("SELECT 1")
        except Exception as exc:
            self.error = f"PostgreSQL at {_pg_base()} is not usable: {type(exc).__name__}: {exc}".splitlines()[0]

    def new(self) -> str:
        import psycopg

        if self.error:
            if os.environ.get("CI", "").lower() == "true":
                pytest.fail(self.error + " (CI=true: PostgreSQL tests must not skip)")
            pytest.skip(self.error)
        name = f"iqs_test_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(_pg_conninfo(_pg_base()), autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{name}"')
        self.created.append(name)
        sep = "&" if "?" in _pg_base() else "?"
        return f"{_pg_base()}{sep}options={quote('-csearch_path=' + name)}"

    def drop_all(self) -> None:
        if not self.created:
            return
        import psycopg

        with psycopg.connect(_pg_conninfo(_pg_base()), autocommit=True) as conn:
            for name in self.created:
                conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


@pytest.fixture(scope="session")
def pg_schemas() -> Iterator[PgSchemas]:
    schemas = PgSchemas()
    yield schemas
    schemas.drop_all()


def new_db_url(kind: str, tmp: Path, pg: PgSchemas) -> str:
    if kind == "postgres":
        return pg.new()
    return f"sqlite:///{tmp / f'server-{uuid.uuid4().hex[:8]}.db'}"


def run_cli(db: str, *args: str, env: dict[str, str] | None = None, subprocess_: bool = False
            ) -> subprocess.CompletedProcess[str]:  # fmt: skip
    """The real ``iq-server`` command: in this process (fast) or as ``python -m iq_server.cli``."""
    if subprocess_:
        return subprocess.run(
            [PY, "-m", "iq_server.cli", "--db", db, *args], cwd=ROOT, capture_output=True, text=True, timeout=60,
            env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        )  # fmt: skip
    out, err = io.StringIO(), io.StringIO()
    saved = {k: os.environ.get(k) for k in (env or {})}
    os.environ.update(env or {})
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                rc = cli.main(["--db", db, *args])
            except SystemExit as exc:  # argparse usage errors
                rc = int(exc.code or 0)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return subprocess.CompletedProcess(list(args), rc, out.getvalue(), err.getvalue())


def cli_ok(db: str, *args: str) -> str:
    out = run_cli(db, *args)
    assert out.returncode == 0, out.stderr
    return out.stdout


@dataclass
class Server:
    db: str
    url: str
    log: Path
    proc: subprocess.Popen[bytes]
    sites: set[str] = field(default_factory=set)

    _database: Database | None = None

    def cli(self, *args: str) -> str:
        return cli_ok(self.db, *args)

    @property
    def database(self) -> Database:
        """The server's database, opened with the server's own db layer (admin set-up without a subprocess)."""
        if self._database is None:
            self._database = Database.open(self.db)
        return self._database

    @property
    def engine(self) -> Engine:
        """The database's SQLAlchemy engine, for checks in plain SQL."""
        return self.database.engine

    def site(self, site_id: str | None = None, state: str = "DE-BE", network: str = "IQ Berlin") -> str:
        site_id = site_id or f"site-{uuid.uuid4().hex[:8]}"
        if site_id not in self.sites:
            admin.add_site(self.database, site_id, f"Advice site {site_id}", state, network)
            self.sites.add(site_id)
        return site_id

    def code(self, site_id: str) -> str:
        return admin.create_enrolment_code(self.database, site_id)[0]

    def enrol(self, site_id: str | None = None, **site_kw: Any) -> Device:
        site_id = self.site(site_id, **site_kw)
        r = requests.post(self.url + "/v1/enrol", json={"code": self.code(site_id)}, timeout=10)
        assert r.status_code == 200, r.text
        body = r.json()
        return Device(self, body["device_id"], body["device_token"], site_id)

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")


@dataclass
class Device:
    server: Server
    device_id: str
    token: str
    site_id: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def post(self, records: list[dict[str, Any]], site_id: str | None = None) -> requests.Response:
        body = {"site_id": site_id or self.site_id, "records": records}
        return requests.post(self.server.url + "/v1/records", json=body, headers=self.headers, timeout=60)

    def send(self, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        r = self.post(records)
        assert r.status_code == 200, r.text
        return list(r.json()["results"])

    def sync_state(self) -> dict[str, Any]:
        r = requests.get(self.server.url + "/v1/sync-state", headers=self.headers, timeout=10)
        assert r.status_code == 200, r.text
        return dict(r.json())


def start_server(db: str, workdir: Path, env: dict[str, str] | None = None, args: tuple[str, ...] = ()) -> Server:
    port = free_port()
    log = workdir / f"server-{port}.log"
    full_env = {
        **os.environ, "PYTHONPATH": str(ROOT), "IQ_SERVER_RATE_PER_MINUTE": "100000", "IQ_SERVER_RATE_BURST": "100000",
        "IQ_SERVER_RECORDS_PER_MINUTE": "10000000", "IQ_SERVER_RECORDS_BURST": "10000000",
        "IQ_SERVER_ENROL_FAILURES_PER_MINUTE": "100000", **(env or {}),
    }  # fmt: skip
    database = Database.open(db)
    migrate(database)  # before the server starts, so tests can set up sites at once
    database.dispose()
    with log.open("ab") as fh:
        proc = subprocess.Popen(
            [PY, "-m", "iq_server.cli", "--db", db, "serve", "--port", str(port), *args],
            cwd=ROOT, env=full_env, stdout=fh, stderr=subprocess.STDOUT,
        )  # fmt: skip
    server = Server(db, f"http://127.0.0.1:{port}", log, proc)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("the server exited: " + server.log_text()[-2000:])
        with contextlib.suppress(requests.RequestException):
            if requests.get(server.url + "/v1/health", timeout=1).status_code == 200:
                return server
        time.sleep(0.05)
    proc.kill()
    raise RuntimeError("the server did not come up: " + server.log_text()[-2000:])


def stop_server(server: Server) -> None:
    if server._database is not None:
        server._database.dispose()
    if server.proc.poll() is None:
        server.proc.terminate()
        try:
            server.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.proc.kill()
            server.proc.wait(timeout=10)


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, pg_schemas: PgSchemas
           ) -> Iterator[Server]:  # fmt: skip
    """One server per database for the whole run (tests use their own sites and devices)."""
    tmp = tmp_path_factory.mktemp(f"server-{request.param}")
    srv = start_server(new_db_url(request.param, tmp, pg_schemas), tmp)
    yield srv
    stop_server(srv)


@pytest.fixture(scope="session")
def strict_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A SQLite server with low limits, for the brute-force, rate and size tests."""
    tmp = tmp_path_factory.mktemp("strict")
    env = {
        "IQ_SERVER_RATE_PER_MINUTE": "60", "IQ_SERVER_RATE_BURST": "5", "IQ_SERVER_ENROL_FAILURES_PER_MINUTE": "10",
        "IQ_SERVER_MAX_BODY_BYTES": "65536",
    }  # fmt: skip
    srv = start_server(f"sqlite:///{tmp / 'strict.db'}", tmp, env)
    yield srv
    stop_server(srv)
