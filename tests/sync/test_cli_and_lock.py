"""The sync CLI (exact interface), the one-sync-at-a-time lock, and unclear answers."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from iq_desktop.services import sync_service
from iq_desktop.sync.lock import sync_lock
from tests.sync.conftest import PASSPHRASE
from tests.sync.faultproxy import Fault, FaultProxy, Schedule
from tests.sync.helpers import add_records, assert_converged, conflicting_item, laptop_figures
from tests.sync.server import ROOT


def _cli(vault, *args, **env):
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), "IQ_PASSPHRASE": PASSPHRASE, **env}
    return subprocess.run([sys.executable, "-m", "iq_desktop", "--data-dir", str(vault.data_dir), *args],
                          cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=120)  # fmt: skip


def test_cli_enrol_sync_status_outbox(vault, server):
    pending = add_records(vault, 6, seed=70)
    out = _cli(vault, "outbox", "--json")
    assert out.returncode == 0, out.stderr
    listed = json.loads(out.stdout)["records"]
    with vault._uow() as uow:
        frozen = {e.record_id: json.loads(e.payload) for e in uow.outbox.in_state("pending")}
    assert len(listed) == pending and all(frozen[r["record_id"]] == r["payload"] for r in listed)
    # the site's contributions, one per period: counts and key sums, nothing about a person
    assert {r["record_type"] for r in listed} == {"contribution"}
    assert {r["payload"]["period"] for r in listed} == set(laptop_figures(vault))
    for r in listed:
        assert set(r["payload"]) == {"type", "period", "cells"} and r["payload"]["type"] == "contribution"
        assert all(set(v) == {"n", "k"} for v in r["payload"]["cells"].values())
    text = _cli(vault, "outbox")
    assert text.returncode == 0 and f"{pending} record(s) will leave" in text.stdout
    assert text.stdout.count("contribution ") == pending
    out = _cli(vault, "sync")
    assert out.returncode == 1 and "not enrolled" in out.stderr and "Traceback" not in out.stderr
    out = _cli(vault, "enrol", "--server", server.url, "--code", server.enrolment_code())
    assert out.returncode == 0, out.stderr
    out = _cli(vault, "sync", "--verify", "--json")
    assert out.returncode == 0, out.stderr
    summary = json.loads(out.stdout)
    assert (summary["sent"], summary["rejected"], summary["pending"], summary["reconciled"]) == (pending, 0, 0, True)
    out = _cli(vault, "status", "--json")
    st = json.loads(out.stdout)
    assert st["pending"] == 0 and st["quarantined"] == 0 and st["last_success"] and st["last_error"] is None
    assert "device_token" not in out.stdout
    out = _cli(vault, "status")
    assert "pending:       0" in out.stdout
    assert "empty" in _cli(vault, "outbox").stdout
    assert_converged(vault, server, st["device_id"])


def test_cli_refuses_bad_enrolment_without_traceback(vault, server):
    out = _cli(vault, "enrol", "--server", "http://example.org", "--code", "abc")
    assert out.returncode == 1 and "https" in out.stderr and "Traceback" not in out.stderr
    out = _cli(vault, "enrol", "--server", server.url, "--code", "WRONG-CODE-0000-0000-0000")
    assert out.returncode == 1 and "not accepted" in out.stderr
    out = _cli(vault, "enrol", "--server", server.url, "--code", "x", "--ca-bundle", "/nonexistent/ca.pem")
    assert out.returncode == 1 and "CA bundle" in out.stderr


def test_cli_enrols_with_the_uri_of_the_qr_code(vault, server):
    """``--code`` takes the enrolment URI of the server's QR code (built here by the server's own builder);
    its server address makes ``--server`` unnecessary."""
    from iq_server.enrolment_qr import enrolment_uri

    code = server.enrolment_code()
    out = _cli(vault, "enrol", "--code", enrolment_uri(code, None))
    assert out.returncode == 2 and "give --server URL" in out.stderr and "Traceback" not in out.stderr
    out = _cli(vault, "enrol", "--server", server.url, "--code", "iq-enrol:?code=AB&code=CD")
    assert out.returncode == 1 and "'code' more than once" in out.stderr
    uri = enrolment_uri(code, server.url)
    out = _cli(vault, "enrol", "--server", "https://other.example.org", "--code", uri)
    assert out.returncode == 1 and "differs from the server in the --code URI" in out.stderr
    assert code not in out.stderr
    out = _cli(vault, "enrol", "--code", uri)  # the refusals above did not use up the one-time code
    assert out.returncode == 0, out.stderr
    assert f"Enrolled with {server.url}" in out.stderr and code not in out.stderr + out.stdout
    st = json.loads(_cli(vault, "status", "--json").stdout)
    assert st["server_url"] == server.url and st["site_id"] == "site-1"


def test_one_sync_at_a_time(vault, server):
    from tests.sync.conftest import enrol

    enrol(vault, server)
    add_records(vault, 3, seed=71)
    with sync_lock(vault.data_dir):
        s = sync_service.sync_now(vault)
        assert s.error_kind == "busy" and s.pending > 0
        out = _cli(vault, "sync")
        assert out.returncode == 1 and "already running" in out.stderr
    assert sync_service.sync_now(vault).complete


def test_partial_and_unclear_answers_mark_nothing_sent(vault, server):
    from iq_desktop.sync.backoff import Backoff
    from tests.sync.conftest import enrol

    add_records(vault, 6, seed=72)
    with FaultProxy(server.port) as proxy:
        device = enrol(vault, server, url=proxy.url)
        proxy.set_schedule(Schedule([Fault("partial"), Fault("garbage")]))
        s = sync_service.sync_now(vault, backoff=Backoff(base=0.01, cap=0.02), retry_for=0.0)
        assert s.will_retry and s.sent == 0 and s.pending > 0  # the server committed, the laptop marks nothing
        s = sync_service.sync_now(vault, backoff=Backoff(base=0.01, cap=0.02))
        assert s.complete and s.sent == 0 and s.duplicates > 0
        assert_converged(vault, server, device)


def test_quarantined_record_can_be_retried(vault, server, tmp_path):
    from tests.sync.conftest import enrol, new_vault

    other = new_vault(tmp_path / "other")
    try:  # another laptop of the same site holds this id with revision 1
        enrol(other, server)
        add_records(other, 1, seed=73)
        sync_service.sync_now(other)
        with other._uow() as uow:
            taken = uow.outbox.current()[0].record_id
    finally:
        other.lock()
    enrol(vault, server)  # an id the server holds for this site, revision 1
    conflicting_item(vault, taken)
    s = sync_service.sync_now(vault)
    assert s.rejected == 1 and s.quarantined == 1 and s.complete
    listed = json.loads(_cli(vault, "status", "--json").stdout)
    assert listed["quarantined"] == 1
    assert sync_service.retry(vault, taken)
    assert sync_service.status(vault).pending == 1
    assert json.loads(_cli(vault, "outbox", "--json").stdout)["records"][0]["record_id"] == taken
    assert not sync_service.retry(vault, "not-a-quarantined-id")
