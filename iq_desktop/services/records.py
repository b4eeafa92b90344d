"""Use cases that change records. Each runs in ONE transaction: validate, write, de-identify and
queue in the outbox, audit. Reading use cases live in :mod:`iq_desktop.services.queries` and are
re-exported here."""

from __future__ import annotations

import dataclasses
from datetime import date

from iq_desktop.domain import deid, rules
from iq_desktop.domain.codes import RecordType, SessionKind
from iq_desktop.domain.first_contact import first_contact_id
from iq_desktop.domain.records import Client, CounsellingSession, GroupEvent, Record, TrainingParticipation
from iq_desktop.services.errors import NotAllowed, NotFound, ServiceError, ValidationError
from iq_desktop.services.figures import site_figures
from iq_desktop.services.queries import (
    ClientRow,
    OutboxView,
    SessionRow,
    all_records,
    client_history,
    count_sessions,
    find_clients,
    get_client,
    get_event,
    get_record,
    get_session,
    get_training,
    list_events,
    list_sessions,
    outbox_entry,
    outbox_summary,
    pending_outbox,
    quarantined_outbox,
)
from iq_desktop.services.vault import Vault
from iq_desktop.store import UnitOfWork

__all__ = [
    "ClientRow",
    "OutboxView",
    "SessionRow",
    "all_records",
    "client_history",
    "count_sessions",
    "delete_record",
    "erase_client",
    "find_clients",
    "get_client",
    "get_event",
    "get_record",
    "get_session",
    "get_training",
    "list_events",
    "list_sessions",
    "outbox_entry",
    "outbox_summary",
    "pending_outbox",
    "quarantined_outbox",
    "save_client",
    "save_event",
    "save_record",
    "save_session",
    "save_training",
    "site_figures",
]


def _today() -> date:
    return date.today()


def _check(problems: list[rules.Problem]) -> None:
    if problems:
        raise ValidationError(problems)


def requeue_client_records(uow: UnitOfWork, client: Client) -> int:
    """Re-build the payloads of a client's sessions and trainings; queue those that changed
    (e.g. after the client's facts were corrected, or the first contact moved)."""
    queued = 0
    sessions = uow.sessions.for_client(client.id)
    first = first_contact_id([(s.id, s.date, s.kind) for s in sessions])
    for s in sessions:
        payload = deid.deidentify_session(s, client, first_contact=s.id == first)
        queued += uow.outbox.enqueue(s.id, RecordType.SESSION, payload) is not None
    for t in uow.trainings.for_client(client.id):
        queued += uow.outbox.enqueue(t.id, RecordType.TRAINING, deid.deidentify_training(t, client)) is not None
    return queued


# --- saving ------------------------------------------------------------------------------------


def save_client(vault: Vault, client: Client) -> Client:
    _check(rules.validate_client(client, _today()))
    with vault._uow() as uow:
        created = uow.clients.save(client)
        if not created:
            requeue_client_records(uow, client)
        uow.audit.add(vault.user, "create" if created else "edit", RecordType.CLIENT, client.id)
    return client


def _session_defaults(vault: Vault, session: CounsellingSession) -> CounsellingSession:
    if session.site_id and session.counsellor:
        return session
    site = vault.site
    return dataclasses.replace(
        session,
        site_id=session.site_id or (site.site_id if site else ""),
        counsellor=session.counsellor or vault.user,
    )


def save_session(vault: Vault, session: CounsellingSession) -> CounsellingSession:
    """Validate against the client's history, write, queue the de-identified version, audit."""
    session = _session_defaults(vault, session)
    today = _today()
    with vault._uow() as uow:
        client = uow.clients.get(session.client_id)
        timeline = uow.sessions.timeline(session.client_id) if client else []
        others = [t for t in timeline if t[0] != session.id]
        has_initial = any(k == SessionKind.INITIAL and d <= session.date for _, d, k in others)
        _check(
            rules.validate_session(session, today, client_exists=client is not None, has_earlier_initial=has_initial)
        )
        assert client is not None
        moved_from = None
        created = uow.sessions.insert_if_new(session)
        if not created:
            if len(others) == len(timeline):  # it belonged to another client until now
                previous = uow.sessions.get(session.id)
                moved_from = previous.client_id if previous else None
            uow.sessions.update(session)
        old_first = first_contact_id(timeline)
        new_first = first_contact_id([*others, (session.id, session.date, session.kind)])
        payload = deid.deidentify_session(session, client, first_contact=new_first == session.id)
        uow.outbox.enqueue(session.id, RecordType.SESSION, payload)
        if old_first != new_first:  # the first contact moved: the session that lost or gained the flag
            for other_id in {old_first, new_first} - {None, session.id}:
                other = uow.sessions.get(str(other_id))
                if other is not None:
                    p = deid.deidentify_session(other, client, first_contact=other.id == new_first)
                    uow.outbox.enqueue(other.id, RecordType.SESSION, p)
        if moved_from:
            moved_client = uow.clients.get(moved_from)
            if moved_client is not None:
                requeue_client_records(uow, moved_client)
        uow.audit.add(vault.user, "create" if created else "edit", RecordType.SESSION, session.id)
    return session


def save_training(vault: Vault, training: TrainingParticipation) -> TrainingParticipation:
    with vault._uow() as uow:
        client = uow.clients.get(training.client_id)
        _check(rules.validate_training(training, _today(), client_exists=client is not None))
        assert client is not None
        created = uow.trainings.save(training)
        uow.outbox.enqueue(training.id, RecordType.TRAINING, deid.deidentify_training(training, client))
        uow.audit.add(vault.user, "create" if created else "edit", RecordType.TRAINING, training.id)
    return training


def save_event(vault: Vault, event: GroupEvent) -> GroupEvent:
    if not event.site_id:
        site = vault.site
        event = dataclasses.replace(event, site_id=site.site_id if site else "")
    _check(rules.validate_event(event, _today()))
    with vault._uow() as uow:
        created = uow.events.save(event)
        uow.outbox.enqueue(event.id, RecordType.EVENT, deid.deidentify_event(event))
        uow.audit.add(vault.user, "create" if created else "edit", RecordType.EVENT, event.id)
    return event


def save_record(vault: Vault, record: Record) -> Record:
    """Dispatch on the record's type."""
    if isinstance(record, Client):
        return save_client(vault, record)
    if isinstance(record, CounsellingSession):
        return save_session(vault, record)
    if isinstance(record, TrainingParticipation):
        return save_training(vault, record)
    return save_event(vault, record)


# --- deleting and erasing ----------------------------------------------------------------------


def _retract(uow: UnitOfWork, record_id: str, record_type: str) -> None:
    """Queue a retraction if the server may have the record; otherwise just drop it from the queue."""
    if uow.outbox.ever_sent(record_id):
        uow.outbox.enqueue(record_id, record_type, deid.retraction())
    else:
        uow.outbox.drop_unsent(record_id)


def delete_record(vault: Vault, record_type: RecordType | str, record_id: str) -> None:
    kind = RecordType(record_type)
    with vault._uow() as uow:
        if kind is RecordType.CLIENT:
            if not uow.clients.exists(record_id):
                raise NotFound("person", record_id)
            if uow.sessions.ids_for_client(record_id) or uow.trainings.for_client(record_id):
                raise ServiceError(
                    "This person still has sessions or trainings. Delete those first, "
                    "or erase the person together with all their records."
                )
            uow.clients.delete(record_id)
        elif kind is RecordType.SESSION:
            session = uow.sessions.get(record_id)
            if session is None:
                raise NotFound("session", record_id)
            old_first = first_contact_id(uow.sessions.timeline(session.client_id))
            uow.sessions.delete(record_id)
            _retract(uow, record_id, kind)
            if old_first == record_id:
                client = uow.clients.get(session.client_id)
                if client is not None:
                    requeue_client_records(uow, client)
        elif kind is RecordType.TRAINING:
            if not uow.trainings.delete(record_id):
                raise NotFound("training", record_id)
            _retract(uow, record_id, kind)
        else:
            if not uow.events.delete(record_id):
                raise NotFound("event", record_id)
            _retract(uow, record_id, kind)
        uow.drafts.delete_for_records([record_id])
        uow.audit.add(vault.user, "delete", kind, record_id)


def erase_client(vault: Vault, client_id: str) -> None:
    """GDPR Art. 17: remove the person and all their sessions and trainings for good (coordinators
    only; a counsellor's attempt is refused with :class:`NotAllowed` and audited as ``refused``).

    Rows are deleted with ``secure_delete`` on (freed space is zeroed), then the WAL is
    checkpointed and truncated, so no page image with their data remains in the vault files.
    Retractions are queued for whatever the server has; drafts of their records and any draft that
    mentions their ids (e.g. a half-typed session form) go too. The audit log keeps only the random
    id. Backups made before the erase still hold the person (see docs/security.md).
    """
    if not vault.is_coordinator:
        with vault._uow() as uow:
            uow.audit.add(vault.user, "refused", RecordType.CLIENT, client_id, "erase: not a coordinator")
        raise NotAllowed("Only a coordinator can erase a person and all their records. Ask your coordinator to do it.")
    with vault._uow() as uow:
        if not uow.clients.exists(client_id):
            raise NotFound("person", client_id)
        session_ids = uow.sessions.ids_for_client(client_id)
        training_ids = [t.id for t in uow.trainings.for_client(client_id)]
        for sid in session_ids:
            uow.sessions.delete(sid)
            _retract(uow, sid, RecordType.SESSION)
        for tid in training_ids:
            uow.trainings.delete(tid)
            _retract(uow, tid, RecordType.TRAINING)
        uow.drafts.delete_for_records([client_id, *session_ids, *training_ids])
        drafts = uow.drafts.delete_mentioning([client_id, *session_ids, *training_ids])
        uow.clients.delete(client_id)
        detail = f"sessions={len(session_ids)} trainings={len(training_ids)} drafts={drafts}"
        uow.audit.add(vault.user, "erase", RecordType.CLIENT, client_id, detail)
    vault.store.checkpoint()
