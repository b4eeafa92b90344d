"""Seeded fault schedules between the client and the real server (through tests/sync/faultproxy.py).

Each schedule: new records, edits and deletions on the laptop (new revisions of the periods' items,
retractions of emptied periods), then a sync through a proxy that drops requests before or after the
server's commit, resets connections at random byte offsets, answers 500/503/408 and 429, adds latency,
duplicates and replays requests late. After the schedule heals: 0 lost, 0 counted twice,
0 acknowledged-but-missing, an empty outbox, and the server's figures of every period are exactly what
the laptop counts in its records (``assert_converged``). 200 schedules in CI; IQ_LONG_TESTS=1 runs 2,000.
"""

from __future__ import annotations

import contextlib
import json
import random
from datetime import date

import pytest

from iq_desktop.domain.codes import Audience, EventFormat
from iq_desktop.domain.records import GroupEvent
from iq_desktop.services import records, sync_service
from iq_desktop.services.errors import IQError
from iq_desktop.sync.backoff import Backoff
from tests.sync.conftest import LONG, enrol, new_vault
from tests.sync.faultproxy import Fault, FaultProxy, Schedule
from tests.sync.helpers import (
    add_lonely_period,
    add_records,
    assert_converged,
    delete_a_session,
    delete_all,
    edit_a_session,
    item_of,
    laptop_figures,
)

SCHEDULES = 2000 if LONG else 200
GROUPS = 10
PER_GROUP = SCHEDULES // GROUPS
FAST = {"timeout": (2.0, 5.0), "retry_for": 60.0}


def _mutate(vault, rng: random.Random, seed: int, lonely: list[list[tuple[str, str]]]) -> None:
    """New records, and sometimes an edit that moves the counts, a deletion, a period filled with
    one person's records or emptied again (its items retracted)."""
    add_records(vault, rng.randint(1, 3), seed=seed)
    with contextlib.suppress(IQError):  # e.g. a follow-up whose initial session was deleted
        if rng.random() < 0.5:
            edit_a_session(vault, rng)
        if rng.random() < 0.3:
            delete_a_session(vault, rng)
    if rng.random() < 0.3:
        lonely.append(add_lonely_period(vault, date(2010 + rng.randint(0, 9), rng.randint(1, 12), 15)))
    if lonely and rng.random() < 0.4:
        delete_all(vault, lonely.pop(rng.randrange(len(lonely))))


def _sync(vault, seed: int, **kw):
    return sync_service.sync_now(vault, backoff=Backoff(base=0.001, cap=0.02, rng=random.Random(seed)), **FAST, **kw)


@pytest.mark.parametrize("group", range(GROUPS))
def test_seeded_fault_schedules(group, server, tmp_path):
    vault = new_vault(tmp_path / "vault")
    try:
        with FaultProxy(server.port) as proxy:
            device = enrol(vault, server, url=proxy.url)
            lonely: list[list[tuple[str, str]]] = []
            for seed in range(group * PER_GROUP, (group + 1) * PER_GROUP):
                rng = random.Random(seed)
                _mutate(vault, rng, seed, lonely)
                proxy.set_schedule(Schedule.seeded(seed, length=rng.randint(3, 10), max_delay=0.02))
                summary = _sync(vault, seed, batch_size=rng.choice([1, 2, 3, 5]))
                assert summary.complete, (seed, summary, proxy.log[-12:])
                proxy.replay_captured()  # late, out-of-order deliveries of older batches
                summary = _sync(vault, seed, verify=True)
                assert summary.complete and summary.reconciled is True, (seed, summary)
                assert_converged(vault, server, device)
            applied = {kind for _, kind in proxy.log}
            assert len(applied - {"pass"}) >= 8, applied  # the faults really happened
            held = server.rows(device).values()  # edits and deletions really travelled
            assert any(rev > 1 and rtype == "contribution" for rev, _, rtype in held)
            assert any(rtype == "retraction" for _, _, rtype in held)
    finally:
        vault.lock()


def test_dropped_after_commit_then_replayed_counts_once(vault, server):
    """The server commits, the answer is lost; the batch is sent again (duplicate) and an old copy
    is delivered again after a newer revision: still exactly one, current item per period, and the
    server's figures are the laptop's."""
    add_lonely_period(vault, date(2012, 5, 15))
    add_records(vault, 8, seed=42)  # queues all items, in the order of their periods
    with FaultProxy(server.port) as proxy:
        device = enrol(vault, server, url=proxy.url)
        proxy.set_schedule(Schedule([Fault("capture"), Fault("drop_after"), Fault("drop_after"), Fault("duplicate")]))
        s = _sync(vault, 1, batch_size=4)
        assert s.complete and s.duplicates >= 4, s
        with vault._uow() as uow:
            first = uow.outbox.current()[0]  # in the captured (first) batch
        assert first.payload.startswith('{"cells":') and first.revision == 1
        period = json.loads(first.payload)["period"]
        assert period.startswith("2012")  # the lonely period's items sort first
        more = GroupEvent(date(2012, 5, 16), format=EventFormat.TRAINING, audience=Audience.LABOUR_MARKET)
        records.save_event(vault, more)  # one more training event in 2012: a new revision of its items
        assert _sync(vault, 2).complete
        assert proxy.replay_captured() == 1  # revision 1 arrives again, late
        assert server.rows()[first.record_id][0] == 2
        assert_converged(vault, server, device)
        assert laptop_figures(vault)["2012"]["stakeholders.labour_market.trainings"] == 2


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
            t = threading.Thread(target=lambda: result.update(s=_sync(vault, 4, batch_size=2)))
            t.start()
            deadline = time.monotonic() + 20
            while sum(path == "/v1/records" for path, _ in proxy.log) < 2 and time.monotonic() < deadline:
                time.sleep(0.005)
            assert t.is_alive()  # mid-sync: batches sent, more to come
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
    """Records deleted after the server committed their periods' items but the answer was lost: the
    items were marked attempted, so their next revisions (and the emptied period's retraction) go out,
    and the server's figures drop the deleted records; nothing is counted twice."""
    add_records(vault, 20, seed=46)
    lonely = add_lonely_period(vault, date(2013, 8, 20))
    with FaultProxy(server.port) as proxy:
        device = enrol(vault, server, url=proxy.url)
        proxy.set_schedule(Schedule([Fault("drop_after")] * 3))
        s = sync_service.sync_now(vault, backoff=Backoff(base=0.001, cap=0.002), retry_for=0.0, timeout=(2, 5))
        victim = item_of(vault, "2013-Q3")
        assert s.pending > 0 and victim in server.rows(device)  # committed, answer lost
        assert server.cells(device_id=device)["2013-Q3"]["initial.total"][0] == 1
        delete_all(vault, lonely)  # 2013-Q3, 2013-H2 and 2013 are empty now
        rng = random.Random(46)
        deleted = [delete_a_session(vault, rng) for _ in range(3)]  # other periods count fewer
        assert all(deleted)
        assert _sync(vault, 7, verify=True).complete
        for period in ("2013-Q3", "2013-H2", "2013"):
            assert server.rows()[item_of(vault, period)][2] == "retraction"
        assert not any(p.startswith("2013") for p in server.cells(device_id=device))
        assert_converged(vault, server, device)
