"""Retention: personal data of clients with no contact for a configurable period is purged.

"No contact" = no session on or after the cut-off, no training that started, ended or is still
running on or after it, and no change to the client's record since. Their rows (client, sessions,
trainings, drafts of them or mentioning them) are deleted with ``secure_delete`` and the WAL is
truncated; drafts untouched for the retention period go too. Schemes stay (they are not a person's).
The network's figures keep counting them: before the purge every saved change is queued and the
periods starting before the cut-off become final (:func:`iq_desktop.services.contributions.freeze_before`),
so their contributions stay as they were and a purge never lowers past figures.

Automatic purging (:func:`auto_retention`, run after unlock) never deletes on a clock it cannot trust.
The laptop's clock also writes the audit log, so a clock years ahead would vouch for itself; instead
the newest *plausible* time is the latest of the server's ``Date`` at the last sync
(:data:`SERVER_DATE`, written by the sync engine) and the newest session date: a clock more than
:data:`MAX_GAP_DAYS` beyond it (or behind the last audit entry) is not trusted and nothing is purged.
And it never deletes more than :data:`MAX_SHARE` of the clients on its own: a larger purge is held
back (:func:`held_back`) until a coordinator confirms it (the GUI's dialog naming the count, or
``iq-desktop retention --apply``). Every refusal says why (:attr:`RetentionResult.why`).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol

from iq_desktop.domain.codes import RecordType
from iq_desktop.services.contributions import freeze_before
from iq_desktop.services.errors import NotAllowed
from iq_desktop.services.people import delete_person
from iq_desktop.store import Store, UnitOfWork
from iq_desktop.sync.outbox import SERVER_DATE

__all__ = [
    "CLOCK",
    "MAX_GAP_DAYS",
    "MAX_SHARE",
    "SHARE",
    "Clock",
    "RetentionResult",
    "RetentionVault",
    "auto_retention",
    "dismiss_held_back",
    "held_back",
    "plausible_now",
    "preview_retention",
    "purge_retention",
    "retention_cutoff",
    "trusted_date",
]  # fmt: skip

MAX_GAP_DAYS = 400
DEFAULT_MONTHS = 36
#: The largest share of the clients retention purges without a coordinator's confirmation.
MAX_SHARE = 0.05
#: settings: a purge held back for confirmation (JSON); the server's Date at the last sync is SERVER_DATE
HELD_BACK = "retention_held_back"
#: :attr:`RetentionResult.reason` of a held-back purge: the clock is not trusted / too large a share
CLOCK, SHARE = "clock", "share"

#: The wall clock (injectable for tests: a laptop whose clock is years ahead).
Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


class RetentionVault(Protocol):
    """What retention needs of an unlocked :class:`iq_desktop.services.vault.Vault` (a Protocol, so that
    opening a vault can run :func:`auto_retention` without an import cycle)."""

    @property
    def user(self) -> str: ...

    @property
    def store(self) -> Store: ...

    @property
    def is_coordinator(self) -> bool: ...

    def get_setting(self, key: str, default: str | None = None) -> str | None: ...

    def checkpoint_deleted(self) -> bool: ...

    def _uow(self, *, readonly: bool = False) -> AbstractContextManager[UnitOfWork]: ...


@dataclass(frozen=True, slots=True)
class RetentionResult:
    cutoff: date
    clients: int  # purged (or, when ``held`` / a preview, that would be purged)
    sessions: int
    trainings: int
    total_clients: int = 0  # clients in the vault before
    held: bool = False  # nothing was purged: it needs a coordinator's confirmation (see ``why``)
    why: str = ""  # why nothing was purged (safe to show; counts and dates only)
    reason: str = ""  # when ``held``: CLOCK (the clock is not trusted) or SHARE (more than MAX_SHARE)
    today: str = ""  # ISO date of the clock the cut-off was computed from
    trusted: str = ""  # ISO date of the newest plausible time (CLOCK), else ""

    def as_dict(self) -> dict[str, object]:
        d = asdict(self)
        d["cutoff"] = self.cutoff.isoformat()
        return d


def _months(vault: RetentionVault, months: int | None) -> int:
    if months is not None:
        return months
    try:
        return max(1, int(vault.get_setting("retention_months") or DEFAULT_MONTHS))
    except ValueError:  # a hand-edited setting must not stop the app; keep the default
        return DEFAULT_MONTHS


def _too_many(stale: int, total: int) -> bool:
    return stale > MAX_SHARE * total


def _share_why(stale: int, total: int, cutoff: date) -> str:
    return (
        f"Retention would delete the personal data of {stale:,} of {total:,} clients (no contact since "
        f"{cutoff.isoformat()}), more than {MAX_SHARE:.0%}; a coordinator must confirm it "
        "(“iq-desktop retention --apply”, or the dialog in the app). Check the computer's date first."
    )


def preview_retention(
    vault: RetentionVault, months: int | None = None, *, today: date | None = None
) -> RetentionResult:
    """What :func:`purge_retention` would delete today (nothing is changed)."""
    months = _months(vault, months)
    cutoff = retention_cutoff(today or date.today(), months)
    n_sessions = n_trainings = 0
    with vault._uow(readonly=True) as uow:
        stale = uow.clients.inactive_since(cutoff)
        total = uow.clients.count()
        for client_id in stale:
            n_sessions += len(uow.sessions.ids_for_client(client_id))
            n_trainings += len(uow.trainings.for_client(client_id))
    why = _share_why(len(stale), total, cutoff) if _too_many(len(stale), total) else ""
    return RetentionResult(
        cutoff, len(stale), n_sessions, n_trainings, total, held=bool(why), why=why,
        reason=SHARE if why else "", today=(today or date.today()).isoformat(),
    )  # fmt: skip


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


def purge_retention(
    vault: RetentionVault,
    months: int | None = None,
    *,
    today: date | None = None,
    confirmed: bool = False,
    cutoff: date | None = None,
) -> RetentionResult:
    """Purge the clients with no contact since the cut-off (``today`` minus ``months``, or ``cutoff``: the
    one a coordinator confirmed, :func:`held_back`). More than :data:`MAX_SHARE` of the clients
    are purged only when ``confirmed`` (by a coordinator: :class:`NotAllowed` otherwise); without it such
    a purge deletes nothing and returns a result with ``held`` and ``why``."""
    months = _months(vault, months)
    if confirmed and not vault.is_coordinator:
        raise NotAllowed("Only a coordinator can confirm a retention purge.")
    today = today or date.today()
    cutoff = cutoff or retention_cutoff(today, months)
    n_sessions = n_trainings = n_procedures = n_documents = 0
    with vault._uow() as uow:
        stale = uow.clients.inactive_since(cutoff)
        total = uow.clients.count()
        if _too_many(len(stale), total) and not confirmed:
            return RetentionResult(
                cutoff, len(stale), 0, 0, total, held=True, why=_share_why(len(stale), total, cutoff),
                reason=SHARE, today=today.isoformat(),
            )  # fmt: skip
        if stale:
            freeze_before(uow, cutoff)
        gone: list[str] = []
        for client_id in stale:
            removed = delete_person(uow, client_id)
            gone += removed.ids
            n_sessions += len(removed.session_ids)
            n_trainings += len(removed.training_ids)
            n_procedures += len(removed.procedure_ids)
            n_documents += removed.documents
        uow.drafts.delete_for_records(gone)
        n_drafts = uow.drafts.delete_mentioning(gone)
        n_drafts += uow.drafts.delete_older_than(datetime.combine(cutoff, time.min, UTC))
        if stale or n_drafts:
            counts = (
                f"clients={len(stale)} sessions={n_sessions} trainings={n_trainings} "
                f"procedures={n_procedures} documents={n_documents} drafts={n_drafts}"
            )
            detail = f"months={months} {counts}" + (" confirmed" if confirmed else "")
            uow.audit.add(vault.user, "retention", RecordType.CLIENT, None, detail)
        uow.settings.set(HELD_BACK, None)
    if stale or n_drafts:
        vault.checkpoint_deleted()
    return RetentionResult(cutoff, len(stale), n_sessions, n_trainings, total)


def plausible_now(uow: UnitOfWork) -> datetime | None:
    """The newest time this vault has evidence of that the laptop's clock did not write itself: the
    server's ``Date`` at the last sync, or the newest session date (None: no evidence yet)."""
    times: list[datetime] = []
    server = uow.settings.get(SERVER_DATE)
    if server:
        with contextlib.suppress(ValueError):
            times.append(datetime.fromisoformat(server).astimezone(UTC))
    newest = uow.sessions.newest_date()
    if newest is not None:
        times.append(datetime.combine(newest, time.min, UTC))
    return max(times) if times else None


def trusted_date(vault: RetentionVault) -> date | None:
    """The date of :func:`plausible_now` (for a report)."""
    with vault._uow(readonly=True) as uow:
        trusted = plausible_now(uow)
    return trusted.date() if trusted else None


def auto_retention(
    vault: RetentionVault, *, now: datetime | None = None, clock: Clock = system_clock
) -> RetentionResult | None:
    """Purge at most once a day, only on a plausible clock and at most :data:`MAX_SHARE` of the clients
    (see the module doc). None: not run (already ran today, or no clock to trust); a result with
    ``held``: nothing purged, a coordinator must confirm (also kept for :func:`held_back`)."""
    now = now or clock()
    with vault._uow(readonly=True) as uow:
        last_run = uow.settings.get("last_retention")
        recent = [a for a in uow.audit.recent(5) if a.action not in ("unlock", "failed_unlock", "lock")]
        trusted = plausible_now(uow)
    if last_run == now.date().isoformat():
        return None
    if recent and now < recent[0].at - timedelta(days=1):
        return None  # the clock went back: wait until it is right again
    if trusted is None and recent and now - recent[0].at > timedelta(days=MAX_GAP_DAYS):
        return None  # no better evidence than the audit log, and the clock jumped far ahead of it
    if trusted is not None and now - trusted > timedelta(days=MAX_GAP_DAYS):
        why = (
            f"Automatic retention did not run: this computer's date ({now.date().isoformat()}) is more than "
            f"{MAX_GAP_DAYS} days after the newest date this vault can trust ({trusted.date().isoformat()}, "
            "the last sync or the newest session). Check the date; a coordinator can purge with "
            "“iq-desktop retention --apply”."
        )
        cutoff = retention_cutoff(now.date(), _months(vault, None))
        with vault._uow(readonly=True) as uow:
            would, total = len(uow.clients.inactive_since(cutoff)), uow.clients.count()
        held = RetentionResult(
            cutoff, would, 0, 0, total, held=True, why=why, reason=CLOCK, today=now.date().isoformat(),
            trusted=trusted.date().isoformat(),
        )  # fmt: skip
        _hold(vault, held)
        return None
    result = purge_retention(vault, today=now.date())
    with vault._uow() as uow:
        uow.settings.set("last_retention", now.date().isoformat())
    if result.held:
        _hold(vault, result)
    return result


def _hold(vault: RetentionVault, result: RetentionResult) -> None:
    with vault._uow() as uow:
        uow.settings.set(HELD_BACK, json.dumps(result.as_dict()))


def held_back(vault: RetentionVault) -> RetentionResult | None:
    """A purge the automatic retention held back (too large a share, or a clock it cannot trust), for the
    GUI's confirmation dialog; None if there is none."""
    with vault._uow(readonly=True) as uow:
        raw = uow.settings.get(HELD_BACK)
    try:
        d = json.loads(raw) if raw else None
        if not isinstance(d, dict):
            return None
        return RetentionResult(
            date.fromisoformat(d["cutoff"]), int(d["clients"]), int(d["sessions"]), int(d["trainings"]),
            int(d.get("total_clients", 0)), held=True, why=str(d.get("why", "")), reason=str(d.get("reason", "")),
            today=str(d.get("today", "")), trusted=str(d.get("trusted", "")),
        )  # fmt: skip
    except (ValueError, KeyError, TypeError):
        return None


def dismiss_held_back(vault: RetentionVault) -> None:
    """The coordinator declined (or the purge was done): forget the held-back purge."""
    with vault._uow() as uow:
        uow.settings.set(HELD_BACK, None)
