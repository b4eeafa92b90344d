"""The audit log for coordinators: who did what when, filtered, page by page, and its CSV export.

Reading it is for coordinators only (it shows every user's work); the export is audited itself. The
log holds no personal data of clients (``detail``: codes, counts and ids), so the export does not either.
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import IO

from iq_desktop.services.errors import IQError, NotAllowed, ServiceError
from iq_desktop.services.exporting import ExportRefused, csv_safe, write_atomically
from iq_desktop.services.vault import Vault
from iq_desktop.store.audit import AUDIT_ACTIONS, AuditEntry, AuditFilter

__all__ = [
    "CSV_COLUMNS",
    "PAGE_SIZE",
    "AuditEntry",
    "AuditQuery",
    "action_names",
    "audit_page",
    "audit_users",
    "export_audit_csv",
    "parse_since",
]

PAGE_SIZE = 200
CSV_COLUMNS = ("at", "user", "action", "record_type", "record_id", "detail")
#: How many entries the export reads per transaction (the log can be large).
_EXPORT_CHUNK = 2000


@dataclass(frozen=True, slots=True)
class AuditQuery:
    """What the viewer or ``iq-desktop audit`` asks for; days are whole UTC days, ``until`` inclusive."""

    user: str | None = None
    actions: frozenset[str] = frozenset()
    since: date | datetime | None = None
    until: date | None = None

    def where(self) -> AuditFilter:
        since = self.since
        if isinstance(since, date) and not isinstance(since, datetime):
            since = datetime.combine(since, time.min, UTC)
        until = datetime.combine(self.until + timedelta(days=1), time.min, UTC) if self.until else None
        return AuditFilter(self.user or None, frozenset(self.actions), since, until)


def parse_since(text: str) -> date | datetime:
    """``YYYY-MM-DD`` (from that day on) or an ISO date and time (naive: UTC)."""
    value = text.strip()
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ServiceError("The date is not valid; write it as YYYY-MM-DD (or YYYY-MM-DDTHH:MM).") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _require(vault: Vault, what: str) -> None:
    if not vault.is_coordinator:
        with contextlib.suppress(IQError):
            vault.audit_soon("refused", detail="audit_log: not a coordinator")
        raise NotAllowed(f"Only a coordinator can {what}.")


def action_names() -> list[str]:
    """Every action the log knows, sorted (for the filter)."""
    return sorted(AUDIT_ACTIONS)


def audit_users(vault: Vault) -> list[str]:
    """Every user named in the log (also removed ones), sorted."""
    _require(vault, "read the audit log")
    with vault._uow(readonly=True) as uow:
        return uow.audit.users()


def audit_page(
    vault: Vault, query: AuditQuery, *, after: AuditEntry | None = None, limit: int = PAGE_SIZE
) -> list[AuditEntry]:
    """The next ``limit`` entries, newest first, after ``after`` (the last one shown)."""
    _require(vault, "read the audit log")
    with vault._uow(readonly=True) as uow:
        return uow.audit.page(query.where(), limit=limit, after=after)


def iter_entries(vault: Vault, query: AuditQuery) -> Iterator[AuditEntry]:
    """Every matching entry, newest first, read in chunks."""
    after: AuditEntry | None = None
    while True:
        chunk = audit_page(vault, query, after=after, limit=_EXPORT_CHUNK)
        yield from chunk
        if len(chunk) < _EXPORT_CHUNK:
            return
        after = chunk[-1]


#: free text a user typed into an audit entry (a void's reason may name a person): shown in the app, never
#: written to the clear-text export
_FREE_TEXT_ACTIONS = frozenset({"void"})
_NOT_EXPORTED = "(reason given; shown in the app only)"


def _exported_detail(e: AuditEntry) -> str:
    return _NOT_EXPORTED if e.action in _FREE_TEXT_ACTIONS and e.detail else e.detail


def _write_csv(entries: Iterator[AuditEntry], fh: IO[bytes]) -> int:
    text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="")
    writer = csv.writer(text)
    writer.writerow(CSV_COLUMNS)
    n = 0
    for e in entries:
        at = e.at.astimezone(UTC).isoformat(timespec="seconds") if e.at.tzinfo else e.at.isoformat(timespec="seconds")
        cells = (at, e.user, e.action, e.record_type or "", e.record_id or "", _exported_detail(e))
        writer.writerow([csv_safe(c) for c in cells])
        n += 1
    text.flush()
    text.detach()
    return n


def export_audit_csv(vault: Vault, query: AuditQuery, out: Path) -> int:
    """Write the matching entries to ``out`` (CSV, UTF-8 with BOM; a new file, written atomically and
    owner-only); returns how many. Coordinators only; audited (``export``, ``audit_log``)."""
    if not vault.is_coordinator:
        vault.audit("refused", detail="export audit_log: not a coordinator")
        raise NotAllowed("Only a coordinator can export the audit log.")
    try:
        n = write_atomically(Path(out), lambda fh: _write_csv(iter_entries(vault, query), fh))
    except OSError as exc:
        raise ExportRefused(
            f"Cannot write the export ({exc.strerror or type(exc).__name__}); nothing was written. "
            "Check the folder and the free disk space."
        ) from None
    vault.audit("export", detail=f"audit_log: rows={n}")
    return n
