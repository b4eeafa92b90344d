"""Documents from the command line (issue 11, item 3), through the real CLI in subprocesses: attach,
documents [--json], document-save, detach; the size limit; stderr never names the file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from iq_desktop.crypto import TEST_KDF
from iq_desktop.domain.records import Client
from iq_desktop.services import records as R
from iq_desktop.services.vault import create_vault
from tests.conftest import PASSPHRASE, USER

ROOT = Path(__file__).resolve().parents[3]
NAME = "CNRYcliName Zeugnis.pdf"


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "IQ_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-m", "iq_desktop", "--data-dir", str(data), "--user", USER, *args],
        capture_output=True, text=True, env=env, timeout=120, cwd=data.parent,
    )  # fmt: skip


@pytest.fixture
def client_id(data_dir: Path) -> str:
    vault, _ = create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    try:
        return R.save_client(vault, Client("Clara", "Kommandozeile")).id
    finally:
        vault.lock()


def test_attach_list_save_and_detach(data_dir: Path, client_id: str, tmp_path: Path) -> None:
    source = tmp_path / NAME
    source.write_bytes(b"%PDF-1.4 CNRYcliBytes")
    done = _cli(data_dir, "attach", client_id, str(source), "--kind", "certificate")
    assert done.returncode == 0, done.stderr
    doc_id = done.stdout.strip()
    assert len(doc_id) == 36 and "CNRY" not in done.stderr and "encrypted" in done.stderr

    listed = _cli(data_dir, "documents", client_id)
    assert listed.returncode == 0, listed.stderr
    row = listed.stdout.splitlines()[0].split("\t")
    assert row[0] == doc_id and row[1] == "certificate" and row[-1] == NAME
    assert "✔ certificate" in listed.stdout and "✘ transcript" in listed.stdout

    as_json = json.loads(_cli(data_dir, "documents", client_id, "--json").stdout)
    assert as_json["documents"][0]["file_name"] == NAME and as_json["documents"][0]["size"] == 21
    assert as_json["checklist"][0]["missing"] == ["transcript", "translation", "id"]

    out = tmp_path / "out" / "copy.pdf"
    out.parent.mkdir()
    saved = _cli(data_dir, "document-save", doc_id, "--out", str(out))
    assert saved.returncode == 0, saved.stderr
    assert out.read_bytes() == source.read_bytes() and (out.stat().st_mode & 0o777) == 0o600
    again = _cli(data_dir, "document-save", doc_id, "--out", str(out))
    assert again.returncode == 1 and "already exists" in again.stderr

    refused = _cli(data_dir, "detach", doc_id)  # no terminal to confirm in
    assert refused.returncode == 1 and "--yes" in refused.stderr
    gone = _cli(data_dir, "detach", doc_id, "--yes")
    assert gone.returncode == 0, gone.stderr
    assert _cli(data_dir, "documents", client_id, "--json").stdout.count(doc_id) == 0
    missing = _cli(data_dir, "document-save", doc_id, "--out", str(tmp_path / "x.pdf"))
    assert missing.returncode == 1 and "No document" in missing.stderr


def test_limits_and_wrong_input_are_one_line_refusals(data_dir: Path, client_id: str, tmp_path: Path) -> None:
    big = tmp_path / "big.pdf"
    with open(big, "wb") as fh:
        fh.truncate(25 * 1024 * 1024 + 1)
    too_big = _cli(data_dir, "attach", client_id, str(big), "--kind", "id")
    assert too_big.returncode == 1 and "larger than 25 MB" in too_big.stderr
    assert len(too_big.stderr.strip().splitlines()) == 1
    missing = _cli(data_dir, "attach", client_id, str(tmp_path / "nope.pdf"), "--kind", "id")
    assert missing.returncode == 1 and "not found" in missing.stderr
    bad_kind = _cli(data_dir, "attach", client_id, str(big), "--kind", "passport")
    assert bad_kind.returncode == 2
    small = tmp_path / "small.pdf"
    small.write_bytes(b"%PDF-1.4")
    no_client = _cli(data_dir, "attach", "no-such-client", str(small), "--kind", "id")
    assert no_client.returncode == 1 and "No person" in no_client.stderr
    unknown = _cli(data_dir, "documents", "no-such-client")
    assert unknown.returncode == 1 and "No client" in unknown.stderr
