"""Export (CSV, XLSX) from a real vault: content, safety (audit, atomic, no temp files), and the
import -> export round trip (hypothesis): every field that went in comes out unchanged."""

from __future__ import annotations

import csv
import io
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from iq_desktop.crypto import TEST_KDF
from iq_desktop.domain import codes, reference
from iq_desktop.services import exporting
from iq_desktop.services.exporting import CSV_COLUMNS, ExportRefused, export, write_atomically
from iq_desktop.services.importing import import_records
from iq_desktop.services.vault import create_vault, open_vault

ROOT = Path(__file__).resolve().parents[2]
TODAY = date.today()
INT_COLS = {"arrival_year", "duration_minutes", "participants"}
BOOL_COLS = {"regulated_profession", "interpreter"}
LIST_COLS = {"topics", "outcomes"}
NULLABLE = {
    "birth_date",
    "arrival_year",
    "occupation_code",
    "regulated_profession",
    "consent_date",
    "consent_scope",
    "next_appointment",
    "end",
    "scheme_id",
}


def _example(vault: Any) -> Any:
    import json

    records = json.loads((ROOT / "docs/examples/import.json").read_text(encoding="utf-8"))
    return import_records(vault, records)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_csv_holds_every_record_type_first(vault: Any, tmp_path: Path) -> None:
    plan = _example(vault)
    out = tmp_path / "all.csv"
    assert export(vault, "csv", out) == plan.saved_count
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert list(rows[0]) == CSV_COLUMNS and CSV_COLUMNS[:2] == ["type", "id"]
    assert sorted(r["id"] for r in rows) == sorted(rid for _, _, rid in plan.accepted)
    amina = next(r for r in rows if r["first_name"] == "Amina")
    assert amina["birth_date"] == "1988-04-17" and amina["regulated_profession"] == "true" and amina["date"] == ""
    session = next(r for r in rows if r["type"] == "session" and r["client"] == amina["id"] and r["kind"] == "initial")
    assert session["topics"] == "job_training;recognition"
    assert _leftovers(tmp_path) == []


def test_xlsx_has_one_sheet_per_type_and_text_never_becomes_a_formula(vault: Any, tmp_path: Path) -> None:
    import_records(
        vault, [{"type": "client", "id": "a", "first_name": '=HYPERLINK("x")', "last_name": "@SUM(1)", "notes": "+1-2"}]
    )
    _example(vault)
    out = tmp_path / "all.xlsx"
    export(vault, "xlsx", out)
    wb = load_workbook(out)
    assert wb.sheetnames == ["clients", "sessions", "trainings", "events", "schemes", "procedures"]
    clients = wb["clients"]
    header = [c.value for c in clients[1]]
    assert header == exporting.COLUMNS[codes.RecordType.CLIENT]
    odd = next(row for row in clients.iter_rows(min_row=2) if row[header.index("last_name")].value == "@SUM(1)")
    assert odd[header.index("first_name")].value == '=HYPERLINK("x")'
    assert odd[header.index("first_name")].data_type == "s"
    assert wb["sessions"].max_row == 6 and wb["events"].max_row == 5 and wb["schemes"].max_row == 3
    assert isinstance(wb["sessions"]["C2"].value, datetime)  # dates are dates
    assert _leftovers(tmp_path) == []


def test_export_is_audited_with_counts_only(vault: Any, tmp_path: Path) -> None:
    _example(vault)
    export(vault, "csv", tmp_path / "a.csv")
    with vault._uow(readonly=True) as uow:
        entries = uow.audit.recent(5, action="export")
    assert len(entries) == 1
    assert entries[0].detail == "csv: client=4, event=4, scheme=2, session=5, training=5"


def test_export_refuses_an_existing_file_and_a_missing_folder(vault: Any, tmp_path: Path) -> None:
    (tmp_path / "there.csv").write_text("keep me")
    with pytest.raises(ExportRefused, match="already exists"):
        export(vault, "csv", tmp_path / "there.csv")
    assert (tmp_path / "there.csv").read_text() == "keep me"
    with pytest.raises(ExportRefused, match="does not exist"):
        export(vault, "xlsx", tmp_path / "missing" / "x.xlsx")
    with vault._uow(readonly=True) as uow:
        assert uow.audit.count("export") == 0


def test_a_failed_write_leaves_neither_target_nor_temp_file(tmp_path: Path) -> None:
    def half(fh: Any) -> int:
        fh.write(b"first_name\nSecret\n")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_atomically(tmp_path / "out.csv", half)
    assert list(tmp_path.iterdir()) == []


def test_only_a_coordinator_may_export(vault: Any, data_dir: Path, tmp_path: Path) -> None:
    vault.add_user("bob", "counsellor", "bob's long passphrase 1")
    bob = open_vault(data_dir, "bob", "bob's long passphrase 1")
    try:
        with pytest.raises(ExportRefused, match="Only a coordinator"):
            export(bob, "csv", tmp_path / "x.csv")
    finally:
        bob.lock()
    assert not (tmp_path / "x.csv").exists()


# --- round trip ---------------------------------------------------------------------------------

_text = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=30).map(str.strip)
_name = _text.filter(bool)
_past = st.dates(date(2005, 1, 1), TODAY)


def _opt(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


@st.composite
def client_dicts(draw: st.DrawFn, local_id: str) -> dict[str, Any]:
    birth = draw(_opt(st.dates(date(1930, 1, 1), date(TODAY.year - 15, 12, 31))))
    consent = draw(_opt(_past))
    d: dict[str, Any] = {
        "type": "client",
        "id": local_id,
        "first_name": draw(_name),
        "last_name": draw(_name),
        "birth_date": birth.isoformat() if birth else None,
        "gender": draw(st.sampled_from([m.value for m in codes.Gender])),
        "phone": draw(st.sampled_from(["", "+49 (30) 123-45.67", "0151/000 000"])),
        "email": draw(st.sampled_from(["", "a.b@example.org", "x+y@example.de"])),
        "postcode": draw(st.sampled_from(["", "01067", "99998"])),
        "nationality": draw(st.sampled_from(sorted(reference.countries()))),
        "qualification_country": draw(st.sampled_from(sorted(reference.countries()))),
        "arrival_year": draw(_opt(st.integers(max(1950, birth.year if birth else 1950), TODAY.year))),
        "residence_status": draw(st.sampled_from([m.value for m in codes.ResidenceStatus])),
        "german_level": draw(st.sampled_from([m.value for m in codes.GermanLevel])),
        "qualification_level": draw(st.sampled_from([m.value for m in codes.QualificationLevel])),
        "occupation_code": draw(_opt(st.sampled_from(sorted(reference.occupations())))),
        "regulated_profession": draw(_opt(st.booleans())),
        "consent_date": consent.isoformat() if consent else None,
        "consent_scope": draw(st.sampled_from([m.value for m in codes.ConsentScope])) if consent else None,
        "notes": draw(_text),
    }
    return {k: v for k, v in d.items() if v is not None or draw(st.booleans())}


@st.composite
def session_dicts(draw: st.DrawFn, ref: str, day: date, kind: str) -> dict[str, Any]:
    nxt = draw(_opt(st.dates(day, day + timedelta(days=400))))
    return {
        "type": "session",
        "client": ref,
        "date": day.isoformat(),
        "kind": kind,
        "topics": draw(st.lists(st.sampled_from([m.value for m in codes.Topic]), min_size=1, unique=True)),
        "duration_minutes": draw(st.integers(1, 600)),
        "counsellor": draw(_name),
        "channel": draw(st.sampled_from([m.value for m in codes.Channel])),
        "language": draw(st.sampled_from([m.value for m in codes.Language])),
        "interpreter": draw(st.booleans()),
        "referred_by": draw(st.sampled_from([m.value for m in codes.ReferredBy])),
        "outcomes": draw(st.lists(st.sampled_from([m.value for m in codes.Outcome]), unique=True)),
        "next_appointment": nxt.isoformat() if nxt else None,
        "notes": draw(_text),
    }


@st.composite
def training_dicts(draw: st.DrawFn, ref: str) -> dict[str, Any]:
    start = draw(_past)
    status = draw(st.sampled_from([m.value for m in codes.TrainingStatus]))
    if status == "ongoing":
        end = draw(_opt(st.dates(max(start, TODAY), TODAY + timedelta(days=800))))
    else:
        end = draw(st.dates(start, start + timedelta(days=800)))
    return {
        "type": "training",
        "client": ref,
        "start": start.isoformat(),
        "end": end.isoformat() if end else None,
        "format": draw(st.sampled_from([m.value for m in codes.TrainingFormat])),
        "training_type": draw(st.sampled_from([m.value for m in codes.TrainingType])),
        "status": status,
    }


@st.composite
def import_files(draw: st.DrawFn) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    with_scheme = draw(st.booleans())
    if with_scheme:
        out.append(
            {
                "type": "scheme",
                "id": "s0",
                "format": draw(st.sampled_from([m.value for m in codes.TrainingFormat])),
                "training_type": draw(st.sampled_from([m.value for m in codes.TrainingType])),
                "start": draw(_past).isoformat(),
                "provider": draw(_name),
            }
        )
    for i in range(draw(st.integers(1, 3))):
        ref = f"c{i}"
        out.append(draw(client_dicts(ref)))
        days = sorted(draw(st.lists(_past, max_size=3)))
        out += [draw(session_dicts(ref, d, "initial" if n == 0 else "follow_up")) for n, d in enumerate(days)]
        for training in draw(st.lists(training_dicts(ref), max_size=2)):
            if with_scheme and draw(st.booleans()):
                training["scheme_id"] = "s0"
            out.append(training)
    out += [
        {
            "type": "event",
            "date": draw(_past).isoformat(),
            "participants": draw(st.integers(1, 10_000)),
            "format": draw(st.sampled_from([m.value for m in codes.EventFormat])),
            "audience": draw(st.sampled_from([m.value for m in codes.Audience])),
            "topic": draw(st.sampled_from([m.value for m in codes.EventTopic])),
            "site_id": draw(_name),
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    return out


def _decode(column: str, value: Any) -> Any:
    """An exported cell (CSV text or XLSX value) back to the import format's JSON value."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if value is None or value == "":
        return None if column in NULLABLE else ([] if column in LIST_COLS else "")
    if column in LIST_COLS:
        return sorted(str(value).split(";"))
    if column in BOOL_COLS:
        return value if isinstance(value, bool) else {"true": True, "false": False}[value]
    if column in INT_COLS:
        return int(value)
    return str(value)


def _csv_unguard(value: str) -> str:
    """The documented reverse of the formula guard: one leading apostrophe removed from a guarded cell."""
    if value.startswith("'") and value[1:].startswith(exporting.FORMULA_START):
        return value[1:]
    assert not value.startswith(exporting.FORMULA_START), value  # every such cell is guarded
    return value


def _csv_records(path: Path) -> dict[str, dict[str, Any]]:
    rows = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline=""))
    return {r["id"]: {k: _decode(k, _csv_unguard(v)) for k, v in r.items()} for r in rows}


def _xlsx_records(path: Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    types = {sheet: rtype.value for rtype, sheet in exporting.SHEETS.items()}
    for ws in load_workbook(path, read_only=True):
        rows = ws.iter_rows(values_only=True)
        header = [str(h) for h in next(rows)]
        for row in rows:  # a row may end early where its last cells are empty
            padded = (*row, *(None for _ in range(len(header) - len(row))))
            d = {k: _decode(k, v) for k, v in zip(header, padded, strict=True)}
            out[d["id"]] = {"type": types[ws.title], **d}
    return out


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records=import_files())
def test_import_then_export_preserves_every_field(records: list[dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vault, _ = create_vault(folder / "data", "anna", "a long enough passphrase", kdf=TEST_KDF)
        try:
            plan = import_records(vault, records)
            export(vault, "csv", folder / "out.csv")
            export(vault, "xlsx", folder / "out.xlsx")
        finally:
            vault.lock()
        assert plan.refused == []
        new_ids = {n: rid for n, _, rid in plan.accepted}
        client_ids = {r["id"]: new_ids[n] for n, r in enumerate(records, start=1) if r["type"] == "client"}
        scheme_ids = {r["id"]: new_ids[n] for n, r in enumerate(records, start=1) if r["type"] == "scheme"}
        for exported in (_csv_records(folder / "out.csv"), _xlsx_records(folder / "out.xlsx")):
            assert len(exported) == len(records)
            for number, given_record in enumerate(records, start=1):
                row = exported[new_ids[number]]
                for key, value in given_record.items():
                    if key == "id":
                        continue
                    refs = {"client": client_ids, "scheme_id": scheme_ids}
                    expected = refs[key][value] if key in refs else value
                    if isinstance(expected, list):
                        expected = sorted(expected)
                    assert row[key] == expected, (number, key)


def test_csv_safe_guards_every_formula_start() -> None:
    for text in ("=1", "+1", "-1", "@x", "\tx", "\rx", "'x"):
        assert exporting.csv_safe(text) == "'" + text
    for text in ("", "x=1", " =1", "1-2", "2024-01-01", "Müller"):
        assert exporting.csv_safe(text) == text


@pytest.mark.parametrize("dangerous", ['=HYPERLINK("http://x")', "+1+2", "-2+3", "@SUM(A1)", "'quoted", "=", "-"])
def test_csv_cells_that_start_like_a_formula_get_an_apostrophe(vault: Any, tmp_path: Path, dangerous: str) -> None:
    """OWASP CSV injection: text starting with = + - @ tab CR (or an apostrophe) is written with a
    leading apostrophe; other text and XLSX cells (always text, never formulas) are unchanged."""
    records = [
        {
            "type": "client",
            "id": "c",
            "first_name": dangerous,
            "last_name": "Probe",
            "notes": "a=b -c",
            "nationality": "SY",
        }
    ]
    import_records(vault, records)
    export(vault, "csv", tmp_path / "x.csv")
    row = next(csv.DictReader(io.StringIO((tmp_path / "x.csv").read_text(encoding="utf-8-sig"), newline="")))
    assert row["first_name"] == "'" + dangerous
    assert row["last_name"] == "Probe" and row["notes"] == "a=b -c"
    export(vault, "xlsx", tmp_path / "x.xlsx")
    ws = load_workbook(tmp_path / "x.xlsx")["clients"]
    header = [c.value for c in ws[1]]
    cell = ws.cell(row=2, column=header.index("first_name") + 1)
    assert cell.data_type == "s" and cell.value == dangerous
