"""The SQLCipher engine: SQLAlchemy on top of ``sqlcipher3`` with a raw 256-bit key.

The key is handed to SQLCipher through ``sqlite3_key()`` from a mutable buffer (see :func:`_apply_key`);
it never becomes a Python ``str`` or SQL text.

Every pooled connection is keyed and configured before SQLAlchemy sees it. Transactions start
with ``BEGIN IMMEDIATE`` (one writer at a time, no lock upgrade failures between the GUI and the
sync thread); pass ``execution_options(readonly=True)`` for a deferred read transaction.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import importlib
import os
import sys
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from iq_desktop.fs.secret_memory import wipe, wipe_immutable
from iq_desktop.store.errors import store_error

__all__ = ["KEY_BYTES", "connect_raw", "make_engine"]

KEY_BYTES = 32
BUSY_TIMEOUT_S = 15.0

#: 24 MiB of decrypted pages per connection (SQLite's default is 2 MiB); bulk writes raise it for their unit
#: of work and set it back to this (store/repo_base.reset_cache). Measured over 100,000 sessions
#: (bench_agenda.py, bench_gui_scroll.py): 16 MiB agenda 58 ms / scroll 219 MB; 24 MiB 27 ms / 227 MB;
#: 32 MiB 30 ms / 236 MB (targets 100 ms / 250 MB).
DEFAULT_CACHE_PAGES = -24 * 1024

#: Per-connection settings, in this order, after the key (:func:`_apply_key`).
PRAGMAS = (
    # ON measured 2x slower saves and bulk writes and 1.5-3x slower list/search (it locks and wipes
    # every page buffer); the key itself stays in SQLCipher's memory either way. OFF.
    "PRAGMA cipher_memory_security = OFF",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    # the agenda over 100,000 sessions re-read and re-decrypted pages with less (2 MiB: 141 ms)
    f"PRAGMA cache_size = {DEFAULT_CACHE_PAGES:d}",
)


_HEX = b"0123456789abcdef"


def _key_spec(key: bytes | bytearray) -> bytearray:
    """SQLCipher's raw-key form ``x'<64 hex digits>'`` in a mutable buffer the caller wipes (built
    digit by digit: no ``bytes``/``str`` copy of the key or of its hex form is made)."""
    if len(key) != KEY_BYTES:
        raise ValueError("the vault key must be 32 bytes")
    spec = bytearray(3 + 2 * KEY_BYTES)
    spec[0], spec[1], spec[-1] = 0x78, 0x27, 0x27  # x ' '
    for i, byte in enumerate(key):
        spec[2 + 2 * i] = _HEX[byte >> 4]
        spec[3 + 2 * i] = _HEX[byte & 0x0F]
    return spec


@functools.cache
def _sqlcipher_c() -> ctypes.CDLL | None:
    """SQLCipher's C API inside the ``sqlcipher3`` extension (the same, already loaded library), if
    it exports ``sqlite3_key`` (the Linux and macOS wheels do); None otherwise."""
    try:
        lib = ctypes.CDLL(importlib.import_module("sqlcipher3._sqlite3").__file__)
        key_fn, name_fn = lib.sqlite3_key, lib.sqlite3_db_filename
    except (OSError, AttributeError):
        return None
    key_fn.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int]
    key_fn.restype = ctypes.c_int
    name_fn.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    name_fn.restype = ctypes.c_char_p
    return lib


def _key_natively(conn: sqlcipher3.dbapi2.Connection, db_file: str, spec: bytearray) -> bool:
    """``sqlite3_key()`` on the connection's handle with the key spec straight from ``spec``: no SQL
    text (which SQLite would copy into memory it frees without clearing). False if not possible."""
    lib = _sqlcipher_c()
    if lib is None or sys.implementation.name != "cpython":
        return False
    # a pysqlite Connection starts with ``sqlite3 *db`` right after the object header
    handle = ctypes.c_void_p.from_address(id(conn) + object.__basicsize__).value
    if not handle:
        return False
    name = lib.sqlite3_db_filename(handle, b"main")
    if not name or os.path.realpath(os.fsdecode(name)) != os.path.realpath(db_file):
        return False  # not the handle we think it is: use the PRAGMA
    buf = (ctypes.c_char * len(spec)).from_buffer(spec)
    try:
        return bool(lib.sqlite3_key(handle, ctypes.addressof(buf), len(spec)) == 0)
    finally:
        del buf


def _apply_key(conn: sqlcipher3.dbapi2.Connection, db_file: str, key: bytes | bytearray) -> None:
    """Key a fresh connection. SQLCipher keeps the key in memory it clears when the connection
    closes. Fallback where the C API is not reachable: ``PRAGMA key`` with the SQL string
    overwritten afterwards (SQLite's own copy of the statement text is freed without clearing)."""
    spec = _key_spec(key)
    try:
        if _key_natively(conn, db_file, spec):
            return
        hex_spec = spec.decode("ascii")
        sql = 'PRAGMA key = "' + hex_spec + '"'
        try:
            conn.execute(sql)
        finally:
            wipe_immutable(sql)
            wipe_immutable(hex_spec)
    finally:
        wipe(spec)


def connect_raw(db_path: Path, key: bytes | bytearray, *, create: bool = False) -> sqlcipher3.dbapi2.Connection:
    """A keyed, configured ``sqlcipher3`` connection (autocommit mode; callers issue BEGIN).

    Raises :class:`VaultDamaged` when the file cannot be decrypted: the key was already verified by
    the key file, so a failing page HMAC means the file was damaged or tampered with.
    """
    mode = "rwc" if create else "rw"
    resolved = Path(db_path).resolve()
    uri = f"{resolved.as_uri()}?mode={mode}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_S)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        _apply_key(conn, str(resolved), key)
        for pragma in PRAGMAS:
            conn.execute(pragma).fetchall()
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except sqlcipher3.dbapi2.Error as exc:
        conn.close()
        mapped = store_error(exc)
        if mapped is not None:
            raise mapped from None
        raise
    return conn


def make_engine(db_path: Path, key: bytearray, *, create: bool = False, pool_size: int = 3) -> Engine:
    """An engine whose connections are keyed from ``key``, a mutable buffer the caller owns and wipes
    after :func:`dispose` (no copy is taken here). Each connection holds the key in SQLCipher's
    memory until it is closed; :meth:`Engine.dispose` closes them."""
    path = Path(db_path)
    if not isinstance(key, bytearray) or len(key) != KEY_BYTES:
        raise ValueError("the vault key must be a 32-byte bytearray")
    first = [create]

    def creator() -> Any:
        conn = connect_raw(path, key, create=first[0])
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
        options = conn.get_execution_options()
        # How long this transaction waits for another writer: BUSY_TIMEOUT_S unless the caller asks for
        # less (``execution_options(busy_timeout_s=...)``, the best-effort housekeeping writes at unlock).
        busy_ms = round(1000 * float(options.get("busy_timeout_s", BUSY_TIMEOUT_S)))
        info = conn.connection.info
        if info.get("busy_ms") != busy_ms:
            conn.exec_driver_sql(f"PRAGMA busy_timeout = {busy_ms:d}")
            info["busy_ms"] = busy_ms
        conn.exec_driver_sql("BEGIN" if options.get("readonly", False) else "BEGIN IMMEDIATE")

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, record: ConnectionPoolEntry) -> None:
        dbapi_conn.isolation_level = None

    return engine


def dispose(engine: Engine | None) -> None:
    if engine is not None:
        with contextlib.suppress(Exception):
            engine.dispose()
