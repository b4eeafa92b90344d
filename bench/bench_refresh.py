"""Computing the site's contributions before a sync (``Vault.prepare_outbox``), on a vault of N sessions.

    PYTHONPATH=. python bench/bench_refresh.py [--sessions 100000]

Three cases: the first refresh (every period computed and queued), a refresh after one saved session
(what a sync or the status bar pays after an edit), and a refresh with nothing changed. Baseline in the
same run: reading the columns the figures need (sessions, clients' occupations, trainings, events)
through the vault's own SQLCipher connection, i.e. the floor of any recomputation. Target: after one
save, at most 2 s on 100,000 sessions (it runs on the DB worker, never on the GUI thread), and nothing
when nothing changed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from iq_desktop.crypto import TEST_KDF
from iq_desktop.domain.records import Client, CounsellingSession
from iq_desktop.services import demo
from iq_desktop.services import records as R
from iq_desktop.services import vault as vs

FLOOR_SQL = (
    "SELECT id, client_id, date, kind, topics FROM counselling_session",
    "SELECT id, occupation_code FROM client",
    "SELECT * FROM training",
    "SELECT * FROM event",
)


def timed(fn: object) -> float:
    t0 = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sessions", type=int, default=100_000)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="iq-refresh-"))
    vault, _ = vs.create_vault(folder / "vault", "bench", "bench passphrase 123", kdf=TEST_KDF)
    try:
        demo.create_demo_data(vault, args.sessions, seed=3)

        def floor() -> None:
            with vault._uow(readonly=True) as uow:
                for sql in FLOOR_SQL:
                    uow.connection.exec_driver_sql(sql).fetchall()

        base = min(timed(floor) for _ in range(3))
        first = timed(vault.prepare_outbox)
        c = R.save_client(vault, Client("Bench", "Person"))
        R.save_session(vault, CounsellingSession(c.id, date.today()))
        after_one = timed(vault.prepare_outbox)
        nothing = timed(vault.prepare_outbox)
        with vault._uow(readonly=True) as uow:
            items = len(uow.outbox.current())
    finally:
        vault.lock()
    print(f"vault: {args.sessions:,} sessions -> {items} period items")
    print(f"baseline: reading the figures' columns through SQLCipher: {base:.3f} s")
    print(f"first refresh (every period): {first:.3f} s (ratio {first / base:.2f})")
    ok = after_one <= 2.0
    print(f"refresh after one saved session: {after_one:.3f} s (ratio {after_one / base:.2f}; target <= 2 s) "
          f"{'OK' if ok else 'MISS'}")  # fmt: skip
    print(f"refresh with nothing changed: {nothing * 1000:.2f} ms")


if __name__ == "__main__":
    main()
