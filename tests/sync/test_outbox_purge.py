"""Acknowledged history leaves the laptop's outbox (issue 10, item 11): once the server acknowledged a
revision, the bodies of the revisions below it are emptied (id, revision, hash and state stay); an
erasure empties them at once. The real server; the vault's outbox table read through SQL."""

from __future__ import annotations

from datetime import date

from iq_desktop.domain.codes import Topic
from iq_desktop.services import queries, records, sync_service
from iq_desktop.services.vault import Vault
from tests.sync.conftest import enrol
from tests.sync.helpers import add_lonely_period, add_records, assert_converged
from tests.sync.server import ServerProcess


def _rows(vault: Vault) -> list[tuple[str, int, str, str, str]]:
    with vault._uow(readonly=True) as uow:
        q = "SELECT record_id, revision, state, payload, payload_hash FROM outbox ORDER BY record_id, revision"
        return [tuple(r) for r in uow.connection.exec_driver_sql(q).fetchall()]


def _history_bodies(vault: Vault) -> list[tuple[str, int, str]]:
    """(record, revision, state) of every revision below the latest that still has a body."""
    rows = _rows(vault)
    latest: dict[str, int] = {}
    for rid, rev, *_ in rows:
        latest[rid] = max(latest.get(rid, 0), rev)
    return [(rid, rev, state) for rid, rev, state, body, _ in rows if rev < latest[rid] and body]


def test_acknowledged_history_is_purged(vault: Vault, server: ServerProcess) -> None:
    person = add_lonely_period(vault, date(2018, 4, 10))
    add_records(vault, 12, seed=4)
    device = enrol(vault, server)
    assert sync_service.sync_now(vault).complete
    session = queries.get_session(vault, person[0][1])
    assert session is not None
    session.topics = frozenset({Topic.JOB_TRAINING})  # new revisions of 2018-Q2, 2018-H1, 2018
    records.save_session(vault, session)
    assert sync_service.sync_now(vault).complete
    assert any(rev > 1 for _, rev, *_ in _rows(vault))
    assert _history_bodies(vault) == []  # before the fix: the revision-1 bodies of the three periods
    for _, _, state, body, digest in _rows(vault):
        assert digest and state  # what sync needs stays
    assert_converged(vault, server, device)  # and sync still agrees with the server


def test_erasure_purges_the_history_at_once(vault: Vault, server: ServerProcess) -> None:
    """A vault from before this fix still holds acknowledged history: the erasure empties it."""
    person = add_lonely_period(vault, date(2019, 5, 6))
    add_records(vault, 8, seed=2)
    enrol(vault, server)
    assert sync_service.sync_now(vault).complete
    session = queries.get_session(vault, person[0][1])
    assert session is not None
    session.topics = frozenset({Topic.JOB_TRAINING})
    records.save_session(vault, session)
    assert sync_service.sync_now(vault).complete
    with vault._uow() as uow:  # put the old bodies back, as an older version left them
        uow.connection.exec_driver_sql(
            "UPDATE outbox SET payload = '{\"period\":\"old\"}' WHERE payload = '' AND revision = 1"
        )
    assert _history_bodies(vault)
    records.erase_client(vault, person[2][1])
    assert _history_bodies(vault) == []
