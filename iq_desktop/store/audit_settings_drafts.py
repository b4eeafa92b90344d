"""Audit log (append-only), settings and form drafts."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, delete, func, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from iq_desktop.store.codec import utcnow
from iq_desktop.store.schema import T

__all__ = ["AUDIT_ACTIONS", "AuditEntry", "AuditRepository", "DraftRepository", "SettingsRepository"]

AUDIT_ACTIONS = frozenset(
    {
        "unlock", "failed_unlock", "lock", "create", "edit", "delete", "export", "erase", "sync", "enrol",
        "backup", "restore", "import", "demo-data", "retention", "add_user", "remove_user",
        "change_passphrase", "recover", "settings", "refused",
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
_TOKEN = re.compile(r"[\w-]+")


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

    def count(self, action: str | None = None) -> int:
        a = T.audit
        query = select(func.count()).select_from(a)
        if action is not None:
            query = query.where(a.c.action == action)
        return int(self._c.execute(query).scalar_one())


class SettingsRepository:
    def __init__(self, conn: Connection) -> None:
        self._c = conn

    def get(self, key: str, default: str | None = None) -> str | None:
        s = T.setting
        row = self._c.execute(select(s.c.value).where(s.c.key == key)).first()
        return row.value if row else default

    def set(self, key: str, value: str | None) -> None:
        s = T.setting
        if value is None:
            self._c.execute(delete(s).where(s.c.key == key))
            return
        stmt = sqlite_insert(s).values(key=key, value=value)
        self._c.execute(stmt.on_conflict_do_update(index_elements=[s.c.key], set_={"value": value}))

    def all(self) -> dict[str, str]:
        s = T.setting
        return {r.key: r.value for r in self._c.execute(select(s.c.key, s.c.value))}


class DraftRepository:
    """Half-typed forms, so nothing typed is lost if the laptop dies. ``record_id`` is the id of
    the record being edited ("" for a new one)."""

    def __init__(self, conn: Connection) -> None:
        self._c = conn

    def put(self, kind: str, record_id: str, data: str) -> None:
        d = T.draft
        now = utcnow()
        stmt = sqlite_insert(d).values(kind=kind, record_id=record_id, data=data, updated_at=now)
        self._c.execute(
            stmt.on_conflict_do_update(index_elements=[d.c.kind, d.c.record_id], set_={"data": data, "updated_at": now})
        )

    def get(self, kind: str, record_id: str = "") -> str | None:
        d = T.draft
        row = self._c.execute(select(d.c.data).where(d.c.kind == kind, d.c.record_id == record_id)).first()
        return row.data if row else None

    def delete(self, kind: str, record_id: str = "") -> None:
        d = T.draft
        self._c.execute(delete(d).where(d.c.kind == kind, d.c.record_id == record_id))

    def delete_for_records(self, record_ids: list[str]) -> None:
        d = T.draft
        for i in range(0, len(record_ids), 500):
            self._c.execute(delete(d).where(d.c.record_id.in_(record_ids[i : i + 500])))

    def delete_mentioning(self, ids: Collection[str]) -> int:
        """Delete every draft whose data contains one of ``ids`` (random uuids, so a substring match
        are matched as whole tokens), e.g. a half-typed session form for a person being erased. Drafts are few."""
        d = T.draft
        wanted = {i for i in ids if i}
        if not wanted:
            return 0
        doomed = [
            (r.kind, r.record_id)
            for r in self._c.execute(select(d.c.kind, d.c.record_id, d.c.data))
            if wanted.intersection(_TOKEN.findall(r.data))
        ]
        for kind, record_id in doomed:
            self.delete(kind, record_id)
        return len(doomed)

    def delete_older_than(self, cutoff: datetime) -> int:
        """Delete drafts last changed before ``cutoff`` (retention)."""
        d = T.draft
        return int(self._c.execute(delete(d).where(d.c.updated_at < cutoff)).rowcount)

    def list(self) -> list[tuple[str, str, datetime]]:
        d = T.draft
        rows = self._c.execute(select(d.c.kind, d.c.record_id, d.c.updated_at))
        return [(r.kind, r.record_id, r.updated_at) for r in rows]
