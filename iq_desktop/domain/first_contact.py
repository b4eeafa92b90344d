"""The first-contact rule, the one copy: which of a client's sessions is their first contact.

The first contact is the client's earliest session; of several on that day, the one with the
smallest id (so the choice never depends on the order the sessions were read or imported). Its
de-identified payload carries ``first_contact=True``: the server counts individuals with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

__all__ = ["first_contact_id"]


def first_contact_id(timeline: Iterable[tuple[str, date, object]]) -> str | None:
    """The id of the first contact among a client's sessions, given as ``(id, date, kind)``
    (``SessionRepository.timeline``); ``None`` for a client without sessions."""
    first = min(timeline, key=lambda t: (t[1], t[0]), default=None)
    return first[0] if first is not None else None
