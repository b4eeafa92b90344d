"""The sync panel's one door to the sync use cases (:mod:`iq_desktop.services.sync_service`), imported
when first used so the GUI starts fast.

Every function here runs on a worker thread, never on the GUI thread: :func:`run` and :func:`enrol` on
the network worker, the rest on the DB worker. The vault is thread-safe (see services.vault.Vault).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from iq_desktop.services.sync_service import OutboxItem, RunSummary, SyncStatus
    from iq_desktop.services.vault import Vault


@dataclass(frozen=True)
class HistoryItem:
    at: str
    sent: int
    duplicates: int
    rejected: int
    pending: int
    error: str
    kind: str = ""  # the summary's error_kind (shown in the UI language)
    cause: str = ""  # the summary's retry_cause


def status(vault: Vault) -> SyncStatus:
    """``SyncStatus``: enrolled, server_url, site_id, pending, quarantined, sent, last_success, last_error."""
    from iq_desktop.services import sync_service

    return sync_service.status(vault)


def quarantine(vault: Vault) -> list[OutboxItem]:
    """Items with ``record_id``, ``record_type``, ``revision``, ``reason``."""
    from iq_desktop.services import sync_service

    return list(sync_service.quarantine_list(vault))


def retry(vault: Vault, record_ids: list[str]) -> int:
    from iq_desktop.services import sync_service

    return sum(bool(sync_service.retry(vault, rid)) for rid in record_ids)


def history(vault: Vault) -> list[HistoryItem]:
    from iq_desktop.services import sync_service

    out = []
    for it in sync_service.run_history(vault):
        with contextlib.suppress(TypeError, KeyError):
            out.append(HistoryItem(**it))  # type: ignore[arg-type]
    return out


def remember(vault: Vault, summary: RunSummary) -> None:
    """Add a run to the history shown on the sync panel (counts and the safe error text only)."""
    from iq_desktop.services import sync_service

    item: dict[str, object] = {
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "sent": int(summary.sent), "duplicates": int(summary.duplicates),
        "rejected": int(summary.rejected), "pending": int(summary.pending),
        "error": str(summary.error or "")[:300], "kind": str(summary.error_kind or ""),
        "cause": str(summary.retry_cause or ""),
    }  # fmt: skip
    sync_service.add_to_run_history(vault, item)


#: A run the user started does not wait and retry: a server that cannot be reached is reported at once (within
#: the sync client's connect timeout); the automatic sync keeps trying by itself and sends when it answers.
MANUAL_RETRY_FOR = 0.0


def run(vault: Vault, progress: Callable[[int, int], None], cancel: Callable[[], bool]) -> RunSummary:
    """One sync run. ``progress(done, total)`` is called from the worker thread."""
    from iq_desktop.services import sync_service

    summary = sync_service.sync_now(vault, progress=progress, cancel=cancel, retry_for=MANUAL_RETRY_FOR)
    with contextlib.suppress(Exception):
        remember(vault, summary)
    return summary


def enrol(vault: Vault, server_url: str, code: str, ca_bundle: str | None, label: str | None = None) -> SyncStatus:
    """Enrol this laptop with the regional server (coordinators only); returns the new status. The
    server knows the laptop by ``label`` or, if none is given, a random one (never the hostname)."""
    from iq_desktop.services import sync_service

    return sync_service.enrol(vault, server_url.strip(), code.strip(), ca_bundle or None, label=label or None)
