"""The server under load and abuse (issue 9, items 4-9): concurrent overlapping batches on PostgreSQL,
slow and unauthenticated connections, the records budget, limits shared by several worker processes,
and a health check that notices a database that cannot write. Counts and waits are bounded."""

from __future__ import annotations

import random
import re
import socket
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import text

from tests.server.conftest import PgSchemas, Server, start_server, stop_server
from tests.server.helpers import contribution


@pytest.fixture
def pg_server(tmp_path: Path, pg_schemas: PgSchemas) -> Iterator[Server]:
    srv = start_server(pg_schemas.new(), tmp_path)
    yield srv
    stop_server(srv)


def test_concurrent_overlapping_batches_on_postgres_never_500(pg_server: Server) -> None:
    """30 clients (3 laptops of one site) send 20 rounds of overlapping windows of new items at once:
    every answer is 200 (before: a lost insert race repeated 5 times answered 500) and each item is
    stored once."""
    site = pg_server.site()
    devices = [pg_server.enrol(site) for _ in range(3)]
    rounds, clients = 20, 30
    pools = [[contribution("2019-Q1", {"initial.total": 1}) for _ in range(120)] for _ in range(rounds)]
    codes: Counter[int] = Counter()
    stored: Counter[str] = Counter()
    lock = threading.Lock()
    barrier = threading.Barrier(clients)

    def client(k: int) -> None:
        rnd = random.Random(k)
        for j in range(rounds):
            start = rnd.randrange(0, 60)
            batch = pools[j][start : start + 60]
            barrier.wait()
            r = devices[k % 3].post(batch)
            with lock:
                codes[r.status_code] += 1
                if r.status_code == 200:
                    stored.update(x["record_id"] for x in r.json()["results"] if x["status"] == "stored")

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert codes == {200: rounds * clients}, codes
    sent = {r["record_id"] for pool in pools for r in pool}
    with pg_server.engine.connect() as conn:
        held = conn.execute(text("SELECT COUNT(*) FROM item WHERE site_id = :s"), {"s": site}).scalar_one()
        cells = conn.execute(text("SELECT COALESCE(SUM(n), 0) FROM item_cell WHERE site_id = :s"), {"s": site})
        total = cells.scalar_one()
    assert max(stored.values()) == 1  # no item was stored twice
    assert held == len(stored) == total  # one cell counting 1 per item
    assert held <= len(sent)
    assert "internal error" not in pg_server.log_text()


def _raw(host: str, port: int, data: bytes, source: str | None = None, timeout: float = 10) -> socket.socket:
    s = socket.socket()
    s.settimeout(timeout)
    if source:
        s.bind((source, 0))
    s.connect((host, port))
    if data:
        s.sendall(data)
    return s


def _read_all(s: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection (or the socket's timeout)."""
    out = b""
    try:
        while chunk := s.recv(4096):
            out += chunk
    except ConnectionResetError:
        pass
    return out


def _addr(srv: Server) -> tuple[str, int]:
    host, port = srv.url.removeprefix("http://").split(":")
    return host, int(port)


@pytest.fixture
def guarded_server(tmp_path: Path) -> Iterator[Server]:
    env = {"IQ_SERVER_HEADER_TIMEOUT": "2", "IQ_SERVER_BODY_TIMEOUT": "3", "IQ_SERVER_MAX_CONNECTIONS_PER_CLIENT": "20"}
    srv = start_server(f"sqlite:///{tmp_path / 'guarded.db'}", tmp_path, env)
    yield srv
    stop_server(srv)


def test_slow_connections_are_cut_and_health_still_answers(guarded_server: Server) -> None:
    """50 slow connections from one address (127.0.0.2): 20 are let in, the rest get 503 at once;
    those that trickle their headers are closed after the header timeout, those that trickle a body
    get 408 after the body timeout. Meanwhile /v1/health answers, and the log stays small."""
    host, port = _addr(guarded_server)
    log_before = len(guarded_server.log_text())
    slow_head = b"POST /v1/records HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    slow_body = b"POST /v1/enrol HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 900\r\n\r\n{"
    socks = [_raw(host, port, slow_head if i % 2 else slow_body, source="127.0.0.2", timeout=30) for i in range(50)]
    try:
        r = requests.get(guarded_server.url + "/v1/health", timeout=10)
        assert r.status_code == 200
        answers = [_read_all(s) for s in socks]  # every connection ends: none is held open
    finally:
        for s in socks:
            s.close()
    starts = Counter(a[:12].decode(errors="replace") or "closed" for a in answers)
    assert starts["HTTP/1.1 503"] == 30, starts  # over the cap of 20 per address
    assert starts["HTTP/1.1 408"] + starts["closed"] == 20, starts
    assert starts["closed"] >= 1 and starts["HTTP/1.1 408"] >= 1, starts
    assert requests.get(guarded_server.url + "/v1/health", timeout=10).status_code == 200
    grown = guarded_server.log_text()[log_before:]
    assert len(grown.splitlines()) <= 80, grown[-3000:]  # bounded: at most 20 lines of one kind per minute


def test_repeated_refusals_are_logged_boundedly(guarded_server: Server) -> None:
    before = len(guarded_server.log_text().splitlines())
    for _ in range(60):
        assert requests.get(guarded_server.url + "/v1/sync-state", timeout=5).status_code == 401
    time.sleep(0.2)
    lines = guarded_server.log_text().splitlines()[before:]
    assert 1 <= sum(" 401 " in x for x in lines) <= 20


def test_unauthenticated_upload_is_refused_before_its_body_is_read(guarded_server: Server) -> None:
    """The headers announce 1.5 MB (under the size limit) with a wrong token; the server answers 401
    without waiting for the body, which the client never sends. An oversize one gets 413 the same way."""
    host, port = _addr(guarded_server)
    for token, length, status in (("x" * 43, 1_500_000, b"401"), ("x" * 43, 50_000_000, b"413")):
        head = (f"POST /v1/records HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {length}\r\n\r\n")  # fmt: skip
        with _raw(host, port, head.encode(), timeout=10) as s:
            answer = _read_all(s)  # the body is never sent: an answer proves it was not awaited
        assert answer.startswith(b"HTTP/1.1 " + status), answer[:200]
        assert b"connection: close" in answer.lower()
    # an authenticated client's body is still read and checked as before
    dev = guarded_server.enrol()
    assert dev.send([contribution()])[0]["status"] == "stored"


def test_records_budget_429_with_retry_after(tmp_path: Path) -> None:
    env = {"IQ_SERVER_RECORDS_PER_MINUTE": "60", "IQ_SERVER_RECORDS_BURST": "1000"}
    srv = start_server(f"sqlite:///{tmp_path / 'budget.db'}", tmp_path, env)
    try:
        dev = srv.enrol()
        for _ in range(2):
            assert dev.post([contribution() for _ in range(500)]).status_code == 200
        r = dev.post([contribution() for _ in range(10)])
        assert r.status_code == 429, r.text
        assert int(r.headers["Retry-After"]) >= 1 and "budget" in r.json()["detail"]
        other = srv.enrol()  # the budget is per device
        assert other.post([contribution()]).status_code == 200
    finally:
        stop_server(srv)


def test_default_budget_fits_a_backlog_of_weeks(tmp_path: Path) -> None:
    """With the default limits a laptop sends 68,243 queued records (137 batches) at once, as fast as it
    can (the clock does not move): no 429. The next 200,000 would have to wait."""
    from iq_server.api.limits import Limiter
    from iq_server.config import Limits
    from iq_server.db.engine import Database
    from iq_server.db.migrations import migrate

    db = Database.open(f"sqlite:///{tmp_path / 'limits.db'}")
    migrate(db)
    limiter = Limiter(db, Limits(), clock=lambda: 1_000_000.0)
    left = 68_243
    while left:
        n = min(500, left)
        assert limiter.request("dev-1") == 0
        assert limiter.records("dev-1", n) == 0
        left -= n
    assert limiter.records("dev-1", 200_000) > 0
    db.dispose()


def _worker_of(srv: Server, session: requests.Session) -> str:
    """The process id that answered this session's kept-alive connection (from the server's log)."""
    pattern = re.compile(r"\[(\d+)\]: GET /v1/health 200")
    before = len(pattern.findall(srv.log_text()))
    assert session.get(srv.url + "/v1/health", timeout=5).status_code == 200
    for _ in range(200):  # the line is written just after the answer
        found = pattern.findall(srv.log_text())
        if len(found) > before:
            return str(found[-1])
        time.sleep(0.05)
    raise AssertionError("no log line for the health request")


def test_two_workers_share_the_brute_force_limit(tmp_path: Path) -> None:
    """`serve --workers 2`: two processes behind one port. Failed enrolments alternate between
    connections held by *different* workers; the 11th is refused (429) although each worker saw only
    5 or 6: the limit lives in the database. Kill one worker: the other answers, the limit holds."""
    env = {"IQ_SERVER_ENROL_FAILURES_PER_MINUTE": "10"}
    srv = start_server(f"sqlite:///{tmp_path / 'workers.db'}", tmp_path, env, args=("--workers", "2"))
    sessions: dict[str, requests.Session] = {}
    try:
        for _ in range(600):  # both workers have started (on a busy machine the second one comes later)
            if srv.log_text().count("Application startup complete") >= 2:
                break
            time.sleep(0.05)
        for _ in range(200):  # open kept-alive connections until both workers hold one
            s = requests.Session()
            pid = _worker_of(srv, s)
            if pid in sessions:
                s.close()
            else:
                sessions[pid] = s
            if len(sessions) == 2:
                break
        assert len(sessions) == 2, "the connections all went to one worker"
        pair = list(sessions.values())
        url = srv.url + "/v1/enrol"
        statuses = [pair[i % 2].post(url, json={"code": "B" * 32}, timeout=5).status_code for i in range(11)]
        assert statuses[:10] == [401] * 10 and statuses[10] == 429, statuses
        r = pair[1].post(url, json={"code": srv.code(srv.site())}, timeout=5)  # locked out even with a valid code
        assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1
    finally:
        for s in sessions.values():
            s.close()
        stop_server(srv)


def test_health_says_503_when_the_database_cannot_write(tmp_path: Path, pg_schemas: PgSchemas) -> None:
    """The server runs as a PostgreSQL role that may read and write; then its write permission is taken
    away (as a full or read-only disk would): /v1/health answers 503, not "ok". Given back: ok again."""
    import psycopg

    from tests.server.conftest import _pg_base, _pg_conninfo

    url = pg_schemas.new()
    schema = re.search(r"search_path%3D(\w+)", url)
    assert schema is not None
    role = f"iqs_role_{uuid.uuid4().hex[:8]}"
    admin = _pg_conninfo(_pg_base())
    srv_url = url.replace("postgres@", f"{role}@", 1)
    assert srv_url != url
    from iq_server.db.engine import Database
    from iq_server.db.migrations import migrate

    db = Database.open(url)
    migrate(db)
    db.dispose()
    tables = f"ALL TABLES IN SCHEMA {schema[1]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN")
        conn.execute(f"GRANT USAGE, CREATE ON SCHEMA {schema[1]} TO {role}")
        conn.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {tables} TO {role}")
    srv = start_server(srv_url, tmp_path)
    try:
        assert requests.get(srv.url + "/v1/health", timeout=5).status_code == 200
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"REVOKE INSERT, UPDATE, DELETE ON {tables} FROM {role}")
        for _ in range(100):  # the outcome is kept for 2 s
            r = requests.get(srv.url + "/v1/health", timeout=5)
            if r.status_code != 200:
                break
            time.sleep(0.1)
        assert r.status_code == 503 and "cannot write" in r.json()["detail"]
        assert int(r.headers["Retry-After"]) >= 1
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"GRANT INSERT, UPDATE, DELETE ON {tables} TO {role}")
        for _ in range(100):
            r = requests.get(srv.url + "/v1/health", timeout=5)
            if r.status_code == 200:
                break
            time.sleep(0.1)
        assert r.status_code == 200
    finally:
        stop_server(srv)
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema[1]} CASCADE")
            conn.execute(f"DROP OWNED BY {role}")
            conn.execute(f"DROP ROLE {role}")
