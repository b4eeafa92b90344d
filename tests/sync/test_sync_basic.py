"""Sync against the real server process: enrolment, batches, answers, revisions, retractions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from iq_desktop.domain.codes import RecordType
from iq_desktop.services import records, sync_service
from iq_desktop.services.errors import NotAllowed
from iq_desktop.sync.client import SyncClient, check_url
from iq_desktop.sync.errors import InsecureServer
from tests.sync.conftest import PASSPHRASE, enrol
from tests.sync.helpers import add_records, assert_converged, local_current


def test_records_saved_before_enrolment_are_kept_and_sent_once_enrolled(vault, server):
    pending = add_records(vault, 30, seed=3)
    summary = sync_service.sync_now(vault)
    assert summary.error_kind == "not_enrolled" and summary.pending == pending
    device = enrol(vault, server)
    summary = sync_service.sync_now(vault, batch_size=7)
    assert summary.complete and summary.error is None
    assert (summary.sent, summary.duplicates, summary.rejected, summary.pending) == (pending, 0, 0, 0)
    assert_converged(vault, server, device)
    again = sync_service.sync_now(vault, verify=True)
    assert again.sent == 0 and again.reconciled is True
    st = sync_service.status(vault)
    assert st.pending == 0 and st.last_success and st.last_error is None


def test_edits_and_deletions_travel_as_revisions_and_retractions(vault, server):
    add_records(vault, 12, seed=4)
    device = enrol(vault, server)
    assert sync_service.sync_now(vault).complete
    with vault._uow() as uow:
        sessions = [e for e in uow.outbox.current() if e.record_type == "session"]
    # delete one sent session (-> retraction), edit another (-> revision 2)
    records.delete_record(vault, RecordType.SESSION, sessions[-1].record_id)
    s = records.get_session(vault, sessions[-2].record_id)
    s.duration_minutes = 90 if s.duration_minutes != 90 else 120
    records.save_session(vault, s)
    summary = sync_service.sync_now(vault)
    assert summary.complete and summary.rejected == 0
    assert summary.by_status.get("retracted", 0) >= 1 and summary.by_status.get("superseded", 0) >= 1
    assert server.rows()[sessions[-1].record_id][2] == "retraction"
    assert_converged(vault, server, device)


def test_group_events_are_sent_like_the_rest(vault, server):
    add_records(vault, 40, seed=5)
    device = enrol(vault, server)
    sync_service.sync_now(vault)
    types = {v[2] for v in server.rows(device).values()}
    assert {"session", "event"} <= types
    assert_converged(vault, server, device)


def test_only_a_coordinator_enrols_any_user_syncs(vault, server, tmp_path):
    from iq_desktop.services import vault as vs

    vault.add_user("counsellor1", "counsellor", PASSPHRASE)
    other = vs.open_vault(vault.data_dir, "counsellor1", PASSPHRASE)
    try:
        with pytest.raises(NotAllowed):
            sync_service.enrol(other, server.url, server.enrolment_code())
        enrol(vault, server)
        add_records(other, 5, seed=6)
        assert sync_service.sync_now(other).complete
    finally:
        other.lock()


def test_wrong_code_and_insecure_urls_are_refused(vault, server):
    with pytest.raises(sync_service.SyncRefused, match="not accepted"):
        sync_service.enrol(vault, server.url, "x" * 43)
    with pytest.raises(sync_service.SyncRefused, match="https"):
        sync_service.enrol(vault, "http://example.org", server.enrolment_code())
    for url in ("http://127.0.0.1:1", "http://localhost:2", "http://[::1]:3", "https://iq.example.org/"):
        check_url(url)
    for url in ("http://10.0.0.1", "ftp://x", "example.org", "http://localhost.evil.org"):
        with pytest.raises(InsecureServer):
            check_url(url)
    assert not sync_service.is_enrolled(vault)


def test_revoked_device_stops_and_says_so(vault, server):
    device = enrol(vault, server)
    add_records(vault, 5, seed=7)
    server.revoke(device)
    summary = sync_service.sync_now(vault)
    assert summary.error_kind == "revoked" and "revoked" in (summary.error or "")
    assert summary.pending > 0 and not summary.complete
    assert "revoked" in (sync_service.status(vault).last_error or "")


def test_cross_site_write_stops_with_403(vault, server):
    enrol(vault, server)
    add_records(vault, 3, seed=8)
    with vault._uow() as uow:
        uow.settings.set("site_id", "another-site")
    summary = sync_service.sync_now(vault)
    assert summary.error_kind == "wrong_site" and summary.pending > 0


def test_conflicting_content_is_quarantined_and_does_not_block_the_rest(vault, server, tmp_path):
    """Same id and revision with other content: the server rejects that one record only."""
    from tests.sync.conftest import new_vault

    device = enrol(vault, server)
    add_records(vault, 10, seed=9)
    sync_service.sync_now(vault)
    taken = next(iter(local_current(vault)))
    # a second laptop of the same site that (wrongly) uses an id the server holds with revision 1
    other = new_vault(tmp_path / "other")
    try:
        enrol(other, server)
        add_records(other, 6, seed=10)
        with other._uow() as uow:
            victim = uow.outbox.pending(limit=1)[0]
            # same id and revision 1 as a record the server already holds, other content
        rows = [victim]
        from iq_desktop.domain import deid
        from iq_desktop.domain.records import GroupEvent

        with other._uow() as uow:
            uow.outbox.enqueue(taken, "event", deid.deidentify_event(GroupEvent(datetime.now(UTC).date())))
        summary = sync_service.sync_now(other)
        assert summary.rejected == 1 and summary.pending == 0 and summary.complete
        q = sync_service.quarantine_list(other)
        assert [i.record_id for i in q] == [taken] and "server:" in (q[0].reason or "")
        assert sync_service.status(other).quarantined == 1
        assert rows
    finally:
        other.lock()
    assert_converged(vault, server, device)


def test_client_refuses_plain_http_to_other_hosts():
    with pytest.raises(InsecureServer):
        SyncClient("http://192.168.1.5:8443")


def test_clock_off_by_three_years(vault, server):
    """Quarters come from the records; only timestamps use the (wrong) clock."""
    add_records(vault, 20, seed=11)
    device = enrol(vault, server)
    before = local_current(vault)
    for years in (3, -3):
        skew = timedelta(days=365 * years)
        summary = sync_service.sync_now(vault, clock=lambda skew=skew: datetime.now(UTC) + skew, verify=True)
        assert summary.complete and summary.reconciled is True
    assert {k: v[:2] for k, v in local_current(vault).items()} == {k: v[:2] for k, v in before.items()}
    assert_converged(vault, server, device)
    assert sync_service.status(vault).last_success.startswith(str(datetime.now(UTC).year - 3))


def test_an_entry_requeued_behind_the_running_batches_is_sent_in_the_same_run(vault, server):
    """Batches are read after a cursor while the previous answer is recorded; a final pass from the
    start catches what became pending behind it (here: an acknowledged record re-queued mid-run)."""
    add_records(vault, 30, seed=11)
    device = enrol(vault, server)
    requeued: list[str] = []

    def progress(done: int, total: int) -> None:
        if not requeued:
            with vault._uow() as uow:
                first = uow.outbox.in_state("sent", limit=1)[0]
                assert uow.outbox.requeue([first.record_id]) == 1
                requeued.append(first.record_id)

    summary = sync_service.sync_now(vault, batch_size=7, progress=progress)
    assert requeued and summary.complete and summary.pending == 0
    assert summary.duplicates == 1 and summary.by_status.get("duplicate") == 1
    with vault._uow() as uow:
        assert uow.outbox.latest(requeued[0]).state == "sent"
    assert_converged(vault, server, device)
