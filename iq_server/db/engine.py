"""Database engines for SQLite and PostgreSQL.

SQLite runs in WAL mode with ``synchronous=FULL`` (a commit is on disk before the server answers)
and every write transaction starts with ``BEGIN IMMEDIATE`` so concurrent batches are serialised.
Statement parameters are never shown in error messages (``hide_parameters``).

The services get a :class:`Database`, never SQLAlchemy's engine: its ``read``/``write``/``session``
blocks turn every SQLAlchemy error into :class:`~iq_server.errors.DatabaseError`, so nothing above
this layer imports SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlmodel import Session

from iq_desktop.fs.private import create_private_file, restrict
from iq_server.errors import DatabaseError, Unavailable

__all__ = ["Database", "DatabaseError", "begin_write", "make_engine", "translated", "utcnow"]


def utcnow() -> datetime:
    return datetime.now(UTC)


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        mode = "IMMEDIATE" if conn.get_execution_options().get("write") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")


def _owner_only(db: Path) -> None:
    """The SQLite file is created 0600 before SQLite opens it (its -wal and -shm take that mode), and
    an existing one (and its side files) narrowed to 0600: the database holds device token hashes."""
    with suppress(FileExistsError, OSError):
        create_private_file(db)
    restrict(Path(f"{db}{suffix}") for suffix in ("", "-wal", "-shm", "-journal"))


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError("the database URL is not valid") from None
    kwargs: dict[str, Any] = {"hide_parameters": True, "future": True}
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database or ""
        if db and db != ":memory:":
            folder = Path(db).expanduser().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(f"cannot create the folder for the database ({exc.strerror})") from None
            _owner_only(Path(db).expanduser())
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        engine = create_engine(url, **kwargs)
        _sqlite_setup(engine)
        return engine
    if parsed.get_backend_name() == "postgresql":
        kwargs.update(pool_size=10, max_overflow=10, pool_pre_ping=True)
        return create_engine(url, **kwargs)
    raise DatabaseError("only SQLite and PostgreSQL databases are supported")


@contextmanager
def begin_write(engine: Engine) -> Iterator[Connection]:
    """A write transaction: serialised on SQLite (BEGIN IMMEDIATE), ordinary on PostgreSQL."""
    with engine.connect() as raw:
        conn = raw.execution_options(write=True)
        with conn.begin():
            yield conn


@contextmanager
def translated() -> Iterator[None]:
    """Turn a SQLAlchemy error into :class:`DatabaseError` (its type named, no statement or values)."""
    try:
        yield
    except PoolTimeout:  # every connection of the pool is busy: a load peak, not a fault
        raise Unavailable("the server is busy; try again in a moment", 5) from None
    except SQLAlchemyError as exc:
        raise DatabaseError(f"database error ({type(exc).__name__}); check the database and try again") from exc


class Database:
    """The server's database: the one handle the services and the API hold."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str) -> Database:
        """Open (lazily: nothing connects yet) the database at ``url``; :class:`DatabaseError` if unusable."""
        return cls(make_engine(url))

    @property
    def where(self) -> str:
        """The database URL without its password, for messages."""
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for reading."""
        with translated(), self.engine.connect() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction (see :func:`begin_write`), committed at the end of the block."""
        with translated(), begin_write(self.engine) as conn:
            yield conn

    @contextmanager
    def session(self) -> Iterator[Session]:
        """An ORM session for reading models."""
        with translated(), Session(self.engine) as session:
            yield session

    def ping(self) -> None:
        """Raise :class:`DatabaseError` unless the database answers."""
        with self.read() as conn:
            conn.exec_driver_sql("SELECT 1")

    def dispose(self) -> None:
        self.engine.dispose()
