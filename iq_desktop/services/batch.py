"""Bulk saving (import, demo data): many records in ONE transaction, all or nothing.

The caller has parsed and validated the records (``services.importing`` does, with the history
inside the file and in the vault); here they are written with ``executemany``, de-identified
and queued, and one audit entry records the counts. New records get outbox revision 1 in bulk;
records that already exist (same id) take the normal edit path.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Any

from pydantic import BaseModel

from iq_desktop.domain import deid
from iq_desktop.domain.codes import RecordType
from iq_desktop.domain.first_contact import first_contact_id
from iq_desktop.domain.records import Client, CounsellingSession, GroupEvent, TrainingParticipation
from iq_desktop.services.errors import ServiceError
from iq_desktop.services.vault import Vault

__all__ = ["save_batch"]

CHECKPOINT_AFTER = 1000


def save_batch(
    vault: Vault,
    *,
    clients: Sequence[Client] = (),
    sessions: Sequence[CounsellingSession] = (),
    trainings: Sequence[TrainingParticipation] = (),
    events: Sequence[GroupEvent] = (),
    action: str = "import",
) -> int:
    """Save everything in one transaction; returns the number of records saved."""
    site = vault.site
    site_id = site.site_id if site else ""
    user = vault.user
    sessions = [
        s if s.site_id and s.counsellor else _with(s, site_id=s.site_id or site_id, counsellor=s.counsellor or user)
        for s in sessions
    ]
    events = [e if e.site_id else _with(e, site_id=site_id) for e in events]
    with vault._uow() as uow:
        # --- clients
        client_ids = {c.id for c in clients}
        old_clients = uow.clients.existing([c.id for c in clients])
        uow.clients.insert_many([c for c in clients if c.id not in old_clients])
        for c in clients:
            if c.id in old_clients:
                uow.clients.save(c)
        by_id: dict[str, Client] = {c.id: c for c in clients}
        wanted = ({s.client_id for s in sessions} | {t.client_id for t in trainings}) - by_id.keys()
        for cid in sorted(wanted):
            if cid not in by_id:
                found = uow.clients.get(cid)
                if found is None:
                    raise ServiceError("A session or training refers to a person who is not in the vault.")
                by_id[cid] = found
        # --- sessions (first contact over vault history + this batch)
        session_ids = {s.id for s in sessions}
        old_sessions = uow.sessions.existing([s.id for s in sessions])
        timelines: dict[str, list[tuple[str, date, str]]] = defaultdict(list)
        vault_first: dict[str, str | None] = {}
        for cid in {s.client_id for s in sessions}:
            if cid not in client_ids or cid in old_clients:
                timeline = uow.sessions.timeline(cid)
                vault_first[cid] = first_contact_id(timeline)
                timelines[cid] = [t for t in timeline if t[0] not in session_ids]
        for s in sessions:
            timelines[s.client_id].append((s.id, s.date, s.kind))
        first = {cid: first_contact_id(tl) for cid, tl in timelines.items() if tl}
        # queued below in this transaction (revision 1, pending): written with that state, so the
        # outbox trigger that keeps ``sync_state`` need not rewrite each row
        uow.sessions.insert_many([s for s in sessions if s.id not in old_sessions], sync_state="pending")
        queue_new: list[tuple[str, str, BaseModel]] = []
        payload: BaseModel
        for s in sessions:
            payload = deid.deidentify_session(s, by_id[s.client_id], first_contact=first.get(s.client_id) == s.id)
            if s.id in old_sessions:
                uow.sessions.save(s)
                uow.outbox.enqueue(s.id, RecordType.SESSION, payload)
            else:
                queue_new.append((s.id, RecordType.SESSION, payload))
        for cid, previous in vault_first.items():  # an imported session may now be the first contact
            if previous is not None and previous != first.get(cid) and previous not in session_ids:
                other = uow.sessions.get(previous)
                if other is not None:
                    p = deid.deidentify_session(other, by_id[cid], first_contact=False)
                    uow.outbox.enqueue(other.id, RecordType.SESSION, p)
        # --- trainings
        old_trainings = uow.trainings.existing([t.id for t in trainings])
        uow.trainings.insert_many([t for t in trainings if t.id not in old_trainings])
        for t in trainings:
            payload = deid.deidentify_training(t, by_id[t.client_id])
            if t.id in old_trainings:
                uow.trainings.save(t)
                uow.outbox.enqueue(t.id, RecordType.TRAINING, payload)
            else:
                queue_new.append((t.id, RecordType.TRAINING, payload))
        # --- events
        old_events = uow.events.existing([e.id for e in events])
        uow.events.insert_many([e for e in events if e.id not in old_events])
        for e in events:
            payload = deid.deidentify_event(e)
            if e.id in old_events:
                uow.events.save(e)
                uow.outbox.enqueue(e.id, RecordType.EVENT, payload)
            else:
                queue_new.append((e.id, RecordType.EVENT, payload))
        uow.outbox.add_new(queue_new)
        detail = f"clients={len(clients)} sessions={len(sessions)} trainings={len(trainings)} events={len(events)}"
        uow.audit.add(vault.user, action, detail=detail)
    total = len(clients) + len(sessions) + len(trainings) + len(events)
    if total >= CHECKPOINT_AFTER:  # fold the big WAL into the database file and truncate it
        vault.store.checkpoint()
    return total


def _with(record: Any, **changes: Any) -> Any:
    return dataclasses.replace(record, **changes)
