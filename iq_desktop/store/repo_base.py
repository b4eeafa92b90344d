"""Shared machinery of the record repositories: prepared Core statements (built once, so
SQLAlchemy's statement cache is hit without rebuilding cache keys) and a generic base class."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import cache
from typing import Any, Generic, TypeVar

from sqlalchemy import Boolean, Connection, Date, RowMapping, bindparam, delete, func, insert, literal, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import Delete, Insert, Select, Update

from iq_desktop.store import codec
from iq_desktop.store.engine import DEFAULT_CACHE_PAGES
from iq_desktop.store.schema import METADATA

R = TypeVar("R")
INSERT_CHUNK = 5000
#: Bulk writes of at least this many rows get a bigger page cache for the rest of their unit of work.
LARGE_BATCH = 1000
LARGE_CACHE_MIB = 64
_LARGE = "iq_large_cache"


def use_large_cache(conn: Connection, mib: int = LARGE_CACHE_MIB) -> None:
    """A bigger page cache on this connection until its unit of work ends (bulk writes: random
    primary-key lookups and index inserts stop re-reading and re-decrypting pages)."""
    if not conn.info.get(_LARGE):
        conn.exec_driver_sql(f"PRAGMA cache_size = -{int(mib) * 1024:d}")
        conn.info[_LARGE] = True


def reset_cache(conn: Connection) -> None:
    """Back to the default cache (called by the unit of work after commit or rollback)."""
    if not conn.info.pop(_LARGE, False):
        return
    try:  # on the driver connection: through SQLAlchemy this would begin a new transaction
        driver = conn.connection.driver_connection
        if driver is not None:
            driver.execute(f"PRAGMA cache_size = {DEFAULT_CACHE_PAGES:d}")
    except Exception:  # noqa: S110 - a bigger cache for a while is harmless
        pass


class Statements:
    """Prepared statements of one table keyed by ``id``."""

    def __init__(self, name: str) -> None:
        t = METADATA.tables[name]
        self.table = t
        self.get: Select[Any] = select(t).where(t.c.id == bindparam("b_id"))
        self.exists: Select[Any] = select(literal(1)).where(t.c.id == bindparam("b_id"))
        self.insert: Insert = insert(t)
        self.insert_if_new = sqlite_insert(t).on_conflict_do_nothing(index_elements=[t.c.id])
        self.update: Update = update(t).where(t.c.id == bindparam("b_id"))
        self.delete: Delete = delete(t).where(t.c.id == bindparam("b_id"))


@cache
def statements(name: str) -> Statements:
    return Statements(name)


# --- bulk inserts through the driver ------------------------------------------------------------

Convert = Callable[[Any], Any]
_DEFAULT_DATE_FORMAT = "%(year)04d-%(month)02d-%(day)02d"


def _fast_date(slow: Convert) -> Convert:
    def convert(value: Any) -> Any:
        return value.isoformat() if type(value) is date else slow(value)  # same text as SQLAlchemy's

    return convert


def _fast_bool(slow: Convert) -> Convert:
    def convert(value: Any) -> Any:
        return value if type(value) is bool else slow(value)  # the driver binds True/False as 1/0

    return convert


class BulkInsert:
    """``INSERT INTO table (columns) VALUES (?, ...)`` for whole rows given as tuples, sent through the
    driver's ``executemany`` on the unit of work's connection (same transaction). SQLAlchemy's
    per-row parameter processing (~70% of a 100,000-row bulk write) is replaced by the columns' own
    bind processors applied once per value that needs one (dates, booleans), with the same result."""

    def __init__(self, table: str, columns: Sequence[str], dialect: Dialect) -> None:
        t = METADATA.tables[table]
        quote = dialect.identifier_preparer.quote
        self.columns = tuple(t.c[c].name for c in columns)  # only the schema's own names (KeyError otherwise)
        names = ", ".join(quote(c) for c in self.columns)
        marks = ", ".join("?" for _ in self.columns)
        self.sql = f"INSERT INTO {quote(t.name)} ({names}) VALUES ({marks})"  # noqa: S608 - schema names only
        self.converters: dict[int, Convert] = {}
        for i, name in enumerate(self.columns):
            column_type = t.c[name].type
            slow = column_type.dialect_impl(dialect).bind_processor(dialect)
            if slow is None:
                continue
            if (
                isinstance(column_type, Date)
                and getattr(column_type.dialect_impl(dialect), "_storage_format", None) == _DEFAULT_DATE_FORMAT
            ):
                self.converters[i] = _fast_date(slow)
            elif isinstance(column_type, Boolean):
                self.converters[i] = _fast_bool(slow)
            else:
                self.converters[i] = slow

    def row(self, values: Iterable[Any]) -> tuple[Any, ...]:
        """One row's values, in :attr:`columns` order, converted for the driver."""
        out = list(values)
        if len(out) != len(self.columns):
            raise ValueError("a bulk row does not match the statement's columns")
        for i, convert in self.converters.items():
            v = out[i]
            if v is not None:
                out[i] = convert(v)
        return tuple(out)

    def run(self, conn: Connection, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            conn.exec_driver_sql(self.sql, rows)


@cache
def _bulk_insert(table: str, columns: tuple[str, ...], dialect_name: str, dialect: Dialect) -> BulkInsert:
    return BulkInsert(table, columns, dialect)


def bulk_insert(conn: Connection, table: str, columns: Sequence[str]) -> BulkInsert:
    """The (cached) :class:`BulkInsert` of ``table`` for ``columns`` on this connection's dialect."""
    dialect = conn.dialect
    return _bulk_insert(table, tuple(columns), dialect.name, dialect)


def ids_found(conn: Connection, column: Any, ids: Sequence[str]) -> set[str]:
    """Which of ``ids`` occur in ``column`` (indexed): one statement whose single parameter is the ids
    as a JSON array (``json_each``), instead of one ``IN (...)`` query per 500 ids."""
    if not ids:
        return set()
    values = func.json_each(bindparam("b_ids")).table_valued("value")
    query = select(column).distinct().where(column.in_(select(values.c.value)))
    return {r[0] for r in conn.execute(query, {"b_ids": json.dumps(list(ids))})}


class RecordRepository(Generic[R]):
    """get / exists / save / delete / bulk insert for one record table (primary key ``id``)."""

    TABLE: str
    to_row: Callable[[R], dict[str, Any]]
    from_row: Callable[[RowMapping], R]

    def __init__(self, conn: Connection) -> None:
        self._c = conn
        self._s = statements(self.TABLE)

    def get(self, record_id: str) -> R | None:
        row = self._c.execute(self._s.get, {"b_id": record_id}).mappings().first()
        return type(self).from_row(row) if row else None

    def exists(self, record_id: str) -> bool:
        return self._c.execute(self._s.exists, {"b_id": record_id}).first() is not None

    def insert_if_new(self, record: R) -> bool:
        """Insert the record unless its id exists; True if inserted."""
        now = codec.utcnow()
        row = type(self).to_row(record)
        return bool(self._c.execute(self._s.insert_if_new, {**row, "created_at": now, "updated_at": now}).rowcount)

    def update(self, record: R) -> bool:
        row = type(self).to_row(record)
        result = self._c.execute(self._s.update, {**row, "b_id": row["id"], "updated_at": codec.utcnow()})
        return bool(result.rowcount)

    def save(self, record: R) -> bool:
        """Insert or update by id; True if the record was new."""
        if self.insert_if_new(record):
            return True
        self.update(record)
        return False

    def delete(self, record_id: str) -> int:
        return int(self._c.execute(self._s.delete, {"b_id": record_id}).rowcount)

    def existing(self, ids: list[str]) -> set[str]:
        """Which of ``ids`` are already in the vault (one query, the ids as one JSON array)."""
        return ids_found(self._c, self._s.table.c.id, ids)

    def insert_many(self, records: list[R], **extra: Any) -> None:
        """``executemany`` of new records (bulk import path); they must not exist yet. ``extra``:
        further column values, the same for every row."""
        if not records:
            return
        now = codec.utcnow()
        to_row = type(self).to_row
        if len(records) >= LARGE_BATCH:
            use_large_cache(self._c)
        first = to_row(records[0])
        fixed = {**extra, "created_at": now, "updated_at": now}
        if fixed.keys() & first.keys():
            raise ValueError("extra columns of a bulk insert must not be record fields")
        statement = bulk_insert(self._c, self.TABLE, [*first, *fixed])
        tail = statement.row([*(None for _ in first), *fixed.values()])[len(first) :]
        width = len(first)
        convert = [(k, f) for k, f in statement.converters.items() if k < width]
        for i in range(0, len(records), INSERT_CHUNK):
            rows: list[tuple[Any, ...]] = []
            for r in records[i : i + INSERT_CHUNK]:
                values = list(to_row(r).values())
                if len(values) != width:
                    raise ValueError("a bulk row does not match the statement's columns")
                for k, f in convert:
                    if values[k] is not None:
                        values[k] = f(values[k])
                rows.append((*values, *tail))
            statement.run(self._c, rows)
