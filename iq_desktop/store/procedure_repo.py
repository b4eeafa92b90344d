"""Recognition procedures (table ``procedure``, migration v7): laptop only, never in the outbox."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, bindparam, delete, func, select

from iq_desktop.domain.codes import ProcedureDecision
from iq_desktop.domain.records import RecognitionProcedure
from iq_desktop.store import codec
from iq_desktop.store.repo_base import RecordRepository
from iq_desktop.store.schema import T

__all__ = ["PendingProcedureRow", "ProcedureRepository"]

_P = T.procedure
_FOR_CLIENT = select(_P).where(_P.c.client_id == bindparam("b_client")).order_by(_P.c.applied, _P.c.id)


@dataclass(frozen=True, slots=True)
class PendingProcedureRow:
    """A pending procedure with what the agenda shows of its client (names stay on the laptop)."""

    id: str
    client_id: str
    first_name: str
    last_name: str
    anonymous: bool
    pseudonym: str
    applied: date
    occupation_code: str | None


class ProcedureRepository(RecordRepository[RecognitionProcedure]):
    """get / exists / save / delete from the base; a client's procedures; the pending ones."""

    TABLE = "procedure"
    to_row = staticmethod(codec.procedure_row)
    from_row = staticmethod(codec.procedure_from_row)

    def for_client(self, client_id: str) -> list[RecognitionProcedure]:
        """A client's procedures, oldest application first (not yet applied: first)."""
        return [codec.procedure_from_row(r) for r in self._c.execute(_FOR_CLIENT, {"b_client": client_id}).mappings()]

    def all(self) -> list[RecognitionProcedure]:
        query = select(_P).order_by(_P.c.client_id, _P.c.applied, _P.c.id)
        return [codec.procedure_from_row(r) for r in self._c.execute(query).mappings()]

    def count(self) -> int:
        return int(self._c.execute(select(func.count()).select_from(_P)).scalar_one())

    def delete_for_client(self, client_id: str) -> list[str]:
        """Delete every procedure of a client (erasure, retention); returns their ids."""
        ids = [r.id for r in self._c.execute(select(_P.c.id).where(_P.c.client_id == client_id))]
        if ids:
            self._c.execute(delete(_P).where(_P.c.client_id == client_id))
        return ids

    def unlink_training(self, training_id: str) -> None:
        """A deleted job training is no longer linked from any procedure."""
        self._c.execute(_P.update().where(_P.c.training_id == training_id).values(training_id=None))

    def count_pending_applied_before(self, cutoff: date) -> int:
        """How many pending procedures were applied on or before ``cutoff`` (index only)."""
        query = select(func.count()).where(*self._pending(cutoff))
        return int(self._c.execute(query.select_from(_P)).scalar_one())

    @staticmethod
    def _pending(cutoff: date) -> tuple[ColumnElement[bool], ...]:
        return (_P.c.decision == ProcedureDecision.PENDING.value, _P.c.applied.is_not(None), _P.c.applied <= cutoff)

    def pending_applied_before(self, cutoff: date, limit: int | None = None) -> list[PendingProcedureRow]:
        """Pending procedures applied on or before ``cutoff`` (index ``(decision, applied)``), oldest
        first; at most ``limit``."""
        c = T.client
        query = (
            select(
                _P.c.id,
                _P.c.client_id,
                c.c.first_name,
                c.c.last_name,
                c.c.anonymous,
                c.c.pseudonym,
                _P.c.applied,
                _P.c.occupation_code,
            )
            .join(c, c.c.id == _P.c.client_id)
            .where(*self._pending(cutoff))
            .order_by(_P.c.applied, _P.c.id)
        )
        if limit is not None:
            query = query.limit(max(0, limit))
        return [
            PendingProcedureRow(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6], r[7]) for r in self._c.execute(query)
        ]
