"""Bulk saving (import, demo data): many records in ONE transaction, all or nothing.

The caller has parsed and validated the records (``services.importing`` does, with the history
inside the file and in the vault); here they are written with ``executemany``, the figures are
marked changed once (:func:`iq_desktop.services.contributions.records_changed`) and one audit entry
records the counts. New sessions are written ``pending`` in the bulk insert itself; records that
already exist (same id) are updated one by one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from iq_desktop.domain.records import Client, CounsellingSession, GroupEvent, JobTrainingScheme, TrainingParticipation
from iq_desktop.services.contributions import records_changed
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
    schemes: Sequence[JobTrainingScheme] = (),
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
        old_clients = uow.clients.existing([c.id for c in clients])
        uow.clients.insert_many([c for c in clients if c.id not in old_clients])
        for c in clients:
            if c.id in old_clients:
                uow.clients.save(c)
        known = {c.id for c in clients}
        wanted = ({s.client_id for s in sessions} | {t.client_id for t in trainings}) - known
        if wanted and len(uow.clients.existing(sorted(wanted))) < len(wanted):
            raise ServiceError("A session or training refers to a person who is not in the vault.")
        # --- schemes (before their participations)
        old_schemes = uow.schemes.existing([s.id for s in schemes])
        uow.schemes.insert_many([s for s in schemes if s.id not in old_schemes])
        for scheme in schemes:
            if scheme.id in old_schemes:
                uow.schemes.save(scheme)
        wanted_schemes = {t.scheme_id for t in trainings if t.scheme_id is not None} - {s.id for s in schemes}
        if wanted_schemes and len(uow.schemes.existing(sorted(wanted_schemes))) < len(wanted_schemes):
            raise ServiceError("A training refers to a job-training scheme that is not in the vault.")
        # --- sessions: new ones are written pending (what records_changed would set)
        old_sessions = uow.sessions.existing([s.id for s in sessions])
        uow.sessions.insert_many([s for s in sessions if s.id not in old_sessions], sync_state="pending")
        for s in sessions:
            if s.id in old_sessions:
                uow.sessions.save(s)
        # --- trainings
        old_trainings = uow.trainings.existing([t.id for t in trainings])
        uow.trainings.insert_many([t for t in trainings if t.id not in old_trainings])
        for t in trainings:
            if t.id in old_trainings:
                uow.trainings.save(t)
        # --- events
        old_events = uow.events.existing([e.id for e in events])
        uow.events.insert_many([e for e in events if e.id not in old_events])
        for e in events:
            if e.id in old_events:
                uow.events.save(e)
        records_changed(uow, session_ids=sorted(old_sessions))
        detail = (
            f"clients={len(clients)} sessions={len(sessions)} trainings={len(trainings)} events={len(events)} "
            f"schemes={len(schemes)}"
        )
        uow.audit.add(vault.user, action, detail=detail)
    total = len(clients) + len(sessions) + len(trainings) + len(events) + len(schemes)
    if total >= CHECKPOINT_AFTER:  # fold the big WAL into the database file and truncate it
        vault.store.checkpoint()
    return total


def _with(record: Any, **changes: Any) -> Any:
    return dataclasses.replace(record, **changes)
