"""Checks shared by the sync tests: what the laptop acknowledged vs. what the server holds."""

from __future__ import annotations

from typing import Any

from iq_desktop.services import demo
from tests.sync.server import ServerProcess


def add_records(vault: Any, count: int, seed: int = 1) -> int:
    """Synthetic sessions (+ clients, trainings, events) saved through the services; returns how many
    outbox entries are pending."""
    demo.create_demo_data(vault, count, seed=seed)
    with vault._uow() as uow:
        return int(uow.outbox.counts()["pending"])


def local_current(vault: Any) -> dict[str, tuple[int, str, str]]:
    """record_id -> (revision, payload_hash, state) of every record's latest revision."""
    with vault._uow() as uow:
        return {e.record_id: (e.revision, e.payload_hash, e.state) for e in uow.outbox.current()}


def assert_converged(vault: Any, server: ServerProcess, device_id: str) -> None:
    """0 lost, 0 counted twice, 0 acknowledged-but-missing, an empty outbox."""
    local = local_current(vault)
    held = server.rows(device_id)  # a record counts for the device that delivered its current revision
    with vault._uow() as uow:
        counts = uow.outbox.counts()
        acked = dict(uow.outbox.acked())
    assert counts["pending"] == 0, counts
    assert counts["quarantined"] == 0, counts
    lost = [rid for rid in local if rid not in held]
    assert lost == [], f"{len(lost)} records never reached the server"
    wrong = [rid for rid, (rev, h, _) in local.items() if held[rid][:2] != (rev, h)]
    assert wrong == [], f"{len(wrong)} records hold another revision/content on the server"
    unacked = [rid for rid, (_, _, state) in local.items() if state != "sent"]
    assert unacked == [], unacked
    missing = [rid for rid in acked if rid not in held]
    assert missing == [], "acknowledged but missing on the server"
    assert set(held) == set(local), "the server holds records for this device the laptop does not know"
    # the server keeps one row per record id (primary key): nothing can be counted twice
    assert len(held) == len(local)
