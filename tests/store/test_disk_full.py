"""A full disk during an import (issue 9, item 1): what the user is told is what is on disk, and the
obvious retry never saves the records twice.

The disk is a real, small tmpfs mounted in a private user + mount namespace (``unshare -rm``), so
SQLite meets a real ENOSPC at whatever step the space runs out; skipped where namespaces are not
allowed. Levels of free space cover "fails before the commit", "commit fits but the WAL checkpoint
after it does not" and "everything fits".
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("disk_full_driver.py")
RECORDS = 1200  # 400 clients, 800 sessions: more than batch.CHECKPOINT_AFTER, so a checkpoint follows
SESSIONS = 800


def _namespaces_work() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt 2>/dev/null || "
                            "mount -t tmpfs -o size=64k tmpfs \"$0\"", "/tmp"],
                           capture_output=True, timeout=30)  # fmt: skip
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(not _namespaces_work(), reason="needs unshare -rm and tmpfs (Linux namespaces)")


@pytest.fixture(scope="module")
def import_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    lines = []
    for i in range(RECORDS // 3):
        lines += [
            {"type": "client", "id": f"c{i}", "first_name": "Testa", "last_name": f"Probe{i}", "notes": "x" * 400},
            {"type": "session", "client": f"c{i}", "date": "2024-03-01"},
            {"type": "session", "client": f"c{i}", "date": "2024-04-01", "kind": "follow_up"},
        ]
    path = tmp_path_factory.mktemp("import") / "records.jsonl"
    path.write_text("\n".join(json.dumps(d) for d in lines), encoding="utf-8")
    return path


def _run_at(tmp_path: Path, import_file: Path, free: int) -> dict[str, object]:
    mnt = tmp_path / "disk"
    mnt.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    script = 'mount -t tmpfs -o size=24m tmpfs "$1" && exec "$2" "$3" "$1" "$4" "$5"'
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, "sh", str(mnt), sys.executable, str(DRIVER), str(import_file),
         str(free)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("free_kib", [200, 700, 900, 1000, 1200, 1700, 3000, 8000])
def test_told_outcome_is_the_disk_outcome_and_a_retry_saves_nothing_twice(
    tmp_path: Path, import_file: Path, free_kib: int
) -> None:
    r = _run_at(tmp_path, import_file, free_kib * 1024)
    first: list[Any] = r["first"]  # type: ignore[assignment]
    retry: list[Any] = r["retry"]  # type: ignore[assignment]
    rc, printed, stderr = first
    assert "Unexpected error" not in stderr and "Traceback" not in stderr, stderr
    if rc == 0:  # told: saved -> every record is on disk and its id was printed
        assert printed == RECORDS and r["after_first"] == SESSIONS, r
        retry_rc, retry_printed, retry_err = retry
        assert retry_rc == 1 and retry_printed == 0 and "already imported on" in retry_err, r
        assert "nothing was saved" in retry_err
    else:  # told: not saved -> nothing is on disk, and the message says the disk is full
        assert printed == 0 and r["after_first"] == 0, r
        assert "No space left on the device" in stderr, stderr
        assert retry[0] == 0, r
    assert r["after_retry"] == SESSIONS, r  # never doubled
