"""``iq-desktop backup-auto`` and ``iq-desktop backups`` (issue 11, item 7), run as a real CLI in a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
PW = "correct horse battery staple 42"


def _cli(data: Path, *args: str, passphrase: str = PW) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IQ_")}
    env.update({"IQ_INSECURE_TEST_KDF": os.environ["IQ_INSECURE_TEST_KDF"], "IQ_PASSPHRASE": passphrase,
                "PYTHONPATH": str(ROOT)})  # fmt: skip
    return subprocess.run([sys.executable, "-m", "iq_desktop", "--data-dir", str(data), *args], capture_output=True,
                          text=True, env=env, timeout=120, stdin=subprocess.DEVNULL, cwd=ROOT)  # fmt: skip


@pytest.fixture
def data(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    assert _cli(d, "init", "--user", "anna").returncode == 0
    return d


def test_set_up_run_when_due_and_list(data: Path, tmp_path: Path) -> None:
    folder = tmp_path / "stick" / "backups"
    folder.parent.mkdir()
    done = _cli(data, "backup-auto", "--folder", str(folder), "--keep", "2")
    assert done.returncode == 0, done.stderr
    assert "on" in done.stderr and "keeping the last 2" in done.stderr

    shown = _cli(data, "backup-auto")
    assert shown.returncode == 0 and "Automatic backups: on" in shown.stdout and "Last backup: never" in shown.stdout
    assert "Reminder" in shown.stdout

    first = _cli(data, "backup-auto", "--run")
    assert first.returncode == 0 and "Wrote and verified the backup" in first.stderr, first.stderr
    again = _cli(data, "backup-auto", "--run")
    assert again.returncode == 0 and "No backup is due" in again.stderr
    for _ in range(2):
        assert _cli(data, "backup-auto", "--run", "--force").returncode == 0
    assert len(list(folder.glob("iq-backup-*.tar"))) == 2  # keeps the last 2

    listed = _cli(data, "backups", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [r["sequence"] for r in rows] == [3, 2]
    assert all(r["verified"] and r["this_vault"] and r["created_at"] for r in rows)

    (folder / "iq-backup-broken.tar").write_bytes(b"not a tar at all")
    table = _cli(data, "backups", "--folder", str(folder), passphrase="")  # no vault needed
    assert table.returncode == 0, table.stderr
    assert "NO (" in table.stdout and table.stdout.count(" yes ") == 2

    shown = _cli(data, "backup-auto")
    assert "Reminder" not in shown.stdout and "Last backup: never" not in shown.stdout


def test_a_missing_folder_fails_in_one_line_and_off_is_off(data: Path, tmp_path: Path) -> None:
    folder = tmp_path / "stick" / "backups"
    folder.parent.mkdir()
    assert _cli(data, "backup-auto", "--folder", str(folder)).returncode == 0
    shutil.rmtree(folder.parent)  # unplugged
    failed = _cli(data, "backup-auto", "--run")
    assert failed.returncode == 1
    assert failed.stderr.strip().count("\n") == 0 and "USB drive" in failed.stderr
    assert "Traceback" not in failed.stderr
    shown = _cli(data, "backup-auto")
    assert "failed: The backup folder is missing" in shown.stdout
    listed = _cli(data, "backups")
    assert listed.returncode == 1 and "cannot be read" in listed.stderr

    assert _cli(data, "backup-auto", "--off").returncode == 0
    off = _cli(data, "backup-auto", "--run")
    assert off.returncode == 0 and "off" in off.stderr


def test_usage_errors(data: Path) -> None:
    assert _cli(data, "backup-auto", "--on", "--off").returncode == 2
    refused = _cli(data, "backup-auto", "--force")
    assert refused.returncode == 1 and "--run" in refused.stderr
    on = _cli(data, "backup-auto", "--on")
    assert on.returncode == 1 and "folder first" in on.stderr
    assert _cli(data, "backups").returncode == 1


def test_a_plain_backup_counts_as_the_last_backup(data: Path, tmp_path: Path) -> None:
    """``iq-desktop backup --out`` is recorded like the GUI's manual backup: the reminder counts it."""
    assert "Last backup: never" in _cli(data, "backup-auto").stdout
    done = _cli(data, "backup", "--out", str(tmp_path / "mine.tar"))
    assert done.returncode == 0, done.stderr
    shown = _cli(data, "backup-auto")
    assert "Last backup: never" not in shown.stdout and "Reminder" not in shown.stdout, shown.stdout
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    failed = _cli(data, "backup", "--out", str(blocker / "sub" / "b.tar"))  # its folder cannot be made
    assert failed.returncode != 0 and "Traceback" not in failed.stderr
    assert "Last attempt (manual," in _cli(data, "backup-auto").stdout
