"""Seeded fault schedules between the client and the real server (through tests/sync/faultproxy.py).

Each schedule: new records, edits and deletions on the laptop, then a sync through a proxy that drops
requests before or after the server's commit, resets connections at random byte offsets, answers
500/503/408 and 429, adds latency, duplicates and replays requests late. After the schedule heals:
0 lost, 0 counted twice, 0 acknowledged-but-missing, an empty outbox (``assert_converged``).
200 schedules in CI; IQ_LONG_TESTS=1 runs 2,000.
"""

from __future__ import annotations

import contextlib
import random

import pytest

from iq_desktop.domain.codes import RecordType
from iq_desktop.services import records, sync_service
from iq_desktop.services.errors import IQError
from iq_desktop.sync.backoff import Backoff
from tests.sync.conftest import LONG, enrol, new_vault
from tests.sync.faultproxy import Fault, FaultProxy, Schedule
from tests.sync.helpers import add_records, assert_converged

SCHEDULES = 2000 if LONG else 200
GROUPS = 10
PER_GROUP = SCHEDULES // GROUPS
FAST = {"timeout": (2.0, 5.0), "retry_for": 60.0}


def _mutate(vault, rng: random.Random, seed: int) -> None:
    add_records(vault, rng.randint(1, 3), seed=seed)
    with vault._uow() as uow:
        current = [e for e in uow.outbox.current() if e.record_type == "session" and not e.is_retraction]
    if current and rng.random() < 0.5:
        s = records.get_session(vault, rng.choice(current).record_id)
        if s is not None:
            s.duration_minutes = rng.choice([30, 45, 60, 75, 90, 120])
            with contextlib.suppress(IQError):  # e.g. a follow-up whose initial session was deleted
                records.save_session(vault, s)
    sent = [e for e in current if e.state == "sent"]
    if sent and rng.random() < 0.3:
        records.delete_record(vault, RecordType.SESSION, rng.choice(sent).record_id)


def _sync(vault, seed: int, **kw):
    return sync_service.sync_now(vault, backoff=Backoff(base=0.001, cap=0.02, rng=random.Random(seed)), **FAST, **kw)


@pytest.mark.parametrize("group", range(GROUPS))
def test_seeded_fault_schedules(group, server, tmp_path):
    vault = new_vault(tmp_path / "vault")
    try:
        with FaultProxy(server.port) as proxy:
            device = enrol(vault, server, url=proxy.url)
            for seed in range(group * PER_GROUP, (group + 1) * PER_GROUP):
                rng = random.Random(seed)
                _mutate(vault, rng, seed)
                proxy.set_schedule(Schedule.seeded(seed, length=rng.randint(3, 10), max_delay=0.02))
                summary = _sync(vault, seed, batch_size=rng.choice([1, 2, 3, 5]))
                assert summary.complete, (seed, summary, proxy.log[-12:])
                proxy.replay_captured()  # late, out-of-order deliveries of older batches
                summary = _sync(vault, seed, verify=True)
                assert summary.complete and summary.reconciled is True, (seed, summary)
                assert_converged(vault, server, device)
            applied = {kind for _, kind in proxy.log}
            assert len(applied - {"pass"}) >= 8, applied  # the faults really happened
    finally:
        vault.lock()


def test_dropped_after_commit_then_replayed_counts_once(vault, server):
    """The server commits, the answer is lost; the batch is sent again (duplicate) and an old copy
    is delivered again after a newer revision: still exactly one, current row per record."""
    add_records(vault, 8, seed=42)
    with FaultProxy(server.port) as proxy:
        device = enrol(vault, server, url=proxy.url)
        proxy.set_schedule(Schedule([Fault("capture"), Fault("drop_after"), Fault("drop_after"), Fault("duplicate")]))
        s = _sync(vault, 1, batch_size=4)
        assert s.complete and s.duplicates >= 4, s
        with vault._uow() as uow:
            first = uow.outbox.current()[0]
        session = records.get_session(vault, first.record_id)
        session.duration_minutes = 15
        records.save_session(vault, session)
        assert _sync(vault, 2).complete
        assert proxy.replay_captured() == 1  # revision 1 arrives again, late
        assert server.rows()[first.record_id][0] == 2
        assert_converged(vault, server, device)


def test_retry_after_is_honoured(vault, server):
    import time

    add_records(vault, 2, seed=43)
    with FaultProxy(server.port) as proxy:
        enrol(vault, server, url=proxy.url)
        proxy.set_schedule(Schedule([Fault("throttle", retry_after=1)]))
        started = time.monotonic()
        s = _sync(vault, 3)
        assert s.complete and time.monotonic() - started >= 1.0


def test_a_run_gives_up_after_its_time_and_says_it_will_retry(vault, server):
    add_records(vault, 3, seed=44)
    with FaultProxy(server.port) as proxy:
        enrol(vault, server, url=proxy.url)
        proxy.set_schedule(Schedule([Fault("status", status=503)] * 1000))
        s = sync_service.sync_now(vault, backoff=Backoff(base=0.01, cap=0.05), retry_for=0.3, timeout=(2, 5))
        assert s.will_retry and not s.complete and s.pending > 0 and "will retry" in (s.error or "")
        assert "503" in (sync_service.status(vault).last_error or "")


def test_server_killed_and_restarted_mid_sync(tmp_path):
    """The real server process is killed with SIGKILL while the laptop syncs, then restarted."""
    import threading
    import time

    from tests.sync.server import ServerProcess

    srv = ServerProcess(tmp_path / "server").start()
    vault = new_vault(tmp_path / "vault")
    try:
        add_records(vault, 300, seed=45)
        with FaultProxy(srv.port) as proxy:
            proxy.set_schedule(Schedule([Fault("latency", delay=0.05)] * 30))
            device = enrol(vault, srv, url=proxy.url)
            result = {}
            t = threading.Thread(target=lambda: result.update(s=_sync(vault, 4, batch_size=10)))
            t.start()
            time.sleep(0.4)
            srv.kill()
            time.sleep(0.3)
            srv.start()  # same port, same database
            t.join(60)
            assert result["s"].complete, result
            assert _sync(vault, 5, verify=True).reconciled is True
            assert_converged(vault, srv, device)
    finally:
        vault.lock()
        srv.stop()


def test_delete_after_a_lost_answer_still_retracts(vault, server):
    add_records(vault, 1, seed=46)
    with vault._uow() as uow:
        victim = next(e for e in uow.outbox.current() if e.record_type == "event")
    with FaultProxy(server.port) as proxy:
        device = enrol(vault, server, url=proxy.url)
        proxy.set_schedule(Schedule([Fault("drop_after")] * 3))
        s = sync_service.sync_now(vault, backoff=Backoff(base=0.001, cap=0.002), retry_for=0.0, timeout=(2, 5))
        assert s.pending > 0 and victim.record_id in server.rows(device)  # committed, answer lost
        records.delete_record(vault, RecordType.EVENT, victim.record_id)
        assert _sync(vault, 7, verify=True).complete
        assert server.rows()[victim.record_id][2] == "retraction"
