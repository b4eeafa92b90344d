"""Form drafts: half-typed forms kept in the vault so nothing typed is lost if the laptop dies."""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import datetime

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from iq_desktop.store.codec import utcnow
from iq_desktop.store.schema import T

__all__ = ["DraftRepository"]

_TOKEN = re.compile(r"[\w-]+")


class DraftRepository:
    """Half-typed forms, so nothing typed is lost if the laptop dies. ``record_id`` is the id of
    the record being edited ("" for a new one); ``user`` is whose draft it is (each user sees only
    their own; erasure and retention remove everyone's)."""

    def __init__(self, conn: Connection) -> None:
        self._c = conn

    def put(self, kind: str, record_id: str, data: str, *, user: str) -> None:
        d = T.draft
        now = utcnow()
        stmt = sqlite_insert(d).values(kind=kind, record_id=record_id, user=user, data=data, updated_at=now)
        self._c.execute(
            stmt.on_conflict_do_update(
                index_elements=[d.c.kind, d.c.record_id, d.c.user], set_={"data": data, "updated_at": now}
            )
        )

    def get(self, kind: str, record_id: str = "", *, user: str) -> str | None:
        d = T.draft
        row = self._c.execute(
            select(d.c.data).where(d.c.kind == kind, d.c.record_id == record_id, d.c.user == user)
        ).first()
        return row.data if row else None

    def delete(self, kind: str, record_id: str = "", *, user: str | None) -> None:
        """The user's draft (``user=None``: every user's draft of that record)."""
        d = T.draft
        where = [d.c.kind == kind, d.c.record_id == record_id]
        if user is not None:
            where.append(d.c.user == user)
        self._c.execute(delete(d).where(*where))

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
        doomed = {
            (r.kind, r.record_id)
            for r in self._c.execute(select(d.c.kind, d.c.record_id, d.c.data))
            if wanted.intersection(_TOKEN.findall(r.data))
        }
        for kind, record_id in doomed:
            self.delete(kind, record_id, user=None)
        return len(doomed)

    def delete_older_than(self, cutoff: datetime) -> int:
        """Delete drafts last changed before ``cutoff`` (retention)."""
        d = T.draft
        return int(self._c.execute(delete(d).where(d.c.updated_at < cutoff)).rowcount)

    def list(self, *, user: str | None = None) -> list[tuple[str, str, datetime]]:
        """``(kind, record_id, updated_at)`` of the user's drafts (``None``: everyone's)."""
        d = T.draft
        query = select(d.c.kind, d.c.record_id, d.c.updated_at)
        if user is not None:
            query = query.where(d.c.user == user)
        return [(r.kind, r.record_id, r.updated_at) for r in self._c.execute(query)]
