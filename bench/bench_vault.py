"""Benchmark: the encrypted vault as the GUI uses it (issue 2, section 6).

* **save**: one counselling session saved exactly as the GUI does (``services.records.save_session`` on an
  unlocked vault: validate against the client's history, write, de-identify and queue in the outbox,
  audit; ONE transaction; SQLCipher, WAL, ``synchronous=FULL``) while the vault holds 10,000 and 100,000
  clients and as many sessions. Median and p95, and the ratio to the baseline measured in the same run,
  interleaved sample by sample: a plain, unencrypted SQLModel table with the same row (the session's 17
  columns), WAL + ``synchronous=FULL``, holding as many rows, ``Session.add`` + ``commit`` per row.
  Targets: ratio <= 2 and p95 <= 5 ms.
* **list / find** among 100,000: the newest 200 sessions (``list_sessions``) and clients by a name fragment
  (``find_clients``): the first call after an unlock, then median and p95 of repeated calls. Target: each
  <= 100 ms. ``count_sessions`` (the session list asks it before its first page) is shown for information.
* **unlock**: ``open_vault`` of a vault made with the production-calibrated KDF (``kdf=None``): the
  Argon2id derivation alone (0.5-1 s by design) and the whole unlock (KDF + open + audit + retention check).

The import of 100,000 records is ``bench/bench_import.py``.

    PYTHONPATH=. /tmp/v/bin/python bench/bench_vault.py [--quick] [--saves 500] [--profile] [--json]

``--quick``: 10,000 only, fewer samples (~30 s). ``--profile``: cProfile of the slowest paths.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import datetime as dt
import functools
import io
import json
import math
import pstats
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import event  # noqa: E402
from sqlalchemy.orm import registry  # noqa: E402
from sqlmodel import Field, Session, SQLModel, create_engine  # noqa: E402

from iq_desktop.crypto import KeyFile  # noqa: E402
from iq_desktop.domain.codes import Channel, Language, Outcome, ReferredBy, SessionKind, Topic  # noqa: E402
from iq_desktop.domain.records import Client, CounsellingSession  # noqa: E402
from iq_desktop.services import demo, records  # noqa: E402
from iq_desktop.services.batch import save_batch  # noqa: E402
from iq_desktop.services.vault import KEYS_NAME, Vault, create_vault, open_vault  # noqa: E402
from iq_desktop.store import codec  # noqa: E402

USER, PASSPHRASE, SITE = "bench", "benchmark passphrase 2026 ok", "BENCH-01"
FRAGMENTS = ("amina", "sampleton", "mei demo", "qxz")  # first name, last name, two words, no match
SAVE_RATIO, SAVE_P95_MS, QUERY_MS, UNLOCK_S = 2.0, 5.0, 100.0, (0.5, 1.0)

# --- the baseline: a plain SQLModel table with the same row --------------------------------------------

_plain = registry()


class _PlainBase(SQLModel, registry=_plain):
    pass


class PlainSession(_PlainBase, table=True):
    """The vault's ``counselling_session`` row (same 17 columns), primary key only, unencrypted."""

    __tablename__ = "plain_session"
    id: str = Field(primary_key=True)
    client_id: str
    date: dt.date
    kind: str
    topics: int
    outcomes: int
    duration_minutes: int
    site_id: str
    counsellor: str
    channel: str
    language: str
    interpreter: bool
    referred_by: str
    next_appointment: dt.date | None = None
    notes: str
    created_at: dt.datetime
    updated_at: dt.datetime


def plain_engine(path: Path) -> Any:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA journal_mode = WAL").fetchall()
        dbapi_conn.execute("PRAGMA synchronous = FULL")

    _plain.metadata.create_all(engine)
    return engine


def _row(s: CounsellingSession) -> dict[str, Any]:
    now = codec.utcnow()
    return {**codec.session_row(s), "created_at": now, "updated_at": now}


def plain_prefill(engine: Any, sessions: list[CounsellingSession]) -> None:
    cols = list(PlainSession.model_fields)
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        sql = f"INSERT INTO plain_session ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        cur.executemany(sql, [tuple(_row(s)[c] for c in cols) for s in sessions])
        raw.commit()
        cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()


def floor_commit(db: sqlite3.Connection, s: CounsellingSession) -> float:
    """The disk's floor: raw sqlite3, same row, one INSERT + COMMIT (WAL, synchronous=FULL)."""
    row = tuple(_row(s).values())
    t0 = time.perf_counter()
    db.execute("BEGIN")
    db.execute(f"INSERT INTO plain_session VALUES ({', '.join('?' * len(row))})", row)
    db.execute("COMMIT")
    return time.perf_counter() - t0


def floor_db(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL").fetchall()
    db.execute("PRAGMA synchronous = FULL")
    db.execute(f"CREATE TABLE plain_session ({', '.join(PlainSession.model_fields)}, PRIMARY KEY (id))")
    return db


def plain_commit(engine: Any, s: CounsellingSession) -> float:
    t0 = time.perf_counter()
    with Session(engine) as session:
        session.add(PlainSession(**_row(s)))
        session.commit()
    return time.perf_counter() - t0


# --- filling the vault (the bulk path of import / demo-data) ----------------------------------------------


def make_records(n: int, seed: int) -> demo.DemoRecords:
    """``n`` sessions and ``n`` clients (the demo generator makes ~1 client per 2 sessions; top up with
    clients of further generator runs, their other records dropped)."""
    made = demo.generate(n, seed=seed, site_id=SITE, counsellor=USER)
    extra: list[Client] = []
    k = 1
    while len(made.clients) + len(extra) < n:
        extra += demo.generate(int((n - len(made.clients) - len(extra)) * 2.1) + 50, seed=seed + k).clients
        k += 1
    made.clients += extra[: n - len(made.clients)]
    return made


def fill(vault: Vault, made: demo.DemoRecords) -> float:
    t0 = time.perf_counter()
    save_batch(vault, clients=made.clients, sessions=made.sessions, trainings=made.trainings, schemes=made.schemes,
               events=made.events, action="demo-data")  # fmt: skip
    vault.store.checkpoint()  # as after a restart: the fill's huge WAL is not part of the measurement
    return time.perf_counter() - t0


# --- measurement helpers ---------------------------------------------------------------------------------


def stats(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "median_ms": statistics.median(ordered) * 1000,
        "p95_ms": ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)] * 1000,
        "max_ms": ordered[-1] * 1000,
        "n": len(ordered),
    }


def timed(fn: Callable[[], Any]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def new_session(rng: random.Random, client_id: str) -> CounsellingSession:
    """What the session form sends for a follow-up today (the client's initial session is in the vault)."""
    return CounsellingSession(
        client_id=client_id, date=dt.date.today(), kind=SessionKind.FOLLOW_UP,
        topics=frozenset({Topic.RECOGNITION, Topic.JOB_TRAINING}), duration_minutes=45, site_id=SITE,
        counsellor=USER, channel=Channel.IN_PERSON, language=Language.DE, referred_by=ReferredBy.JOB_CENTRE,
        outcomes=frozenset({Outcome.INFORMATION_GIVEN}), notes="Benchmark note.",
    )  # fmt: skip


def saves(
    vault: Vault, engine: Any, floor: sqlite3.Connection, clients: list[str], n: int, rng: random.Random
) -> dict[str, Any]:
    """``n`` GUI saves, ``n`` baseline commits of the same rows and ``n`` raw sqlite3 commits (the
    floor), interleaved (rotating which goes first) so that the machine's noise hits all alike."""
    ours: list[float] = []
    base: list[float] = []
    raw: list[float] = []
    for i in range(n):
        s = new_session(rng, rng.choice(clients))
        p = dataclasses.replace(s, id=f"p-{s.id}")
        f = dataclasses.replace(s, id=f"f-{s.id}")
        steps: list[Callable[[], None]] = [
            functools.partial(lambda s: ours.append(timed(functools.partial(records.save_session, vault, s))), s),
            functools.partial(lambda p: base.append(plain_commit(engine, p)), p),
            functools.partial(lambda f: raw.append(floor_commit(floor, f)), f),
        ]
        for k in range(3):
            steps[(i + k) % 3]()
    o, b = stats(ours), stats(base)
    return {"vault": o, "plain": b, "floor": stats(raw), "ratio": o["median_ms"] / b["median_ms"]}


def _many_saves(vault: Vault, clients: list[str], rng: random.Random, n: int) -> None:
    for _ in range(n):
        records.save_session(vault, new_session(rng, rng.choice(clients)))


def profile(label: str, fn: Callable[[], Any], top: int = 18) -> str:
    prof = cProfile.Profile()
    prof.enable()
    fn()
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(top)
    return f"--- cProfile: {label} ---\n" + "\n".join(line for line in out.getvalue().splitlines() if line.strip())


# --- the run --------------------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> dict[str, Any]:
    rng = random.Random(2026)
    levels = [10_000] if args.quick else [10_000, 100_000]
    out: dict[str, Any] = {"levels": {}, "profiles": []}
    with tempfile.TemporaryDirectory(prefix="iq-bench-vault-") as tmp_name:
        tmp = Path(tmp_name)
        folder = tmp / "vault"
        t0 = time.perf_counter()
        vault, _ = create_vault(folder, USER, PASSPHRASE)  # kdf=None: calibrated like in production
        out["create_s"] = time.perf_counter() - t0
        vault.set_settings({"site_id": SITE, "state": "DE-BE", "network": "IQ Berlin"})
        engine = plain_engine(tmp / "plain.db")
        floor = floor_db(tmp / "floor.db")
        have = 0
        client_ids: list[str] = []
        for level in levels:
            made = make_records(level - have, seed=level)
            level_info: dict[str, Any] = {"fill_s": fill(vault, made)}
            plain_prefill(engine, made.sessions)
            floor.execute("BEGIN")
            floor.executemany(f"INSERT INTO plain_session VALUES ({', '.join('?' * 17)})",
                              [tuple(_row(s).values()) for s in made.sessions])  # fmt: skip
            floor.execute("COMMIT")
            have = level
            with_sessions = {s.client_id for s in made.sessions}
            client_ids += [c.id for c in made.clients if c.id in with_sessions]
            with vault._uow(readonly=True) as uow:
                level_info["clients"] = uow.clients.count()
                level_info["sessions"] = uow.sessions.count()
            saves(vault, engine, floor, client_ids, 20, rng)  # warm-up (statement caches, pool)
            level_info["save"] = saves(vault, engine, floor, client_ids, args.saves, rng)
            out["levels"][level] = level_info
            if args.profile:
                out["profiles"].append(profile(
                    f"200 x save_session at {level:,}",
                    functools.partial(_many_saves, vault, list(client_ids), rng, 200),
                ))  # fmt: skip
        engine.dispose()
        floor.close()
        vault.lock()
        out.update(after_unlock(folder, args, rng))
    return out


def after_unlock(folder: Path, args: argparse.Namespace, rng: random.Random) -> dict[str, Any]:
    rounds = 2 if args.quick else 3
    repeat = 15 if args.quick else 30
    res: dict[str, Any] = {}
    res["kdf_params"] = str(KeyFile.load(folder / KEYS_NAME).kdf_of(USER))
    # The first unlock of the day also runs the automatic retention check (a scan of all clients).
    t0 = time.perf_counter()
    vault = open_vault(folder, USER, PASSPHRASE)
    res["first_unlock_of_day_s"] = time.perf_counter() - t0
    vault.lock()
    # Interleaved: the Argon2id derivation alone (what the unlock dialog waits for), then a whole unlock
    # and the first call of one query after it (cold: fresh connection, empty page cache).
    kdf: list[float] = []
    unlocks: list[float] = []
    firsts: dict[str, list[float]] = {"list": [], "find": [], "count": []}
    queries: dict[str, Callable[[Vault], Any]] = {
        "list": lambda v: records.list_sessions(v, limit=200),
        "find": lambda v: records.find_clients(v, FRAGMENTS[0], limit=200),
        "count": lambda v: records.count_sessions(v),
    }
    for _ in range(rounds):
        for name, fn in queries.items():
            kdf.append(timed(lambda: KeyFile.load(folder / KEYS_NAME).unlock(USER, PASSPHRASE).wipe()))
            t0 = time.perf_counter()
            vault = open_vault(folder, USER, PASSPHRASE)
            unlocks.append(time.perf_counter() - t0)
            firsts[name].append(timed(functools.partial(fn, vault)))
            vault.lock()
    res["kdf"] = stats(kdf)
    res["unlock"] = stats(unlocks)
    res["first"] = {name: stats(v) for name, v in firsts.items()}
    # Warm: repeated calls.
    vault = open_vault(folder, USER, PASSPHRASE)
    try:
        warm: dict[str, Any] = {"list": stats([timed(lambda: queries["list"](vault)) for _ in range(repeat)])}
        for frag in FRAGMENTS:
            for limit in (50, 200):
                rows = records.find_clients(vault, frag, limit=limit)
                call = functools.partial(records.find_clients, vault, frag, limit=limit)
                samples = [timed(call) for _ in range(repeat)]
                warm[f"find '{frag}' limit {limit}"] = {**stats(samples), "rows": len(rows)}
        few = max(5, repeat // 3)
        warm["count"] = stats([timed(lambda: queries["count"](vault)) for _ in range(few)])
        # The session list's sync-state filter (list + its count, as the GUI asks both).
        warm["list pending"] = stats([timed(lambda: records.list_sessions(vault, limit=200, sync_state="pending"))
                                      for _ in range(few)])  # fmt: skip
        warm["count pending"] = stats([timed(lambda: records.count_sessions(vault, sync_state="pending"))
                                       for _ in range(few)])  # fmt: skip
        res["warm"] = warm
        if args.profile:
            res["query_profiles"] = [
                profile("20 x list_sessions(limit=200)", lambda: [queries["list"](vault) for _ in range(20)], 12),
                profile("20 x find_clients('sampleton', 200)",
                        lambda: [records.find_clients(vault, "sampleton", limit=200) for _ in range(20)], 12),
            ]  # fmt: skip
    finally:
        vault.lock()
    return res


# --- the table --------------------------------------------------------------------------------------------


def verdict(ok: bool | None) -> str:
    return "info" if ok is None else ("PASS" if ok else "MISS")


def table(out: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    rows: list[tuple[str, str, str, str, str]] = []
    for level, info in out["levels"].items():
        sv, pl, ratio = info["save"]["vault"], info["save"]["plain"], info["save"]["ratio"]
        fl = info["save"]["floor"]
        tag = f"{info['clients']:,} clients + {info['sessions']:,} sessions"
        rows.append(
            (
                "floor: raw sqlite3 INSERT+COMMIT, same row",
                f"median {fl['median_ms']:.2f} ms, p95 {fl['p95_ms']:.2f} ms",
                "(disk fsync)",
                f"{fl['median_ms'] / pl['median_ms']:.2f}",
                "info",
            )
        )
        rows.append(
            (
                f"plain SQLModel commit, same row ({level:,} rows)",
                f"median {pl['median_ms']:.2f} ms, p95 {pl['p95_ms']:.2f} ms",
                "baseline",
                "1.00",
                "info",
            )
        )
        rows.append(
            (
                f"save_session, vault of {tag}",
                f"median {sv['median_ms']:.2f} ms",
                f"ratio <= {SAVE_RATIO:g}",
                f"{ratio:.2f}",
                verdict(ratio <= SAVE_RATIO),
            )
        )
        rows.append(
            (
                f"save_session p95 ({sv['n']} saves), same vault",
                f"p95 {sv['p95_ms']:.2f} ms (max {sv['max_ms']:.1f})",
                f"<= {SAVE_P95_MS:g} ms",
                f"{sv['p95_ms'] / pl['p95_ms']:.2f}",
                verdict(sv["p95_ms"] <= SAVE_P95_MS),
            )
        )
    big = max(out["levels"])
    n = f"{big:,}"
    first, warm = out["first"], out["warm"]
    for key, label in (("list", f"list_sessions newest 200 of {n}"), ("find", f"find_clients '{FRAGMENTS[0]}' (200)")):
        f, w = first[key], warm[key] if key == "list" else warm[f"find '{FRAGMENTS[0]}' limit 200"]
        worst = max(f["max_ms"], w["p95_ms"])
        rows.append(
            (
                label,
                f"1st after unlock {f['median_ms']:.0f} ms; median {w['median_ms']:.1f}, p95 {w['p95_ms']:.1f} ms",
                f"<= {QUERY_MS:g} ms",
                f"{worst / QUERY_MS:.2f}",
                verdict(worst <= QUERY_MS),
            )
        )
    finds = {k: v for k, v in warm.items() if k.startswith("find")}
    slow_key = max(finds, key=lambda k: finds[k]["p95_ms"])
    s = finds[slow_key]
    rows.append(
        (
            f"find_clients, slowest fragment: {slow_key[5:]}",
            f"median {s['median_ms']:.1f}, p95 {s['p95_ms']:.1f} ms ({s['rows']} rows)",
            f"<= {QUERY_MS:g} ms",
            f"{s['p95_ms'] / QUERY_MS:.2f}",
            verdict(s["p95_ms"] <= QUERY_MS),
        )
    )
    c, cf = warm["count"], first["count"]
    rows.append(
        (
            f"count_sessions of {n} (list footer)",
            f"1st {cf['median_ms']:.0f} ms; median {c['median_ms']:.1f} ms",
            f"(<= {QUERY_MS:g} ms)",
            f"{max(cf['max_ms'], c['p95_ms']) / QUERY_MS:.2f}",
            "info",
        )
    )
    for key, label in (
        ("list pending", "list_sessions newest 200, filter sync_state=pending"),
        ("count pending", "count_sessions, filter sync_state=pending"),
    ):
        s = warm[key]
        rows.append(
            (
                label,
                f"median {s['median_ms']:.1f}, p95 {s['p95_ms']:.1f} ms",
                f"(<= {QUERY_MS:g} ms)",
                f"{s['p95_ms'] / QUERY_MS:.2f}",
                "info",
            )
        )
    k = out["kdf"]["median_ms"] / 1000
    rows.append(
        (
            "unlock: Argon2id only",
            f"{k:.2f} s ({out['kdf_params']})",
            "0.5-1 s",
            "-",
            verdict(UNLOCK_S[0] <= k <= UNLOCK_S[1]),
        )
    )
    u = out["unlock"]
    rows.append(
        (
            "unlock: open_vault (KDF+open+audit)",
            f"median {u['median_ms'] / 1000:.2f} s; first of the day {out['first_unlock_of_day_s']:.2f} s",
            "~KDF",
            f"{u['median_ms'] / out['kdf']['median_ms']:.2f}",
            "info",
        )
    )
    return rows


def render(rows: list[tuple[str, str, str, str, str]]) -> str:
    head = ("metric", "value", "target", "ratio", "result")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(5)]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(head, widths, strict=True)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]  # fmt: skip
    lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 records only, fewer samples")
    parser.add_argument("--saves", type=int, default=None, help="saves per level (default 500, quick 200)")
    parser.add_argument("--profile", action="store_true", help="print cProfile of saves, list and find")
    parser.add_argument("--json", action="store_true", help="print the raw figures as JSON")
    args = parser.parse_args(argv)
    if args.saves is None:
        args.saves = 200 if args.quick else 500
    t0 = time.perf_counter()
    out = run(args)
    rows = table(out)
    if args.json:
        print(json.dumps({k: v for k, v in out.items() if "profiles" not in k}, indent=1, default=str))
    else:
        for info in out["levels"].values():
            print(
                f"vault filled to {info['clients']:,} clients + {info['sessions']:,} sessions "
                f"(bulk path, {info['fill_s']:.1f} s)"
            )
        print(render(rows))
        for k, v in out["warm"].items():
            if k.startswith("find"):
                print(f"  {k}: {v['rows']} rows, median {v['median_ms']:.1f} ms, p95 {v['p95_ms']:.1f} ms")
        for p in [*out["profiles"], *out.get("query_profiles", [])]:
            print(p)
        print(f"(total {time.perf_counter() - t0:.0f} s)")
    return 0 if all(r[4] != "MISS" for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
