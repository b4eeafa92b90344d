"""The client killed with kill -9 mid-sync, 100 times: ``iq-desktop sync`` subprocesses killed at
random points (before the request, while the server commits, after the answer, while the laptop
records it), with new records saved in between. Afterwards one sync heals everything: 0 lost,
0 counted twice, 0 acknowledged-but-missing, an empty outbox, and the vault is sound."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time

from iq_desktop.services import sync_service
from tests.sync.conftest import LONG, PASSPHRASE, enrol, new_vault
from tests.sync.faultproxy import Fault, FaultProxy, Schedule
from tests.sync.helpers import add_records, assert_converged
from tests.sync.server import ROOT

KILLS = 400 if LONG else 100
LANES = 4  # vaults killed side by side (the machine has 2 cores; most time is process start-up)


def _lane(lane: int, server, tmp_path, errors: list[str], stats: dict[str, int]) -> None:
    rng = random.Random(lane)
    vault = new_vault(tmp_path / f"vault{lane}")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "IQ_PASSPHRASE": PASSPHRASE}
    cmd = [sys.executable, "-m", "iq_desktop", "--data-dir", str(vault.data_dir), "sync", "--json"]
    try:
        with FaultProxy(server.port) as proxy:
            proxy.set_schedule(Schedule([Fault("latency", delay=rng.uniform(0, 0.08)) for _ in range(100_000)]))
            device = enrol(vault, server, url=proxy.url)
            for i in range(KILLS // LANES):
                add_records(vault, rng.randint(2, 12), seed=lane * 100_000 + i)
                seen = len(proxy.sent)
                proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                # wait until the child is talking to the server, then kill it at a random moment
                deadline = time.monotonic() + 20
                while len(proxy.sent) == seen and proc.poll() is None and time.monotonic() < deadline:
                    time.sleep(0.002)
                time.sleep(rng.uniform(0, 0.12))
                if proc.poll() is None:
                    proc.send_signal(signal.SIGKILL)
                    stats["killed"] += 1
                else:
                    stats["finished"] += 1
                _, stderr = proc.communicate(timeout=30)
                if b"Traceback" in stderr:
                    errors.append(stderr.decode(errors="replace")[-500:])
            s = sync_service.sync_now(vault, verify=True)
            assert s.complete and s.reconciled is True, s
            stats["healed_duplicates"] += s.duplicates  # killed after the server's commit: resent, counted once
            assert vault.store.integrity_check() == []
            assert_converged(vault, server, device)
    except BaseException as exc:  # report from the thread
        errors.append(f"lane {lane}: {exc!r}")
    finally:
        vault.lock()


def test_client_killed_with_sigkill_mid_sync(server, tmp_path):
    errors: list[str] = []
    stats = {"killed": 0, "finished": 0, "healed_duplicates": 0}
    threads = [threading.Thread(target=_lane, args=(n, server, tmp_path, errors, stats)) for n in range(LANES)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert stats["killed"] + stats["finished"] == KILLS // LANES * LANES
    assert stats["killed"] >= KILLS * 0.8, stats  # most runs really were killed mid-sync
    print(stats)
