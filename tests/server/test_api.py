"""The HTTP API against the real server process (SQLite and PostgreSQL): wire schema 2 (contributions)."""

from __future__ import annotations

import json
import re
import socket
import threading
import time
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
import requests
from sqlalchemy import text

from iq_desktop.domain import lattice, reference
from iq_desktop.domain.wire import UPDATE_THE_APP, sync_digest
from tests.server.conftest import Server, run_cli, start_server, stop_server
from tests.server.helpers import contribution, retraction, v1_session


def test_health(server: Server) -> None:
    r = requests.get(server.url + "/v1/health", timeout=5)
    assert r.status_code == 200
    assert r.json()["status"] == "ok"


def test_enrol_gives_device_for_the_site_and_code_is_single_use(server: Server) -> None:
    site = server.site(state="DE-HH", network="IQ Hamburg")
    code = server.code(site)
    assert len(code.replace("-", "")) * 5 >= 128  # base32: 5 bits per character
    r = requests.post(server.url + "/v1/enrol", json={"code": code, "device_name": "Laptop 3"}, timeout=5)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["site_id"] == site and body["state"] == "DE-HH" and body["network"] == "IQ Hamburg"
    assert len(body["device_token"]) >= 43  # 256 bits, url-safe base64
    again = requests.post(server.url + "/v1/enrol", json={"code": code}, timeout=5)
    assert again.status_code == 401
    assert "already been used" in again.json()["detail"]
    listed = json.loads(server.cli("device", "list", "--json"))
    mine = [d for d in listed if d["device_id"] == body["device_id"]]
    assert mine and mine[0]["site_id"] == site and "token_hash" not in mine[0]
    assert body["device_token"] not in server.log_text()


def test_enrol_refuses_an_expired_or_unknown_code(server: Server) -> None:
    site = server.site()
    code = server.code(site)
    with server.engine.begin() as conn:  # age the code in the real database
        conn.execute(text("UPDATE enrolment_code SET expires_at = created_at WHERE site_id = :s"), {"s": site})
    r = requests.post(server.url + "/v1/enrol", json={"code": code}, timeout=5)
    assert r.status_code == 401 and "expired" in r.json()["detail"]
    r = requests.post(server.url + "/v1/enrol", json={"code": "A" * 32}, timeout=5)
    assert r.status_code == 401 and "not valid" in r.json()["detail"]


def test_missing_unknown_and_revoked_tokens_get_401(server: Server) -> None:
    dev = server.enrol()
    assert requests.get(server.url + "/v1/sync-state", timeout=5).status_code == 401
    bad = {"Authorization": "Bearer " + "x" * 43}
    assert requests.get(server.url + "/v1/sync-state", headers=bad, timeout=5).status_code == 401
    assert dev.send([contribution()])[0]["status"] == "stored"
    server.cli("device", "revoke", dev.device_id)
    r = dev.post([contribution()])
    assert r.status_code == 401 and "revoked" in r.json()["detail"]
    assert requests.get(server.url + "/v1/sync-state", headers=dev.headers, timeout=5).status_code == 401


def test_device_writes_only_for_its_own_site(server: Server) -> None:
    dev = server.enrol()
    other = server.site()
    r = dev.post([contribution()], site_id=other)
    assert r.status_code == 403
    # an item id held for another site cannot be overwritten (nor retracted) from here
    owner = server.enrol()
    rid = str(uuid.uuid4())
    assert owner.send([contribution(record_id=rid)])[0]["status"] == "stored"
    res = dev.send([contribution(record_id=rid, revision=2), retraction(rid, 3)])
    assert [r["status"] for r in res] == ["rejected", "rejected"] and "another site" in res[0]["reason"]
    with server.engine.connect() as conn:
        held = conn.execute(text("SELECT revision, site_id FROM item WHERE record_id = :r"), {"r": rid}).one()
    assert tuple(held) == (1, owner.site_id)


def _cells(server: Server, rid: str) -> dict[str, tuple[int, int]]:
    with server.engine.connect() as conn:
        rows = conn.execute(text("SELECT cell, n, k FROM item_cell WHERE record_id = :r"), {"r": rid}).all()
    return {r[0]: (int(r[1]), int(r[2])) for r in rows}


def test_statuses_duplicate_out_of_order_supersede_retract(server: Server) -> None:
    dev = server.enrol()
    a, b, c = (str(uuid.uuid4()) for _ in range(3))
    first = dev.send([
        contribution("2019-Q1", record_id=a), contribution("2019-H1", {"fi.events": 3}, b, revision=2),
        contribution("2019", record_id=c),
    ])  # fmt: skip
    assert [r["status"] for r in first] == ["stored", "stored", "stored"]
    again = dev.send([contribution("2019-Q1", record_id=a), contribution("2019-H1", {"fi.events": 3}, b, revision=2)])
    assert [r["status"] for r in again] == ["duplicate", "duplicate"]
    late = dev.send([contribution("2019-H1", {"fi.events": 99}, b, revision=1)])  # an older revision arrives late
    assert late[0]["status"] == "superseded" and "revision 2" in late[0]["reason"]
    assert _cells(server, b)["fi.events"][0] == 3
    clash = dev.send([contribution("2019-Q1", {"initial.total": 5}, a)])  # same revision, other content
    assert clash[0]["status"] == "rejected" and "different content" in clash[0]["reason"]
    # a new revision replaces the item's cells (not adds to them); a retraction removes them
    newer = dev.send([contribution("2019-Q1", {"initial.total": 7, "initial.combined": 7}, a, 2), retraction(c, 2)])
    assert [r["status"] for r in newer] == ["superseded", "retracted"]
    assert (
        set(_cells(server, a)) == {"initial.total", "initial.combined"} and _cells(server, a)["initial.total"][0] == 7
    )
    assert _cells(server, c) == {}
    back = dev.send([contribution("2019", {"initial.total": 2}, c, revision=3)])  # it may come back later
    assert back[0]["status"] == "superseded" and _cells(server, c)["initial.total"][0] == 2
    state = dev.sync_state()
    assert state["count"] == 3
    assert state["digest"] == sync_digest([(a, 2), (b, 2), (c, 3)])
    with server.engine.connect() as conn:
        period, rtype = conn.execute(text("SELECT period, rtype FROM item WHERE record_id = :r"), {"r": b}).one()
    assert (period, rtype) == ("2019-H1", "contribution")


def test_one_bad_item_never_fails_the_others(server: Server) -> None:
    dev = server.enrol()
    good = contribution()
    name_cell = contribution(spec={"Erika Mustermann": 1})  # not a published cell id: refused, never echoed
    extra = contribution()
    extra["payload"] = extra["payload"] | {"name": "Erika Mustermann"}  # an unknown field
    bad_period = contribution("2019-Q2")
    bad_period["payload"]["period"] = "Erika-Q1"
    too_big = contribution(spec={"initial.total": (5, 2**32)})  # a key sum is below 2**32
    retr_unknown = retraction(str(uuid.uuid4()), 1)
    res = dev.send([good, name_cell, extra, bad_period, too_big, retr_unknown])
    assert [r["status"] for r in res] == ["stored", "rejected", "rejected", "rejected", "rejected", "rejected"]
    assert all(r["reason"].startswith("schema violation") for r in res[1:5])
    assert res[5]["reason"].startswith("unknown record id")  # no tombstone for an id never held
    assert "payload.contribution.cells.<cell>" in res[1]["reason"]
    assert "payload.contribution.name" in res[2]["reason"] and "payload.contribution.period" in res[3]["reason"]
    assert not any("Erika" in (r["reason"] or "") for r in res)
    assert "Erika" not in server.log_text()
    assert dev.sync_state()["count"] == 1


def test_version_1_is_refused_as_a_whole_with_426(server: Server) -> None:
    dev = server.enrol()
    for batch in (
        [v1_session()],
        [contribution(), v1_session()],  # one v1 item refuses the whole batch
        [{**contribution(), "schema_version": 1}],
        [{**v1_session(), "schema_version": 2}],  # a v1 payload under a v2 label
        [{**contribution(), "schema_version": 3}],
    ):
        r = dev.post(batch)
        assert r.status_code == 426, r.text
        assert r.json() == {"detail": UPDATE_THE_APP}
    assert dev.sync_state()["count"] == 0
    with server.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM item WHERE site_id = :s"), {"s": dev.site_id}).scalar_one() == 0
    assert "30_34" not in server.log_text()


def test_receipt_day_and_device_last_seen_are_days(server: Server) -> None:
    dev = server.enrol()
    before = datetime.now(UTC).date()
    rid = dev.send([contribution()])[0]["record_id"]
    after = datetime.now(UTC).date()
    with server.engine.connect() as conn:
        received = conn.execute(text("SELECT received_on FROM item WHERE record_id = :r"), {"r": rid}).scalar_one()
        seen = conn.execute(
            text("SELECT last_seen_on FROM device WHERE device_id = :d"), {"d": dev.device_id}
        ).scalar_one()
    for value in (received, seen):
        day = value if isinstance(value, date) else date.fromisoformat(str(value))
        assert str(value) == day.isoformat()  # a day, nothing finer
        assert before <= day <= after
    listed = [d for d in json.loads(server.cli("device", "list", "--json")) if d["device_id"] == dev.device_id]
    assert listed[0]["last_seen_on"] == str(seen) and "last_seen_at" not in listed[0]
    assert f"last seen {seen}" in server.cli("device", "list")


def test_batch_frame_errors_are_422(server: Server) -> None:
    dev = server.enrol()
    url, h = server.url + "/v1/records", dev.headers
    for body in (
        {"site_id": dev.site_id, "records": [contribution()], "x": 1},
        {"site_id": dev.site_id, "records": []},
        {"site_id": dev.site_id, "records": [contribution() for _ in range(501)]},
        {"site_id": dev.site_id, "records": [{"revision": 1, "payload": contribution()["payload"]}]},
    ):
        assert requests.post(url, json=body, headers=h, timeout=30).status_code == 422
    r = requests.post(url, data=b"{not json", headers={**h, "Content-Type": "application/json"}, timeout=5)
    assert r.status_code == 422
    assert dev.sync_state()["count"] == 0


def test_same_batch_concurrently_from_two_clients_counts_once(server: Server) -> None:
    site = server.site()
    d1, d2 = server.enrol(site), server.enrol(site)
    records = [contribution(f"2019-Q{1 + i % 4}", {"initial.total": 3, f"occupation.{813 + i % 2}": 3})
               for i in range(200)]  # fmt: skip
    results: dict[str, list[dict[str, object]]] = {}

    def push(name: str, dev: object) -> None:
        results[name] = dev.send(records)  # type: ignore[attr-defined]

    threads = [threading.Thread(target=push, args=(n, d)) for n, d in (("a", d1), ("b", d2), ("c", d1))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for i in range(len(records)):
        statuses = sorted(results[n][i]["status"] for n in "abc")
        assert statuses == ["duplicate", "duplicate", "stored"], statuses
    with server.engine.connect() as conn:
        n = conn.execute(text("SELECT COUNT(*) FROM item WHERE site_id = :s"), {"s": site}).scalar_one()
        m = conn.execute(text("SELECT COUNT(*) FROM item_cell WHERE site_id = :s"), {"s": site}).scalar_one()
    assert (n, m) == (200, 400)


def test_oversize_body_413(strict_server: Server) -> None:
    dev = strict_server.enrol()
    many = {f"occupation.{g}": 5 for g in sorted(reference.occupation_groups())[:10]}
    big = [contribution(spec=many) for _ in range(200)]  # well over the strict server's 64 KiB
    r = dev.post(big)
    assert r.status_code == 413
    # a streamed body without Content-Length is cut off as well
    body = json.dumps({"site_id": dev.site_id, "records": big}).encode()
    host, port = strict_server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as s:
        head = (f"POST /v1/records HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {dev.token}\r\n"
                "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")  # fmt: skip
        s.sendall(head.encode())
        try:
            for i in range(0, len(body), 8192):
                chunk = body[i : i + 8192]
                s.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            s.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # the server may close early
        answer = s.recv(200)
    assert answer.startswith(b"HTTP/1.1 413"), answer


def test_rate_limit_429_with_retry_after(strict_server: Server) -> None:
    dev = strict_server.enrol()
    codes = []
    for _ in range(12):
        r = requests.get(strict_server.url + "/v1/sync-state", headers=dev.headers, timeout=5)
        codes.append(r.status_code)
        if r.status_code == 429:
            assert int(r.headers["Retry-After"]) >= 1
            break
    assert codes[-1] == 429 and codes[0] == 200
    other = strict_server.enrol()  # the limit is per device
    assert requests.get(strict_server.url + "/v1/sync-state", headers=other.headers, timeout=5).status_code == 200


def test_enrolment_brute_force_429(strict_server: Server) -> None:
    url = strict_server.url + "/v1/enrol"
    site = strict_server.site()
    good = strict_server.code(site)
    statuses = [requests.post(url, json={"code": "B" * 32}, timeout=5).status_code for _ in range(11)]
    assert statuses[:10] == [401] * 10 and statuses[10] == 429
    r = requests.post(url, json={"code": good}, timeout=5)  # locked out even with a valid code
    assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1


def test_logs_carry_no_payloads(server: Server) -> None:
    dev = server.enrol()
    dev.send([contribution("2019-H2", {"stakeholders.business.events_participants": (4321, 98765)})])
    time.sleep(0.2)
    log = server.log_text()
    assert "POST /v1/records 200" in log and f"device={dev.device_id}" in log
    # device ids are random UUIDs and may contain any run of digits; take them and times out first
    scrubbed = re.sub(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}|\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+", "", log)
    assert "events_participants" not in log and "2019-H2" not in log
    assert "4321" not in scrubbed and "98765" not in scrubbed, scrubbed


def test_api_docs_are_off_unless_serve_docs(server: Server, tmp_path_factory: pytest.TempPathFactory) -> None:
    for path in ("/docs", "/redoc", "/openapi.json"):
        assert requests.get(server.url + path, timeout=5).status_code == 404, path
    tmp = tmp_path_factory.mktemp("docs")
    srv = start_server(f"sqlite:///{tmp / 'docs.db'}", tmp, args=("--docs",))
    try:
        for path in ("/docs", "/redoc", "/openapi.json"):
            assert requests.get(srv.url + path, timeout=5).status_code == 200, path
        assert "/v1/records" in requests.get(srv.url + "/openapi.json", timeout=5).json()["paths"]
    finally:
        stop_server(srv)


def test_records_are_owned_by_the_device_that_created_them(server: Server) -> None:
    """Another laptop of the same site can neither overwrite nor retract a record; after a coordinator's
    `iq-server device transfer` it can. Identical re-sends stay harmless duplicates."""
    site = server.site()
    owner, other = server.enrol(site), server.enrol(site)
    item = contribution()
    rid = item["record_id"]
    assert owner.send([item])[0]["status"] == "stored"
    res = other.send([item, contribution(record_id=rid, revision=2), retraction(rid, 3)])
    assert [r["status"] for r in res] == ["duplicate", "rejected", "rejected"], res
    assert "another device of this site" in res[1]["reason"] and "transfer" in res[1]["reason"]
    with server.engine.connect() as conn:
        held = conn.execute(text("SELECT revision, device_id, rtype FROM item WHERE record_id = :r"), {"r": rid}).one()
    assert tuple(held) == (1, owner.device_id, "contribution")
    out = server.cli("device", "transfer", owner.device_id, other.device_id)
    assert "transferred 1 record(s)" in out
    assert other.send([retraction(rid, 2)])[0]["status"] == "retracted"
    assert owner.send([contribution(record_id=rid, revision=3)])[0]["status"] == "rejected"
    stranger = server.enrol()  # another site's device cannot be the target
    bad = run_cli(server.db, "device", "transfer", other.device_id, stranger.device_id)
    assert bad.returncode == 1 and "same site" in bad.stderr


def test_periods_outside_the_plausible_window_are_rejected(server: Server) -> None:
    dev = server.enrol()
    today = datetime.now(UTC).date()
    current = lattice.quarter_of(today)
    nxt = lattice.quarter_of(current.end + timedelta(days=1))
    after = lattice.quarter_of(nxt.end + timedelta(days=1))
    refused = ["2099-Q4", str(today.year + 2), after.label]
    items = [contribution(p) for p in [*refused, current.label, nxt.label, "2005-Q1"]]
    res = dev.send(items)
    assert [r["status"] for r in res] == ["rejected"] * 3 + ["stored"] * 3, res
    assert all("outside the plausible window" in r["reason"] for r in res[:3])


def test_wire_types_are_strict(server: Server) -> None:
    """A count, key sum, revision or schema version sent as text, a float or a boolean is refused, never
    converted."""
    dev = server.enrol()
    as_text = contribution()
    as_text["payload"]["cells"]["initial.total"]["n"] = "12"
    as_bool = contribution()
    as_bool["payload"]["cells"]["initial.total"]["k"] = True
    as_float = contribution()
    as_float["payload"]["cells"]["initial.total"]["n"] = 12.0
    res = dev.send([as_text, as_bool, as_float])
    assert [r["status"] for r in res] == ["rejected"] * 3 and all("schema violation" in r["reason"] for r in res)
    for field, value in (("revision", "1"), ("schema_version", "2"), ("revision", True)):
        bad = contribution()
        bad[field] = value
        assert dev.post([bad]).status_code == 422, field
    assert dev.sync_state()["count"] == 0
