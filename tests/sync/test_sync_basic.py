"""Sync against the real server process: enrolment, batches, answers, revisions, retractions."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest

from iq_desktop.domain.codes import Audience, EventFormat, EventTopic, Topic
from iq_desktop.domain.records import GroupEvent
from iq_desktop.services import queries, records, sync_service
from iq_desktop.services.errors import NotAllowed
from iq_desktop.sync.client import SyncClient, check_url
from iq_desktop.sync.errors import InsecureServer
from tests.sync.conftest import PASSPHRASE, enrol
from tests.sync.helpers import (
    add_lonely_period,
    add_records,
    assert_converged,
    conflicting_item,
    delete_a_session,
    delete_all,
    edit_a_session,
    item_of,
    local_current,
    pending_count,
)


def test_records_saved_before_enrolment_are_kept_and_sent_once_enrolled(vault, server):
    pending = add_records(vault, 30, seed=3)
    assert pending >= 7  # at least one year's quarter, half-year and year items
    with vault._uow(readonly=True) as uow:
        assert {e.record_type for e in uow.outbox.in_state("pending")} == {"contribution"}
        waiting = uow.sessions.count(sync_state="pending")
    assert waiting == 30  # every saved session shows as waiting
    summary = sync_service.sync_now(vault)
    assert summary.error_kind == "not_enrolled" and summary.pending == pending
    device = enrol(vault, server)
    summary = sync_service.sync_now(vault, batch_size=7)
    assert summary.complete and summary.error is None
    assert (summary.sent, summary.duplicates, summary.rejected, summary.pending) == (pending, 0, 0, 0)
    assert_converged(vault, server, device)  # also: no session is shown as waiting any more
    with vault._uow(readonly=True) as uow:
        assert uow.sessions.count(sync_state="sent") == 30
    again = sync_service.sync_now(vault, verify=True)
    assert again.sent == 0 and again.reconciled is True
    st = sync_service.status(vault)
    assert st.pending == 0 and st.last_success and st.last_error is None


def test_edits_and_deletions_travel_as_revisions_and_retractions(vault, server):
    emptied = add_lonely_period(vault, date(2015, 2, 3))
    edited = add_lonely_period(vault, date(2018, 4, 10))
    add_records(vault, 12, seed=4)
    device = enrol(vault, server)
    assert sync_service.sync_now(vault).complete
    before = server.rows(device)
    assert all(rev == 1 for rev, _, _ in before.values())
    session = queries.get_session(vault, edited[0][1])
    session.topics = frozenset({Topic.JOB_TRAINING})  # another column: new revisions of 2018-Q2, -H1, 2018
    records.save_session(vault, session)
    delete_all(vault, emptied)  # 2015-Q1, 2015-H1 and 2015 are empty now: retractions
    keep = {session.id}
    assert edit_a_session(vault, random.Random(4), keep) and delete_a_session(vault, random.Random(5), keep)
    summary = sync_service.sync_now(vault)
    assert summary.complete and summary.rejected == 0
    assert summary.by_status.get("retracted", 0) >= 3 and summary.by_status.get("superseded", 0) >= 3
    after = server.rows(device)
    cells = server.cells(device_id=device)
    for period in ("2015-Q1", "2015-H1", "2015"):
        rev, _, rtype = after[item_of(vault, period)]
        assert (rev, rtype) == (2, "retraction") and period not in cells
    for period in ("2018-Q2", "2018-H1", "2018"):
        rev, _, rtype = after[item_of(vault, period)]
        assert (rev, rtype) == (2, "contribution")
        assert cells[period]["initial.job_training"][0] == 1 and "initial.recognition" not in cells[period]
    assert set(after) == set(before)  # new revisions of the same items: never a second item for a period
    assert_converged(vault, server, device)


def test_group_events_are_counted(vault, server):
    add_records(vault, 40, seed=5)
    add_lonely_period(vault, date(2016, 3, 10), participants=17)  # + one labour-market training event
    day = date(2017, 6, 1)
    records.save_event(vault, GroupEvent(day, audience=Audience.MIGRANTS, topic=EventTopic.FAIR_INTEGRATION,
                                         participants=5))  # fmt: skip
    records.save_event(vault, GroupEvent(day, audience=Audience.SKILLED_WORKER_NETWORK, participants=9))
    records.save_event(vault, GroupEvent(day, format=EventFormat.CONSULTATION, audience=Audience.BUSINESS))
    device = enrol(vault, server)
    assert sync_service.sync_now(vault).complete
    assert {rtype for _, _, rtype in server.rows(device).values()} == {"contribution"}
    cells = server.cells(device_id=device)
    for period in ("2016-Q1", "2016-H1", "2016"):
        got = {c: n for c, (n, _) in cells[period].items()}
        assert got == {"initial.total": 1, "initial.recognition": 1, "stakeholders.labour_market.trainings": 1,
                       "stakeholders.labour_market.trainings_participants": 17}  # fmt: skip
    got = {c: n for c, (n, _) in cells["2017-Q2"].items()}
    assert got == {"fi.events": 1, "fi.participants": 5, "swn.individuals": 9, "stakeholders.business.consultations": 1}
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
    """Same id and revision with other content: the server rejects that one item only."""
    from tests.sync.conftest import new_vault

    device = enrol(vault, server)
    add_records(vault, 10, seed=9)
    sync_service.sync_now(vault)
    taken = next(iter(local_current(vault)))
    assert server.rows()[taken][0] == 1
    # a second laptop of the same site that (wrongly) uses an id the server holds with revision 1
    other = new_vault(tmp_path / "other")
    try:
        other_device = enrol(other, server)
        add_records(other, 6, seed=10)
        conflicting_item(other, taken)
        mine = set(local_current(other)) - {taken}
        summary = sync_service.sync_now(other)
        assert summary.rejected == 1 and summary.pending == 0 and summary.complete
        assert summary.sent == len(mine)  # the rest went through
        q = sync_service.quarantine_list(other)
        assert [i.record_id for i in q] == [taken] and "server:" in (q[0].reason or "")
        assert sync_service.status(other).quarantined == 1
        assert set(server.rows(other_device)) == mine
    finally:
        other.lock()
    assert_converged(vault, server, device)  # the first laptop's item (and figures) are untouched


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

    assert pending_count(vault) > 2 * 3  # more than two batches
    summary = sync_service.sync_now(vault, batch_size=3, progress=progress)
    assert requeued and summary.complete and summary.pending == 0
    assert summary.duplicates == 1 and summary.by_status.get("duplicate") == 1
    with vault._uow() as uow:
        assert uow.outbox.latest(requeued[0]).state == "sent"
    assert_converged(vault, server, device)
