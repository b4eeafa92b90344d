"""The encrypted vault store (SQLCipher via SQLAlchemy Core/SQLModel). The only package with SQL."""

from iq_desktop.store.database import DB_NAME, Store
from iq_desktop.store.errors import DiskProblem, StoreError, VaultBusy, VaultDamaged, VaultIOError, VaultLocked
from iq_desktop.store.outbox_repo import OutboxEntry
from iq_desktop.store.repos import ClientListRow, SessionListRow
from iq_desktop.store.uow import UnitOfWork

__all__ = [
    "DB_NAME",
    "ClientListRow",
    "DiskProblem",
    "OutboxEntry",
    "SessionListRow",
    "Store",
    "StoreError",
    "UnitOfWork",
    "VaultBusy",
    "VaultDamaged",
    "VaultIOError",
    "VaultLocked",
]
