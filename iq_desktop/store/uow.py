"""Unit of work: one transaction per use case, with every repository on the same connection."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Connection, Engine, RootTransaction

from iq_desktop.store.agenda_repo import AgendaRepository
from iq_desktop.store.audit import AuditRepository
from iq_desktop.store.document_repo import DocumentRepository
from iq_desktop.store.drafts import DraftRepository
from iq_desktop.store.errors import store_error
from iq_desktop.store.outbox_repo import OutboxRepository
from iq_desktop.store.procedure_repo import ProcedureRepository
from iq_desktop.store.repo_base import LARGE_CACHE_MIB, reset_cache, use_large_cache
from iq_desktop.store.repos import (
    ClientRepository,
    EventRepository,
    SchemeRepository,
    SessionRepository,
    TrainingRepository,
)
from iq_desktop.store.settings import SettingsRepository

__all__ = ["UnitOfWork"]


class UnitOfWork:
    """``with store.uow() as uow:`` -- commits when the block ends normally, rolls back on any
    exception. Driver errors that mean a damaged file become :class:`VaultDamaged`."""

    clients: ClientRepository
    sessions: SessionRepository
    trainings: TrainingRepository
    events: EventRepository
    schemes: SchemeRepository
    procedures: ProcedureRepository
    outbox: OutboxRepository
    audit: AuditRepository
    settings: SettingsRepository
    agenda: AgendaRepository
    drafts: DraftRepository
    documents: DocumentRepository

    def __init__(self, engine: Engine, *, readonly: bool = False, busy_timeout_s: float | None = None) -> None:
        self._engine = engine
        self._readonly = readonly
        self._busy_timeout_s = busy_timeout_s
        self._conn: Connection | None = None
        self._tx: RootTransaction | None = None

    def use_large_cache(self, mib: int = LARGE_CACHE_MIB) -> None:
        """A bigger page cache for this unit of work only (see :func:`._base.use_large_cache`)."""
        use_large_cache(self.connection, mib)

    @property
    def connection(self) -> Connection:
        if self._conn is None:
            raise RuntimeError("the unit of work is not active")
        return self._conn

    def __enter__(self) -> UnitOfWork:
        try:
            conn = self._engine.connect()
            if self._readonly:
                conn = conn.execution_options(readonly=True)
            if self._busy_timeout_s is not None:  # a shorter wait for another writer (engine._begin)
                conn = conn.execution_options(busy_timeout_s=self._busy_timeout_s)
            self._tx = conn.begin()
        except Exception as exc:
            _translate(exc)
            raise
        self._conn = conn
        self.clients = ClientRepository(conn)
        self.sessions = SessionRepository(conn)
        self.trainings = TrainingRepository(conn)
        self.events = EventRepository(conn)
        self.schemes = SchemeRepository(conn)
        self.procedures = ProcedureRepository(conn)
        self.outbox = OutboxRepository(conn)
        self.audit = AuditRepository(conn)
        self.settings = SettingsRepository(conn)
        self.drafts = DraftRepository(conn)
        self.agenda = AgendaRepository(conn)
        self.documents = DocumentRepository(conn)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        conn, tx = self._conn, self._tx
        self._conn = self._tx = None
        assert conn is not None and tx is not None
        try:
            if exc is None:
                if self._readonly:
                    tx.rollback()
                else:
                    tx.commit()
            else:
                tx.rollback()
        except Exception as commit_exc:
            _safe_rollback(tx)
            # A failed COMMIT (a full disk, a deferred constraint) can leave SQLite's own transaction
            # open while SQLAlchemy considers it ended: never hand that connection out again.
            conn.invalidate()
            conn.close()
            _translate(commit_exc)
            raise
        reset_cache(conn)
        conn.close()
        if exc is not None:
            _translate(exc)


def _safe_rollback(tx: RootTransaction) -> None:
    try:
        if tx.is_active:
            tx.rollback()
    except Exception:  # noqa: S110 - the original error is what matters
        pass


def _translate(exc: BaseException) -> None:
    known = store_error(exc)
    if known is not None and known is not exc:
        raise known from None
