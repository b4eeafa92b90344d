"""Ingest over loopback: records/s for batches of 100 and 500, on SQLite and PostgreSQL, and the ratio
to a raw bulk insert of the same rows into the same database in the same run.

    python bench/bench_server_ingest.py [--records 20000] [--only sqlite|postgres]

The server is the real one (``python -m iq_server.cli serve``) on 127.0.0.1 with its durable commit
settings; one client posts batches sequentially. The raw insert takes the same rows (flattened the
way the server stores them, new ids) and inserts them with one executemany in one transaction.
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

from iq_desktop.domain.wire import RecordEnvelope, payload_hash  # noqa: E402
from iq_server.db.engine import Database, utcnow  # noqa: E402
from iq_server.db.migrations import migrate  # noqa: E402
from iq_server.db.models import RECORD  # noqa: E402
from iq_server.services import enrolment as admin  # noqa: E402
from iq_server.services.ingest import flatten  # noqa: E402

PG = os.environ.get("IQ_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
PERSON = {"age_band": "30_34", "gender": "female", "nationality": "eu_eea_ch", "qualification_country": "eu_eea_ch",
          "residence": "residence_title", "german_level": "B1", "qualification_level": "academic",
          "occupation_group": "813", "regulated_profession": True}  # fmt: skip


def payload(i: int) -> dict[str, Any]:
    q = f"{2019 + i % 6}-Q{1 + i % 4}"
    if i % 5 < 3:
        return {"type": "session", "quarter": q, "kind": "initial", "first_contact": True,
                "topics": ["recognition"], "channel": "in_person", "language": "de", "interpreter": False,
                "referred_by": "self", "outcomes": [], "duration_minutes": 60, "person": PERSON}  # fmt: skip
    if i % 5 == 3:
        return {"type": "training", "start_quarter": q, "format": "individual", "training_type": "bridge_training",
                "status": "ongoing", "person": PERSON}  # fmt: skip
    return {"type": "event", "quarter": q, "format": "workshop", "audience": "business", "topic": "other",
            "participants": 12}  # fmt: skip


def envelopes(n: int) -> list[dict[str, Any]]:
    return [
        {"record_id": str(uuid.uuid4()), "revision": 1, "schema_version": 1, "payload": payload(i)} for i in range(n)
    ]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def raw_insert(db: Database, records: list[dict[str, Any]], site: tuple[str, str, str]) -> float:
    rows = []
    now = utcnow()
    for r in records:
        env = RecordEnvelope.model_validate(r)
        row = flatten(env)
        row.update(record_id=str(uuid.uuid4()), revision=1, payload_hash=payload_hash(env.payload), device_id="raw",
                   site_id=site[0], state=site[1], network=site[2], received_at=now)  # fmt: skip
        rows.append(row)
    t0 = time.perf_counter()
    with db.write() as conn:
        conn.execute(insert(RECORD), rows)
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
    ap.add_argument("--records", type=int, default=20_000)
    ap.add_argument("--only", choices=["sqlite", "postgres"])
    args = ap.parse_args()
    rows = []
    for kind in ("sqlite", "postgres"):
        if args.only in (None, kind):
            rows += bench(kind, args.records)
    print(f"{'database':<10} {'batch':>5} {'API records/s':>14} {'raw insert rows/s':>18} {'API/raw':>8}")
    for kind, batch, api, raw in rows:
        print(f"{kind:<10} {batch:>5} {api:>14,.0f} {raw:>18,.0f} {api / raw:>8.2f}")


if __name__ == "__main__":
    main()
