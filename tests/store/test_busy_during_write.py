"""Issue 9 item 10: while another process holds a long write transaction on the real vault (a long
import), read-only commands and a backup to another folder either work (WAL lets readers through) or
say "busy, try again in a moment", and end by themselves: never "Unexpected error", never a hang.

The writer is a real second process holding a write transaction open on the SQLCipher vault; the
commands are the real ``iq-desktop`` CLI in their own processes. The timeout of ``subprocess.run`` is a
hang guard, not a timing assertion.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from iq_desktop.services import demo
from tests.conftest import PASSPHRASE, USER

ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import sys
from iq_desktop.services.vault import open_vault
vault = open_vault(sys.argv[1], sys.argv[2], sys.argv[3])
with vault._uow() as uow:  # a write transaction held open, as during a long import
    uow.audit.add(vault.user, "settings", detail="test")
    print("holding", flush=True)
    sys.stdin.readline()
vault.lock()
print("released", flush=True)
"""


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IQ_")}
    env.update(
        {
            "PYTHONPATH": str(ROOT),
            "IQ_PASSPHRASE": PASSPHRASE,
            "IQ_INSECURE_TEST_KDF": os.environ.get("IQ_INSECURE_TEST_KDF", ""),
        }
    )
    return env


@pytest.fixture
def writing(vault: object, data_dir: Path) -> Iterator[subprocess.Popen[str]]:
    demo.create_demo_data(vault, 200, seed=4)  # type: ignore[arg-type]
    vault.lock()  # type: ignore[attr-defined]
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir), USER, PASSPHRASE],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=_env(), cwd=ROOT,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
    yield proc
    assert proc.stdin is not None
    proc.stdin.write("\n")
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == "released"  # the writer finished its transaction
    proc.wait(timeout=60)


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "iq_desktop", "--data-dir", str(data_dir), "--user", USER, *args],
        capture_output=True, text=True, env=_env(), cwd=ROOT, timeout=120,
    )  # fmt: skip


def _works_or_busy(done: subprocess.CompletedProcess[str]) -> str:
    out = done.stdout + done.stderr
    assert "Unexpected" not in out and "Traceback" not in out, out
    if done.returncode == 0:
        return "worked"
    assert "busy" in done.stderr.lower() and "try again in a moment" in done.stderr.lower(), out
    return "busy"


@pytest.mark.parametrize("command", [["status"], ["list", "--type", "session"]], ids=["status", "list"])
def test_a_read_only_command_during_a_long_write(writing: object, data_dir: Path, command: list[str]) -> None:
    _works_or_busy(_cli(data_dir, *command))


def test_a_backup_to_another_folder_during_a_long_write(writing: object, data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "elsewhere" / "iq.backup"
    outcome = _works_or_busy(_cli(data_dir, "backup", "--out", str(out)))
    assert out.is_file() == (outcome == "worked")
    assert not [p for p in out.parent.glob(".*")] if out.parent.exists() else True  # no temp copy left
