"""A half-year like seed 002 ("Network IQ in figures", 01-06/2019), end to end: four advice sites
(three in Berlin's network, one in Hamburg) import their records, sync them to the real server process
over HTTP, and the server publishes "IQ in figures" for 2019-H1 with the reference date 15 July.

Every published figure is compared with an independent count of the generated records (written here
from the definitions, not with the app's counting code) within the published maximum deviation. The
same run then attacks the server's database: no stored row is person-level, no key links two cells,
no personal value is anywhere in it, nothing is finer than a day.
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import pytest

from iq_desktop.crypto import TEST_KDF
from iq_desktop.services import importing, sync_service
from iq_desktop.services import vault as vs
from iq_server.services.disclosure import MAX_DEVIATION, MAX_DEVIATION_5_AND_OVER
from tests.sync.server import ServerProcess

PASSPHRASE = "correct horse battery staple 42"
H1 = (date(2019, 1, 1), date(2019, 6, 30))
AS_OF = date(2019, 7, 15)
SITES = {"BE-1": ("DE-BE", "IQ Berlin"), "BE-2": ("DE-BE", "IQ Berlin"), "BE-3": ("DE-BE", "IQ Berlin"),
         "HH-1": ("DE-HH", "IQ Hamburg")}  # fmt: skip
OCCUPATIONS = {"84304": "843", "81302": "813", "26112": "261", "83112": "831", "27303": "273", "81102": "811"}
CANARY = "Zqxwvy"  # in every name, note and provider: must never reach the server
TOPIC_MIX = [["recognition"], ["job_training"], ["recognition", "job_training"], ["fi_wages"],
             ["recognition", "fi_leave"], ["fi_dismissal"]]  # fmt: skip


@dataclass
class Site:
    records: list[dict[str, Any]] = field(default_factory=list)
    occupation: dict[str, str] = field(default_factory=dict)  # client -> group


def day(rng: random.Random, lo: date, hi: date) -> date:
    return lo + timedelta(days=rng.randrange((hi - lo).days + 1))


def make_site(rng: random.Random, name: str, clients: int) -> Site:
    site = Site()
    add = site.records.append
    for i in range(clients):
        cid = f"{name}-c{i}"
        code = rng.choice(list(OCCUPATIONS))
        site.occupation[cid] = OCCUPATIONS[code]
        add({"type": "client", "id": cid, "first_name": f"{CANARY}a{i}", "last_name": f"{CANARY}Test{i}",
             "occupation_code": code, "notes": f"{CANARY} note {i}"})  # fmt: skip
        first = day(rng, date(2018, 11, 1), date(2019, 8, 31))
        add({"type": "session", "client": cid, "date": first.isoformat(), "topics": rng.choice(TOPIC_MIX)})
        for _ in range(rng.choice([0, 0, 1, 2])):
            later = min(first + timedelta(days=rng.randrange(1, 120)), date(2019, 9, 30))
            add({"type": "session", "client": cid, "date": later.isoformat(), "kind": "follow_up",
                 "topics": rng.choice(TOPIC_MIX)})  # fmt: skip
    ids = [f"{name}-c{i}" for i in range(clients)]
    for n, start in enumerate((date(2018, 12, 3), date(2019, 2, 4), date(2019, 5, 6), date(2019, 6, 3))):
        sid = f"{name}-course{n}"
        add({"type": "scheme", "id": sid, "format": "course_based", "training_type": "bridge_training",
             "start": start.isoformat(), "provider": f"{CANARY} Akademie"})  # fmt: skip
        for cid in rng.sample(ids, rng.randint(3, 9)):
            add(training(rng, cid, start, sid))
    for cid in rng.sample(ids, clients // 6):
        add(training(rng, cid, day(rng, date(2018, 12, 1), date(2019, 7, 31)), None))
    for _ in range(rng.randint(1, 4)):
        add(event(rng, "information_event", "migrants", "fair_integration"))
    for audience in ("labour_market", "business"):
        for fmt in ("training", "workshop", "information_event", "consultation"):
            for _ in range(rng.randint(0, 4)):
                add(event(rng, fmt, audience, "intercultural_competence"))
    for _ in range(rng.randint(0, 3)):
        add(event(rng, "information_event", "skilled_worker_network", "skilled_worker_recruitment"))
    return site


def training(rng: random.Random, cid: str, start: date, scheme: str | None) -> dict[str, Any]:
    rec: dict[str, Any] = {"type": "training", "client": cid, "start": start.isoformat(),
                           "format": "course_based" if scheme else "individual"}  # fmt: skip
    if scheme:
        rec["scheme_id"] = scheme
    outcome = rng.random()
    if outcome < 0.5:
        rec.update(status="completed", end=(start + timedelta(days=rng.randrange(20, 200))).isoformat())
    elif outcome < 0.65:
        rec.update(status="dropped", end=(start + timedelta(days=rng.randrange(5, 60))).isoformat())
    return rec


def event(rng: random.Random, fmt: str, audience: str, topic: str) -> dict[str, Any]:
    when = day(rng, date(2018, 12, 1), date(2019, 7, 31))
    return {"type": "event", "date": when.isoformat(), "format": fmt, "audience": audience, "topic": topic,
            "participants": rng.randint(1, 40)}  # fmt: skip


# --- the independent count ---------------------------------------------------------------------------


def inside(text: str) -> bool:
    return H1[0] <= date.fromisoformat(text) <= H1[1]


def expected(sites: dict[str, Site], names: list[str]) -> dict[str, int]:
    v: dict[str, int] = defaultdict(int)
    for name in names:
        site = sites[name]
        fi_people, commencing, completers = set(), set(), set()
        for r in site.records:
            if r["type"] == "session" and inside(r["date"]):
                topics = set(r["topics"])
                rec, jt = "recognition" in topics, "job_training" in topics
                if r.get("kind", "initial") == "initial" and (rec or jt):
                    col = "combined" if rec and jt else "recognition" if rec else "job_training"
                    v["initial.total"] += 1
                    v[f"initial.{col}"] += 1
                    v[f"state.{SITES[name][0]}.total"] += 1
                    v[f"state.{SITES[name][0]}.{col}"] += 1
                    v[f"occupation.{site.occupation[r['client']]}"] += 1
                if any(t.startswith("fi_") for t in topics):
                    fi_people.add(r["client"])
            elif r["type"] == "scheme" and inside(r["start"]):
                v["schemes.course_based"] += 1
                v["schemes.total"] += 1
            elif r["type"] == "training" and inside(r["start"]):
                if "scheme_id" not in r:
                    v["schemes.individual"] += 1
                    v["schemes.total"] += 1
                commencing.add(r["client"])
                if r.get("status") == "completed" and r["end"][:7] <= AS_OF.isoformat()[:7]:
                    completers.add(r["client"])
            elif r["type"] == "event" and inside(r["date"]):
                aud, fmt, n = r["audience"], r["format"], r["participants"]
                if aud == "migrants":
                    v["fi.events"] += 1
                    v["fi.participants"] += n
                elif aud == "skilled_worker_network":
                    v["swn.individuals"] += n
                elif fmt == "consultation":
                    v[f"stakeholders.{aud}.consultations"] += 1
                elif fmt == "training":
                    v[f"stakeholders.{aud}.trainings"] += 1
                    v[f"stakeholders.{aud}.trainings_participants"] += n
                else:
                    v[f"stakeholders.{aud}.events"] += 1
                    v[f"stakeholders.{aud}.events_participants"] += n
        v["fi.individuals"] += len(fi_people)
        v["training.individuals"] += len(commencing)
        v["training.completers"] += len(completers)
    return dict(v)


def published(report: dict[str, Any]) -> dict[str, int]:
    out = {}
    for section in report["sections"]:
        for row in section["rows"]:
            for cid, cell in zip(row["cell_ids"], row["cells"], strict=True):
                out[cid] = cell["value"]
    return out


# --- the run -------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerProcess, dict[str, Site]]]:
    server = ServerProcess(tmp_path_factory.mktemp("server")).start()
    rng = random.Random(2019)
    sites = {name: make_site(rng, name, size) for name, size in zip(SITES, (260, 140, 90, 120), strict=True)}
    try:
        for name, site in sites.items():
            state, net = SITES[name]
            server.add_site(name, state, net)
            vault, _ = vs.create_vault(tmp_path_factory.mktemp(name) / "vault", "coord", PASSPHRASE, kdf=TEST_KDF)
            try:
                sync_service.enrol(vault, server.url, server.enrolment_code(name))
                plan = importing.import_records(vault, site.records, today=date(2026, 12, 4))
                assert plan.saved_count == len(site.records)
                summary = sync_service.sync_now(vault)
                assert summary.complete and summary.error is None, summary
                assert sync_service.sync_now(vault).sent == 0  # nothing twice
            finally:
                vault.lock()
        yield server, sites
    finally:
        server.stop()


def report(server: ServerProcess, *args: str) -> dict[str, Any]:
    return json.loads(server.cli("report", "--period", "2019-H1", "--as-of", AS_OF.isoformat(), "--format", "json",
                                 "--no-store", *args))  # fmt: skip


def check(pub: dict[str, int], truth: dict[str, int]) -> None:
    assert pub, "the report has figures"
    for cid, value in pub.items():
        true = truth.get(cid, 0)
        assert value is not None and not 1 <= value <= 4, (cid, value)
        limit = MAX_DEVIATION_5_AND_OVER if true >= 5 else MAX_DEVIATION
        assert abs(value - true) <= limit, f"{cid}: published {value}, true {true}"


def test_the_half_year_reproduces_within_the_published_deviation(
    network: tuple[ServerProcess, dict[str, Site]],
) -> None:
    server, sites = network
    rep = report(server)
    truth = expected(sites, list(SITES))
    pub = published(rep)
    check(pub, truth)
    for cid in (
        "initial.total",
        "fi.individuals",
        "schemes.total",
        "training.individuals",
        "training.completers",
        "stakeholders.labour_market.trainings",
        "stakeholders.business.consultations",
        "swn.individuals",
    ):
        assert cid in pub and truth.get(cid, 0) > 0, cid  # fmt: skip
    assert truth["initial.total"] == sum(truth.get(f"initial.{c}", 0) for c in ("recognition", "job_training",
                                                                                  "combined"))  # fmt: skip
    disclosure = rep["params"]["disclosure"]
    assert disclosure["max_deviation"] == MAX_DEVIATION
    assert {d["cell"] for d in rep["definitions"]} >= {"initial.total", "fi.individuals", "training.completers"}
    assert report(server)["sections"] == rep["sections"]  # the same report twice: the same cells


def test_a_network_of_three_sites_reproduces_and_a_smaller_region_is_refused(
    network: tuple[ServerProcess, dict[str, Site]],
) -> None:
    server, sites = network
    check(published(report(server, "--network", "IQ Berlin")), expected(sites, ["BE-1", "BE-2", "BE-3"]))
    with pytest.raises(RuntimeError, match="too few sites"):
        report(server, "--network", "IQ Hamburg")
    with pytest.raises(RuntimeError, match="own laptop"):
        report(server, "--site", "BE-1")


def test_the_servers_database_holds_nothing_that_singles_out_or_links(
    network: tuple[ServerProcess, dict[str, Site]],
) -> None:
    server, _ = network
    raw = server.db_path.read_bytes() + server.log_path.read_bytes()
    assert CANARY.encode() not in raw and CANARY.lower().encode() not in raw.lower()
    con = sqlite3.connect(f"file:{server.db_path}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "record" not in tables  # the v1 table of person-level rows is gone
        columns = {t: [r[1] for r in con.execute(f"PRAGMA table_info({t})")] for t in tables}
        person_words = ("age", "gender", "nationality", "residence", "german", "qualification", "occupation_group",
                        "birth", "person", "client", "first_contact", "received_at")  # fmt: skip
        for table, cols in columns.items():
            for col in cols:
                assert not any(w in col for w in person_words), f"{table}.{col}"
        # linkage through the cell keys: a unit's key depends on its cell and period, so no two stored
        # cells share one (with a shared per-person key, cells of count 1 would link one person's records)
        keys = [k for (k,) in con.execute("SELECT k FROM item_cell WHERE n = 1")]
        assert len(keys) > 50
        assert len(set(keys)) == len(keys)
        # nothing finer than the day of receipt
        for (received,) in con.execute("SELECT received_on FROM item"):
            assert len(str(received)) == 10, received
        for (seen,) in con.execute("SELECT last_seen_on FROM device"):
            assert seen is None or len(str(seen)) == 10, seen
    finally:
        con.close()
