"""Removing a person from the vault: the one deletion that erasure (GDPR Art. 17) and retention share."""

from __future__ import annotations

from dataclasses import dataclass, field

from iq_desktop.store import UnitOfWork

__all__ = ["Removed", "delete_person"]


@dataclass(frozen=True, slots=True)
class Removed:
    """What :func:`delete_person` deleted."""

    client_id: str
    session_ids: list[str]
    training_ids: list[str]
    procedure_ids: list[str] = field(default_factory=list)
    documents: int = 0  # attached documents deleted with the person

    @property
    def ids(self) -> list[str]:
        """Every deleted record's id (for the drafts of them or mentioning them)."""
        return [self.client_id, *self.session_ids, *self.training_ids, *self.procedure_ids]


def delete_person(uow: UnitOfWork, client_id: str) -> Removed:
    """Delete a client with all their sessions and trainings in the caller's transaction (schemes stay:
    a course is not the person's). Drafts are the caller's to delete, with :attr:`Removed.ids`."""
    session_ids = uow.sessions.ids_for_client(client_id)
    training_ids = [t.id for t in uow.trainings.for_client(client_id)]
    for sid in session_ids:
        uow.sessions.delete(sid)
    for tid in training_ids:
        uow.trainings.delete(tid)
    procedure_ids = uow.procedures.delete_for_client(client_id)  # recognition procedures (laptop only)
    documents = uow.documents.delete_for_client(client_id)  # attached documents (also ON DELETE CASCADE)
    uow.clients.delete(client_id)
    uow.outbox.purge_acknowledged()  # no acknowledged history of figures that counted the person stays
    return Removed(client_id, session_ids, training_ids, procedure_ids, documents)
