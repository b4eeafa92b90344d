"""Canary: 1,000 people with canary strings in every personal field (names, phone, e-mail, postcode,
birth date, notes, the counsellor) and in every scheme's provider. Everything the client sends (captured
by the proxy), the server's database files and its log, and the sync log lines: 0 hits; no record's or
client's id either. And the contributions that did go out are exactly the site's figures."""

from __future__ import annotations

import dataclasses
import json
import logging
import re
from datetime import date

from iq_desktop.services import demo, sync_service
from iq_desktop.services.batch import save_batch
from iq_desktop.sync.backoff import Backoff
from tests.sync.conftest import PASSPHRASE
from tests.sync.faultproxy import Fault, FaultProxy, Schedule
from tests.sync.helpers import assert_converged, local_current
from tests.sync.server import ServerProcess

PEOPLE = 1000
COUNSELLOR = "Kanarienvogel Beraterin"


def _canaries(i: int) -> dict[str, object]:
    return {
        "first_name": f"Zqxfirst{i:04d}Canary",
        "last_name": f"Zqxlast{i:04d}Canary",
        "phone": f"+49 3719 {i:04d}8271",
        "email": f"zqx.canary{i:04d}@canary-mail.example.org",
        "postcode": f"{i % 100:02d}7{i % 97:02d}",
        "birth_date": date(1950 + i % 50, 1 + i % 12, 1 + i % 28),
        "notes": f"Zqxnote{i:04d} private story of the person",
    }


def _needles(client_fields: dict[str, object]) -> list[bytes]:
    out = []
    for key, value in client_fields.items():
        if key == "postcode":
            continue  # 5 digits occur by chance in ids and times; checked structurally below
        if isinstance(value, date):
            out += [value.isoformat().encode(), value.strftime("%d.%m.%Y").encode()]
        else:
            out.append(str(value).encode())
    return out


def test_no_canary_leaves_the_laptop(tmp_path, caplog):
    from iq_desktop.crypto import TEST_KDF
    from iq_desktop.services import vault as vs

    srv = ServerProcess(tmp_path / "server").start()
    vault, _ = vs.create_vault(tmp_path / "vault", COUNSELLOR, PASSPHRASE, kdf=TEST_KDF)
    try:
        recs = demo.generate(PEOPLE * 3, seed=7, counsellor=COUNSELLOR)
        clients, needles, postcodes = [], [COUNSELLOR.encode()], set()
        for i, c in enumerate(recs.clients[:PEOPLE]):
            fields = _canaries(i)
            clients.append(dataclasses.replace(c, **fields))
            needles += _needles(fields)
            postcodes.add(fields["postcode"])
        assert len(clients) == PEOPLE
        ids = {c.id for c in clients}
        sessions = [dataclasses.replace(s, notes=f"Zqxsessionnote{n}", counsellor=COUNSELLOR)
                    for n, s in enumerate(recs.sessions) if s.client_id in ids]  # fmt: skip
        trainings = [t for t in recs.trainings if t.client_id in ids]
        schemes = [
            dataclasses.replace(sc, provider=f"Zqxprovider{n} Bildungswerk") for n, sc in enumerate(recs.schemes)
        ]
        assert schemes and trainings and recs.events
        needles += [sc.provider.encode() for sc in schemes]
        save_batch(vault, clients=clients, sessions=sessions, trainings=trainings, events=recs.events, schemes=schemes)
        with FaultProxy(srv.port) as proxy:
            proxy.set_schedule(Schedule([Fault("drop_after"), Fault("status", status=500), Fault("duplicate")]))
            sync_service.enrol(vault, proxy.url, srv.enrolment_code())
            with caplog.at_level(logging.DEBUG):
                summary = sync_service.sync_now(vault, verify=True, retry_for=30, backoff=Backoff(base=0.01, cap=0.1))
                sync_service.status(vault)
            assert summary.complete and summary.pending == 0
            items = local_current(vault)
            assert summary.sent + summary.duplicates >= len(items) > 0
            sent = b"\n".join(proxy.sent)
        assert_converged(vault, srv, sync_service.status(vault).device_id or "")
        srv.stop()  # flush the log and the database
        haystacks = {"sent by the client": sent, "server log": srv.log_path.read_bytes(),
                     "sync log lines": caplog.text.encode()}  # fmt: skip
        for f in srv.workdir.iterdir():
            if f.name.startswith("server.db"):
                haystacks[f.name] = f.read_bytes()
        # the records' and clients' identifiers are random and not sent either
        for recs_of_a_kind in (clients, sessions, trainings, schemes, recs.events):
            needles += [r.id.encode() for r in recs_of_a_kind]
        needle_set = set(needles)
        probes = (needles[1], needles[4], needles[6], clients[3].id.encode(), sessions[5].id.encode(),
                  schemes[0].provider.encode(), schemes[0].id.encode(), COUNSELLOR.encode())  # fmt: skip
        for probe in probes:
            assert _hits(b"x " + probe + b" y", needle_set), probe  # the search does find a canary
        for where, hay in haystacks.items():
            assert _hits(hay, needle_set) == [], f"canaries in {where}"
        # postcodes: no value in any payload the client sent is a canary postcode
        for message in proxy.sent:
            body = message.partition(b"\r\n\r\n")[2]
            if body.startswith(b"{"):
                for leaf in _leaves(json.loads(body)):
                    assert leaf not in postcodes
        assert b"postcode" not in sent and b"birth" not in sent and b"name" not in sent.replace(b"device_name", b"")
        assert b"provider" not in sent and b"Bildungswerk" not in sent
    finally:
        vault.lock()
        srv.stop()


MARKERS = (b"Zqx", b"zqx", b"anary", b"Kanarienvogel", b"3719 ", b"Beraterin")
TOKENS = (
    rb"\d{4}-\d{2}-\d{2}",
    rb"\d{2}\.\d{2}\.\d{4}",
    rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
)


def _hits(hay: bytes, needles: set[bytes]) -> list[bytes]:
    """Every canary contains a marker, or is a date or an id found by pattern (fast on megabytes)."""
    found = [m for m in MARKERS if m in hay]
    for pattern in TOKENS:
        found += [t for t in set(re.findall(pattern, hay)) if t in needles]
    return found


def _leaves(obj: object) -> list[str]:
    if isinstance(obj, dict):
        return [x for v in obj.values() for x in _leaves(v)]
    if isinstance(obj, list):
        return [x for v in obj for x in _leaves(v)]
    return [str(obj)]
