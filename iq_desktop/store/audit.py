"""The audit log (append-only): who did what, when; never personal data in ``detail``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Connection, and_, func, insert, or_, select

from iq_desktop.store.codec import utcnow
from iq_desktop.store.schema import T

__all__ = ["AUDIT_ACTIONS", "AuditEntry", "AuditFilter", "AuditRepository"]

AUDIT_ACTIONS = frozenset(
    {
        "unlock", "failed_unlock", "lock", "create", "edit", "delete", "export", "erase", "sync", "enrol",
        "backup", "restore", "import", "demo-data", "retention", "add_user", "remove_user",
        "change_passphrase", "recover", "settings", "refused", "list", "list_full", "show", "recalibrate_kdf",
        "set_role", "reset_passphrase",
        "void", "merge",
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


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """Which entries :meth:`AuditRepository.page` returns: every given condition holds (``since``
    inclusive, ``until`` exclusive; aware or naive UTC)."""

    user: str | None = None
    actions: frozenset[str] = field(default_factory=frozenset)
    since: datetime | None = None
    until: datetime | None = None


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC) if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


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

    def page(self, where: AuditFilter, *, limit: int = 200, after: AuditEntry | None = None) -> list[AuditEntry]:
        """Newest first (by time, then id), at most ``limit``; ``after``: the last entry of the page before
        (keyset paging: a page costs the same however deep it is; index ``ix_audit_at``)."""
        a = T.audit
        query = select(a).order_by(a.c.at.desc(), a.c.id.desc()).limit(limit)
        if where.user is not None:
            query = query.where(a.c.user == where.user)
        if where.actions:
            query = query.where(a.c.action.in_(sorted(where.actions)))
        if where.since is not None:
            query = query.where(a.c.at >= _utc(where.since))
        if where.until is not None:
            query = query.where(a.c.at < _utc(where.until))
        if after is not None:
            at = _utc(after.at)
            query = query.where(or_(a.c.at < at, and_(a.c.at == at, a.c.id < after.id)))
        rows = self._c.execute(query)
        return [AuditEntry(r.id, r.at, r.user, r.action, r.record_type, r.record_id, r.detail) for r in rows]

    def users(self) -> list[str]:
        """Every user name the log holds (also of users removed since), sorted."""
        a = T.audit
        return sorted(str(u) for u in self._c.execute(select(a.c.user).distinct()).scalars())

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
