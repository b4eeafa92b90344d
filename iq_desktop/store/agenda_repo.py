"""The agenda's one query: the latest session of each client with something due, read through indexes.

Two index range scans, each candidate checked against ``ix_session_client`` (client_id, date) for a
later session of the same client (same day: the one saved later, i.e. the higher rowid):

* appointments from the no-contact cut-off (overdue ones) to the end of the window:
  ``ix_session_next_appointment`` (next_appointment, client_id, date) covers the check;
* "further session needed" sessions from the look-back to the cut-off without a current appointment:
  the partial index ``ix_session_further`` holds only those sessions; the most recent ``limit``.

Only the survivors are read (the session row and the client's names). 100,000 sessions: see
``bench/bench_agenda.py``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, text

from iq_desktop.domain.agenda import LatestSession
from iq_desktop.domain.codes import Outcome
from iq_desktop.store import codec

__all__ = ["AgendaRepository"]

#: ``outcomes & 32 != 0`` is written as in the partial index ``ix_session_further`` (SQLite uses a
#: partial index only when the query's WHERE repeats its condition); 32 = Outcome.FURTHER_SESSION_NEEDED
_LATEST = text(
    """
    WITH due AS (
        SELECT s.rowid AS rid FROM counselling_session AS s
        WHERE s.next_appointment BETWEEN :cutoff AND :until
          AND NOT EXISTS (SELECT 1 FROM counselling_session AS l WHERE l.client_id = s.client_id
                          AND (l.date > s.date OR (l.date = s.date AND l.rowid > s.rowid)))
        UNION ALL
        SELECT rid FROM (
            SELECT s.rowid AS rid FROM counselling_session AS s
            WHERE (s.outcomes & 32 != 0) AND s.date BETWEEN :lookback AND :cutoff
              AND (s.next_appointment IS NULL OR s.next_appointment < :cutoff)
              AND NOT EXISTS (SELECT 1 FROM counselling_session AS l WHERE l.client_id = s.client_id
                              AND (l.date > s.date OR (l.date = s.date AND l.rowid > s.rowid)))
            ORDER BY s.date DESC LIMIT :limit
        )
    )
    SELECT s.id, s.client_id, s.date, s.created_at, s.next_appointment, s.appointment_time,
           s.appointment_place, s.outcomes, c.first_name, c.last_name, c.pseudonym
    FROM due JOIN counselling_session AS s ON s.rowid = due.rid JOIN client AS c ON c.id = s.client_id
    """
)

_FURTHER = codec.outcome_mask({Outcome.FURTHER_SESSION_NEEDED})


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _datetime(value: Any) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _time(value: Any) -> dt.time | None:
    if not value:
        return None
    try:
        return dt.time.fromisoformat(str(value))
    except ValueError:
        return None


class AgendaRepository:
    def __init__(self, conn: Connection) -> None:
        self._c = conn

    def latest_due(
        self, *, until: dt.date, cutoff: dt.date, lookback: dt.date, limit: int = 200
    ) -> list[LatestSession]:
        """Clients' latest sessions with an appointment from ``cutoff`` to ``until``; and the ``limit``
        most recent with "further session needed", a date from ``lookback`` to ``cutoff`` and no
        appointment on or after ``cutoff``."""
        if _FURTHER != 32:  # pragma: no cover - the partial index's condition names the bit
            raise RuntimeError("the outcome mask changed: update ix_session_further (migration) and this query")
        params = {"until": until, "cutoff": cutoff, "lookback": lookback, "limit": max(0, limit)}
        rows = self._c.execute(
            _LATEST, {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in params.items()}
        ).all()
        out: list[LatestSession] = []
        for r in rows:
            day = _date(r.date)
            if day is None:  # pragma: no cover - the column is NOT NULL
                continue
            out.append(
                LatestSession(
                    session_id=r.id,
                    client_id=r.client_id,
                    date=day,
                    created_at=_datetime(r.created_at),
                    next_appointment=_date(r.next_appointment),
                    appointment_time=_time(r.appointment_time),
                    appointment_place=r.appointment_place or "",
                    further_session_needed=bool(r.outcomes & _FURTHER),
                    first_name=r.first_name or "",
                    last_name=r.last_name or "",
                    pseudonym=r.pseudonym or "",
                )
            )
        return out
