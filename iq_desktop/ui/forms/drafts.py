"""Encrypted drafts of unsaved forms, kept in the vault through :mod:`iq_desktop.services.drafts`.

These functions run on the DB worker. The data is a JSON dict of the form's raw widget values (it may
hold personal data, which is why it lives only in the encrypted vault).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from iq_desktop.services.vault import Vault

#: A draft as the forms keep it: ``{"__id__": record id, "fields": the widgets' raw values}``.
Draft = dict[str, object]


def save_draft(vault: Vault, kind: str, record_id: str, data: Draft) -> None:
    from iq_desktop.services import drafts

    drafts.save_draft(vault, kind, record_id, json.dumps(data, ensure_ascii=False))


def load_draft(vault: Vault, kind: str, record_id: str) -> Draft | None:
    from iq_desktop.services import drafts

    raw = drafts.load_draft(vault, kind, record_id)
    if raw is None:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def discard_draft(vault: Vault, kind: str, record_id: str) -> None:
    from iq_desktop.services import drafts

    drafts.delete_draft(vault, kind, record_id)
