"""The background scheduler: probes health with backoff, syncs as soon as the server is reachable."""

from __future__ import annotations

import threading
import time

from iq_desktop.sync.backoff import Backoff
from iq_desktop.sync.scheduler import SyncScheduler
from tests.sync.conftest import enrol
from tests.sync.faultproxy import Fault, FaultProxy, Schedule
from tests.sync.helpers import add_records, assert_converged


def _wait_for(predicate, timeout=20.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def test_syncs_by_itself_once_the_server_is_reachable_again(vault, server):
    first = add_records(vault, 10, seed=60)
    results = []
    done = threading.Event()
    with FaultProxy(server.port) as proxy:
        device = enrol(vault, server, url=proxy.url)
        # the network is "down": every request dropped for a while
        proxy.set_schedule(Schedule([Fault("drop_before")] * 15))
        sched = SyncScheduler(
            vault,
            interval=0.2,
            backoff=Backoff(base=0.01, cap=0.05),
            on_result=lambda s: (results.append(s), s.complete and done.set()),
            run_kwargs={"timeout": (2.0, 5.0)},
        ).start()
        try:
            assert done.wait(20), results
            assert proxy.remaining() == 0  # it kept probing through the outage
            assert_converged(vault, server, device)
            # new records are picked up on trigger() ("sync now" / network came back)
            more = add_records(vault, 3, seed=61)
            sched.trigger()
            assert _wait_for(lambda: sum(r.sent for r in results) >= first + more), results
        finally:
            sched.stop()
        assert not sched.running
    assert_converged(vault, server, device)


def test_revoked_device_halts_until_triggered(vault, server):
    device = enrol(vault, server)
    add_records(vault, 2, seed=62)
    server.revoke(device)
    results = []
    sched = SyncScheduler(vault, interval=0.05, backoff=Backoff(base=0.01, cap=0.02), on_result=results.append).start()
    try:
        assert _wait_for(lambda: results and results[-1].error_kind == "revoked")
        time.sleep(0.3)
        assert len(results) == 1  # no hammering of the server after a 401
    finally:
        sched.stop()


def test_not_enrolled_waits_quietly(vault):
    add_records(vault, 2, seed=63)
    results = []
    sched = SyncScheduler(vault, interval=0.05, on_result=results.append).start()
    time.sleep(0.3)
    sched.stop()
    assert results == []


def test_reachability_is_reported_on_each_change_and_stop_without_waiting(vault, server):
    """Public API for the GUI: on_reachability(bool) on the scheduler's thread when the probe's answer
    changes; stop(wait=False) returns at once, join() waits for the thread."""
    add_records(vault, 2, seed=64)
    seen = []
    threads = set()

    def reachability(ok):
        seen.append(ok)
        threads.add(threading.current_thread().name)

    with FaultProxy(server.port) as proxy:
        enrol(vault, server, url=proxy.url)
        proxy.set_schedule(Schedule([Fault("drop_before")] * 4))
        sched = SyncScheduler(
            vault,
            interval=0.05,
            backoff=Backoff(base=0.01, cap=0.02),
            on_reachability=reachability,
            run_kwargs={"timeout": (1.0, 5.0)},
        ).start()
        try:
            assert _wait_for(lambda: True in seen)
            time.sleep(0.3)  # more probes, all reachable: no more reports
        finally:
            assert sched.stop(wait=False) in (True, False)  # returns at once
            assert sched.join(10.0) and not sched.running
    assert seen == [False, True], seen  # the outage, then the server answering; once each
    assert threads == {"iq-sync-scheduler"}
    assert sched.join(0.0)  # joining again is harmless
