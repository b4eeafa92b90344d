"""Encrypted drafts of unsaved forms, kept in the vault (table ``draft``, keyed by kind and record id).

These functions run on the DB worker. They use the services' draft API when there is one, else the
vault's unit of work (``uow.drafts``). The data is a JSON dict of the form's raw widget values (it may
hold personal data, which is why it lives only in the encrypted vault).
"""

from __future__ import annotations

import json
from typing import Any


def _svc() -> Any | None:
    try:
        from iq_desktop.services import drafts
    except ImportError:
        return None
    return drafts


def save_draft(vault: Any, kind: str, record_id: str, data: dict[str, Any]) -> None:
    text = json.dumps(data, ensure_ascii=False)
    svc = _svc()
    if svc is not None:
        svc.save_draft(vault, kind, record_id, text)
        return
    with vault.uow() as uow:
        uow.drafts.put(kind, record_id, text)


def load_draft(vault: Any, kind: str, record_id: str) -> dict[str, Any] | None:
    svc = _svc()
    if svc is not None:
        raw = svc.load_draft(vault, kind, record_id)
    else:
        with vault.uow(readonly=True) as uow:
            raw = uow.drafts.get(kind, record_id)
    if raw is None:
        return None
    try:
        data = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def discard_draft(vault: Any, kind: str, record_id: str) -> None:
    svc = _svc()
    if svc is not None:
        svc.delete_draft(vault, kind, record_id)
        return
    with vault.uow() as uow:
        uow.drafts.delete(kind, record_id)


def drafts_available() -> bool:
    return True
