"""Checks shared by the sync tests: what the laptop acknowledged and computes vs. what the server holds.

Since wire schema 2 the outbox holds one item per period of the publication lattice (the site's
contribution: cell -> count, key sum), not one entry per record. "Nothing lost, nothing counted twice"
therefore means: the server holds exactly the laptop's current items (same revision and content), one
per period, and the server's cells of every period are exactly what the laptop counts in its records.
"""

from __future__ import annotations

import contextlib
import json
import random
from collections.abc import Collection
from datetime import date
from typing import Any

from iq_desktop.domain import figures, lattice
from iq_desktop.domain.codes import Audience, EventFormat, EventTopic, SessionKind, Topic
from iq_desktop.domain.records import Client, CounsellingSession, GroupEvent
from iq_desktop.domain.wire import CellValue, ContributionPayload
from iq_desktop.services import contributions, demo, queries, records
from iq_desktop.services.errors import NotFound
from tests.sync.server import ServerProcess


def pending_count(vault: Any) -> int:
    with vault._uow(readonly=True) as uow:
        return int(uow.outbox.counts()["pending"])


def add_records(vault: Any, count: int, seed: int = 1) -> int:
    """Synthetic sessions (+ clients, trainings, schemes, events) saved through the services, then the
    contributions queued as a sync would (``vault.prepare_outbox()``); returns how many outbox items
    are pending."""
    demo.create_demo_data(vault, count, seed=seed)
    vault.prepare_outbox()
    return pending_count(vault)


def local_current(vault: Any) -> dict[str, tuple[int, str, str]]:
    """record_id -> (revision, payload_hash, state) of every outbox item's latest revision."""
    with vault._uow(readonly=True) as uow:
        return {e.record_id: (e.revision, e.payload_hash, e.state) for e in uow.outbox.current()}


def item_of(vault: Any, period: str) -> str:
    """The record id of the vault's outbox item of ``period``."""
    with vault._uow(readonly=True) as uow:
        secret = uow.settings.get(contributions.SECRET)
    assert secret, "no contribution was computed yet"
    return contributions.item_id(bytes.fromhex(secret), period)


def laptop_figures(vault: Any) -> dict[str, dict[str, int]]:
    """period -> cell -> count, computed here from the vault's records with ``figures.count`` for every
    lattice period that holds a record (independently of the outbox; cells counting 0 left out)."""
    with vault._uow(readonly=True) as uow:
        facts = contributions.load_facts(uow)
    labels = {p.label for day in facts.dates() for p in lattice.periods_of(day)}
    out: dict[str, dict[str, int]] = {}
    for label in labels:
        period = lattice.parse(label)
        cells = {c: n for c, n in figures.count(facts, period.start, period.end).n.items() if n}
        if cells:
            out[label] = cells
    return out


def assert_converged(vault: Any, server: ServerProcess, device_id: str) -> None:
    """0 lost, 0 counted twice, 0 acknowledged-but-missing, an empty outbox, nothing quarantined, every
    saved change queued; and the server's figures of every period are exactly the laptop's."""
    local = local_current(vault)
    held = server.rows(device_id)  # an item counts for the device that delivered its current revision
    with vault._uow(readonly=True) as uow:
        counts = uow.outbox.counts()
        acked = dict(uow.outbox.acked())
        current = contributions.is_current(uow)
        waiting_sessions = uow.sessions.count(sync_state="pending")
        kinds = {e.record_id: json.loads(e.payload)["type"] for e in uow.outbox.current()}
    assert current, "records were saved after the contributions were last computed"
    assert counts["pending"] == 0, counts
    assert counts["quarantined"] == 0, counts
    lost = [rid for rid in local if rid not in held]
    assert lost == [], f"{len(lost)} items never reached the server"
    wrong = [rid for rid, (rev, h, _) in local.items() if held[rid][:2] != (rev, h)]
    assert wrong == [], f"{len(wrong)} items hold another revision/content on the server"
    assert {rid: kinds[rid] for rid in local} == {rid: held[rid][2] for rid in local}
    unacked = [rid for rid, (_, _, state) in local.items() if state != "sent"]
    assert unacked == [], unacked
    assert acked == {rid: rev for rid, (rev, _, _) in local.items()}, "acknowledged but not held (or not current)"
    assert set(held) == set(local), "the server holds items for this device the laptop does not know"
    doubled = {p: ids for p, ids in server.periods(device_id).items() if len(ids) > 1}
    assert doubled == {}, "a period is counted twice on the server"
    # the figures themselves: the server's cells are exactly what the laptop counts in its records
    on_server = {p: {c: n for c, (n, _) in cells.items()} for p, cells in server.cells(device_id=device_id).items()}
    expected = laptop_figures(vault)
    assert on_server == expected, _figure_diff(on_server, expected)
    assert waiting_sessions == 0, "sessions still shown as waiting after everything was acknowledged"


def _figure_diff(got: dict[str, dict[str, int]], want: dict[str, dict[str, int]]) -> str:
    lines = []
    for p in sorted(set(got) | set(want)):
        g, w = got.get(p, {}), want.get(p, {})
        for c in sorted(set(g) | set(w)):
            if g.get(c) != w.get(c):
                lines.append(f"{p} {c}: server {g.get(c)} laptop {w.get(c)}")
    return "the server's figures differ: " + "; ".join(lines[:12])


# --- changes that move the figures -----------------------------------------------------------------------


def _column_flip(topics: frozenset[Topic]) -> frozenset[Topic]:
    """Other topics that put an initial session in another column of the initial sessions."""
    col = figures.topic_column(topics)
    if col == "recognition":
        return frozenset({Topic.JOB_TRAINING})
    if col == "job_training":
        return frozenset({Topic.RECOGNITION, Topic.JOB_TRAINING})
    return frozenset({Topic.RECOGNITION})  # combined -> recognition only; none -> counted from now on


def edit_a_session(vault: Any, rng: random.Random, keep: Collection[str] = ()) -> date | None:
    """Edit a random initial session (not one of ``keep``) so that its periods' counts change (another
    topic column); returns its date (None: no initial session)."""
    with vault._uow(readonly=True) as uow:
        rows = uow.sessions.figure_rows()
    initial = sorted(s for s, _, _, kind, _ in rows if kind == SessionKind.INITIAL and s not in keep)
    if not initial:
        return None
    s = queries.get_session(vault, rng.choice(initial))
    assert s is not None
    s.topics = _column_flip(s.topics)
    records.save_session(vault, s)
    return s.date


def delete_a_session(vault: Any, rng: random.Random, keep: Collection[str] = ()) -> date | None:
    """Delete a random session (not one of ``keep``); returns its date (None: no session)."""
    with vault._uow(readonly=True) as uow:
        rows = sorted((sid, day) for sid, _, day, _, _ in uow.sessions.figure_rows() if sid not in keep)
    if not rows:
        return None
    sid, day = rng.choice(rows)
    records.delete_record(vault, "session", sid)
    return day


def add_lonely_period(vault: Any, day: date, participants: int = 17) -> list[tuple[str, str]]:
    """One person with one initial session and one labour-market training event on ``day``, in a
    period with nothing else; returns ``[(record type, id)]`` in the order to delete them."""
    c = records.save_client(vault, Client("Lonely", "Period"))
    s = records.save_session(vault, CounsellingSession(c.id, day, topics=frozenset({Topic.RECOGNITION})))
    e = records.save_event(
        vault,
        GroupEvent(day, format=EventFormat.TRAINING, audience=Audience.LABOUR_MARKET,
                   topic=EventTopic.SKILLED_WORKER_RECRUITMENT, participants=participants),
    )  # fmt: skip
    return [("session", s.id), ("event", e.id), ("client", c.id)]


def delete_all(vault: Any, ids: list[tuple[str, str]]) -> None:
    """Delete these records (those deleted already are skipped)."""
    for kind, rid in ids:
        with contextlib.suppress(NotFound):
            records.delete_record(vault, kind, rid)


def conflicting_item(other, taken: str) -> None:
    """Queue in ``other``'s outbox, through the outbox repository, revision 1 of the item ``taken``
    with content the server does not hold for it (as a laptop with a broken item id would)."""
    payload = ContributionPayload(period="2019-Q2", cells={"initial.total": CellValue(n=1, k=12345)})
    with other._uow() as uow:
        entry = uow.outbox.enqueue(taken, contributions.RECORD_TYPE, payload)
    assert entry is not None and entry.revision == 1
