"""The SQLCipher engine: SQLAlchemy on top of ``sqlcipher3`` with a raw 256-bit key.

Every pooled connection is keyed and configured before SQLAlchemy sees it. Transactions start
with ``BEGIN IMMEDIATE`` (one writer at a time, no lock upgrade failures between the GUI and the
sync thread); pass ``execution_options(readonly=True)`` for a deferred read transaction.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from iq_desktop.store.errors import VaultDamaged, VaultIOError, io_code, is_damage

__all__ = ["KEY_BYTES", "connect_raw", "make_engine"]

KEY_BYTES = 32
BUSY_TIMEOUT_S = 15.0

#: Per-connection settings, in this order, after ``PRAGMA key``.
PRAGMAS = (
    # ON measured 2x slower saves and bulk writes and 1.5-3x slower list/search (it locks and wipes
    # every page buffer); the key itself stays in SQLCipher's memory either way. OFF.
    "PRAGMA cipher_memory_security = OFF",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
)


def _key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("the vault key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect_raw(db_path: Path, key: bytes, *, create: bool = False) -> sqlcipher3.dbapi2.Connection:
    """A keyed, configured ``sqlcipher3`` connection (autocommit mode; callers issue BEGIN).

    Raises :class:`VaultDamaged` when the file cannot be decrypted: the key was already verified by
    the key file, so a failing page HMAC means the file was damaged or tampered with.
    """
    mode = "rwc" if create else "rw"
    uri = f"{Path(db_path).resolve().as_uri()}?mode={mode}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_S)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(key))
        for pragma in PRAGMAS:
            conn.execute(pragma).fetchall()
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except sqlcipher3.dbapi2.Error as exc:
        conn.close()
        if is_damage(exc):
            raise VaultDamaged() from None
        code = io_code(exc)
        if code is not None:
            raise VaultIOError(code) from None
        raise
    return conn


def make_engine(db_path: Path, key: bytes, *, create: bool = False, pool_size: int = 3) -> Engine:
    """An engine whose connections are keyed with ``key``. The key lives only in this closure
    (and SQLCipher's memory); :meth:`Engine.dispose` plus dropping the engine forgets it."""
    path = Path(db_path)
    key_copy = bytes(key)
    _key_pragma(key_copy)  # validate length early
    first = [create]

    def creator() -> Any:
        conn = connect_raw(path, key_copy, create=first[0])
        first[0] = False
        return conn

    engine = create_engine(
        "sqlite://",
        creator=creator,
        module=sqlcipher3.dbapi2,
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=4,
        hide_parameters=True,  # never echo personal values in an exception text
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        readonly = conn.get_execution_options().get("readonly", False)
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, record: ConnectionPoolEntry) -> None:
        dbapi_conn.isolation_level = None

    return engine


def dispose(engine: Engine | None) -> None:
    if engine is not None:
        with contextlib.suppress(Exception):
            engine.dispose()
