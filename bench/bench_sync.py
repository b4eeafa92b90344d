"""Benchmark: sync 20,000 queued records over loopback (vault: SQLCipher; server: SQLite).

Reports records/s of a full ``run_sync`` (outbox reads, hash checks, HTTP, per-batch acknowledgement
transactions) and the ratio to posting the same payloads in batches of 200 with a bare HTTP session
and no outbox bookkeeping, against the same server in the same run (fresh record ids, so both paths
insert). Target: ratio >= 0.5.

    PYTHONPATH=. /tmp/v/bin/python bench/bench_sync.py [--records 20000] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402

from iq_desktop.crypto import TEST_KDF  # noqa: E402
from iq_desktop.services import demo, sync_service  # noqa: E402
from iq_desktop.services import vault as vs  # noqa: E402
from iq_desktop.services.batch import save_batch  # noqa: E402
from iq_desktop.sync.client import OutgoingRecord, encode_batch  # noqa: E402
from tests.sync.server import ServerProcess  # noqa: E402

BATCH = 200


def _fill(vault: vs.Vault, target: int) -> int:
    recs = demo.generate(int(target * 0.93), seed=2026, counsellor=vault.user)
    save_batch(vault, clients=recs.clients, sessions=recs.sessions, trainings=recs.trainings,
                     events=recs.events)  # fmt: skip
    with vault._uow() as uow:
        return int(uow.outbox.counts()["pending"])


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
    ap.add_argument("--records", type=int, default=20_000)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="iq-bench-sync-") as tmp:
        server = ServerProcess(Path(tmp) / "server").start()
        vault, _ = vs.create_vault(Path(tmp) / "vault", "bench", "benchmark passphrase 2026", kdf=TEST_KDF)
        try:
            queued = _fill(vault, args.records)
            sync_service.enrol(vault, server.url, server.enrolment_code())
            with vault._uow() as uow:
                payloads = [(e.revision, e.payload) for e in uow.outbox.in_state("pending")]
                token, site = uow.settings.get("device_token"), uow.settings.get("site_id")
            raw_s = _baseline(server, token, site, payloads)
            started = time.perf_counter()
            summary = sync_service.sync_now(vault, batch_size=BATCH)
            sync_s = time.perf_counter() - started
            assert summary.complete and summary.sent == queued, summary
        finally:
            vault.lock()
            server.stop()
    result = {
        "records": queued,
        "sync_seconds": round(sync_s, 3),
        "sync_records_per_s": round(queued / sync_s),
        "raw_post_seconds": round(raw_s, 3),
        "raw_post_records_per_s": round(queued / raw_s),
        "ratio": round(raw_s / sync_s, 3),
        "target_ratio": 0.5,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"sync {queued} records: {sync_s:.2f} s = {result['sync_records_per_s']} records/s; "
              f"raw POST of the same payloads (batches of {BATCH}): {raw_s:.2f} s = "
              f"{result['raw_post_records_per_s']} records/s; ratio {result['ratio']} (target >= 0.5)")  # fmt: skip
    return 0 if result["ratio"] >= 0.5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
