"""The vault's settings: string values by key (None removes a key)."""

from __future__ import annotations

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from iq_desktop.store.schema import T

__all__ = ["SettingsRepository"]


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
