"""Clean records (issue 11): void a wrong entry, find duplicate clients, merge two clients.

* :func:`void` deletes a session, training participation, event or procedure that was entered by
  mistake, with a reason (audited as ``void``; the reason stays in the vault's audit table only). The
  figures are marked changed, so the next sync recomputes the site's contributions without it (a period
  left with nothing is retracted).
* :func:`similar_clients` (the client form's warning while typing) and :func:`duplicates` (every pair)
  find clients whose names match and whose birth date, phone or e-mail match too
  (:func:`iq_desktop.domain.rules.duplicate_reason`).
* :func:`merge` (coordinators) moves every record of one client to another, fills the kept client's
  empty fields, deletes the other and recomputes the first-contact rule
  (:func:`iq_desktop.domain.rules.reconcile_initials`). See ``docs/records.md``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any

from iq_desktop.domain import rules
from iq_desktop.domain.codes import RecordType, SessionKind
from iq_desktop.domain.records import Client
from iq_desktop.domain.rules import DuplicateReason, Problem
from iq_desktop.services import procedures
from iq_desktop.services.contributions import records_changed
from iq_desktop.services.errors import NotAllowed, NotFound, ValidationError
from iq_desktop.services.vault import Vault

__all__ = [
    "MIN_REASON",
    "ClientMatch",
    "DuplicatePair",
    "MergeResult",
    "duplicates",
    "merge",
    "record_kind",
    "similar_clients",
    "void",
]

#: A void needs a reason of at least this many characters (the rule: ``rules.void_reason_problems``).
MIN_REASON = rules.MIN_VOID_REASON
#: What can be voided (a client is erased instead; a scheme is deleted once it has no participants).
VOIDABLE = (RecordType.SESSION, RecordType.TRAINING, RecordType.EVENT)
PROCEDURE = "procedure"


# --- void ------------------------------------------------------------------------------------------


def record_kind(vault: Vault, record_id: str) -> str | None:
    """What a record id names among the voidable records ("session", "training", "event",
    "procedure"), or None."""
    with vault._uow(readonly=True) as uow:
        if uow.sessions.exists(record_id):
            return RecordType.SESSION.value
        if uow.trainings.exists(record_id):
            return RecordType.TRAINING.value
        if uow.events.exists(record_id):
            return RecordType.EVENT.value
        if uow.procedures.exists(record_id):
            return PROCEDURE
    return None


def void(vault: Vault, record_id: str, reason: str) -> str:
    """Delete a wrong session, participation, event or procedure, with ``reason`` (required, at least
    :data:`MIN_REASON` characters). Audited as ``void`` (record type, id, the reason). Returns the
    record's type. The next sync corrects the network's figures (contributions are recomputed)."""
    _check(rules.void_reason_problems(reason))
    text = reason.strip()
    with vault._uow() as uow:
        kind: RecordType | None = None
        changed: list[str] = []
        session = uow.sessions.get(record_id)
        if session is not None:
            kind = RecordType.SESSION
            uow.sessions.delete(record_id)
            if session.kind is SessionKind.INITIAL:  # the first contact is now another session
                remaining = uow.sessions.for_client(session.client_id)
                changes = rules.initials_after_removal(remaining)
                for other in remaining:
                    if other.id in changes:
                        uow.sessions.update(dataclasses.replace(other, kind=changes[other.id]))
                changed = sorted(changes)
        elif uow.trainings.exists(record_id):
            kind = RecordType.TRAINING
            uow.procedures.unlink_training(record_id)  # no procedure keeps a link to a deleted training
            uow.trainings.delete(record_id)
        elif uow.events.exists(record_id):
            kind = RecordType.EVENT
            uow.events.delete(record_id)
        if kind is not None:
            records_changed(uow, session_ids=changed)
            uow.drafts.delete_for_records([record_id])
            uow.audit.add(vault.user, "void", kind, record_id, text)
            for other_id in changed:
                uow.audit.add(vault.user, "edit", RecordType.SESSION, other_id, "kind: first contact after a void")
            return kind.value
        is_procedure = uow.procedures.exists(record_id)
    if is_procedure:
        procedures.void_procedure(vault, record_id, text)  # its own transaction and audit entry
        return PROCEDURE
    raise NotFound("session, participation, event or procedure", record_id)


# --- duplicates ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ClientMatch:
    """An existing client that looks like the one being entered."""

    id: str
    name: str
    birth_date: date | None
    reason: DuplicateReason


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    first: str
    second: str
    reason: DuplicateReason


def _identity(c: Client) -> tuple[str, str, date | None, str, str]:
    return (c.first_name, c.last_name, c.birth_date, c.phone, c.email)


def similar_clients(vault: Vault, client: Client) -> list[ClientMatch]:
    """Existing clients (not ``client`` itself) with the same name and the same birth date, phone or
    e-mail: the warning the client form shows while a client is typed in."""
    if client.anonymous or not (client.first_name.strip() and client.last_name.strip()):
        return []
    with vault._uow(readonly=True) as uow:
        candidates = uow.clients.same_name(client.first_name, client.last_name)
    out: list[ClientMatch] = []
    for other in candidates:
        if other.id == client.id:
            continue
        reason = rules.duplicate_reason(_identity(client), _identity(other))
        if reason is not None:
            out.append(ClientMatch(other.id, other.display_name, other.birth_date, reason))
    return out


def duplicates(vault: Vault) -> list[DuplicatePair]:
    """Every pair of clients that look like one person (for the coordinator to merge)."""
    with vault._uow(readonly=True) as uow:
        rows = uow.clients.identities()
    groups: dict[tuple[str, str], list[tuple[str, tuple[str, str, date | None, str, str]]]] = {}
    for cid, first, last, birth, phone, email in rows:
        key = (rules.fold_name(first), rules.fold_name(last))
        if key[0] and key[1]:
            groups.setdefault(key, []).append((cid, (first, last, birth, phone, email)))
    out: list[DuplicatePair] = []
    for members in groups.values():
        for i, (a_id, a) in enumerate(members):
            for b_id, b in members[i + 1 :]:
                reason = rules.duplicate_reason(a, b)
                if reason is not None:
                    out.append(DuplicatePair(a_id, b_id, reason))
    return out


# --- merge ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MergeResult:
    keep_id: str
    other_id: str
    moved: dict[str, int]  # table -> number of records moved
    filled: list[str]  # the kept client's fields filled from the other
    now_follow_up: list[str]  # sessions that were initial and became follow-ups


#: The client fields a merge fills on the kept client when they are empty there.
_FILLABLE = (
    "birth_date", "phone", "email", "postcode", "arrival_year", "occupation_code", "regulated_profession",
    "consent_date", "consent_scope",
)  # fmt: skip
_UNKNOWN_DEFAULTS = {
    "gender": "not_stated",
    "nationality": "ZZ",
    "qualification_country": "ZZ",
    "residence_status": "unknown",
    "german_level": "unknown",
    "qualification_level": "unknown",
}


def _is_empty(value: object) -> bool:
    return value is None or value == ""


def _filled(keep: Client, other: Client) -> tuple[Client, list[str]]:
    changes: dict[str, Any] = {}
    for name in _FILLABLE:
        if _is_empty(getattr(keep, name)) and not _is_empty(getattr(other, name)):
            changes[name] = getattr(other, name)
    for name, unknown in _UNKNOWN_DEFAULTS.items():
        mine, theirs = getattr(keep, name), getattr(other, name)
        if str(mine) == unknown and str(theirs) != unknown:
            changes[name] = theirs
    if keep.anonymous and not other.anonymous:  # the other one has the name: the person is known now
        changes.update(anonymous=False, first_name=other.first_name, last_name=other.last_name)
    if other.notes.strip() and other.notes.strip() not in keep.notes:
        changes["notes"] = (keep.notes.rstrip() + "\n\n" + other.notes.strip()).strip()
    if changes.get("consent_date") is not None and "consent_scope" not in changes and keep.consent_scope is None:
        changes["consent_scope"] = other.consent_scope
    if changes.get("consent_scope") is not None and "consent_date" not in changes and keep.consent_date is None:
        changes["consent_date"] = other.consent_date
    return dataclasses.replace(keep, **changes), sorted(changes)


def merge(vault: Vault, keep_id: str, other_id: str) -> MergeResult:
    """Merge client ``other_id`` into ``keep_id`` (coordinators only): every session, training
    participation, procedure and document moves to the kept client, its empty fields are filled from
    the other, the other is deleted; an initial session that is no longer the first of its case
    becomes a follow-up (:func:`iq_desktop.domain.rules.reconcile_initials`). Audited as ``merge``;
    the next sync corrects the network's figures."""
    if keep_id == other_id:
        _check([Problem("other", "Choose two different people.", "Bitte zwei verschiedene Personen wählen.")])
    if not vault.is_coordinator:
        with vault._uow() as uow:
            uow.audit.add(
                vault.user, "refused", RecordType.CLIENT, keep_id, f"merge: not a coordinator other={other_id}"
            )
        raise NotAllowed("Only a coordinator can merge two people's records. Ask your coordinator to do it.")
    with vault._uow() as uow:
        keep, other = uow.clients.get(keep_id), uow.clients.get(other_id)
        if keep is None:
            raise NotFound("person", keep_id)
        if other is None:
            raise NotFound("person", other_id)
        moved = uow.clients.move_records(other_id, keep_id)
        merged, filled = _filled(keep, other)
        uow.clients.delete(other_id)
        uow.clients.save(merged)
        changes = rules.reconcile_initials(uow.sessions.for_client(keep_id))
        for session in uow.sessions.for_client(keep_id):
            if session.id in changes:
                uow.sessions.update(dataclasses.replace(session, kind=changes[session.id]))
        uow.drafts.delete_for_records([other_id])
        records_changed(uow, session_ids=moved.get("counselling_session", []) + list(changes))
        counts = {table: len(ids) for table, ids in moved.items()}
        detail = f"other={other_id} " + " ".join(f"{t}={n}" for t, n in sorted(counts.items()))
        detail += f" follow_up={len(changes)} filled={','.join(filled) or '-'}"
        uow.audit.add(vault.user, "merge", RecordType.CLIENT, keep_id, detail)
        uow.audit.add(vault.user, "merge", RecordType.CLIENT, other_id, f"into={keep_id}")
    return MergeResult(keep_id, other_id, counts, filled, sorted(changes))


def _check(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)
