"""Use cases that change records. Each runs in ONE transaction: validate, write, mark the site's
figures as changed (:func:`iq_desktop.services.contributions.records_changed`; nothing is queued per
record: what leaves the laptop is the site's aggregate contributions), audit. Reading use cases live in
:mod:`iq_desktop.services.queries` and are re-exported here."""

from __future__ import annotations

import dataclasses
from datetime import date

from iq_desktop.domain import rules
from iq_desktop.domain.codes import RecordType, SessionKind
from iq_desktop.domain.records import (
    Client,
    CounsellingSession,
    GroupEvent,
    JobTrainingScheme,
    Record,
    TrainingParticipation,
)
from iq_desktop.services.contributions import records_changed
from iq_desktop.services.errors import NotAllowed, NotFound, ServiceError, ValidationError
from iq_desktop.services.figures import site_figures
from iq_desktop.services.people import delete_person
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
    get_scheme,
    get_session,
    get_training,
    list_events,
    list_schemes,
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
    "get_scheme",
    "get_session",
    "get_training",
    "list_events",
    "list_schemes",
    "list_sessions",
    "outbox_entry",
    "outbox_summary",
    "pending_outbox",
    "quarantined_outbox",
    "save_client",
    "save_event",
    "save_record",
    "save_scheme",
    "save_session",
    "save_training",
    "site_figures",
]


def _today() -> date:
    return date.today()


def _check(problems: list[rules.Problem]) -> None:
    if problems:
        raise ValidationError(problems)


# --- saving ------------------------------------------------------------------------------------


def next_pseudonym(uow: UnitOfWork, day: date) -> str:
    """The next free pseudonym of ``day`` ("anonym 2026-12-04 #3": the day's running number)."""
    prefix = rules.pseudonym(day, 0)[:-1]  # "anonym 2026-12-04 #"
    numbers = [int(p[len(prefix) :]) for p in uow.clients.pseudonyms_starting(prefix) if p[len(prefix) :].isdigit()]
    return rules.pseudonym(day, max(numbers, default=0) + 1)


def save_client(vault: Vault, client: Client) -> Client:
    """An anonymous client without a pseudonym gets the day's next one (:func:`next_pseudonym`)."""
    today = _today()
    _check(rules.validate_client(client, today))
    with vault._uow() as uow:
        if client.anonymous and not client.pseudonym:
            old = uow.clients.get(client.id)
            client.pseudonym = old.pseudonym if old is not None and old.pseudonym else next_pseudonym(uow, today)
        created = uow.clients.save(client)
        if not created:  # the occupation (and so a figure) may have changed
            records_changed(uow)
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
    """Validate against the client's history, write, mark the figures changed, audit."""
    session = _session_defaults(vault, session)
    if not session.recorded_by:  # who first saved it (agenda; laptop only)
        session = dataclasses.replace(session, recorded_by=vault.user)
    today = _today()
    with vault._uow() as uow:
        client_exists = uow.clients.exists(session.client_id)
        timeline = uow.sessions.timeline(session.client_id) if client_exists else []
        others = [t for t in timeline if t[0] != session.id]
        has_initial = any(k == SessionKind.INITIAL and d <= session.date for _, d, k in others)
        initials = []
        if session.kind is SessionKind.INITIAL and any(k == SessionKind.INITIAL for _, _, k in others):
            initials = [
                (s.date, s.topics)
                for s in uow.sessions.for_client(session.client_id)
                if s.id != session.id and s.kind is SessionKind.INITIAL
            ]
        _check(
            rules.validate_session(
                session, today, client_exists=client_exists, has_earlier_initial=has_initial, other_initials=initials
            )
        )
        created = uow.sessions.insert_if_new(session)
        if not created:
            uow.sessions.update(session)
        records_changed(uow, session_ids=[session.id])
        uow.audit.add(vault.user, "create" if created else "edit", RecordType.SESSION, session.id)
    return session


def save_training(vault: Vault, training: TrainingParticipation) -> TrainingParticipation:
    """``training.scheme_id`` must name a scheme in the vault; ``None``: its own individual scheme."""
    with vault._uow() as uow:
        client_exists = uow.clients.exists(training.client_id)
        scheme_exists = training.scheme_id is None or uow.schemes.exists(training.scheme_id)
        _check(rules.validate_training(training, _today(), client_exists=client_exists, scheme_exists=scheme_exists))
        created = uow.trainings.save(training)
        records_changed(uow)
        uow.audit.add(vault.user, "create" if created else "edit", RecordType.TRAINING, training.id)
    return training


def save_scheme(vault: Vault, scheme: JobTrainingScheme) -> JobTrainingScheme:
    _check(rules.validate_scheme(scheme, _today()))
    with vault._uow() as uow:
        created = uow.schemes.save(scheme)
        records_changed(uow)
        uow.audit.add(vault.user, "create" if created else "edit", RecordType.SCHEME, scheme.id)
    return scheme


def save_event(vault: Vault, event: GroupEvent) -> GroupEvent:
    if not event.site_id:
        site = vault.site
        event = dataclasses.replace(event, site_id=site.site_id if site else "")
    _check(rules.validate_event(event, _today()))
    with vault._uow() as uow:
        created = uow.events.save(event)
        records_changed(uow)
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
    if isinstance(record, JobTrainingScheme):
        return save_scheme(vault, record)
    return save_event(vault, record)


# --- deleting and erasing ----------------------------------------------------------------------


def delete_record(vault: Vault, record_type: RecordType | str, record_id: str) -> None:
    """Delete one record (and its drafts). A person with sessions or trainings, and a scheme with
    participations, are refused: delete those first (or erase the person)."""
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
            if not uow.sessions.delete(record_id):
                raise NotFound("session", record_id)
        elif kind is RecordType.TRAINING:
            if not uow.trainings.delete(record_id):
                raise NotFound("training", record_id)
        elif kind is RecordType.SCHEME:
            if not uow.schemes.exists(record_id):
                raise NotFound("scheme", record_id)
            if uow.trainings.for_scheme(record_id):
                raise ServiceError(
                    "This job-training scheme still has participants. Move or delete their participations first."
                )
            uow.schemes.delete(record_id)
        else:
            if not uow.events.delete(record_id):
                raise NotFound("event", record_id)
        records_changed(uow)
        uow.drafts.delete_for_records([record_id])
        uow.audit.add(vault.user, "delete", kind, record_id)


def erase_client(vault: Vault, client_id: str) -> None:
    """GDPR Art. 17: remove the person and all their sessions and trainings for good (coordinators
    only; a counsellor's attempt is refused with :class:`NotAllowed` and audited as ``refused``).

    Rows are deleted with ``secure_delete`` on (freed space is zeroed), then the WAL is
    checkpointed and truncated, so no page image with their data remains in the vault files.
    The figures are marked changed, so the next contributions no longer count the person; drafts of
    their records and any draft that mentions their ids (e.g. a half-typed session form) go too. The
    audit log keeps only the random id. Backups made before the erase still hold the person (see
    docs/security.md). Schemes stay (a course is not the person's), without this participant.
    """
    if not vault.is_coordinator:
        with vault._uow() as uow:
            uow.audit.add(vault.user, "refused", RecordType.CLIENT, client_id, "erase: not a coordinator")
        raise NotAllowed("Only a coordinator can erase a person and all their records. Ask your coordinator to do it.")
    with vault._uow() as uow:
        if not uow.clients.exists(client_id):
            raise NotFound("person", client_id)
        removed = delete_person(uow, client_id)
        uow.drafts.delete_for_records(removed.ids)
        drafts = uow.drafts.delete_mentioning(removed.ids)
        records_changed(uow)
        detail = (
            f"sessions={len(removed.session_ids)} trainings={len(removed.training_ids)} "
            f"procedures={len(removed.procedure_ids)} documents={removed.documents} drafts={drafts}"
        )
        uow.audit.add(vault.user, "erase", RecordType.CLIENT, client_id, detail)
    vault.checkpoint_deleted()
