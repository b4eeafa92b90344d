"""Retention: personal data of clients with no contact for a configurable period is purged.

"No contact" = no session on or after the cut-off, no training that started, ended or is still
running on or after it, and no change to the client's record since. Their rows (client, sessions,
trainings, drafts of them or mentioning them) are deleted with ``secure_delete`` and the WAL is
truncated; drafts untouched for the retention period go too. Schemes stay (they are not a person's).
The network's figures keep counting them: before the purge every saved change is queued and the
periods starting before the cut-off become final (:func:`iq_desktop.services.contributions.freeze_before`),
so their contributions stay as they were and a purge never lowers past figures.

Automatic purging (:func:`auto_retention`, run after unlock) guards against a wrong clock: it does
nothing if the clock seems to have jumped (now is more than :data:`MAX_GAP_DAYS` after the last
audit entry, or before it); a coordinator can still purge explicitly.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol

from iq_desktop.domain.codes import RecordType
from iq_desktop.services.contributions import freeze_before
from iq_desktop.services.people import delete_person
from iq_desktop.store import Store, UnitOfWork

__all__ = ["MAX_GAP_DAYS", "RetentionResult", "RetentionVault", "auto_retention", "purge_retention", "retention_cutoff"]

MAX_GAP_DAYS = 400
DEFAULT_MONTHS = 36


class RetentionVault(Protocol):
    """What retention needs of an unlocked :class:`iq_desktop.services.vault.Vault` (a Protocol, so that
    opening a vault can run :func:`auto_retention` without an import cycle)."""

    @property
    def user(self) -> str: ...

    @property
    def store(self) -> Store: ...

    def get_setting(self, key: str, default: str | None = None) -> str | None: ...

    def _uow(self, *, readonly: bool = False) -> AbstractContextManager[UnitOfWork]: ...


@dataclass(frozen=True, slots=True)
class RetentionResult:
    cutoff: date
    clients: int
    sessions: int
    trainings: int


def retention_cutoff(today: date, months: int) -> date:
    """``today`` minus ``months`` calendar months (day clamped to the month's length)."""
    if months < 1:
        raise ValueError("the retention period must be at least one month")
    y, m = divmod(today.year * 12 + today.month - 1 - months, 12)
    month = m + 1
    for day in (today.day, 30, 29, 28):
        try:
            return date(y, month, min(day, 31))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def purge_retention(vault: RetentionVault, months: int | None = None, *, today: date | None = None) -> RetentionResult:
    if months is None:
        try:
            months = max(1, int(vault.get_setting("retention_months") or DEFAULT_MONTHS))
        except ValueError:  # a hand-edited setting must not stop the app; keep the default
            months = DEFAULT_MONTHS
    cutoff = retention_cutoff(today or date.today(), months)
    n_sessions = n_trainings = 0
    with vault._uow() as uow:
        stale = uow.clients.inactive_since(cutoff)
        if stale:
            freeze_before(uow, cutoff)
        gone: list[str] = []
        for client_id in stale:
            removed = delete_person(uow, client_id)
            gone += removed.ids
            n_sessions += len(removed.session_ids)
            n_trainings += len(removed.training_ids)
        uow.drafts.delete_for_records(gone)
        n_drafts = uow.drafts.delete_mentioning(gone)
        n_drafts += uow.drafts.delete_older_than(datetime.combine(cutoff, time.min, UTC))
        if stale or n_drafts:
            counts = f"clients={len(stale)} sessions={n_sessions} trainings={n_trainings} drafts={n_drafts}"
            detail = f"months={months} {counts}"
            uow.audit.add(vault.user, "retention", RecordType.CLIENT, None, detail)
    if stale or n_drafts:
        vault.store.checkpoint()
    return RetentionResult(cutoff, len(stale), n_sessions, n_trainings)


def auto_retention(vault: RetentionVault, *, now: datetime | None = None) -> RetentionResult | None:
    """Purge at most once a day, and only if the clock looks right (see module doc)."""
    now = now or datetime.now(UTC)
    with vault._uow(readonly=True) as uow:
        last_run = uow.settings.get("last_retention")
        recent = [a for a in uow.audit.recent(5) if a.action not in ("unlock", "failed_unlock")]
    if last_run == now.date().isoformat():
        return None
    if recent:
        last = recent[0].at
        if now < last - timedelta(days=1) or now - last > timedelta(days=MAX_GAP_DAYS):
            return None
    result = purge_retention(vault, today=now.date())
    with vault._uow() as uow:
        uow.settings.set("last_retention", now.date().isoformat())
    return result
