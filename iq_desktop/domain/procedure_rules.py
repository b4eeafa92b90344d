"""Validation and parsing of recognition procedures (:class:`RecognitionProcedure`).

Messages speak to a counsellor in German and English, name a field but never repeat a value (the
competent authority is free text): safe in a log line or an error dialog, like :mod:`.rules`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from iq_desktop.domain import reference
from iq_desktop.domain.codes import Compensation, ProcedureDecision
from iq_desktop.domain.records import RecognitionProcedure
from iq_desktop.domain.rules import Problem, ValidationError, _Parser

__all__ = ["EARLIEST_APPLICATION", "MAX_AUTHORITY", "procedure_dict", "procedure_from_dict", "validate_procedure"]

MAX_AUTHORITY = 200
EARLIEST_APPLICATION = date(2005, 1, 1)
#: Import keys of a procedure record (besides ``type``, the file-local ``id`` and ``client``).
IMPORT_KEYS = frozenset(
    {
        "type", "id", "client", "occupation_code", "regulated", "authority", "applied", "documents_complete",
        "decision", "decided", "compensation", "training", "grant_applied",
    }
)  # fmt: skip


def _p(field: str, en: str, de: str) -> Problem:
    return Problem(field, en, de)


def validate_procedure(
    p: RecognitionProcedure, today: date, *, client_exists: bool = True, training_of_client: bool = True
) -> list[Problem]:
    """``training_of_client``: ``p.training_id`` names a job-training participation of the same client
    (ignored without a ``training_id``)."""
    out: list[Problem] = []
    if not client_exists:
        out.append(_p("client_id", "Choose the person this procedure is for.", "Bitte die Person wählen."))
    if not p.occupation_code:
        out.append(
            _p(
                "occupation_code",
                "Choose the reference occupation (KldB 2010).",
                "Bitte den Referenzberuf (KldB 2010) wählen.",
            )
        )
    elif p.occupation_code not in reference.occupations():
        out.append(
            _p(
                "occupation_code",
                "Unknown reference occupation (KldB 2010); choose one from the list.",
                "Unbekannter Referenzberuf (KldB 2010); bitte einen aus der Liste wählen.",
            )
        )
    if len(p.authority) > MAX_AUTHORITY:
        out.append(
            _p(
                "authority",
                f"Too long (at most {MAX_AUTHORITY} characters).",
                f"Zu lang (höchstens {MAX_AUTHORITY} Zeichen).",
            )
        )
    if p.applied is not None:
        if p.applied > today:
            out.append(
                _p("applied", "The application date is in the future.", "Das Antragsdatum liegt in der Zukunft.")
            )
        elif p.applied < EARLIEST_APPLICATION:
            out.append(_p("applied", "The application date is before 2005.", "Das Antragsdatum liegt vor 2005."))
    decided = p.decision is not ProcedureDecision.PENDING
    if decided and p.applied is None:
        out.append(
            _p(
                "applied",
                "A decision needs the date of the application.",
                "Ein Bescheid setzt ein Antragsdatum voraus.",
            )
        )
    if decided and p.decided is None:
        out.append(
            _p(
                "decided",
                "Enter the date of the decision (or of the withdrawal).",
                "Bitte das Datum des Bescheids (oder der Rücknahme) eingeben.",
            )
        )
    if p.decided is not None:
        if not decided:
            out.append(
                _p(
                    "decision",
                    "A decision date needs a decision: choose it (the procedure is no longer pending).",
                    "Ein Bescheiddatum braucht eine Entscheidung: bitte wählen (das Verfahren läuft nicht mehr).",
                )
            )
        if p.decided > today:
            out.append(
                _p("decided", "The decision date is in the future.", "Das Datum des Bescheids liegt in der Zukunft.")
            )
        if p.applied is not None and p.decided < p.applied:
            out.append(
                _p(
                    "decided",
                    "The decision is dated before the application.",
                    "Der Bescheid liegt vor dem Antrag.",
                )
            )
    if p.compensation is not Compensation.NONE and p.decision is not ProcedureDecision.PARTIAL:
        out.append(
            _p(
                "compensation",
                "A compensation measure or bridge training follows a partial equivalence only; "
                "choose “partial” as the decision or “none” here.",
                "Eine Ausgleichsmaßnahme oder Anpassungsqualifizierung folgt nur auf eine teilweise "
                "Gleichwertigkeit; bitte „teilweise“ als Entscheidung oder hier „keine“ wählen.",
            )
        )
    if p.training_id is not None:
        if p.compensation is Compensation.NONE:
            out.append(
                _p(
                    "training_id",
                    "A linked job training needs a compensation measure or bridge training.",
                    "Eine verknüpfte Qualifizierung setzt eine Ausgleichsmaßnahme oder "
                    "Anpassungsqualifizierung voraus.",
                )
            )
        if not training_of_client:
            out.append(
                _p(
                    "training_id",
                    "The linked job training is not one of this person's.",
                    "Die verknüpfte Qualifizierung gehört nicht zu dieser Person.",
                )
            )
    return out


def procedure_from_dict(d: Mapping[str, Any], client_id: str, today: date) -> RecognitionProcedure:
    """Parse an import record (keys of :data:`IMPORT_KEYS`; ``client`` and ``training`` are resolved by
    the caller, ``training`` is read here as the id it gives). Validates everything that needs no
    other record; raises :class:`ValidationError`."""
    parser = _Parser(d)
    training = parser.text("training") or None
    proc = RecognitionProcedure(
        client_id=client_id,
        occupation_code=parser.text("occupation_code") or None,
        regulated=parser.bool_("regulated", None),
        authority=parser.text("authority"),
        applied=parser.date_("applied"),
        documents_complete=bool(parser.bool_("documents_complete", False)),
        decision=parser.enum("decision", ProcedureDecision, None) or ProcedureDecision.PENDING,
        decided=parser.date_("decided"),
        compensation=parser.enum("compensation", Compensation, None) or Compensation.NONE,
        training_id=training,
        grant_applied=bool(parser.bool_("grant_applied", False)),
    )
    problems = parser.problems + validate_procedure(proc, today)
    if problems:
        raise ValidationError(problems)
    return proc


def procedure_dict(p: RecognitionProcedure, *, timestamps: bool = False) -> dict[str, Any]:
    """A JSON-ready dict with the import format's keys (``client`` is the client's vault id): a valid
    import record. ``timestamps``: also ``created_at``/``updated_at`` (UTC; ``show``), not importable."""
    out: dict[str, Any] = {
        "type": "procedure",
        "id": p.id,
        "client": p.client_id,
        "occupation_code": p.occupation_code,
        "regulated": p.regulated,
        "authority": p.authority,
        "applied": p.applied.isoformat() if p.applied else None,
        "documents_complete": p.documents_complete,
        "decision": p.decision.value,
        "decided": p.decided.isoformat() if p.decided else None,
        "compensation": p.compensation.value,
        "training": p.training_id,
        "grant_applied": p.grant_applied,
    }
    if timestamps:
        out["created_at"] = p.created_at.isoformat(timespec="seconds") if p.created_at else None
        out["updated_at"] = p.updated_at.isoformat(timespec="seconds") if p.updated_at else None
    return out
