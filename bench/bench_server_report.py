""" "IQ in figures" over 1,000,000 de-identified records, on SQLite and PostgreSQL (target: <= 2 s).

    python bench/bench_server_report.py [--rows 1000000] [--only sqlite|postgres]

Rows are generated synthetically and bulk-loaded (sqlite3 executemany / PostgreSQL COPY) into a fresh
database migrated by the server's own migrations; the report is then built by ``iq_server.services.report``.
PostgreSQL: ``IQ_TEST_POSTGRES_URL`` (default postgresql+psycopg://postgres@127.0.0.1:5432/test), in
a throw-away schema.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from iq_desktop.domain import reference
from iq_desktop.domain.codes import FEDERAL_STATES
from iq_server.db.engine import Database
from iq_server.db.migrations import migrate
from iq_server.db.models import RECORD
from iq_server.services import report
from iq_server.services.ingest import quarter_parts

PG = os.environ.get("IQ_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
COLUMNS = [c.name for c in RECORD.columns]
QUARTERS = [f"{y}-Q{q}" for y in range(2019, 2025) for q in range(1, 5)]


def synthetic_rows(n: int, seed: int = 7) -> Iterator[tuple[Any, ...]]:
    rnd = random.Random(seed)
    groups = sorted(reference.occupation_groups())[:60]
    sites = [(f"site-{i:03d}", FEDERAL_STATES[i % 16], f"IQ net {i % 16}") for i in range(100)]
    qparts = {q: quarter_parts(q) for q in QUARTERS}
    received = "2024-01-01 00:00:00.000000"
    body = '{"type":"session","quarter":"2019-Q1","kind":"initial",' + '"x":0,' * 50 + '"pad":0}'  # ~400 bytes
    for _ in range(n):
        site, state, net = rnd.choice(sites)
        q = rnd.choice(QUARTERS)
        y, qq, start, end = qparts[q]
        row = dict.fromkeys(COLUMNS)
        row.update(record_id=str(uuid.UUID(int=rnd.getrandbits(128), version=4)), revision=1, payload_hash="0" * 64,
                   device_id="bench", site_id=site, state=state, network=net, received_at=received,
                   year=y, quarter=qq, period_start=start, keep_until=end, payload=body)  # fmt: skip
        r = rnd.random()
        if r < 0.6:
            rec, jt = rnd.random() < 0.7, rnd.random() < 0.35
            row.update(rtype="session", kind="initial" if rnd.random() < 0.6 else "follow_up",
                       first_contact=int(rnd.random() < 0.5), has_recognition=int(rec), has_job_training=int(jt),
                       has_fi=int(rnd.random() < 0.1), occupation_group=rnd.choice(groups))  # fmt: skip
        elif r < 0.8:
            e = qparts[rnd.choice(QUARTERS)]
            row.update(rtype="training", training_format=rnd.choice(["course_based", "individual"]),
                       training_type="bridge_training", training_status=rnd.choice(["ongoing", "completed", "dropped"]),
                       end_year=e[0], end_quarter=e[1], end_period_start=e[2])  # fmt: skip
        else:
            row.update(rtype="event", audience=rnd.choice(["migrants", "labour_market", "business"]),
                       event_topic=rnd.choice(["fair_integration", "intercultural_competence", "other"]),
                       event_format="workshop", participants=rnd.randint(1, 40))  # fmt: skip
        yield tuple(row[c] for c in COLUMNS)


def load_sqlite(path: Path, n: int) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous=OFF")
    sql = f"INSERT INTO record ({','.join(COLUMNS)}) VALUES ({','.join('?' * len(COLUMNS))})"
    conv = [(lambda v: v.isoformat() if isinstance(v, date) else v) for _ in COLUMNS]
    with con:
        con.executemany(sql, (tuple(f(v) for f, v in zip(conv, row, strict=True)) for row in synthetic_rows(n)))
    con.execute("ANALYZE")
    con.close()


def load_postgres(url: str, n: int) -> None:
    import psycopg

    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=False) as conn:
        with conn.cursor().copy(f"COPY record ({','.join(COLUMNS)}) FROM STDIN") as copy:
            for row in synthetic_rows(n):
                copy.write_row(row)
        conn.commit()
        conn.autocommit = True
        conn.execute("VACUUM ANALYZE record")


def bench(kind: str, n: int) -> list[tuple[str, str, float]]:
    tmp = Path(tempfile.mkdtemp(prefix="iqs-bench-"))
    schema = None
    if kind == "sqlite":
        url = f"sqlite:///{tmp / 'bench.db'}"
    else:
        import psycopg

        schema = f"iqs_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(PG.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as c:
            c.execute(f'CREATE SCHEMA "{schema}"')
        url = f"{PG}{'&' if '?' in PG else '?'}options={quote('-csearch_path=' + schema)}"
    db = Database.open(url)
    migrate(db)
    try:
        from iq_server.services import enrolment as admin

        for i in range(16):
            admin.add_site(db, f"site-{i:03d}", f"Site {i}", FEDERAL_STATES[i], f"IQ net {i}")
        t0 = time.perf_counter()
        if kind == "sqlite":
            load_sqlite(tmp / "bench.db", n)
        else:
            load_postgres(url.split("?")[0] + f"?options={quote('-csearch_path=' + str(schema))}", n)
        load = time.perf_counter() - t0
        out = [(kind, f"bulk load {n:,} rows", load)]
        cases = {
            "report, all 24 quarters, all sites": report.Params(date(2019, 1, 1), date(2024, 12, 31)),
            "report, 2019-Q1..Q2, all sites": report.Params(date(2019, 1, 1), date(2019, 6, 30)),
            "report, 2019-2024, one state": report.Params(date(2019, 1, 1), date(2024, 12, 31), state="DE-BE"),
        }
        for label, params in cases.items():
            report.build(db, params)  # warm the cache once
            t0 = time.perf_counter()
            report.build(db, params)
            out.append((kind, label, time.perf_counter() - t0))
        return out
    finally:
        db.dispose()
        if schema:
            import psycopg

            with psycopg.connect(PG.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as c:
                c.execute(f'DROP SCHEMA "{schema}" CASCADE')


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--only", choices=["sqlite", "postgres"])
    args = ap.parse_args()
    rows = []
    for kind in ("sqlite", "postgres"):
        if args.only in (None, kind):
            rows += bench(kind, args.rows)
    print(f"{'database':<10} {'step':<40} {'seconds':>8}")
    for kind, label, secs in rows:
        flag = "" if label.startswith("bulk") else ("  ok (<= 2 s)" if secs <= 2 else "  TOO SLOW")
        print(f"{kind:<10} {label:<40} {secs:>8.2f}{flag}")


if __name__ == "__main__":
    main()
