""" "IQ in figures" over contributions equivalent to 1,000,000 records, on SQLite and PostgreSQL (target: <= 2 s).

    python bench/bench_server_report.py [--sites 100] [--only sqlite|postgres]

With wire schema 2 the server holds no records: each site sends one contribution per period of the
lattice (quarters, half-years, years) with about 60 cells. 100 sites over 2019-2024 are 4,200 items and
~250,000 cells, i.e. a network of 100 sites that recorded about 1,000,000 sessions, trainings and events.
Items and cells are generated synthetically and bulk-loaded (sqlite3 executemany / PostgreSQL COPY) into
a fresh database migrated by the server's own migrations; the report is then built by
``iq_server.services.report``. PostgreSQL: ``IQ_TEST_POSTGRES_URL`` (default
postgresql+psycopg://postgres@127.0.0.1:5432/test), in a throw-away schema.
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

from iq_desktop.domain import lattice, reference
from iq_desktop.domain.codes import FEDERAL_STATES
from iq_desktop.domain.figures import FIXED_CELLS, KEY_MASK
from iq_server.db.engine import Database
from iq_server.db.migrations import migrate
from iq_server.db.models import ITEM, ITEM_CELL
from iq_server.services import report

PG = os.environ.get("IQ_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
ITEM_COLUMNS = [c.name for c in ITEM.columns]
CELL_COLUMNS = [c.name for c in ITEM_CELL.columns]
YEARS = range(2019, 2025)
PERIODS = [
    lattice.parse(label) for y in YEARS for label in (*(f"{y}-Q{q}" for q in range(1, 5)), f"{y}-H1", f"{y}-H2", str(y))
]


def sites(n: int) -> list[tuple[str, str, str]]:
    """(site id, federal state, network): 16 states, networks of about 4 sites."""
    return [(f"site-{i:03d}", FEDERAL_STATES[i % 16], f"IQ net {i % max(1, n // 4)}") for i in range(n)]


def synthetic(n_sites: int, seed: int = 7) -> tuple[list[tuple[Any, ...]], Iterator[tuple[Any, ...]]]:
    """Item rows and (lazily) cell rows: per site and period every fixed cell, 30 occupational groups and
    the completion months of the period."""
    rnd = random.Random(seed)
    groups = sorted(reference.occupation_groups())[:30]
    items: list[tuple[Any, ...]] = []
    plan: list[tuple[str, str, str, str, lattice.Period]] = []
    for site, state, net in sites(n_sites):
        for p in PERIODS:
            rid = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
            row = {"record_id": rid, "revision": 1, "payload_hash": "0" * 64, "rtype": "contribution",
                   "device_id": "bench", "site_id": site, "state": state, "network": net,
                   "received_on": date(2025, 1, 1), "period": p.label, "keep_until": p.end}  # fmt: skip
            items.append(tuple(row[c] for c in ITEM_COLUMNS))
            plan.append((rid, site, state, net, p))

    def cells() -> Iterator[tuple[Any, ...]]:
        scale = {"quarter": 1, "half": 2, "year": 4}
        for rid, site, state, net, p in plan:
            ids = [*sorted(FIXED_CELLS), *(f"occupation.{g}" for g in groups)]
            ids += [f"training.completers.{p.start.year}-{m:02d}" for m in range(p.start.month, p.end.month + 1)]
            for cid in ids:
                n = rnd.randint(0, 60) * scale[p.kind]
                if n:
                    yield (rid, cid, p.label, state, net, site, n, rnd.getrandbits(32) & KEY_MASK)

    return items, cells()


def load_sqlite(path: Path, n_sites: int) -> int:
    items, cells = synthetic(n_sites)
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous=OFF")
    conv = [(lambda v: v.isoformat() if isinstance(v, date) else v) for _ in ITEM_COLUMNS]
    count = 0

    def counted() -> Iterator[tuple[Any, ...]]:
        nonlocal count
        for row in cells:
            count += 1
            yield row

    with con:
        con.executemany(f"INSERT INTO item ({','.join(ITEM_COLUMNS)}) VALUES ({','.join('?' * len(ITEM_COLUMNS))})",
                        (tuple(f(v) for f, v in zip(conv, r, strict=True)) for r in items))  # fmt: skip
        con.executemany(f"INSERT INTO item_cell ({','.join(CELL_COLUMNS)}) VALUES "
                        f"({','.join('?' * len(CELL_COLUMNS))})", counted())  # fmt: skip
    con.execute("ANALYZE")
    con.close()
    return count


def load_postgres(url: str, n_sites: int) -> int:
    import psycopg

    items, cells = synthetic(n_sites)
    count = 0
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=False) as conn:
        with conn.cursor().copy(f"COPY item ({','.join(ITEM_COLUMNS)}) FROM STDIN") as copy:
            for row in items:
                copy.write_row(row)
        with conn.cursor().copy(f"COPY item_cell ({','.join(CELL_COLUMNS)}) FROM STDIN") as copy:
            for row in cells:
                copy.write_row(row)
                count += 1
        conn.commit()
        conn.autocommit = True
        conn.execute("VACUUM ANALYZE item")
        conn.execute("VACUUM ANALYZE item_cell")
    return count


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

        for site, state, net in sites(n):
            admin.add_site(db, site, f"Site {site}", state, net)
        t0 = time.perf_counter()
        if kind == "sqlite":
            cells = load_sqlite(tmp / "bench.db", n)
        else:
            cells = load_postgres(url.split("?")[0] + f"?options={quote('-csearch_path=' + str(schema))}", n)
        load = time.perf_counter() - t0
        out = [(kind, f"bulk load {n * len(PERIODS):,} items, {cells:,} cells", load)]
        cases = {
            "report, 2019 (year), all sites": report.Params("2019", as_of=date(2020, 3, 31)),
            "report, 2024-H1, all sites": report.Params("2024-H1", as_of=date(2024, 7, 15)),
            "report, 2021-Q3, one state": report.Params("2021-Q3", state="DE-BE"),
            "report, 2022, one network": report.Params("2022", network="IQ net 1"),
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
    ap.add_argument("--sites", type=int, default=100)
    ap.add_argument("--only", choices=["sqlite", "postgres"])
    args = ap.parse_args()
    rows = []
    for kind in ("sqlite", "postgres"):
        if args.only in (None, kind):
            rows += bench(kind, args.sites)
    print(f"{'database':<10} {'step':<44} {'seconds':>8}")
    for kind, label, secs in rows:
        flag = "" if label.startswith("bulk") else ("  ok (<= 2 s)" if secs <= 2 else "  TOO SLOW")
        print(f"{kind:<10} {label:<44} {secs:>8.3f}{flag}")


if __name__ == "__main__":
    main()
