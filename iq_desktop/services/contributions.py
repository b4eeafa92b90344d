"""The site's contributions to the network's figures: what leaves the laptop (wire schema v2).

Saving, deleting or erasing a record only marks the figures as changed (:func:`records_changed`, in the
record's own transaction). Before a sync, :func:`refresh` computes the site's contribution to every
published cell for every period of the publication lattice (quarter, half-year, year) from the records
themselves and queues each period whose contribution changed as the next revision of one outbox item.
No person-level row ever leaves the laptop.
"""

from __future__ import annotations

from collections.abc import Iterable

from iq_desktop.store import UnitOfWork

#: settings keys: a counter bumped by every change to the figures, and its value at the last refresh
CHANGED_SEQ, REFRESHED_SEQ = "figures_changed_seq", "figures_refreshed_seq"


def records_changed(uow: UnitOfWork, session_ids: Iterable[str] = ()) -> None:
    """Call in the transaction of every save, delete or erasure of a record that a figure may count
    (sessions, trainings, schemes, events; a client's occupation). ``session_ids``: sessions saved in
    this transaction (they show "waiting" until a contribution holding them has been acknowledged)."""
    seq = int(uow.settings.get(CHANGED_SEQ) or 0) + 1
    uow.settings.set(CHANGED_SEQ, str(seq))
    ids = list(session_ids)
    if ids:
        uow.sessions.set_sync_state(ids, "pending")
