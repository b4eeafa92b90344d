"""The server knows a laptop by a random or a coordinator-chosen label, never its host name
(issue 10, item 10): the real server, enrolled through the services and through the CLI."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

from iq_desktop.services import sync_service
from iq_desktop.services.vault import Vault
from tests.sync.conftest import PASSPHRASE, new_vault
from tests.sync.server import ROOT, ServerProcess


def _device_name(server: ServerProcess, device_id: str) -> str:
    rows = server.query("SELECT name FROM device WHERE device_id = ?", (device_id,))
    assert len(rows) == 1
    return str(rows[0][0])


def test_random_label_by_default(vault: Vault, server: ServerProcess) -> None:
    st = sync_service.enrol(vault, server.url, server.enrolment_code("site-1"))
    assert st.device_id
    name = _device_name(server, st.device_id)
    assert re.fullmatch(r"laptop-[2-9A-HJ-NP-Z]{6}", name), name
    assert socket.gethostname() not in name


def test_coordinator_label(vault: Vault, server: ServerProcess) -> None:
    st = sync_service.enrol(vault, server.url, server.enrolment_code("site-1"), label="  Beratung 2 <x>  ")
    assert st.device_id and _device_name(server, st.device_id) == "Beratung 2 x"


def test_cli_label(tmp_path: Path, server: ServerProcess) -> None:
    new_vault(tmp_path / "vault").lock()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "IQ_PASSPHRASE": PASSPHRASE}
    out = subprocess.run(
        [sys.executable, "-m", "iq_desktop", "--data-dir", str(tmp_path / "vault"), "--user", "coord", "enrol",
         "--server", server.url, "--code", server.enrolment_code("site-1"), "--label", "Laptop Raum 3"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    device_id = re.search(r"device ([0-9a-f-]{36})", out.stderr)
    assert device_id, out.stderr
    assert _device_name(server, device_id.group(1)) == "Laptop Raum 3"
