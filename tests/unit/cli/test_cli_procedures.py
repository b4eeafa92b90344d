"""Recognition procedures on the command line, through the real CLI in subprocesses: ``add`` of a file
with procedures and an anonymous client, ``list --type procedure`` (lines and ``--json``), ``show ID``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from iq_desktop.crypto import TEST_KDF
from iq_desktop.services.vault import Vault, create_vault
from tests.conftest import PASSPHRASE, USER

ROOT = Path(__file__).resolve().parents[3]
COUNSELLOR, COUNSELLOR_PASS = "berater", "Zugspitze Brezel Fahrrad Laterne 77"
AUTHORITY = "Zqxamt fuer Anerkennung"


def _cli(data: Path, *args: str, user: str = USER, passphrase: str = PASSPHRASE) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "IQ_PASSPHRASE": passphrase}
    return subprocess.run(
        [sys.executable, "-m", "iq_desktop", "--data-dir", str(data), "--user", user, *args],
        capture_output=True, text=True, env=env, timeout=120, cwd=data.parent,
    )  # fmt: skip


@pytest.fixture
def data(data_dir: Path) -> Path:
    vault: Vault
    vault, _ = create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    try:
        vault.add_user(COUNSELLOR, "counsellor", COUNSELLOR_PASS, kdf=TEST_KDF)
    finally:
        vault.lock()
    return data_dir


def test_add_list_and_show_procedures(data: Path, tmp_path: Path) -> None:
    records = [
        {"type": "client", "id": "c1", "first_name": "Ada", "last_name": "Probe"},
        {"type": "client", "id": "a1", "anonymous": True},
        {"type": "procedure", "client": "c1", "occupation_code": "81302", "authority": AUTHORITY,
         "applied": "2024-02-01", "decision": "partial", "decided": "2024-06-03", "compensation": "aptitude_test"},
        {"type": "procedure", "client": "a1", "occupation_code": "27104", "applied": "2024-04-15"},
    ]  # fmt: skip
    f = tmp_path / "in.json"
    f.write_text(json.dumps(records), encoding="utf-8")
    added = _cli(data, "add", str(f))
    assert added.returncode == 0, added.stderr
    lines = [line.split("\t") for line in added.stdout.splitlines()]
    assert [(n, t) for n, t, _ in lines] == [("1", "client"), ("2", "client"), ("3", "procedure"), ("4", "procedure")]
    assert "Saved 4 of 4 records" in added.stderr and AUTHORITY not in added.stderr
    first_procedure, client_id = lines[2][2], lines[0][2]

    listed = _cli(data, "list", "--type", "procedure", user=COUNSELLOR, passphrase=COUNSELLOR_PASS)
    assert listed.returncode == 0, listed.stderr
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    assert len(rows) == 2 and {r[0] for r in rows} == {"procedure"}
    mine = next(r for r in rows if r[1] == first_procedure)
    assert mine[2:6] == ["81302", "applied 2024-02-01", "partial", "decided 2024-06-03"]
    assert mine[-1] == f"client {client_id}"
    assert AUTHORITY not in listed.stdout  # free text: not in the lines

    refused = _cli(data, "list", "--type", "procedure", "--json", user=COUNSELLOR, passphrase=COUNSELLOR_PASS)
    assert refused.returncode != 0 and "coordinator" in refused.stderr and AUTHORITY not in refused.stdout

    full = _cli(data, "list", "--type", "procedure", "--json")
    assert full.returncode == 0, full.stderr
    dumped = json.loads(full.stdout)
    assert {d["id"] for d in dumped} == {lines[2][2], lines[3][2]}
    assert next(d for d in dumped if d["id"] == first_procedure)["authority"] == AUTHORITY

    shown = _cli(data, "show", first_procedure, "--json")
    assert shown.returncode == 0, shown.stderr
    one = json.loads(shown.stdout)
    assert one["type"] == "procedure" and one["decision"] == "partial" and one["client"] == client_id
    assert one["created_at"] and one["updated_at"]
    text = _cli(data, "show", first_procedure)
    assert text.returncode == 0 and "aptitude_test" in text.stdout and "2024-06-03" in text.stdout

    missing = _cli(data, "show", "no-such-id")
    assert missing.returncode != 0 and "No record" in missing.stderr


def test_erasing_the_client_erases_the_procedures(data: Path, tmp_path: Path) -> None:
    records = [
        {"type": "client", "id": "c1", "first_name": "Ada", "last_name": "Probe"},
        {"type": "procedure", "client": "c1", "occupation_code": "81302", "authority": AUTHORITY},
    ]
    f = tmp_path / "in.json"
    f.write_text(json.dumps(records), encoding="utf-8")
    added = _cli(data, "add", str(f))
    client_id = added.stdout.splitlines()[0].split("\t")[2]
    assert _cli(data, "erase", client_id, "--yes").returncode == 0
    listed = _cli(data, "list", "--type", "procedure")
    assert listed.returncode == 0 and listed.stdout == ""
