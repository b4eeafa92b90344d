"""Issue 9, items 11 and 13: a killed backup's hidden temporary copy is removed at the next start; a full
backup destination says "No space left on <folder>" (a real tmpfs in a private mount namespace)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from iq_desktop.services import demo
from iq_desktop.services.vault import open_vault
from tests.conftest import PASSPHRASE, USER
from tests.store.test_disk_full import _namespaces_work

ROOT = Path(__file__).resolve().parents[2]


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


@pytest.mark.skipif(not _namespaces_work(), reason="needs unshare -rm and tmpfs (Linux namespaces)")
def test_a_full_backup_destination_says_no_space_left_on_it(vault: object, data_dir: Path, tmp_path: Path) -> None:
    demo.create_demo_data(vault, 300, seed=1)  # type: ignore[arg-type]
    vault.lock()  # type: ignore[attr-defined]
    dest = tmp_path / "usb"
    dest.mkdir()
    script = (
        'mount -t tmpfs -o size=96k tmpfs "$1" && "$2" -m iq_desktop --data-dir "$3" backup --out "$1/iq.backup"; '
        'echo "rc=$?"; ls -A "$1"'
    )
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", str(dest), sys.executable, str(data_dir)],
                          capture_output=True, text=True, env=_env(), cwd=ROOT, timeout=120)  # fmt: skip
    assert "rc=1" in done.stdout, done.stdout + done.stderr
    assert f"No space left on {dest}" in done.stderr and "Unexpected" not in done.stderr, done.stderr
    assert done.stdout.strip().splitlines() == ["rc=1"], "a temporary file was left on the destination"


def test_a_killed_backups_hidden_copy_is_removed_at_the_next_start(vault: object, data_dir: Path,
                                                                   tmp_path: Path) -> None:  # fmt: skip
    demo.create_demo_data(vault, 3000, seed=2)  # type: ignore[arg-type]
    vault.lock()  # type: ignore[attr-defined]
    dest = tmp_path / "backups"
    dest.mkdir()
    for _attempt in range(20):  # kill -9 while the hidden copy exists (retry if the backup was too quick)
        proc = subprocess.Popen([sys.executable, "-m", "iq_desktop", "--data-dir", str(data_dir), "backup", "--out",
                                 str(dest / "iq.backup")], env=_env(), cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        while proc.poll() is None and not any(p.name.startswith(".iq-backup-") for p in dest.iterdir()):
            time.sleep(0.001)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            break
        (dest / "iq.backup").unlink(missing_ok=True)
    else:
        pytest.fail("the backup always finished before it could be killed")
    assert any(p.name.startswith(".iq-backup-") for p in dest.iterdir())
    again = open_vault(data_dir, USER, PASSPHRASE)  # the next start
    again.lock()
    assert [p.name for p in dest.iterdir() if p.name.startswith(".")] == []
    assert not list(data_dir.glob("backup-in-progress-*"))
