"""The sync panel's one door to the sync use cases (:mod:`iq_desktop.services.sync_service`), imported
lazily so the GUI starts, and says "Sync is not available in this build", without them.

Every function here runs on a worker thread, never on the GUI thread: :func:`run` and :func:`enrol` on
the network worker, the rest on the DB worker. The vault is thread-safe (see services.vault.Vault).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import import_module
from typing import Any

HISTORY_KEY = "ui_sync_history"  # a vault setting: the last runs' counts (nothing personal)
HISTORY_LEN = 50


class SyncUnavailable(Exception):
    def __init__(self) -> None:
        super().__init__("Sync is not available in this build.")


def _svc() -> Any:
    try:
        return import_module("iq_desktop.services.sync_service")
    except ImportError:
        raise SyncUnavailable() from None


def available() -> bool:
    try:
        _svc()
    except SyncUnavailable:
        return False
    return True


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


def status(vault: Any) -> Any:
    """``SyncStatus``: enrolled, server_url, site_id, pending, quarantined, sent, last_success, last_error."""
    return _svc().status(vault)


def quarantine(vault: Any) -> list[Any]:
    """Items with ``record_id``, ``record_type``, ``revision``, ``reason``."""
    return list(_svc().quarantine_list(vault))


def retry(vault: Any, record_ids: list[str]) -> int:
    svc = _svc()
    return sum(bool(svc.retry(vault, rid)) for rid in record_ids)


def history(vault: Any) -> list[HistoryItem]:
    with vault.uow(readonly=True) as uow:
        raw = uow.settings.get(HISTORY_KEY)
    try:
        items = json.loads(raw) if raw else []
    except ValueError:
        items = []
    out = []
    for it in items:
        with contextlib.suppress(TypeError, KeyError):
            out.append(HistoryItem(**it))
    return out


def remember(vault: Any, summary: Any) -> None:
    """Add a run to the history shown on the sync panel (counts and the safe error text only)."""
    item = {
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "sent": int(getattr(summary, "sent", 0)), "duplicates": int(getattr(summary, "duplicates", 0)),
        "rejected": int(getattr(summary, "rejected", 0)), "pending": int(getattr(summary, "pending", 0)),
        "error": str(getattr(summary, "error", "") or "")[:300], "kind": str(getattr(summary, "error_kind", "") or ""),
        "cause": str(getattr(summary, "retry_cause", "") or ""),
    }  # fmt: skip
    with vault.uow() as uow:
        raw = uow.settings.get(HISTORY_KEY)
        try:
            items = json.loads(raw) if raw else []
        except ValueError:
            items = []
        uow.settings.set(HISTORY_KEY, json.dumps([item, *items][:HISTORY_LEN]))


def run(vault: Any, progress: Callable[[int, int], None], cancel: Callable[[], bool]) -> Any:
    """One sync run. ``progress(done, total)`` is called from the worker thread."""
    summary = _svc().sync_now(vault, progress=progress, cancel=cancel)
    with contextlib.suppress(Exception):
        remember(vault, summary)
    return summary


def enrol(vault: Any, server_url: str, code: str, ca_bundle: str | None) -> Any:
    """Enrol this laptop with the regional server (coordinators only); returns the new status."""
    return _svc().enrol(vault, server_url.strip(), code.strip(), ca_bundle or None)
