"""'IQ in figures' from records received by the real server, through the real CLI."""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from iq_server.db.engine import Database
from iq_server.db.migrations import migrate
from iq_server.services import enrolment as admin
from iq_server.services import ingest, report
from tests.server.conftest import PgSchemas, Server, envelope, event, new_db_url, run_cli, session, training


def cells(rep: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """(section.row.column) -> cell."""
    out = {}
    for sec in rep["sections"]:
        for row in sec["rows"]:
            for col, cell in zip(sec["columns"], row["cells"], strict=True):
                out[f"{sec['id']}.{row['id']}.{col}"] = cell
    return out


def value(rep: dict[str, Any], key: str) -> int | None:
    return cells(rep)[key]["value"]


def cli_report(server: Server, *args: str) -> dict[str, Any]:
    out = run_cli(server.db, "report", "--format", "json", *args)
    assert out.returncode == 0, out.stderr
    return dict(json.loads(out.stdout))


@pytest.fixture(scope="module")
def region(server: Server) -> dict[str, Any]:
    """Two sites of one (unique) network with known figures for 2019-Q1..Q2."""
    net = f"IQ net {uuid.uuid4().hex[:6]}"
    be = server.enrol(state="DE-BE", network=net)
    hh = server.enrol(state="DE-HH", network=net)
    rec = [envelope(session(topics=["recognition"])) for _ in range(10)]
    be_records = [
        *rec,
        *[envelope(session("2019-Q2", topics=["job_training"])) for _ in range(6)],
        *[envelope(session(topics=["recognition", "job_training"], occupation="814")) for _ in range(7)],
        *[envelope(session(topics=["fi_wages"], occupation=None)) for _ in range(2)],
        envelope(session(kind="follow_up")),
        envelope(session("2019-Q3")),  # outside the period
        *[envelope(training("2019-Q1", fmt="individual")) for _ in range(6)],
        *[envelope(training("2019-Q2", "2019-Q2", fmt="course_based", status="completed")) for _ in range(5)],
        *[envelope(event(audience="labour_market", participants=10)) for _ in range(5)],
        *[envelope(event(audience="business", topic="skilled_worker_recruitment", participants=15)) for _ in range(2)],
        *[envelope(event(audience="migrants", topic="fair_integration", participants=10)) for _ in range(5)],
    ]
    assert {r["status"] for r in be.send(be_records)} == {"stored"}
    assert {r["status"] for r in hh.send([envelope(session(topics=["recognition"])) for _ in range(8)])} == {"stored"}
    # one recognition session is retracted, one is revised into job-training counselling
    changes = [
        envelope({"type": "retraction"}, rec[0]["record_id"], revision=2),
        envelope(session(topics=["job_training"]), rec[1]["record_id"], revision=2),
    ]
    assert [r["status"] for r in be.send(changes)] == ["retracted", "superseded"]
    return {"network": net, "be": be, "hh": hh}


def test_figures_follow_the_records(server: Server, region: dict[str, Any]) -> None:
    rep = cli_report(server, "--from", "2019-02-15", "--to", "2019-04-01", "--network", region["network"])
    assert rep["params"]["first_quarter"] == "2019-Q1" and rep["params"]["last_quarter"] == "2019-Q2"
    assert value(rep, "initial.total.sessions") == 32  # 8+7+7+2 (BE) + 8 (HH); follow-up and Q3 left out
    assert value(rep, "initial.recognition.sessions") == 16  # 10 - retracted - revised + 8
    assert value(rep, "initial.job_training.sessions") == 7  # 6 + the revised one
    c = cells(rep)
    assert c["initial.other.sessions"]["suppressed"]  # 2 < k
    assert c["initial.combined.sessions"]["suppressed"]  # secondary: else 'other' = total - the rest
    assert c["fair_integration.individuals.count"]["suppressed"]
    assert value(rep, "fair_integration.events.count") == 5
    assert value(rep, "fair_integration.participants.count") == 50
    assert value(rep, "job_training.course_based.count") == 5
    assert value(rep, "job_training.individual.count") == 6
    assert value(rep, "job_training.participants.count") == 11
    assert value(rep, "job_training.completers.count") == 5
    assert value(rep, "stakeholders.labour_market.events") == 5
    assert value(rep, "stakeholders.labour_market.participants") == 50
    assert c["stakeholders.business.events"]["suppressed"] and value(rep, "stakeholders.business.participants") == 30
    assert [r["id"] for r in next(s for s in rep["sections"] if s["id"] == "occupations")["rows"]] == ["813", "814"]
    assert value(rep, "states.DE-HH.recognition") == 8
    for key, cell in c.items():
        assert cell["value"] is None or cell["value"] == 0 or cell["value"] >= 5, key


def test_region_filters(server: Server, region: dict[str, Any]) -> None:
    hh = cli_report(server, "--from", "2019-01-01", "--to", "2019-06-30", "--site", region["hh"].site_id)
    assert value(hh, "initial.total.sessions") == 8
    assert [r["id"] for r in next(s for s in hh["sections"] if s["id"] == "states")["rows"]] == ["DE-HH", "all"]
    q3 = cli_report(server, "--from", "2019-07-01", "--to", "2019-09-30", "--network", region["network"])
    assert cells(q3)["initial.total.sessions"]["suppressed"]  # the single Q3 session


def test_formats_and_archive(server: Server, region: dict[str, Any], tmp_path: Path) -> None:
    args = ["--from", "2019-01-01", "--to", "2019-06-30", "--network", region["network"]]
    text = run_cli(server.db, "report", *args)
    assert text.returncode == 0 and "Initial advisory sessions" in text.stdout and "  x" in text.stdout
    stored_id = int(text.stderr.split("#")[1].split()[0])
    csv_out = run_cli(server.db, "report", *args, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(csv_out.stdout)))
    total = next(r for r in rows if r["section"] == "initial" and r["row"] == "total")
    assert total["value"] == "32"
    assert next(r for r in rows if r["row"] == "other" and r["section"] == "initial")["suppressed"] == "true"
    out = tmp_path / "figures.xlsx"
    assert run_cli(server.db, "report", *args, "--format", "xlsx", "--out", str(out)).returncode == 0
    sheet = load_workbook(out)["data"]
    assert [c.value for c in sheet[1]] == ["section", "row", "label", "column", "value", "suppressed"]
    refused = run_cli(server.db, "report", *args, "--format", "xlsx")
    assert refused.returncode == 1 and "--out" in refused.stderr and "Traceback" not in refused.stderr
    listed = run_cli(server.db, "report", "--list-stored")
    assert f"#{stored_id} " in listed.stdout
    again = run_cli(server.db, "report", "--stored", str(stored_id), "--format", "text")
    assert again.stdout == text.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2019-06-30", "--to", "2019-01-01"], "before"),
        (["--from", "2019-01-01", "--to", "2019-06-30", "--state", "DE-XX"], "federal state"),
        (["--from", "2019-01-01", "--to", "2019-06-30", "--site", "no-such-site"], "no site"),
        (["--from", "2019-01-01", "--to", "2019-06-30", "--k", "1"], "threshold"),
        (["--stored", "999999"], "no stored report"),
    ],
)
def test_report_refusals_are_one_line(server: Server, args: list[str], message: str) -> None:
    out = run_cli(server.db, "report", *args)
    assert out.returncode == 1 and message in out.stderr and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'usage.db'}"
    assert run_cli(db, "report", "--from", "2019-13-01", "--to", "2019-01-01").returncode == 2
    assert run_cli(db, "report").returncode == 2
    out = run_cli(db, "nonsense", subprocess_=True)
    assert out.returncode == 2 and "Traceback" not in out.stderr


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_purge_keeps_receipts_and_drops_figures(kind: str, tmp_path: Path, pg_schemas: PgSchemas) -> None:
    db = new_db_url(kind, tmp_path, pg_schemas)
    engine = Database.open(db)
    migrate(engine)
    admin.add_site(engine, "s1", "Site", "DE-BY", "IQ Bayern")
    done = admin.enrol(engine, admin.create_enrolment_code(engine, "s1")[0], None)
    auth = admin.authenticate(engine, done.device_token)
    assert auth is not None
    today = date.today()
    recent = report.quarter_of(today)
    old = [envelope(session("2019-Q1")) for _ in range(6)]
    new = [envelope(session(recent)) for _ in range(5)]
    ingest.ingest(engine, auth, old + new)
    before = sorted(ingest.sync_state(engine, auth.device_id)[1])
    out = run_cli(db, "purge")
    assert out.returncode == 0 and "purged 6 record(s)" in out.stdout, out.stderr
    assert sorted(ingest.sync_state(engine, auth.device_id)[1]) == before  # receipts stay: devices stay reconciled
    again = ingest.ingest(engine, auth, old[:1])
    assert again.results[0].status == "duplicate"
    gone = report.build(engine, report.Params(date(2019, 1, 1), date(2019, 3, 31)))
    assert value(gone, "initial.total.sessions") == 0
    kept = report.build(engine, report.Params(today, today))
    assert value(kept, "initial.total.sessions") == 5
    engine.dispose()
