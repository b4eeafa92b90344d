"""The encrypted store: opening/creating ``vault.db``, migrations, maintenance and backup copies."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from iq_desktop.fs.private import create_private_file, restrict
from iq_desktop.fs.secret_memory import wipe
from iq_desktop.store.engine import connect_raw, dispose, make_engine
from iq_desktop.store.errors import StoreError, VaultLocked, map_db_errors
from iq_desktop.store.migrations import SCHEMA_VERSION, migrate, schema_version
from iq_desktop.store.uow import UnitOfWork

__all__ = ["DB_NAME", "CopyCancelled", "Store"]

DB_NAME = "vault.db"
SIDE_FILES = ("-wal", "-shm", "-journal")
CHECKPOINT_WAIT_S = 3.0
_CHECKPOINT_BUSY_MS = 50
#: pages per step of a backup copy (1 MiB with 4 KiB pages: a few ms, the GIL is released meanwhile)
COPY_STEP_PAGES = 256


class Store:
    """One open vault database. Thread-safe: each unit of work checks out its own connection."""

    def __init__(self, db_path: Path, engine: Engine, key: bytearray, *, owns_key: bool) -> None:
        self.db_path = db_path
        self._engine: Engine | None = engine
        self._key = key  # the buffer the engine keys its connections from
        self._owns_key = owns_key

    @classmethod
    def _with_engine(cls, db_path: Path, key: bytes | bytearray) -> Store:
        # a bytearray is the caller's key buffer (the vault's one copy, wiped by the caller on lock);
        # bytes are copied into a buffer this store owns and wipes on close
        owns = not isinstance(key, bytearray)
        buf = bytearray(key) if owns else key
        assert isinstance(buf, bytearray)
        return cls(db_path, make_engine(db_path, buf), buf, owns_key=owns)

    # --- lifecycle -----------------------------------------------------------------------------

    @classmethod
    def create(cls, db_path: Path, key: bytes | bytearray, *, schema: int = SCHEMA_VERSION) -> Store:
        """Create a new, empty vault database (refuses to overwrite one)."""
        db_path = Path(db_path)
        if db_path.exists():
            raise FileExistsError(str(db_path.name))
        db_path.parent.mkdir(parents=True, exist_ok=True)
        create_private_file(db_path)  # 0600 before SQLite opens it: -wal and -shm take its mode
        try:
            _migrate(db_path, key, create=True, upto=schema)
        except BaseException:
            for suffix in ("", *SIDE_FILES):
                with contextlib.suppress(OSError):
                    os.remove(f"{db_path}{suffix}")
            raise
        return cls._with_engine(db_path, key)

    @classmethod
    def open(cls, db_path: Path, key: bytes | bytearray) -> Store:
        """Open an existing vault and bring its schema up to date. :class:`VaultDamaged` if the
        file cannot be decrypted or its structure is broken."""
        db_path = Path(db_path)
        restrict(Path(f"{db_path}{suffix}") for suffix in ("", *SIDE_FILES))  # 0600 (files of older versions)
        _migrate(db_path, key, create=False, upto=SCHEMA_VERSION)
        return cls._with_engine(db_path, key)

    def close(self) -> None:
        """Close every connection (SQLCipher clears its copy of the key as each closes) and wipe the
        key buffer if this store owns it."""
        engine, self._engine = self._engine, None
        dispose(engine)
        if self._owns_key:
            wipe(self._key)

    @property
    def closed(self) -> bool:
        return self._engine is None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultLocked()
        return self._engine

    def uow(self, *, readonly: bool = False, busy_timeout_s: float | None = None) -> UnitOfWork:
        """One transaction; ``busy_timeout_s`` shortens how long it waits for another writer (default:
        the engine's ``BUSY_TIMEOUT_S``), for writes that may be skipped when the vault is busy."""
        return UnitOfWork(self.engine, readonly=readonly, busy_timeout_s=busy_timeout_s)

    # --- maintenance ---------------------------------------------------------------------------

    def _raw(self) -> contextlib.AbstractContextManager[object]:
        return contextlib.closing(self.engine.raw_connection())

    def checkpoint(self) -> bool:
        """Move everything from the WAL into the database file and truncate the WAL to zero bytes,
        so no old page image (e.g. of erased data) remains in ``-wal``. Waits up to
        :data:`CHECKPOINT_WAIT_S` for readers; False if one still held the WAL (SQLite's next
        checkpoint will finish the job)."""
        deadline = time.monotonic() + CHECKPOINT_WAIT_S
        with map_db_errors(), contextlib.closing(self.engine.raw_connection()) as raw:
            db = raw.driver_connection
            assert db is not None
            # TRUNCATE waits for readers through the busy handler: with the connection's 15 s it would hang
            # the caller that long behind a backup's snapshot. Short waits here; the next transaction on
            # this connection sets its own again (engine._begin reads ``busy_ms``).
            db.execute(f"PRAGMA busy_timeout = {_CHECKPOINT_BUSY_MS:d}")
            raw.info["busy_ms"] = _CHECKPOINT_BUSY_MS
            while True:  # a reader (e.g. the sync thread) may hold an old snapshot for a moment
                busy = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
                if not busy or time.monotonic() > deadline:
                    return bool(not busy)
                time.sleep(0.05)

    def integrity_check(self) -> list[str]:
        """``PRAGMA integrity_check`` plus SQLCipher's page HMAC check; ``[]`` means sound."""
        with map_db_errors(), contextlib.closing(self.engine.raw_connection()) as raw:
            db = raw.driver_connection
            assert db is not None
            problems = [str(r[0]) for r in db.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
            problems += [str(r[0]) for r in db.execute("PRAGMA cipher_integrity_check").fetchall()]
        return problems

    def schema_version(self) -> int:
        with map_db_errors(), contextlib.closing(self.engine.raw_connection()) as raw:
            db = raw.driver_connection
            assert db is not None
            return schema_version(db)

    def copy_to(
        self, out_db: Path, key: bytes | bytearray, *, cancel: Callable[[], bool] | None = None,
        pages: int | None = None, progress: Callable[[int, int], None] | None = None,
    ) -> None:  # fmt: skip
        """A consistent, encrypted copy (SQLite online backup API) in a new file keyed with ``key``.
        The copy is a single file (its WAL is checkpointed and removed on close).

        It is copied ``pages`` at a time through its own connection (any thread may call this: it holds
        no lock between steps, other connections read and write meanwhile). One read transaction spans
        the whole copy, so writes meanwhile neither restart it nor enter it. ``cancel`` is asked between
        steps: True stops the copy (:class:`CopyCancelled`), its connections closed and the file removed.
        ``pages``: per step (default :data:`COPY_STEP_PAGES`). ``progress(pages done, pages in all)`` is
        called after each step (on the calling thread)."""
        out_db = Path(out_db)
        if out_db.exists():
            raise FileExistsError(out_db.name)

        def step(_status: int, remaining: int, total: int) -> None:
            if cancel is not None and cancel():
                raise CopyCancelled()
            if progress is not None:
                progress(total - remaining, total)

        done = False
        target = connect_raw(out_db, key, create=True)
        try:
            with map_db_errors(), contextlib.closing(self.engine.raw_connection()) as raw:
                db = raw.driver_connection
                assert db is not None
                db.execute("BEGIN")  # one snapshot for every step
                try:
                    db.execute("SELECT count(*) FROM sqlite_master").fetchall()
                    db.backup(target, pages=pages or COPY_STEP_PAGES, progress=step)
                finally:
                    db.execute("COMMIT")
            if cancel is not None and cancel():
                raise CopyCancelled()
            with map_db_errors():
                target.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            done = True
        finally:
            target.close()
            for suffix in ("", *SIDE_FILES) if not done else SIDE_FILES:
                with contextlib.suppress(FileNotFoundError):
                    os.remove(f"{out_db}{suffix}")


class CopyCancelled(StoreError):
    """A backup copy was stopped on request (the vault is being locked): not an error to show."""


def _migrate(db_path: Path, key: bytes | bytearray, *, create: bool, upto: int) -> None:
    conn = connect_raw(db_path, key, create=create)
    try:
        with map_db_errors():
            migrate(conn, upto=upto)
    finally:
        conn.close()
