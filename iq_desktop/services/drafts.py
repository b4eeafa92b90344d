"""Form drafts: what a counsellor has typed but not saved yet, kept encrypted in the vault so it
survives a crash or an auto-lock. ``record_id`` is the id of the record being edited, "" for a new one.
Drafts may hold personal data; they are removed with the record (delete, erase, retention).
Each draft belongs to the user who typed it (the vault's user): nobody else is offered it."""

from __future__ import annotations

from datetime import datetime

from iq_desktop.services.vault import Vault

__all__ = ["delete_draft", "list_drafts", "load_draft", "save_draft"]

MAX_DRAFT_CHARS = 200_000


def save_draft(vault: Vault, kind: str, record_id: str, data: str) -> None:
    if len(data) > MAX_DRAFT_CHARS:
        raise ValueError("draft too large")
    with vault._uow() as uow:
        uow.drafts.put(kind, record_id, data, user=vault.user)


def load_draft(vault: Vault, kind: str, record_id: str = "") -> str | None:
    with vault._uow(readonly=True) as uow:
        return uow.drafts.get(kind, record_id, user=vault.user)


def delete_draft(vault: Vault, kind: str, record_id: str = "") -> None:
    with vault._uow() as uow:
        uow.drafts.delete(kind, record_id, user=vault.user)


def list_drafts(vault: Vault) -> list[tuple[str, str, datetime]]:
    """``(kind, record_id, updated_at)`` of the user's drafts."""
    with vault._uow(readonly=True) as uow:
        return uow.drafts.list(user=vault.user)
