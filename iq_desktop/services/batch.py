"""Bulk saving (import, demo data): many records in ONE transaction, all or nothing.

The caller has parsed and validated the records (``services.importing`` does, with the history
inside the file and in the vault); here they are written with ``executemany``, the figures are
marked changed once (:func:`iq_desktop.services.contributions.records_changed`) and one audit entry
records the counts. New sessions are written ``pending`` in the bulk insert itself; records that
already exist (same id) are updated one by one.

The commit is the last step that can fail: what runs after it (folding the WAL into the database
file) is best effort, so the outcome a caller reports is the outcome on disk. An import names its
source (a keyed hash of the file's bytes, :func:`source_key`) in its audit entry; the same source
again is refused inside the same transaction (:class:`AlreadyImported`), so a retry after an unclear
outcome never saves the records twice.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import secrets
from collections.abc import Sequence
from datetime import date
from typing import Any

from iq_desktop.domain.records import (
    Client,
    CounsellingSession,
    GroupEvent,
    JobTrainingScheme,
    RecognitionProcedure,
    TrainingParticipation,
)
from iq_desktop.services.contributions import records_changed
from iq_desktop.services.errors import ServiceError
from iq_desktop.services.vault import Vault
from iq_desktop.store import UnitOfWork

__all__ = ["AlreadyImported", "save_batch", "source_key"]

CHECKPOINT_AFTER = 1000
#: settings key: 32 random bytes (hex) keying the hash that recognises an import file again
SOURCE_SECRET = "import_source_secret"  # noqa: S105 - a settings key, not a secret


class AlreadyImported(ServiceError):
    """The same file (same bytes) was imported before: nothing was saved this time."""

    def __init__(self, when: date) -> None:
        super().__init__(
            f"This file was already imported on {when.isoformat()}; nothing was saved. To import the same "
            "records a second time anyway, run again with --again."
        )
        self.when = when


def source_digest(data: bytes) -> str:
    """The SHA-256 of an import file's bytes (hex); never stored as such (see :func:`source_key`)."""
    return hashlib.sha256(data).hexdigest()


def source_key(uow: UnitOfWork, digest: str) -> str:
    """The token an import file is known by in this vault's audit log: a hash keyed with a secret of the
    vault, so the log does not show which file (e.g. one passed around) was imported."""
    text = uow.settings.get(SOURCE_SECRET)
    if not text:
        text = secrets.token_hex(32)
        uow.settings.set(SOURCE_SECRET, text)
    keyed = hashlib.blake2b(digest.encode("ascii"), key=bytes.fromhex(text), digest_size=16).hexdigest()
    return f"file={keyed}"


def save_batch(
    vault: Vault,
    *,
    clients: Sequence[Client] = (),
    sessions: Sequence[CounsellingSession] = (),
    trainings: Sequence[TrainingParticipation] = (),
    events: Sequence[GroupEvent] = (),
    schemes: Sequence[JobTrainingScheme] = (),
    procedures: Sequence[RecognitionProcedure] = (),
    action: str = "import",
    source: str | None = None,
    again: bool = False,
) -> int:
    """Save everything in one transaction (all or nothing); returns the number of records saved.

    ``procedures`` (recognition procedures; laptop only) are written last, after the clients and
    trainings they refer to; they do not touch the figures.

    ``source``: :func:`source_digest` of the file the records come from; if a file with the same bytes
    was saved before, :class:`AlreadyImported` is raised and nothing is written (unless ``again``)."""
    site = vault.site
    site_id = site.site_id if site else ""
    user = vault.user
    sessions = [
        s if s.site_id and s.counsellor else _with(s, site_id=s.site_id or site_id, counsellor=s.counsellor or user)
        for s in sessions
    ]
    events = [e if e.site_id else _with(e, site_id=site_id) for e in events]
    with vault._uow() as uow:
        token = source_key(uow, source) if source is not None else None
        if token is not None and not again:
            earlier = uow.audit.first_with(action, token)
            if earlier is not None:
                raise AlreadyImported(earlier.at.date())
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
        # --- recognition procedures (after their clients and trainings; laptop only, no figures)
        if procedures:
            _check_procedure_links(uow, procedures, known | wanted, trainings)
            uow.procedures.insert_many(list(procedures))
        records_changed(uow, session_ids=sorted(old_sessions))
        detail = (
            f"clients={len(clients)} sessions={len(sessions)} trainings={len(trainings)} events={len(events)} "
            f"schemes={len(schemes)}"
            + (f" procedures={len(procedures)}" if procedures else "")
            + (f" {token}" if token else "")
        )
        uow.audit.add(vault.user, action, detail=detail)
    # committed: nothing below may fail the call (the records ARE saved)
    total = len(clients) + len(sessions) + len(trainings) + len(events) + len(schemes) + len(procedures)
    if total >= CHECKPOINT_AFTER:  # fold the big WAL into the database file and truncate it
        with contextlib.suppress(Exception):  # best effort (e.g. a full disk): SQLite's next checkpoint does it
            vault.store.checkpoint()
    return total


def _check_procedure_links(
    uow: UnitOfWork,
    procedures: Sequence[RecognitionProcedure],
    checked_clients: set[str],
    trainings: Sequence[TrainingParticipation],
) -> None:
    """Every procedure's client and linked training exist (this batch or the vault), the training is
    the same client's; otherwise :class:`ServiceError` and the whole batch is rolled back."""
    wanted = {p.client_id for p in procedures} - checked_clients
    if wanted and len(uow.clients.existing(sorted(wanted))) < len(wanted):
        raise ServiceError("A recognition procedure refers to a person who is not in the vault.")
    owner = {t.id: t.client_id for t in trainings}
    for p in procedures:
        if p.training_id is None:
            continue
        client_id = owner.get(p.training_id)
        if client_id is None:
            found = uow.trainings.get(p.training_id)
            client_id = found.client_id if found is not None else None
        if client_id != p.client_id:
            raise ServiceError("A recognition procedure refers to a job training that is not this person's.")


def _with(record: Any, **changes: Any) -> Any:
    return dataclasses.replace(record, **changes)
