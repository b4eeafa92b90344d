"""The audit log (append-only): who did what, when; never personal data in ``detail``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, func, insert, select

from iq_desktop.store.codec import utcnow
from iq_desktop.store.schema import T

__all__ = ["AUDIT_ACTIONS", "AuditEntry", "AuditRepository"]

AUDIT_ACTIONS = frozenset(
    {
        "unlock", "failed_unlock", "lock", "create", "edit", "delete", "export", "erase", "sync", "enrol",
        "backup", "restore", "import", "demo-data", "retention", "add_user", "remove_user",
        "change_passphrase", "recover", "settings", "refused", "list", "list_full", "show", "recalibrate_kdf",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    user: str
    action: str
    record_type: str | None
    record_id: str | None
    detail: str


_AUDIT_INSERT = insert(T.audit)


class AuditRepository:
    """Append-only: SQLite triggers refuse UPDATE and DELETE on the audit table. ``detail`` must
    never hold personal data (codes, counts and ids only)."""

    def __init__(self, conn: Connection) -> None:
        self._c = conn

    def add(
        self,
        user: str,
        action: str,
        record_type: str | None = None,
        record_id: str | None = None,
        detail: str = "",
        *,
        at: datetime | None = None,
    ) -> None:
        if action not in AUDIT_ACTIONS:
            raise ValueError(f"unknown audit action {action!r}")
        values = {
            "at": at or utcnow(), "user": user, "action": action,
            "record_type": None if record_type is None else str(record_type), "record_id": record_id,
            "detail": detail[:500],
        }  # fmt: skip
        self._c.execute(_AUDIT_INSERT, values)

    def recent(self, limit: int = 200, offset: int = 0, *, action: str | None = None) -> list[AuditEntry]:
        a = T.audit
        query = select(a).order_by(a.c.id.desc()).offset(offset).limit(limit)
        if action is not None:
            query = query.where(a.c.action == action)
        rows = self._c.execute(query)
        return [AuditEntry(r.id, r.at, r.user, r.action, r.record_type, r.record_id, r.detail) for r in rows]

    def first_with(self, action: str, token: str) -> AuditEntry | None:
        """The oldest entry of ``action`` whose ``detail`` holds ``token`` as a whole word (e.g. an
        import's ``file=<keyed hash>``)."""
        a = T.audit
        pattern = "%" + token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = select(a).where(a.c.action == action, a.c.detail.like(pattern, escape="\\")).order_by(a.c.id)
        for r in self._c.execute(query):
            if token in r.detail.split():
                return AuditEntry(r.id, r.at, r.user, r.action, r.record_type, r.record_id, r.detail)
        return None

    def count(self, action: str | None = None) -> int:
        a = T.audit
        query = select(func.count()).select_from(a)
        if action is not None:
            query = query.where(a.c.action == action)
        return int(self._c.execute(query).scalar_one())
