"""'IQ in figures' from contributions received by the real server, through the real CLI: published on
the lattice only, for regions of at least 3 sites, every cell perturbed by the cell key method."""

from __future__ import annotations

import csv
import io
import json
import random
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from iq_desktop.domain import lattice, reference
from iq_desktop.domain.figures import KEY_MASK, derive
from iq_server.db.engine import Database
from iq_server.db.migrations import migrate
from iq_server.services import disclosure, ingest, report
from iq_server.services import enrolment as admin
from iq_server.services.disclosure import MAX_DEVIATION, publish
from tests.server.conftest import PgSchemas, Server, new_db_url, run_cli
from tests.server.helpers import contribution, retraction

BASE_CELLS = (
    "initial.total", "initial.recognition", "initial.job_training", "initial.combined", "fi.individuals",
    "fi.events", "fi.participants", "schemes.course_based", "schemes.individual", "training.individuals",
    "stakeholders.labour_market.trainings", "stakeholders.labour_market.trainings_participants",
    "stakeholders.business.consultations", "swn.individuals",
)  # fmt: skip
GROUPS = sorted(reference.occupation_groups())[:8]
COMPLETERS = {"training.completers.2019-03": 0, "training.completers.2019-05": 0, "training.completers.2019-08": 0}


def cells(rep: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """(section.row.column) -> cell."""
    out = {}
    for sec in rep["sections"]:
        for row in sec["rows"]:
            for col, cell in zip(sec["columns"], row["cells"], strict=True):
                out[f"{sec['id']}.{row['id']}.{col}"] = cell
    return out


def value(rep: dict[str, Any], key: str) -> int:
    return int(cells(rep)[key]["value"])


def cli_report(server: Server, *args: str) -> dict[str, Any]:
    out = run_cli(server.db, "report", "--format", "json", "--no-store", *args)
    assert out.returncode == 0, out.stderr
    return dict(json.loads(out.stdout))


def site_spec(rnd: random.Random) -> dict[str, int]:
    spec = {c: rnd.choice([0, 1, 2, 3, 4, 6, 9, 17, 40, 130]) for c in BASE_CELLS}
    spec |= {f"occupation.{g}": rnd.choice([0, 1, 2, 3, 5, 8, 13]) for g in GROUPS}
    spec |= {c: rnd.randint(0, 4) for c in COMPLETERS}
    return {c: n for c, n in spec.items() if n}


def add(truth: dict[str, tuple[int, int]], cid: str, n: int, k: int) -> None:
    tn, tk = truth.get(cid, (0, 0))
    truth[cid] = (tn + n, (tk + k) & KEY_MASK)


@pytest.fixture(scope="module")
def region(server: Server) -> dict[str, Any]:
    """One (unique) network: three sites in Berlin, one in Hamburg with 2019-H1 contributions; a fifth
    site's contribution is retracted; one Berlin site revises its contribution; only two sites have 2019-Q1."""
    net = f"IQ net {uuid.uuid4().hex[:6]}"
    rnd = random.Random(13)
    devices = [server.enrol(state="DE-BE", network=net) for _ in range(3)]
    devices.append(server.enrol(state="DE-HH", network=net))
    gone = server.enrol(state="DE-HH", network=net)
    truth: dict[str, tuple[int, int]] = {}
    by_state: dict[str, dict[str, tuple[int, int]]] = {"DE-BE": {}, "DE-HH": {}}
    for i, dev in enumerate(devices):
        rid = str(uuid.uuid4())
        if i == 0:  # a first revision, replaced below
            assert (
                dev.send([contribution("2019-H1", {"initial.total": 999, "fi.events": 77}, rid)])[0]["status"]
                == "stored"
            )
        env = contribution("2019-H1", site_spec(rnd), rid, revision=2 if i == 0 else 1)
        assert dev.send([env])[0]["status"] in ("stored", "superseded")
        for cid, v in env["payload"]["cells"].items():
            add(truth, cid, v["n"], v["k"])
            if cid.startswith("initial."):
                add(by_state["DE-BE" if i < 3 else "DE-HH"], cid, v["n"], v["k"])
    rid = str(uuid.uuid4())
    assert gone.send([contribution("2019-H1", {"initial.total": 500}, rid)])[0]["status"] == "stored"
    assert gone.send([retraction(rid, 2)])[0]["status"] == "retracted"
    for dev in devices[:2]:
        assert dev.send([contribution("2019-Q1", site_spec(rnd))])[0]["status"] == "stored"
    return {"network": net, "devices": devices, "truth": truth, "by_state": by_state}


def test_every_figure_is_the_perturbed_sum_of_the_contributions(server: Server, region: dict[str, Any]) -> None:
    rep = cli_report(server, "--period", "2019-H1", "--network", region["network"], "--as-of", "2019-07-15")
    truth = derive(region["truth"], date(2019, 7, 15))
    published = {
        "initial.total.sessions": "initial.total", "initial.recognition.sessions": "initial.recognition",
        "initial.combined.sessions": "initial.combined", "fair_integration.individuals.count": "fi.individuals",
        "fair_integration.events.count": "fi.events", "job_training.schemes.count": "schemes.total",
        "job_training.course_based.count": "schemes.course_based", "job_training.completers.count":
        "training.completers", "stakeholders.labour_market.trainings": "stakeholders.labour_market.trainings",
        "stakeholders.business.consultations": "stakeholders.business.consultations",
        "skilled_worker_networks.individuals.individuals": "swn.individuals",
    }  # fmt: skip
    for key, cid in published.items():
        n, k = truth[cid]
        assert value(rep, key) == publish(n, k), key
        assert abs(value(rep, key) - n) <= MAX_DEVIATION
    assert truth["initial.total"][0] > 999 or value(rep, "initial.total.sessions") < 999  # revision 1 is gone
    # the federal states: Berlin (3 sites) has a row, Hamburg (1 site) has none; "all states" is the base cell
    states = next(s for s in rep["sections"] if s["id"] == "states")
    assert [r["id"] for r in states["rows"]] == ["DE-BE", "all"]
    for col in ("total", "recognition", "job_training", "combined"):
        n, k = region["by_state"]["DE-BE"].get(f"initial.{col}", (0, 0))
        assert value(rep, f"states.DE-BE.{col}") == publish(n, k)
        assert value(rep, f"states.all.{col}") == value(rep, f"initial.{'total' if col == 'total' else col}.sessions")
    # top occupations: by published value, zeros left out
    occ = {g: publish(*region["truth"].get(f"occupation.{g}", (0, 0))) for g in GROUPS}
    expected = [g for g in sorted(occ, key=lambda g: (-occ[g], g)) if occ[g] > 0][:5]
    assert [r["id"] for r in next(s for s in rep["sections"] if s["id"] == "occupations")["rows"]] == expected
    for key, cell in cells(rep).items():
        assert not 1 <= cell["value"] <= 4, key
    p = rep["params"]
    assert (p["period"], p["from"], p["to"], p["as_of"], p["sites"]) == ("2019-H1", "2019-01-01", "2019-06-30",
                                                                           "2019-07-15", 4)  # fmt: skip
    assert p["network"] == region["network"] and p["state"] is None and "site" not in p
    assert p["disclosure"] == disclosure.parameters()
    assert p["disclosure"]["max_deviation"] == MAX_DEVIATION == 4
    assert p["disclosure"]["max_deviation_5_and_over"] == disclosure.MAX_DEVIATION_5_AND_OVER
    assert "cell key method" in p["disclosure"]["method"]
    defined = {d["cell"] for d in rep["definitions"]}
    assert {"initial.total", "training.completers", "state", "fi.individuals"} <= defined
    assert all(d["definition"] for d in rep["definitions"])
    assert "cell key method" in rep["note"] and "fewer than 3 sites" in rep["note"]


def test_the_reference_date_counts_completers_by_month(server: Server, region: dict[str, Any]) -> None:
    net = region["network"]
    for as_of, months in (("2019-04-30", ("2019-03",)), ("2019-07-01", ("2019-03", "2019-05")),
                          ("2019-08-31", ("2019-03", "2019-05", "2019-08"))):  # fmt: skip
        rep = cli_report(server, "--period", "2019-H1", "--network", net, "--as-of", as_of)
        n = k = 0
        for m in months:
            cn, ck = region["truth"].get(f"training.completers.{m}", (0, 0))
            n, k = n + cn, (k + ck) & KEY_MASK
        assert value(rep, "job_training.completers.count") == publish(n, k), as_of
        assert rep["params"]["as_of"] == as_of
    today = cli_report(server, "--period", "2019-H1", "--network", net)
    assert today["params"]["as_of"] == datetime.now(UTC).date().isoformat()


def test_the_same_report_twice_is_identical(server: Server, region: dict[str, Any]) -> None:
    args = ("--period", "2019-H1", "--network", region["network"], "--as-of", "2019-07-15")
    a, b = cli_report(server, *args), cli_report(server, *args)
    assert a["sections"] == b["sections"] and a["params"] == b["params"] and a["definitions"] == b["definitions"]
    # the exact bounds of a lattice period are the same report
    c = cli_report(server, "--from", "2019-01-01", "--to", "2019-06-30", "--network", region["network"],
                   "--as-of", "2019-07-15")  # fmt: skip
    assert c["sections"] == a["sections"] and c["params"]["period"] == "2019-H1"


def test_a_state_region(server: Server, region: dict[str, Any]) -> None:
    """Regions are all, a state or a network; a state report of Berlin has Berlin's row only, equal to its total
    (the same units give the same cell keys, so the same values)."""
    rep = cli_report(server, "--period", "2019-H1", "--state", "DE-BE", "--as-of", "2019-07-15")
    states = next(s for s in rep["sections"] if s["id"] == "states")
    assert [r["id"] for r in states["rows"]][-1] == "all" and "DE-BE" in [r["id"] for r in states["rows"]]
    assert [r["id"] for r in states["rows"]] == ["DE-BE", "all"]
    assert value(rep, "states.DE-BE.total") == value(rep, "states.all.total")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--period", "2019-Q1", "--network", "{net}"], "too few sites to publish: 2; at least 3"),
        (["--period", "2019-Q3", "--network", "{net}"], "too few sites to publish: 0; at least 3"),
        (["--period", "2019-H1", "--site", "any-site"], "site-level figures are shown only on the site's own laptop"),
        (["--period", "2019-Q5"], "not a period"),
        (["--period", "2019-H1", "--state", "DE-XX"], "federal state"),
        (["--period", "2019-H1", "--network", "no such network"], "no site belongs to network"),
        (["--from", "2019-02-15", "--to", "2019-04-01"], "nearest: 2019-Q1 (2019-01-01..2019-03-31), 2019-Q2"),
        (["--from", "2019-01-01", "--to", "2019-05-31"], "2019-H1 (2019-01-01..2019-06-30)"),
        (["--from", "2019-06-30", "--to", "2019-01-01"], "before"),
        (["--stored", "999999"], "no stored report"),
    ],
)
def test_report_refusals_are_one_line(server: Server, region: dict[str, Any], args: list[str], message: str) -> None:
    out = run_cli(server.db, "report", *[a.format(net=region["network"]) for a in args])
    assert out.returncode == 1 and message in out.stderr and "Traceback" not in out.stderr, out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_formats_footnote_and_archive(server: Server, region: dict[str, Any], tmp_path: Path) -> None:
    args = ["--period", "2019-H1", "--network", region["network"], "--as-of", "2019-07-15"]
    text = run_cli(server.db, "report", *args)
    assert text.returncode == 0 and "Initial advisory sessions" in text.stdout
    assert "2019-H1 (2019-01-01 to 2019-06-30)" in text.stdout
    footnote = disclosure.footnote()
    assert "cell key method" in footnote and "at most 4" in footnote
    assert f"at most {disclosure.MAX_DEVIATION_5_AND_OVER} where" in footnote
    assert text.stdout.rstrip().endswith(footnote)
    stored_id = int(text.stderr.split("#")[1].split()[0])
    rep = cli_report(server, *args)
    csv_out = run_cli(server.db, "report", *args, "--format", "csv", "--no-store")
    rows = list(csv.reader(io.StringIO(csv_out.stdout)))
    assert rows[0] == ["section", "row", "label", "column", "value", "suppressed"]
    total = next(r for r in rows if r[:2] == ["initial", "total"])
    assert total[4] == str(value(rep, "initial.total.sessions")) and total[5] == "false"
    assert rows[-1] == ["footnote", footnote]
    out = tmp_path / "figures.xlsx"
    assert run_cli(server.db, "report", *args, "--format", "xlsx", "--out", str(out), "--no-store").returncode == 0
    book = load_workbook(out)
    assert [c.value for c in book["data"][1]] == ["section", "row", "label", "column", "value", "suppressed"]
    first = [row[0] for row in book["IQ in figures"].iter_rows(values_only=True)]
    assert first[0].startswith("IQ in figures: 2019-H1") and first[-1] == footnote
    refused = run_cli(server.db, "report", *args, "--format", "xlsx")
    assert refused.returncode == 1 and "--out" in refused.stderr and "Traceback" not in refused.stderr
    listed = run_cli(server.db, "report", "--list-stored")
    assert f"#{stored_id} " in listed.stdout and "2019-H1" in listed.stdout and region["network"] in listed.stdout
    again = run_cli(server.db, "report", "--stored", str(stored_id), "--format", "text")
    assert again.stdout == text.stdout


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'usage.db'}"
    assert run_cli(db, "report", "--from", "2019-13-01", "--to", "2019-01-01").returncode == 2
    assert run_cli(db, "report").returncode == 2
    assert run_cli(db, "report", "--from", "2019-01-01").returncode == 2
    assert run_cli(db, "report", "--period", "2019", "--from", "2019-01-01", "--to", "2019-12-31").returncode == 2
    out = run_cli(db, "nonsense", subprocess_=True)
    assert out.returncode == 2 and "Traceback" not in out.stderr


def _device(db: Database, site: str, state: str, network: str) -> Any:
    admin.add_site(db, site, f"Site {site}", state, network)
    done = admin.enrol(db, admin.create_enrolment_code(db, site)[0], None)
    auth = admin.authenticate(db, done.device_token)
    assert auth is not None
    return auth


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_purge_keeps_receipts_and_drops_figures(kind: str, tmp_path: Path, pg_schemas: PgSchemas) -> None:
    url = new_db_url(kind, tmp_path, pg_schemas)
    db = Database.open(url)
    migrate(db)
    today = datetime.now(UTC).date()
    recent = lattice.quarter_of(today).label
    sent: list[tuple[Any, list[dict[str, Any]]]] = []
    for i in range(3):
        auth = _device(db, f"s{i}", "DE-BY", "IQ Bayern")
        items = [contribution("2019-Q1"), contribution("2019"), contribution(recent)]
        assert {r.status for r in ingest.ingest(db, auth, items).results} == {"stored"}
        sent.append((auth, items))
    assert report.build(db, report.Params("2019-Q1"))["params"]["sites"] == 3
    before = [sorted(ingest.sync_state(db, auth.device_id)[1]) for auth, _ in sent]
    out = run_cli(url, "purge")  # 6 of 9 at once: refused without --confirm (a clock that jumped?)
    assert out.returncode == 1 and "would remove 6 of 9 contributions" in out.stderr, out.stderr
    out = run_cli(url, "purge", "--confirm")
    assert out.returncode == 0 and "purged 6 contribution(s)" in out.stdout, out.stderr
    for (auth, _), held in zip(sent, before, strict=True):
        assert sorted(ingest.sync_state(db, auth.device_id)[1]) == held  # receipts stay: devices stay reconciled
    with pytest.raises(report.ReportError, match="too few sites to publish: 0"):
        report.build(db, report.Params("2019-Q1"))
    kept = report.build(db, report.Params(recent))
    assert kept["params"]["sites"] == 3 and value(kept, "initial.total.sessions") == publish(
        36, sum(items[2]["payload"]["cells"]["initial.total"]["k"] for _, items in sent) & KEY_MASK
    )
    with db.engine.connect() as conn:
        purged = conn.execute(text("SELECT COUNT(*) FROM item WHERE rtype = 'purged' AND period IS NULL")).scalar_one()
        left = conn.execute(text("SELECT COUNT(DISTINCT period) FROM item_cell")).scalar_one()
    assert (purged, left) == (6, 1)
    # a device re-sending a purged item's revision gets "duplicate": nothing comes back into the figures
    auth, items = sent[0]
    assert ingest.ingest(db, auth, items[:1]).results[0].status == "duplicate"
    db.dispose()
