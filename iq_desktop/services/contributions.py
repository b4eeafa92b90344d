"""The site's contributions to the network's figures: what leaves the laptop (wire schema v2).

Saving, deleting or erasing a record only marks the figures as changed (:func:`records_changed`, in the
record's own transaction). Before a sync, :func:`refresh` computes the site's contribution to every
published cell for every period of the publication lattice (quarter, half-year, year) from the records
themselves and queues each period whose contribution changed as the next revision of one outbox item.
No person-level row ever leaves the laptop.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import uuid
from collections.abc import Iterable
from datetime import date
from typing import Any

from iq_desktop.domain import figures, lattice, reference
from iq_desktop.domain.outbox import OutboxEntry, OutboxState
from iq_desktop.domain.records import GroupEvent
from iq_desktop.domain.wire import CellValue, ContributionPayload, RetractionPayload
from iq_desktop.store import UnitOfWork

#: settings keys: a counter bumped by every change to the figures, and its value at the last refresh
CHANGED_SEQ, REFRESHED_SEQ = "figures_changed_seq", "figures_refreshed_seq"


def records_changed(uow: UnitOfWork, session_ids: Iterable[str] = ()) -> None:
    """Call in the transaction of every save, delete or erasure of a record that a figure may count
    (sessions, trainings, schemes, events; a client's occupation). ``session_ids``: sessions saved in
    this transaction (they show "waiting" until a contribution holding them has been acknowledged)."""
    seq = int(uow.settings.get(CHANGED_SEQ) or 0) + 1
    uow.settings.set(CHANGED_SEQ, str(seq))
    ids = list(session_ids)
    if ids:
        uow.sessions.set_sync_state(ids, "pending")


# --- computing and queueing the contributions ------------------------------------------------------------

SECRET = "figures_key_secret"  # noqa: S105 (a settings key) -- 32 random bytes (hex): item ids and cell keys; never leaves the laptop
PERIODS = "figures_periods"  # JSON list of the periods that ever had an item (so an emptied one is retracted)
RECORD_TYPE = "contribution"
#: Periods starting before this day (ISO) are final: retention purged people who are counted in them, so
#: their items stay as last queued instead of being recomputed without those people.
FROZEN_BEFORE = "figures_frozen_before"


def _secret(uow: UnitOfWork) -> bytes:
    text = uow.settings.get(SECRET)
    if not text:
        text = secrets.token_hex(32)
        uow.settings.set(SECRET, text)
    return bytes.fromhex(text)


def item_id(secret: bytes, period: str) -> str:
    """The outbox item of one period: random to anyone without the vault's secret."""
    digest = hashlib.blake2b(b"item|" + period.encode(), key=secret, digest_size=16).digest()
    return str(uuid.UUID(bytes=digest, version=4))


def key_function(secret: bytes, period: str) -> figures.KeyFn:
    """A unit's 32-bit key for one cell of one period (a keyed hash: independent across cells and
    periods, so two cells' keys never show that they count the same person)."""
    suffix = f"|{period}".encode()

    def key(unit: str, cell: str) -> int:
        data = f"{unit}|{cell}".encode() + suffix
        return int.from_bytes(hashlib.blake2b(data, key=secret, digest_size=4).digest(), "big")

    return key


def load_facts(uow: UnitOfWork) -> figures.SiteFacts:
    """The site's records as the figures see them (in memory only, never sent)."""
    occupations, groups = reference.occupations(), reference.occupation_groups()
    group_of: dict[str, str | None] = {}
    for client_id, code in uow.clients.occupation_codes().items():
        occ = occupations.get(code or "")
        group_of[client_id] = occ.group if occ and occ.group in groups else None
    sessions = [
        figures.SessionFact(sid, client_id, day, kind, topics, group_of.get(client_id))
        for sid, client_id, day, kind, topics in uow.sessions.figure_rows()
    ]
    schemes = {s.id: figures.SchemeFact(s.id, s.format, s.start) for s in uow.schemes.all()}
    trainings = []
    for t in uow.trainings.all():
        scheme = schemes.get(t.scheme_id) if t.scheme_id else None
        if scheme is None:  # no scheme (or a lost one): the participation is its own individual scheme
            scheme = figures.SchemeFact(t.id, t.format, t.start)
        trainings.append(figures.TrainingFact(t.id, t.client_id, t.start, t.status, t.end, scheme))
    events = [_event_fact(e) for e in uow.events.all()]
    return figures.SiteFacts(sessions, trainings, list(schemes.values()), events)


def _event_fact(e: GroupEvent) -> figures.EventFact:
    return figures.EventFact(e.id, e.date, e.format, e.audience, e.topic, e.participants)


def by_year(facts: figures.SiteFacts) -> dict[int, figures.SiteFacts]:
    """The facts split by calendar year (every period of the lattice lies in one year)."""
    years: dict[int, dict[str, list[Any]]] = {}

    def put(year: int, kind: str, fact: object) -> None:
        years.setdefault(year, {"sessions": [], "trainings": [], "schemes": [], "events": []})[kind].append(fact)

    for s in facts.sessions:
        put(s.date.year, "sessions", s)
    for t in facts.trainings:
        put(t.start.year, "trainings", t)
    for sc in facts.schemes:
        put(sc.start.year, "schemes", sc)
    for e in facts.events:
        put(e.date.year, "events", e)
    return {y: figures.SiteFacts(**parts) for y, parts in years.items()}


def _counts_of(text: str) -> dict[str, int] | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("type") != "contribution":
        return None
    return {cell: int(v["n"]) for cell, v in data.get("cells", {}).items()}


def contribution(facts: figures.SiteFacts, secret: bytes, label: str) -> ContributionPayload:
    """The site's contribution to one period (cells counting nothing left out)."""
    period = lattice.parse(label)
    cells = figures.count(facts, period.start, period.end, key=key_function(secret, label))
    return ContributionPayload(
        period=label, cells={c: CellValue(n=n, k=cells.k.get(c, 0)) for c, n in sorted(cells.n.items()) if n}
    )


def refresh(uow: UnitOfWork, *, force: bool = False) -> int:
    """Queue the contribution of every period whose cells changed since its last queued revision (and
    a retraction for a period that has nothing left); returns how many were queued. Does nothing when
    no record changed since the last refresh (unless ``force``)."""
    changed = uow.settings.get(CHANGED_SEQ) or "0"
    known: set[str] = set(json.loads(uow.settings.get(PERIODS) or "[]"))
    if not force and uow.settings.get(REFRESHED_SEQ) == changed:
        return 0
    secret = _secret(uow)
    years = by_year(load_facts(uow))
    labels = set(known)
    for year in years:
        labels.update(p.label for p in _year_periods(year))
    queued = 0
    frozen = uow.settings.get(FROZEN_BEFORE)
    for label in sorted(labels):
        period = lattice.parse(label)
        if frozen and period.start.isoformat() < frozen:
            continue  # final since a retention purge: stays as last queued
        facts = years.get(period.start.year, _EMPTY)
        counts = {c: n for c, n in figures.count(facts, period.start, period.end).n.items() if n}
        rid = item_id(secret, label)
        last = uow.outbox.latest(rid)
        sent_counts = _counts_of(last.payload) if last is not None else None  # None: no item, or retracted
        if counts == (sent_counts or {}):
            continue  # same counts: the cells (and their published perturbation) stay as they are
        payload = contribution(facts, secret, label) if counts else RetractionPayload()
        queued += uow.outbox.enqueue(rid, RECORD_TYPE, payload) is not None
        known.add(label)
    uow.settings.set(PERIODS, json.dumps(sorted(known)))
    uow.settings.set(REFRESHED_SEQ, changed)
    return queued


_EMPTY = figures.SiteFacts()


def _year_periods(year: int) -> list[lattice.Period]:
    labels = [f"{year}-Q{q}" for q in range(1, 5)] + [f"{year}-H1", f"{year}-H2", str(year)]
    return [lattice.parse(x) for x in labels]


def freeze_before(uow: UnitOfWork, day: date) -> None:
    """Before retention deletes people last seen before ``day``: queue every change first, then make the
    periods starting before ``day`` final (a purge must not lower the network's past figures)."""
    refresh(uow)
    current = uow.settings.get(FROZEN_BEFORE)
    if current is None or current < day.isoformat():
        uow.settings.set(FROZEN_BEFORE, day.isoformat())


def is_current(uow: UnitOfWork) -> bool:
    """Whether the queued contributions reflect every saved change."""
    return uow.settings.get(REFRESHED_SEQ) == (uow.settings.get(CHANGED_SEQ) or "0")


def mark_delivered(uow: UnitOfWork) -> int:
    """After a sync that emptied the outbox: if no record changed since the contributions were
    computed, every waiting session is in a contribution the server acknowledged."""
    if not is_current(uow):
        return 0
    counts = uow.outbox.counts()
    if counts.get(OutboxState.PENDING, 0) or counts.get(OutboxState.QUARANTINED, 0):
        return 0
    return uow.sessions.mark_all("pending", "sent")


# --- "What is sent" --------------------------------------------------------------------------------------


def record_day(uow: UnitOfWork, record_id: str) -> date | None:
    """The day a figure counts a session, training, scheme or event by (None: no such record)."""
    session = uow.sessions.get(record_id)
    if session is not None:
        return session.date
    training = uow.trainings.get(record_id)
    if training is not None:
        return training.start
    event = uow.events.get(record_id)
    if event is not None:
        return event.date
    scheme = uow.schemes.get(record_id)
    return scheme.start if scheme is not None else None


def period_of(payload: str) -> str | None:
    """The lattice period an outbox item's figures belong to ("2025-Q2", "2025-H1", "2025"); None for a
    retraction (its payload names no period) or a payload that cannot be read."""
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    period = data.get("period") if isinstance(data, dict) else None
    return str(period) if period else None


def sent_for(uow: UnitOfWork, record_id: str) -> tuple[str | None, OutboxEntry | None]:
    """What leaves the laptop for a record: nothing on its own, but the contribution of the quarter
    it is counted in. Returns ``(quarter, that item's latest revision)``; for an outbox item's own id
    (the sync panel) its period and itself; ``(None, None)`` for a record no figure counts (a client)."""
    own = uow.outbox.latest(record_id)
    if own is not None:
        return period_of(own.payload), own
    day = record_day(uow, record_id)
    text = uow.settings.get(SECRET)
    if day is None:
        return None, None
    label = lattice.quarter_of(day).label
    return label, uow.outbox.latest(item_id(bytes.fromhex(text), label)) if text else None


def is_counted(uow: UnitOfWork, record_id: str) -> bool:
    """Whether any published figure counts this session, training, scheme or event (an event for
    migrants on another topic than Fair Integration, or a follow-up on recognition only, counts in none)."""
    day = record_day(uow, record_id)
    if day is None:
        return False
    facts = figures.SiteFacts()
    if (s := uow.sessions.get(record_id)) is not None:
        facts = figures.SiteFacts(sessions=[figures.SessionFact(s.id, s.client_id, s.date, s.kind, s.topics)])
    elif (t := uow.trainings.get(record_id)) is not None:  # counts its person (and maybe its own scheme)
        own = figures.SchemeFact(t.id, t.format, t.start)
        facts = figures.SiteFacts(trainings=[figures.TrainingFact(t.id, t.client_id, t.start, t.status, t.end, own)])
    elif (e := uow.events.get(record_id)) is not None:
        facts = figures.SiteFacts(events=[_event_fact(e)])
    elif (sc := uow.schemes.get(record_id)) is not None:
        facts = figures.SiteFacts(schemes=[figures.SchemeFact(sc.id, sc.format, sc.start)])
    quarter = lattice.quarter_of(day)
    return bool(figures.count(facts, quarter.start, quarter.end).n)
