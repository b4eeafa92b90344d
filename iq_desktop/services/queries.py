"""Reading use cases: single records, list views, search, history, the outbox as the user sees it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from iq_desktop.domain.codes import RecordType, SessionKind, Topic
from iq_desktop.domain.outbox import OutboxEntry, OutboxState
from iq_desktop.domain.records import (
    Client,
    CounsellingSession,
    GroupEvent,
    JobTrainingScheme,
    Record,
    TrainingParticipation,
)
from iq_desktop.services.vault import Vault
from iq_desktop.store.codec import from_mask, topic_mask

__all__ = [
    "NOT_QUEUED",
    "ClientRow",
    "OutboxView",
    "SessionRow",
    "client_history",
    "count_clients",
    "count_sessions",
    "find_clients",
    "get_client",
    "get_event",
    "get_record",
    "get_scheme",
    "get_session",
    "get_training",
    "list_clients",
    "list_events",
    "list_schemes",
    "list_sessions",
    "outbox_entry",
    "outbox_summary",
    "pending_outbox",
    "quarantined_outbox",
]

NOT_QUEUED = "not_queued"
_TOPICS = tuple(Topic)


@dataclass(frozen=True, slots=True)
class SessionRow:
    id: str
    date: date
    client_id: str
    client_name: str  # "Last, First": personal, for the screen only
    kind: SessionKind
    topics: frozenset[Topic]
    sync_state: str  # pending | sent | quarantined | superseded | not_queued


@dataclass(frozen=True, slots=True)
class ClientRow:
    id: str
    display_name: str
    birth_year: int | None
    last_contact: date | None


@dataclass(frozen=True, slots=True)
class OutboxView:
    record_id: str
    record_type: str
    revision: int
    state: OutboxState
    reason: str | None
    payload: str  # the exact JSON that leaves (or left) the laptop
    enqueued_at: datetime
    sent_at: datetime | None

    @classmethod
    def of(cls, e: OutboxEntry) -> OutboxView:
        return cls(e.record_id, e.record_type, e.revision, e.state, e.reason, e.payload, e.enqueued_at, e.sent_at)


def _name(first: str, last: str) -> str:
    return f"{last}, {first}".strip(", ")


# --- single records ----------------------------------------------------------------------------


def get_client(vault: Vault, client_id: str) -> Client | None:
    with vault._uow(readonly=True) as uow:
        return uow.clients.get(client_id)


def get_session(vault: Vault, session_id: str) -> CounsellingSession | None:
    with vault._uow(readonly=True) as uow:
        return uow.sessions.get(session_id)


def get_training(vault: Vault, training_id: str) -> TrainingParticipation | None:
    with vault._uow(readonly=True) as uow:
        return uow.trainings.get(training_id)


def get_event(vault: Vault, event_id: str) -> GroupEvent | None:
    with vault._uow(readonly=True) as uow:
        return uow.events.get(event_id)


def get_scheme(vault: Vault, scheme_id: str) -> JobTrainingScheme | None:
    with vault._uow(readonly=True) as uow:
        return uow.schemes.get(scheme_id)


def get_record(vault: Vault, record_id: str) -> Record | None:
    """Any record by id, whatever its type."""
    with vault._uow(readonly=True) as uow:
        return (
            uow.clients.get(record_id)
            or uow.sessions.get(record_id)
            or uow.trainings.get(record_id)
            or uow.events.get(record_id)
            or uow.schemes.get(record_id)
        )


# --- lists ---------------------------------------------------------------------------------------


def _filters(period: tuple[date, date] | None, topic: Topic | None, sync_state: str | None) -> dict[str, Any]:
    return {
        "period": period,
        "topic_mask": topic_mask([Topic(topic)]) if topic else None,
        "sync_state": None if sync_state in (None, "") else sync_state,
    }


def list_sessions(
    vault: Vault,
    *,
    offset: int = 0,
    limit: int = 200,
    newest_first: bool = True,
    period: tuple[date, date] | None = None,
    topic: Topic | None = None,
    sync_state: str | None = None,
    after: tuple[date, str] | None = None,
) -> list[SessionRow]:
    """One page of sessions (newest first by default). Any page is cheap: its ids come from an index
    first. ``after=(row.date, row.id)`` of the previous page's last row pages by key instead of
    ``offset`` (pass ``offset=0`` with it)."""
    with vault._uow(readonly=True) as uow:
        rows = uow.sessions.rows(
            offset=offset, limit=limit, newest_first=newest_first, after=after, **_filters(period, topic, sync_state)
        )
    return [
        SessionRow(
            r.id,
            r.date,
            r.client_id,
            _name(r.first_name, r.last_name),
            SessionKind(r.kind),
            from_mask(r.topics, _TOPICS),
            r.sync_state or NOT_QUEUED,
        )
        for r in rows
    ]


def count_sessions(
    vault: Vault,
    *,
    period: tuple[date, date] | None = None,
    topic: Topic | None = None,
    sync_state: str | None = None,
) -> int:
    with vault._uow(readonly=True) as uow:
        return uow.sessions.count(**_filters(period, topic, sync_state))


def find_clients(vault: Vault, fragment: str, limit: int = 50) -> list[ClientRow]:
    """Clients whose name contains every word of ``fragment`` (case and accents ignored)."""
    with vault._uow(readonly=True) as uow:
        rows = uow.clients.find(fragment, limit)
    return [
        ClientRow(r.id, _name(r.first_name, r.last_name), r.birth_date.year if r.birth_date else None, r.last_contact)
        for r in rows
    ]


def count_clients(vault: Vault, fragment: str = "") -> int:
    """How many clients the client list shows for ``fragment`` (every word in the name)."""
    with vault._uow(readonly=True) as uow:
        return uow.clients.count_matching(fragment)


def list_clients(
    vault: Vault,
    fragment: str = "",
    *,
    order: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[ClientRow]:
    """One page of the client list: the clients matching ``fragment``, sorted by the database over all of
    them by ``order`` ("name", "birth_year", "last_contact"; empty values last)."""
    with vault._uow(readonly=True) as uow:
        rows = uow.clients.list_page(fragment, order=order, descending=descending, offset=offset, limit=limit)
    return [
        ClientRow(r.id, _name(r.first_name, r.last_name), r.birth_date.year if r.birth_date else None, r.last_contact)
        for r in rows
    ]  # fmt: skip


def list_events(vault: Vault, *, offset: int = 0, limit: int | None = 200) -> list[GroupEvent]:
    with vault._uow(readonly=True) as uow:
        return uow.events.all(offset=offset, limit=limit)


def list_schemes(vault: Vault) -> list[JobTrainingScheme]:
    """Every job-training scheme, newest start first."""
    with vault._uow(readonly=True) as uow:
        return uow.schemes.all()


def client_history(vault: Vault, client_id: str) -> tuple[list[CounsellingSession], list[TrainingParticipation]]:
    with vault._uow(readonly=True) as uow:
        return uow.sessions.for_client(client_id), uow.trainings.for_client(client_id)


def all_records(vault: Vault, record_type: RecordType | str | None = None) -> list[Record]:
    """Every record (or every record of one type): clients, sessions, trainings, events, schemes, in
    that order."""
    kinds = [RecordType(record_type)] if record_type else list(RecordType)
    out: list[Record] = []
    with vault._uow(readonly=True) as uow:
        for kind in kinds:
            if kind is RecordType.CLIENT:
                out.extend(uow.clients.all())
            elif kind is RecordType.SESSION:
                out.extend(uow.sessions.all())
            elif kind is RecordType.TRAINING:
                out.extend(uow.trainings.all())
            elif kind is RecordType.SCHEME:
                out.extend(uow.schemes.all())
            else:
                out.extend(uow.events.all())
    return out


# --- outbox ------------------------------------------------------------------------------------


def outbox_entry(vault: Vault, record_id: str) -> OutboxView | None:
    """The latest queued revision of a record: what it looks like on the server side."""
    with vault._uow(readonly=True) as uow:
        entry = uow.outbox.latest(record_id)
    return OutboxView.of(entry) if entry else None


def pending_outbox(vault: Vault, limit: int | None = None) -> list[OutboxView]:
    """Exactly what will leave this laptop at the next sync, oldest first."""
    with vault._uow(readonly=True) as uow:
        return [OutboxView.of(e) for e in uow.outbox.in_state(OutboxState.PENDING, limit=limit)]


def quarantined_outbox(vault: Vault) -> list[OutboxView]:
    """Revisions the server refused, with its reasons (for the coordinator)."""
    with vault._uow(readonly=True) as uow:
        return [OutboxView.of(e) for e in uow.outbox.in_state(OutboxState.QUARANTINED)]


def outbox_summary(vault: Vault) -> dict[str, int]:
    """Counts per state: pending, sent, quarantined, superseded."""
    with vault._uow(readonly=True) as uow:
        return uow.outbox.counts()
