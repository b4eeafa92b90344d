"""Issue 9, items 1 and 12: an import is recognised on retry (nothing saved twice); every refusal
names the problem and the record or line; one bad character does not defeat ``--skip-invalid``; stdin
is capped like a file. Real vaults, the real CLI entry point."""

from __future__ import annotations

import argparse
import io
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from iq_desktop.cli.parser import build_parser, run
from iq_desktop.services import importing, queries
from iq_desktop.services.batch import AlreadyImported, source_digest
from iq_desktop.services.importing import ImportFileError, import_records, read_import
from tests.conftest import PASSPHRASE

TODAY = date(2025, 6, 30)


def lines(n: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i in range(n):
        out += [{"type": "client", "id": f"c{i}", "first_name": "Testa", "last_name": f"Probe{i}"},
                {"type": "session", "client": f"c{i}", "date": "2024-03-01"}]  # fmt: skip
    return out


def jsonl(records: list[dict[str, Any]]) -> bytes:
    return "\n".join(json.dumps(r) for r in records).encode()


def test_the_same_file_again_is_recognised_and_nothing_is_saved_twice(vault: Any) -> None:
    data = jsonl(lines(5))
    import_records(vault, read_import(data), today=TODAY, source=source_digest(data))
    with pytest.raises(AlreadyImported) as caught:
        import_records(vault, read_import(data), today=TODAY, source=source_digest(data))
    assert f"already imported on {date.today().isoformat()}" in str(caught.value)
    assert "nothing was saved" in str(caught.value)
    assert queries.count_sessions(vault) == 5
    other = jsonl(lines(6))  # another file is not refused
    import_records(vault, read_import(other), today=TODAY, source=source_digest(other))
    assert queries.count_sessions(vault) == 11
    import_records(vault, read_import(data), today=TODAY, source=source_digest(data), again=True)
    assert queries.count_sessions(vault) == 16
    with vault._uow(readonly=True) as uow:  # the audit log holds a keyed hash, not the file's hash
        details = " ".join(a.detail for a in uow.audit.recent(50, action="import"))
    assert source_digest(data) not in details and "file=" in details


def test_a_line_that_is_not_utf8_is_refused_by_line_and_the_rest_saved(vault: Any) -> None:
    data = jsonl(lines(3)).replace(b"Probe1", b"Pr\xffobe1")  # line 3: the client c1
    with pytest.raises(ImportFileError, match="line 3 holds a byte that is not UTF-8"):
        read_import(data)
    plan = import_records(vault, read_import(data, skip_invalid=True), skip_invalid=True, today=TODAY)
    assert [r.number for r in plan.refused] == [3, 4]  # the line, and the session naming its client
    assert "line 3" in plan.refused[0].describe() and "not UTF-8" in plan.refused[0].describe()
    assert plan.saved_count == 4


def test_a_line_that_is_not_json_is_skipped_with_skip_invalid(vault: Any) -> None:
    data = jsonl(lines(3)).replace(b'"Probe2"}', b'"Probe2"')  # line 5 loses its closing brace
    with pytest.raises(ImportFileError, match="Line 5 of the import file is not valid JSON"):
        read_import(data)
    plan = import_records(vault, read_import(data, skip_invalid=True), skip_invalid=True, today=TODAY)
    assert [r.number for r in plan.refused] == [5, 6]
    assert plan.saved_count == 4


def test_a_character_that_cannot_be_stored_is_a_refused_record_not_a_crash(vault: Any) -> None:
    records = lines(3)
    records[2]["last_name"] = "Probe\ud800"  # a lone surrogate (from a \\ud800 escape in the file)
    data = "\n".join(json.dumps(r) for r in records).encode()
    with pytest.raises(importing.ImportRefused, match=r"record 3 of 6 .*last_name"):
        import_records(vault, read_import(data), today=TODAY)
    plan = import_records(vault, read_import(data, skip_invalid=True), skip_invalid=True, today=TODAY)
    assert [(r.number, r.problems[0].field) for r in plan.refused] == [(3, "last_name"), (4, "client")]
    assert queries.count_sessions(vault) == 2


def _cli(data_dir: Path, *argv: str) -> int:
    args: argparse.Namespace = build_parser().parse_args(["--data-dir", str(data_dir), *argv])
    return run(args)


def test_stdin_is_capped_like_a_file(vault: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    monkeypatch.setenv("IQ_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(importing, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(jsonl(lines(40)))))
    assert _cli(data_dir, "add", "-") == 1
    assert "larger than" in capsys.readouterr().err
    assert queries.count_sessions(vault) == 0


def test_the_cli_says_already_imported_and_prints_no_ids(vault: Any, data_dir: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    monkeypatch.setenv("IQ_PASSPHRASE", PASSPHRASE)
    source = tmp_path / "records.jsonl"
    source.write_bytes(jsonl(lines(2)))
    assert _cli(data_dir, "add", str(source)) == 0
    assert len(capsys.readouterr().out.splitlines()) == 4
    assert _cli(data_dir, "add", str(source)) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "already imported on" in captured.err
    assert queries.count_sessions(vault) == 2
