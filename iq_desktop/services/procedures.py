"""Recognition procedures: save, list, get, void (delete with a reason), and the pending ones for the
agenda. Laptop only: nothing here marks the figures as changed or touches the outbox (no figure of the
network counts a procedure, so none of it leaves the laptop). Every change is audited, without values
(the competent authority is free text: never in the audit log; a void's reason is, as for every void)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from iq_desktop.domain import reference
from iq_desktop.domain.procedure_rules import validate_procedure
from iq_desktop.domain.records import RecognitionProcedure
from iq_desktop.domain.rules import Problem, ValidationError, void_reason_problems
from iq_desktop.services.errors import NotFound
from iq_desktop.services.vault import Vault

__all__ = [
    "PROCEDURE",
    "PendingProcedure",
    "count_pending_longer_than",
    "delete_procedure",
    "get_procedure",
    "list_all_procedures",
    "list_procedures",
    "list_procedures_for_cli",
    "months_before",
    "pending_longer_than",
    "save_procedure",
    "show_procedure",
    "summary_line",
    "void_procedure",
]

#: The record type in the audit log.
PROCEDURE = "procedure"


def _problem(field: str, en: str, de: str) -> Problem:
    return Problem(field, en, de)


def _today() -> date:
    return date.today()


def save_procedure(vault: Vault, procedure: RecognitionProcedure, *, today: date | None = None) -> RecognitionProcedure:
    """Validate (the client exists; a linked training is one of the same client's), write, audit.
    Returns the saved procedure with its timestamps."""
    with vault._uow() as uow:
        client_exists = uow.clients.exists(procedure.client_id)
        training_ok = True
        if procedure.training_id is not None:
            training = uow.trainings.get(procedure.training_id)
            training_ok = training is not None and training.client_id == procedure.client_id
        problems = validate_procedure(
            procedure, today or _today(), client_exists=client_exists, training_of_client=training_ok
        )
        if problems:
            raise ValidationError(problems)
        existing = uow.procedures.get(procedure.id)
        if existing is not None and existing.client_id != procedure.client_id:
            raise ValidationError(
                [
                    Problem(
                        "client_id",
                        "A procedure cannot move to another person.",
                        "Ein Verfahren kann nicht zu einer anderen Person wechseln.",
                    )
                ]
            )
        created = uow.procedures.save(procedure)
        uow.audit.add(vault.user, "create" if created else "edit", PROCEDURE, procedure.id)
        saved = uow.procedures.get(procedure.id)
    assert saved is not None
    return saved


def get_procedure(vault: Vault, procedure_id: str) -> RecognitionProcedure | None:
    with vault._uow(readonly=True) as uow:
        return uow.procedures.get(procedure_id)


def list_procedures(vault: Vault, client_id: str) -> list[RecognitionProcedure]:
    """A client's procedures, oldest application first."""
    with vault._uow(readonly=True) as uow:
        return uow.procedures.for_client(client_id)


def list_all_procedures(vault: Vault) -> list[RecognitionProcedure]:
    with vault._uow(readonly=True) as uow:
        return uow.procedures.all()


def void_procedure(vault: Vault, procedure_id: str, reason: str) -> None:
    """Delete a wrong procedure, with a reason (required: ``rules.void_reason_problems``, as for every
    void). Audited as ``void`` of a ``procedure`` with the reason, as
    :func:`iq_desktop.services.cleanup.void` does for the other records (the audit log stays on the
    laptop). Its drafts go too. Nothing to correct on the server: a procedure is never sent."""
    problems = void_reason_problems(reason)
    if problems:
        raise ValidationError(problems)
    reason = reason.strip()
    with vault._uow() as uow:
        if not uow.procedures.delete(procedure_id):
            raise NotFound(PROCEDURE, procedure_id)
        uow.drafts.delete_for_records([procedure_id])
        uow.audit.add(vault.user, "void", PROCEDURE, procedure_id, reason)


def delete_procedure(vault: Vault, procedure_id: str, reason: str) -> None:
    """The same as :func:`void_procedure`."""
    void_procedure(vault, procedure_id, reason)


@dataclass(frozen=True, slots=True)
class PendingProcedure:
    """A light row for the agenda: a procedure waiting for a decision."""

    procedure_id: str
    client_id: str
    client_name: str
    applied: date
    occupation: str  # the reference occupation's title (German) and code, or ""

    def __repr__(self) -> str:  # the name is personal data
        return f"PendingProcedure(procedure_id={self.procedure_id!r})"


def months_before(day: date, months: int) -> date:
    """``day`` minus ``months`` calendar months (the 31st becomes the month's last day)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def occupation_label(code: str | None, lang: str = "de") -> str:
    if not code:
        return ""
    occ = reference.occupations().get(code)
    return f"{occ.title(lang)} ({code})" if occ else code


def pending_longer_than(
    vault: Vault, months: int, today: date | None = None, *, lang: str = "de", limit: int | None = None
) -> list[PendingProcedure]:
    """Procedures still pending whose application is at least ``months`` months old on ``today``,
    oldest application first; at most ``limit`` (see :func:`count_pending_longer_than`)."""
    cutoff = months_before(today or _today(), max(0, months))
    with vault._uow(readonly=True) as uow:
        rows = uow.procedures.pending_applied_before(cutoff, limit)
    out: list[PendingProcedure] = []
    for r in rows:
        if r.anonymous or not (r.first_name or r.last_name):
            name = r.pseudonym or f"{r.last_name}, {r.first_name}".strip(", ")
        else:
            name = f"{r.last_name}, {r.first_name}".strip(", ")
        out.append(PendingProcedure(r.id, r.client_id, name, r.applied, occupation_label(r.occupation_code, lang)))
    return out


def count_pending_longer_than(vault: Vault, months: int, today: date | None = None) -> int:
    """How many procedures :func:`pending_longer_than` would list without a limit (one count query)."""
    cutoff = months_before(today or _today(), max(0, months))
    with vault._uow(readonly=True) as uow:
        return uow.procedures.count_pending_applied_before(cutoff)


# --- the command line ----------------------------------------------------------------------------


def list_procedures_for_cli(vault: Vault, *, full: bool = False) -> list[RecognitionProcedure]:
    """Every procedure for ``iq-desktop list --type procedure``, audited (``list``/``list_full``, counts
    only). ``full`` (``--json``: the authority too) is a coordinator's action, as for the other records."""
    if full and not vault.is_coordinator:
        vault.audit("refused", detail="list_full: not a coordinator")
        vault.require_coordinator("print every record with all its personal data (list --json); use “export”")
    found = list_all_procedures(vault)
    vault.audit_soon("list_full" if full else "list", detail=f"procedure={len(found)}")
    return found


def show_procedure(vault: Vault, procedure_id: str) -> RecognitionProcedure | None:
    """One procedure for ``iq-desktop show`` (any role: the client page shows the same); audited."""
    found = get_procedure(vault, procedure_id)
    if found is not None:
        vault.audit("show", PROCEDURE, found.id)
    return found


def summary_line(p: RecognitionProcedure) -> str:
    """One line of ``iq-desktop list --type procedure``: codes and dates only (not the authority)."""
    applied = p.applied.isoformat() if p.applied else "-"
    decided = p.decided.isoformat() if p.decided else "-"
    return (
        f"procedure\t{p.id}\t{p.occupation_code or '-'}\tapplied {applied}\t{p.decision.value}\t"
        f"decided {decided}\t{p.compensation.value}\tclient {p.client_id}"
    )
