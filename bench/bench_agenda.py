"""The agenda (today, this week, overdue, no contact for N weeks) on a vault of N sessions.

    PYTHONPATH=. python bench/bench_agenda.py [--sessions 100000] [--repeat 5]

Measures ``services.agenda.agenda`` (the store's query of each client's latest session, the domain's
rules and the names) after a warm-up, median of ``--repeat``. Baseline in the same run: reading the
columns any agenda needs (client, date, next appointment, outcomes) of every session through the
vault's own SQLCipher connection, i.e. what a naive "read everything and filter in Python" pays before
it has filtered anything. Target: at most 100 ms on 100,000 sessions (issue 11).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from iq_desktop.crypto import TEST_KDF
from iq_desktop.services import agenda as A
from iq_desktop.services import demo
from iq_desktop.services import vault as vs

ROOT = Path(__file__).resolve().parents[1]
FLOOR_SQL = "SELECT client_id, date, next_appointment, outcomes FROM counselling_session"


def timed(fn: object) -> float:
    t0 = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sessions", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    # a throw-away vault: the test suite's fast key derivation (allowed only with the checkout's token)
    os.environ.setdefault("IQ_INSECURE_TEST_KDF", (ROOT / "tests" / "insecure-kdf.token").read_text("ascii").strip())
    folder = Path(tempfile.mkdtemp(prefix="iq-agenda-"))
    vault, _ = vs.create_vault(folder / "vault", "bench", "bench passphrase 123", kdf=TEST_KDF)
    try:
        demo.create_demo_data(vault, args.sessions, seed=3)
        with vault._uow() as uow:  # as a vault that was used for a while: the planner has statistics
            uow.connection.exec_driver_sql("PRAGMA optimize")
        with vault._uow(readonly=True) as uow:
            sessions = uow.connection.exec_driver_sql("SELECT count(*) FROM counselling_session").scalar()

        def floor() -> None:
            with vault._uow(readonly=True) as uow:
                uow.connection.exec_driver_sql(FLOOR_SQL).fetchall()

        def run() -> None:
            A.agenda(vault)

        def sessions_only() -> None:
            A.agenda(vault, with_procedures=False)

        run()  # warm-up (page cache, statement cache)
        floor()
        base = statistics.median(timed(floor) for _ in range(args.repeat))
        took = statistics.median(timed(run) for _ in range(args.repeat))
        own = statistics.median(timed(sessions_only) for _ in range(args.repeat))
        result = A.agenda(vault)
    finally:
        vault.lock()
        shutil.rmtree(folder, ignore_errors=True)  # the throw-away vault (~85 MB)
    counts = {s.value: len(result.section(s)) for s in A.Section}
    print(f"vault: {sessions:,} sessions; agenda: {counts}")
    print(f"baseline: reading every session's agenda columns through SQLCipher: {base * 1000:.1f} ms")
    print(f"agenda without the procedures section (the sessions' query): {own * 1000:.1f} ms "
          f"(ratio {own / base:.2f})")  # fmt: skip
    ok = took <= 0.100
    print(f"agenda: {took * 1000:.1f} ms (ratio {took / base:.2f} of the baseline; target <= 100 ms) "
          f"{'OK' if ok else 'MISS'}")  # fmt: skip


if __name__ == "__main__":
    main()
