"""Benchmark: sync 20,000 queued contribution items over loopback (vault: SQLCipher; server: SQLite).

Since wire schema 2 an outbox item is one period's contribution of the site (cell -> count, key sum).
A vault holds at most seven items per year of records, so the benchmark first builds a realistic vault
(ten years of demo records, ``--per-year`` sessions each), computes its contributions with
``contributions.refresh`` (timed) and syncs them; then, to measure the sync machinery at volume, it
queues ``--items`` items whose payloads are those real contributions under fresh item ids (as many
items as the per-record outbox had before), and reports items/s of a full ``run_sync`` (outbox reads,
hash checks, HTTP, per-batch acknowledgement transactions) and the ratio to posting the same payloads in
batches of 200 with a bare HTTP session and no outbox bookkeeping, against the same server in the same
run (fresh item ids, so both paths insert). Target: ratio >= 0.5.

    PYTHONPATH=. .venv/bin/python bench/bench_sync.py [--items 20000] [--per-year 2000] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402

from iq_desktop.crypto import TEST_KDF  # noqa: E402
from iq_desktop.domain.wire import ContributionPayload  # noqa: E402
from iq_desktop.services import contributions, demo, sync_service  # noqa: E402
from iq_desktop.services import vault as vs  # noqa: E402
from iq_desktop.services.batch import save_batch  # noqa: E402
from iq_desktop.sync.client import OutgoingRecord, encode_batch  # noqa: E402
from tests.sync.server import ServerProcess  # noqa: E402

BATCH = 200
YEARS = range(2016, 2026)


def _fill(vault: vs.Vault, per_year: int) -> int:
    """Ten years of demo records (each year's sessions dated within it); returns the sessions saved."""
    saved = 0
    for n, year in enumerate(YEARS):
        recs = demo.generate(per_year, seed=2026 + n, today=date(year, 12, 31), counsellor=vault.user)
        # the demo spreads a client's sessions over two years before its "today": keep this year's only
        keep = [s for s in recs.sessions if s.date.year == year]
        save_batch(vault, clients=recs.clients, sessions=keep, trainings=recs.trainings, events=recs.events,
                   schemes=recs.schemes)  # fmt: skip
        saved += len(keep)
    return saved


def _queue_items(vault: vs.Vault, count: int) -> None:
    """``count`` more items: the vault's real contribution payloads under fresh item ids."""
    with vault._uow() as uow:
        payloads = [ContributionPayload.model_validate_json(e.payload) for e in uow.outbox.current()]
        rows = [(str(uuid.uuid4()), contributions.RECORD_TYPE, payloads[i % len(payloads)]) for i in range(count)]
        uow.outbox.add_new(rows)


def _baseline(server: ServerProcess, token: str, site: str, payloads: list[tuple[int, str]]) -> float:
    session = requests.Session()
    session.headers.update({"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    started = time.perf_counter()
    for i in range(0, len(payloads), BATCH):
        chunk = [OutgoingRecord(str(uuid.uuid4()), rev, text) for rev, text in payloads[i : i + BATCH]]
        r = session.post(server.url + "/v1/records", data=encode_batch(site, chunk), timeout=(10, 30))
        r.raise_for_status()
    return time.perf_counter() - started


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=20_000)
    ap.add_argument("--per-year", type=int, default=2_000, help="demo sessions per year of records (ten years)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="iq-bench-sync-") as tmp:
        server = ServerProcess(Path(tmp) / "server").start()
        vault, _ = vs.create_vault(Path(tmp) / "vault", "bench", "benchmark passphrase 2026", kdf=TEST_KDF)
        try:
            sessions = _fill(vault, args.per_year)
            started = time.perf_counter()
            periods = vault.prepare_outbox()
            refresh_s = time.perf_counter() - started
            sync_service.enrol(vault, server.url, server.enrolment_code())
            started = time.perf_counter()
            real = sync_service.sync_now(vault, batch_size=BATCH)
            real_s = time.perf_counter() - started
            assert real.complete and real.sent == periods, real
            _queue_items(vault, args.items)
            with vault._uow() as uow:
                payloads = [(e.revision, e.payload) for e in uow.outbox.in_state("pending")]
                token, site = uow.settings.get("device_token"), uow.settings.get("site_id")
            queued = len(payloads)
            raw_s = _baseline(server, token, site, payloads)
            started = time.perf_counter()
            summary = sync_service.sync_now(vault, batch_size=BATCH)
            sync_s = time.perf_counter() - started
            assert summary.complete and summary.sent == queued, summary
            cells = sum(
                len(ContributionPayload.model_validate_json(p).cells) for _, p in payloads[: len(payloads) // 10]
            )
        finally:
            vault.lock()
            server.stop()
    result = {
        "vault_sessions": sessions,
        "vault_periods": periods,
        "refresh_seconds": round(refresh_s, 3),
        "real_sync_seconds": round(real_s, 3),
        "items": queued,
        "cells_per_item": round(cells / max(1, len(payloads) // 10), 1),
        "sync_seconds": round(sync_s, 3),
        "sync_items_per_s": round(queued / sync_s),
        "raw_post_seconds": round(raw_s, 3),
        "raw_post_items_per_s": round(queued / raw_s),
        "ratio": round(raw_s / sync_s, 3),
        "target_ratio": 0.5,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(
            f"vault: {sessions} sessions over {len(YEARS)} years -> {periods} period items; refresh "
            f"{refresh_s:.2f} s, their sync {real_s:.2f} s"
        )
        print(f"sync {queued} items ({result['cells_per_item']} cells each): {sync_s:.2f} s = "
              f"{result['sync_items_per_s']} items/s; raw POST of the same payloads (batches of {BATCH}): "
              f"{raw_s:.2f} s = {result['raw_post_items_per_s']} items/s; "
              f"ratio {result['ratio']} (target >= 0.5)")  # fmt: skip
    return 0 if result["ratio"] >= 0.5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
