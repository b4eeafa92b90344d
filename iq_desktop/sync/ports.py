"""What sync needs of the vault, as ports: sync never imports the store. The store's unit of work
(``iq_desktop.store.UnitOfWork``) and the services' vault (``iq_desktop.services.vault.Vault``) satisfy
these Protocols structurally; mypy checks it where the services hand the vault to sync.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import Protocol

from iq_desktop.domain.outbox import OutboxEntry

__all__ = ["OutboxPort", "SettingsPort", "SyncUnitOfWork", "SyncVault"]


class OutboxPort(Protocol):
    """The outbox, as sync reads and marks it (``store.outbox_repo.OutboxRepository``)."""

    def latest(self, record_id: str) -> OutboxEntry | None: ...

    def pending(self, limit: int = ..., *, after_id: int = ...) -> list[OutboxEntry]: ...

    def current(self) -> list[OutboxEntry]: ...

    def mark_attempted(self, attempted: Sequence[tuple[str, int]], *, at: datetime | None = ...) -> None: ...

    def mark_sent_many(self, acked: Sequence[tuple[str, int]], *, at: datetime | None = ...) -> None: ...

    def mark_quarantined(self, record_id: str, revision: int, reason: str) -> None: ...

    def requeue(self, record_ids: Iterable[str]) -> int: ...

    def continue_above(self, record_id: str, revision: int, payload_hash: str, kind: str) -> bool: ...

    def acked(self) -> list[tuple[str, int]]: ...

    def counts(self) -> dict[str, int]: ...


class SettingsPort(Protocol):
    """The vault's settings (strings; None removes a setting)."""

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str | None) -> None: ...


class SyncUnitOfWork(Protocol):
    """One transaction over the outbox and the settings (``store.UnitOfWork``)."""

    @property
    def outbox(self) -> OutboxPort: ...

    @property
    def settings(self) -> SettingsPort: ...


class SyncVault(Protocol):
    """An open vault as sync uses it: its folder (for the sync lock) and its transactions. ``_uow`` is
    plumbing between the services and sync, not an API for the GUI or the CLI."""

    @property
    def data_dir(self) -> Path: ...

    def _uow(self, *, readonly: bool = ...) -> AbstractContextManager[SyncUnitOfWork]: ...

    def prepare_outbox(self) -> int:
        """Before sending: queue what changed since the last call (the site's contributions); returns
        how many items were queued."""
        ...

    def outbox_delivered(self) -> int:
        """After a run that emptied the outbox: note that what was queued has been acknowledged."""
        ...
