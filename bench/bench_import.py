"""Benchmark: importing 100,000 records (``iq-desktop add``) versus raw ``sqlite3`` executemany.

Both run in the same process on the same machine, one after the other:

* **import**: the real path of ``iq-desktop add FILE`` minus the passphrase prompt: read the JSON
  lines text, parse and validate every record (domain rules, history within the file), de-identify
  and queue the synced ones in the outbox, write everything in one transaction to a fresh
  SQLCipher vault (WAL, ``synchronous=FULL``), audit;
* **raw**: plain, unencrypted ``sqlite3`` (WAL, ``synchronous=FULL``) ``executemany`` of the same
  record rows, one commit: into the vault's own tables (same DDL: keys, foreign keys, indexes), which
  is the ratio's baseline, and for reference into bare tables with a primary key only.

Targets (issue 2, section 6): import >= 12,000 records/s and >= 0.25x the raw rate.

    PYTHONPATH=. python bench/bench_import.py [--records 100000] [--repeat N] [--json]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from iq_desktop.crypto import TEST_KDF  # noqa: E402
from iq_desktop.domain.records import Client, CounsellingSession, GroupEvent, TrainingParticipation  # noqa: E402
from iq_desktop.services import demo, importing  # noqa: E402
from iq_desktop.services.exporting import record_dict  # noqa: E402
from iq_desktop.services.vault import create_vault  # noqa: E402
from iq_desktop.store import codec  # noqa: E402

TARGET_RATE = 12_000
TARGET_RATIO = 0.25


def make_records(total: int, seed: int = 7) -> list[dict[str, Any]]:
    """``total`` import records (schemes, clients, their sessions and trainings, events) from the demo
    generator."""
    made = demo.generate(int(total / 1.6) + 10, seed=seed)
    sessions: dict[str, list[Any]] = {}
    for s in made.sessions:
        sessions.setdefault(s.client_id, []).append(s)
    trainings: dict[str, list[Any]] = {}
    for t in made.trainings:
        trainings.setdefault(t.client_id, []).append(t)
    out: list[dict[str, Any]] = [record_dict(s) for s in made.schemes]  # courses first: trainings name them
    events = [record_dict(e) for e in made.events]
    budget_for_people = total - min(len(events), total // 20)
    for c in made.clients:
        group = [
            record_dict(c),
            *(record_dict(s) for s in sessions.get(c.id, [])),
            *(record_dict(t) for t in trainings.get(c.id, [])),
        ]
        for d in group:
            if d["type"] != "client":
                d.pop("id")
                d.pop("site_id", None)
                d.pop("counsellor", None)
        out.extend(group)
        if len(out) >= budget_for_people:
            break
    del out[budget_for_people:]
    for e in events:
        e.pop("id")
        e.pop("site_id")
    out.extend(events[: total - len(out)])
    return out


def run_import(text: str, folder: Path) -> tuple[float, dict[str, int]]:
    vault, _ = create_vault(folder / "vault", "bench", "bench passphrase 123", kdf=TEST_KDF)
    vault.set_settings({"site_id": "BENCH-SITE-01", "state": "DE-BY", "network": "IQ Bayern"})  # an enrolled site
    try:
        t0 = time.perf_counter()
        with importing.paused_gc():  # exactly what "iq-desktop add" does after reading the file
            plan = importing.import_records(vault, importing.read_json_records(text))
        elapsed = time.perf_counter() - t0
    finally:
        vault.lock()
    counts = {
        "clients": len(plan.clients),
        "sessions": len(plan.sessions),
        "trainings": len(plan.trainings),
        "events": len(plan.events),
    }
    return elapsed, counts


_PROBES: list[tuple[str, Any, Any]] = [
    ("client", codec.client_row, Client("a", "b")),
    ("counselling_session", codec.session_row, CounsellingSession("x", date(2024, 1, 1))),
    ("training", codec.training_row, TrainingParticipation("x", date(2024, 1, 1))),
    ("event", codec.event_row, GroupEvent(date(2024, 1, 1))),
]
RAW_TABLES = {table: [*to_row(probe), "created_at", "updated_at"] for table, to_row, probe in _PROBES}


def raw_rows(text: str) -> tuple[dict[str, list[tuple[Any, ...]]], float]:
    """The same record rows the vault stores (codec rows), built outside the timed part; and the
    time the import's check phase (parse + validate) takes on the same records."""
    records = importing.read_json_records(text)
    t0 = time.perf_counter()
    with importing.paused_gc():
        plan = importing.plan_import(records, today=date.today(), counsellor="bench")
    check_s = time.perf_counter() - t0
    now = codec.utcnow()
    rows: dict[str, list[tuple[Any, ...]]] = {
        "client": [(*codec.client_row(r).values(), now, now) for r in plan.clients],
        "counselling_session": [(*codec.session_row(r).values(), now, now) for r in plan.sessions],
        "training": [(*codec.training_row(r).values(), now, now) for r in plan.trainings],
        "event": [(*codec.event_row(r).values(), now, now) for r in plan.events],
    }
    return rows, check_s


def _vault_ddl(table: str) -> list[str]:
    """The vault's own DDL for a record table (same columns, types, keys and indexes), for sqlite3."""
    from sqlalchemy.dialects import sqlite
    from sqlalchemy.schema import CreateIndex, CreateTable

    from iq_desktop.store.schema import METADATA

    t = METADATA.tables[table]
    dialect = sqlite.dialect()
    return [str(CreateTable(t).compile(dialect=dialect))] + [
        str(CreateIndex(i).compile(dialect=dialect)) for i in t.indexes
    ]


def run_raw(rows: dict[str, list[tuple[Any, ...]]], folder: Path, *, same_schema: bool) -> float:
    """Plain sqlite3, unencrypted, WAL + synchronous=FULL: executemany of the rows, one commit. With
    ``same_schema`` the tables are the vault's (keys, foreign keys, indexes); else bare tables."""
    name = "raw-schema.db" if same_schema else "raw-bare.db"
    db = sqlite3.connect(folder / name, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        for table, columns in RAW_TABLES.items():
            if same_schema:
                for ddl in _vault_ddl(table):
                    db.execute(ddl)
            else:
                cols = ", ".join(f'"{c}"' + (" PRIMARY KEY" if c == "id" else "") for c in columns)
                db.execute(f"CREATE TABLE {table} ({cols})")
        t0 = time.perf_counter()
        db.execute("BEGIN")
        for table, columns in RAW_TABLES.items():
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" for _ in columns)
            db.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows[table])
        db.execute("COMMIT")
        return time.perf_counter() - t0
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        metavar="N",
        help="run each part N times (alternating) and keep the fastest of each: steadier on a busy machine",
    )
    args = parser.parse_args(argv)
    records = make_records(args.records)
    text = "\n".join(json.dumps(r, ensure_ascii=False) for r in records)
    n = len(records)
    bare_s = raw_s = import_s = check_s = float("inf")
    counts: dict[str, int] = {}
    for _ in range(max(1, args.repeat)):
        with tempfile.TemporaryDirectory(prefix="iq-bench-import-") as tmp:
            folder = Path(tmp)
            rows, check = raw_rows(text)
            check_s = min(check_s, check)
            bare_s = min(bare_s, run_raw(rows, folder, same_schema=False))
            raw_s = min(raw_s, run_raw(rows, folder, same_schema=True))
            del rows
            elapsed, counts = run_import(text, folder)
            import_s = min(import_s, elapsed)
    figures: dict[str, Any] = {
        "records": n,
        **counts,
        "import_s": round(import_s, 3),
        "import_rate": round(n / import_s),
        "check_s": round(check_s, 3),
        "raw_s": round(raw_s, 3),
        "raw_rate": round(n / raw_s),
        "raw_bare_s": round(bare_s, 3),
        "raw_bare_rate": round(n / bare_s),
        "ratio": round(raw_s / import_s, 3),
        "ratio_bare": round(bare_s / import_s, 3),
    }
    figures["ok"] = figures["import_rate"] >= TARGET_RATE and figures["ratio"] >= TARGET_RATIO
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"records: {n} ({', '.join(f'{v} {k}' for k, v in counts.items())})")
        print(
            f"import (read, check, save to a SQLCipher vault with audit, one transaction): "
            f"{import_s:.2f} s = {figures['import_rate']:,} records/s (target >= {TARGET_RATE:,}); "
            f"of which parse + validate {check_s:.2f} s"
        )
        print(
            f"raw sqlite3 executemany, unencrypted, same rows, the vault's tables and indexes: {raw_s:.2f} s = "
            f"{figures['raw_rate']:,} rows/s"
        )
        print(
            f"raw sqlite3 executemany, unencrypted, same rows, bare tables (primary key only): {bare_s:.2f} s = "
            f"{figures['raw_bare_rate']:,} rows/s"
        )
        verdict = "OK" if figures["ok"] else "MISSED"
        print(
            f"ratio import/raw: {figures['ratio']:.3f} (target >= {TARGET_RATIO}); against bare tables: "
            f"{figures['ratio_bare']:.3f}  -> {verdict}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
