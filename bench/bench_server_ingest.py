"""Ingest over loopback: items/s for batches of 100 and 500 contributions (~60 cells each), on SQLite
and PostgreSQL, and the ratio to a raw bulk insert of the same items and cells into the same database
in the same run.

    python bench/bench_server_ingest.py [--records 5000] [--only sqlite|postgres]

The server is the real one (``python -m iq_server.cli serve``) on 127.0.0.1 with its durable commit
settings; one client posts batches sequentially. The raw insert takes the same items (rows and cells
made the way the server makes them, new ids) and inserts them with one executemany per table in one
transaction.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from iq_desktop.domain import reference  # noqa: E402
from iq_desktop.domain.figures import FIXED_CELLS  # noqa: E402
from iq_desktop.domain.wire import RecordEnvelope, payload_hash  # noqa: E402
from iq_server.db.devices import DeviceAuth  # noqa: E402
from iq_server.db.engine import Database, utcnow  # noqa: E402
from iq_server.db.migrations import migrate  # noqa: E402
from iq_server.db.models import ITEM, ITEM_CELL  # noqa: E402
from iq_server.services import enrolment as admin  # noqa: E402
from iq_server.services.ingest import cell_rows, item_row  # noqa: E402

PG = os.environ.get("IQ_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
GROUPS = sorted(reference.occupation_groups())[:30]
CELL_IDS = [*sorted(FIXED_CELLS), *(f"occupation.{g}" for g in GROUPS)]


def payload(i: int) -> dict[str, Any]:
    """A contribution for one of the periods 2019-2024 (quarters, half-years, years) with ~60 cells."""
    year, kind = 2019 + i % 6, i % 7
    period = f"{year}-Q{kind + 1}" if kind < 4 else f"{year}-H{kind - 3}" if kind < 6 else str(year)
    cells = {
        cid: {"n": 1 + (i * 7 + j) % 50, "k": (i * 2654435761 + j * 40503) % 2**32} for j, cid in enumerate(CELL_IDS)
    }
    return {"type": "contribution", "period": period, "cells": cells}


def envelopes(n: int) -> list[dict[str, Any]]:
    return [
        {"record_id": str(uuid.uuid4()), "revision": 1, "schema_version": 2, "payload": payload(i)} for i in range(n)
    ]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def raw_insert(db: Database, records: list[dict[str, Any]], site: tuple[str, str, str]) -> float:
    device = DeviceAuth("raw", *site, revoked=False)
    items, cells = [], []
    today = utcnow().date()
    for r in records:
        env = RecordEnvelope.model_validate({**r, "record_id": str(uuid.uuid4())})
        items.append(item_row(env, payload_hash(env.payload), device, today))
        cells += cell_rows(env, device)
    t0 = time.perf_counter()
    with db.write() as conn:
        conn.execute(insert(ITEM), items)
        conn.execute(insert(ITEM_CELL), cells)
    return time.perf_counter() - t0


def bench(kind: str, n: int) -> list[tuple[str, int, float, float]]:
    tmp = Path(tempfile.mkdtemp(prefix="iqs-ingest-"))
    schema = None
    if kind == "sqlite":
        url = f"sqlite:///{tmp / 'ingest.db'}"
    else:
        import psycopg

        schema = f"iqs_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(PG.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as c:
            c.execute(f'CREATE SCHEMA "{schema}"')
        url = f"{PG}{'&' if '?' in PG else '?'}options={quote('-csearch_path=' + schema)}"
    db = Database.open(url)
    migrate(db)
    admin.add_site(db, "bench", "Bench site", "DE-BE", "IQ Berlin")
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "IQ_SERVER_RATE_PER_MINUTE": "1000000",
           "IQ_SERVER_RATE_BURST": "1000000"}  # fmt: skip
    log = (tmp / "server.log").open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "iq_server.cli", "--db", url, "serve", "--port", str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log)  # fmt: skip
    log.close()
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            if proc.poll() is not None:
                raise SystemExit("the server did not start: " + (tmp / "server.log").read_text()[-500:])
            with contextlib.suppress(requests.RequestException):
                if requests.get(base + "/v1/health", timeout=1).status_code == 200:
                    break
            time.sleep(0.1)
        code, _ = admin.create_enrolment_code(db, "bench")
        token = requests.post(base + "/v1/enrol", json={"code": code}, timeout=10).json()["device_token"]
        http = requests.Session()
        http.headers["Authorization"] = f"Bearer {token}"
        out = []
        for batch in (100, 500):
            records = envelopes(n)
            t0 = time.perf_counter()
            for i in range(0, n, batch):
                r = http.post(base + "/v1/records", json={"site_id": "bench", "records": records[i : i + batch]})
                assert r.status_code == 200, r.text
            api = n / (time.perf_counter() - t0)
            raw = n / raw_insert(db, records, ("bench", "DE-BE", "IQ Berlin"))
            out.append((kind, batch, api, raw))
        return out
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        db.dispose()
        if schema:
            import psycopg

            with psycopg.connect(PG.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as c:
                c.execute(f'DROP SCHEMA "{schema}" CASCADE')


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=5_000)
    ap.add_argument("--only", choices=["sqlite", "postgres"])
    args = ap.parse_args()
    rows = []
    for kind in ("sqlite", "postgres"):
        if args.only in (None, kind):
            rows += bench(kind, args.records)
    print(f"{'database':<10} {'batch':>5} {'API items/s':>14} {'raw insert items/s':>18} {'API/raw':>8}")
    for kind, batch, api, raw in rows:
        print(f"{kind:<10} {batch:>5} {api:>14,.0f} {raw:>18,.0f} {api / raw:>8.2f}")


if __name__ == "__main__":
    main()
