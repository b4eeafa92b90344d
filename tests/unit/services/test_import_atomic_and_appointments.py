"""Issue 11: one import is one transaction (procedures included); a session's appointment fields on
import; procedures in the coordinator's export and in ``list`` without ``--type``."""

from __future__ import annotations

import argparse
import csv
import io
import json
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from iq_desktop.cli.parser import build_parser, run
from iq_desktop.domain.codes import Compensation, ProcedureDecision
from iq_desktop.domain.records import Client, RecognitionProcedure
from iq_desktop.services import agenda, procedures, queries
from iq_desktop.services.batch import save_batch
from iq_desktop.services.errors import ServiceError
from iq_desktop.services.exporting import export
from iq_desktop.services.importing import ImportRefused, import_records
from tests.conftest import PASSPHRASE

TODAY = date(2026, 12, 4)

FILE: list[dict[str, Any]] = [
    {"type": "client", "id": "c1", "first_name": "Ada", "last_name": "Probe"},
    {"type": "session", "client": "c1", "date": "2026-11-02"},
    {"type": "training", "client": "c1", "start": "2026-11-10"},
    {"type": "scheme", "id": "s1", "format": "individual", "training_type": "bridge_training", "start": "2026-10-01"},
    {"type": "event", "date": "2026-11-03", "participants": 5},
    {"type": "procedure", "client": "c1", "occupation_code": "81302", "authority": "Amt Zqx", "applied": "2026-11-05"},
]


def _nothing_saved(vault: Any) -> None:
    assert queries.all_records(vault) == [] and procedures.list_all_procedures(vault) == []
    with vault._uow(readonly=True) as uow:
        assert uow.audit.recent(action="import") == []


def test_a_failure_while_saving_procedures_leaves_nothing_saved(vault: Any) -> None:
    with vault._uow() as uow:  # a real constraint in the test vault: every procedure insert aborts
        uow.connection.exec_driver_sql(
            "CREATE TRIGGER test_refuse_procedure BEFORE INSERT ON procedure "
            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
        )
    with pytest.raises(Exception, match="refused by the test"):
        import_records(vault, [dict(r) for r in FILE], today=TODAY)
    _nothing_saved(vault)
    with vault._uow() as uow:
        uow.connection.exec_driver_sql("DROP TRIGGER test_refuse_procedure")
    plan = import_records(vault, [dict(r) for r in FILE], today=TODAY)  # the same file now saves everything
    assert plan.saved_count == 6 and len(procedures.list_all_procedures(vault)) == 1
    with vault._uow(readonly=True) as uow:
        (entry,) = uow.audit.recent(action="import")
    assert "procedures=1" in entry.detail and "Zqx" not in entry.detail


def test_a_procedure_linked_to_a_missing_training_rolls_back_the_whole_batch(vault: Any) -> None:
    client = Client("Ada", "Probe")
    wrong = RecognitionProcedure(
        client.id, "81302", applied=TODAY, decision=ProcedureDecision.PARTIAL, decided=TODAY,
        compensation=Compensation.BRIDGE_TRAINING, training_id="no-such-training",
    )  # fmt: skip
    with pytest.raises(ServiceError):
        save_batch(vault, clients=[client], procedures=[wrong])
    _nothing_saved(vault)


def _session(**extra: Any) -> list[dict[str, Any]]:
    return [
        {"type": "client", "id": "c1", "first_name": "Ada", "last_name": "Probe"},
        {"type": "session", "client": "c1", "date": "2026-11-02", "next_appointment": "2026-12-10", **extra},
    ]


def test_appointment_time_and_place_are_imported_and_recorded_by_is_the_importing_user(vault: Any) -> None:
    agenda.set_stops(vault, ["Rathaus Nord", "Jobcenter Mitte"])
    plan = import_records(
        vault,
        _session(appointment_time="09:30", appointment_place=" jobcenter  mitte ", recorded_by="mallory"),
        today=TODAY,
    )
    (s,) = queries.all_records(vault, "session")
    assert s.id == plan.sessions[0].id
    assert s.appointment_time == time(9, 30) and s.appointment_place == "Jobcenter Mitte"
    assert s.recorded_by == vault.user != "mallory"
    import_records(vault, _session(appointment_place=""), today=TODAY)  # empty: no place
    assert sorted(x.appointment_place for x in queries.all_records(vault, "session")) == ["", "Jobcenter Mitte"]


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"appointment_time": "9:30"}, "appointment_time"),
        ({"appointment_time": "25:00"}, "appointment_time"),
        ({"appointment_time": 930}, "appointment_time"),
        ({"appointment_place": "Geheimort Zqx"}, "appointment_place"),
        ({"appointment_place": 3}, "appointment_place"),
        ({"appointment_time": "10:00", "next_appointment": None}, "next_appointment"),
    ],
)
def test_a_wrong_appointment_refuses_the_record_without_echoing_it(vault: Any, extra: dict[str, Any],
                                                                   field: str) -> None:  # fmt: skip
    agenda.set_stops(vault, ["Rathaus Nord"])
    with pytest.raises(ImportRefused) as exc:
        import_records(vault, _session(**extra), today=TODAY)
    assert [p.field for p in exc.value.plan.refused[0].problems] == [field]
    assert "Zqx" not in str(exc.value)
    _nothing_saved(vault)


def test_the_export_has_the_procedures_and_only_their_counts_are_audited(vault: Any, tmp_path: Path) -> None:
    import_records(vault, [dict(r) for r in FILE], today=TODAY)
    (proc,) = procedures.list_all_procedures(vault)
    assert export(vault, "csv", tmp_path / "all.csv") == 6
    rows = list(csv.DictReader(io.StringIO((tmp_path / "all.csv").read_text("utf-8-sig"), newline="")))
    (row,) = [r for r in rows if r["type"] == "procedure"]
    assert row["id"] == proc.id and row["authority"] == "Amt Zqx" and row["applied"] == "2026-11-05"
    assert row["client"] == proc.client_id and row["decision"] == "pending"
    export(vault, "xlsx", tmp_path / "all.xlsx")
    ws = load_workbook(tmp_path / "all.xlsx", read_only=True)["procedures"]
    header, *data = [list(r) for r in ws.iter_rows(values_only=True)]
    got = dict(zip(header, data[0], strict=False))
    assert got["id"] == proc.id and got["authority"] == "Amt Zqx" and got["occupation_code"] == "81302"
    with vault._uow(readonly=True) as uow:
        details = [e.detail for e in uow.audit.recent(action="export")]
    assert len(details) == 2 and all("procedure=1" in d and "Zqx" not in d for d in details)


def _cli(data_dir: Path, *argv: str) -> int:
    args: argparse.Namespace = build_parser().parse_args(["--data-dir", str(data_dir), *argv])
    return run(args)


def test_list_without_type_shows_the_procedures(vault: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    import_records(vault, [dict(r) for r in FILE], today=TODAY)
    (proc,) = procedures.list_all_procedures(vault)
    vault.lock()
    monkeypatch.setenv("IQ_PASSPHRASE", PASSPHRASE)
    assert _cli(data_dir, "list") == 0
    lines = capsys.readouterr().out.splitlines()
    assert f"procedure\t{proc.id}\t81302" in "\n".join(lines) and len(lines) == 6
    assert not any("Zqx" in line for line in lines)  # the authority is not in the summary lines
    assert _cli(data_dir, "list", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["type"] for r in rows].count("procedure") == 1
    assert _cli(data_dir, "list", "--type", "client") == 0
    assert "procedure" not in capsys.readouterr().out


def test_a_procedure_links_a_training_of_the_file_so_list_json_imports_again(vault: Any) -> None:
    from iq_desktop.domain.procedure_rules import procedure_dict
    from iq_desktop.services.exporting import list_everything, record_dict

    linked = {"decision": "partial", "decided": "2026-11-20", "compensation": "bridge_training", "training": "t1"}
    records = [*(dict(r) for r in FILE[:2]), {**FILE[2], "id": "t1"}, {**FILE[5], **linked}]
    plan = import_records(vault, records, today=TODAY)
    (proc,) = procedures.list_all_procedures(vault)
    assert proc.training_id == plan.trainings[0].id and proc.client_id == plan.clients[0].id
    everything, found = list_everything(vault, full=True)
    again = import_records(vault, [record_dict(r) for r in everything] + [procedure_dict(p) for p in found],
                           today=TODAY, again=True)  # fmt: skip
    (copy,) = again.procedures
    assert copy.training_id == again.trainings[0].id and copy.client_id == again.clients[0].id
    twice = [{**FILE[2], "id": "t1"}, {**FILE[2], "id": "t1"}]
    with pytest.raises(ImportRefused) as exc:
        import_records(vault, [FILE[0], *twice, {**FILE[5], **linked}], today=TODAY)
    assert [(r.number, r.problems[0].field) for r in exc.value.plan.refused] == [(4, "training")]
