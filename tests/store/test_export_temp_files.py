"""An XLSX export writes nothing personal outside the folder chosen for it (issue 10, item 3).

openpyxl spools each sheet to a temporary file, by default in the system temp dir. A real CLI export
of a large synthetic vault is killed (SIGKILL) mid-way; then TMPDIR, /tmp and /var/tmp (every file
changed since the test started, the export's own folder excepted) hold no canary. A failed export
leaves neither the partial file nor the spool folder.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from iq_desktop.crypto import TEST_KDF
from iq_desktop.domain.records import Client, Record
from iq_desktop.services import exporting
from iq_desktop.services.batch import save_batch
from iq_desktop.services.vault import create_vault
from tests.conftest import PASSPHRASE, USER

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = 20_000
TEMP_DIRS = ("/tmp", "/var/tmp")


def _files_changed_since(roots: list[Path], since: float, skip: Path) -> Iterator[Path]:
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root, onerror=lambda e: None):
            here = Path(dirpath)
            if here == skip or skip in here.parents:
                dirnames[:] = []
                continue
            for name in filenames:
                path = here / name
                try:
                    st = path.lstat()
                except OSError:
                    continue
                if path.is_file() and not path.is_symlink() and st.st_mtime >= since and st.st_size < 1 << 30:
                    yield path


def _spooled(dirs: list[Path]) -> int:
    total = 0
    for d in dirs:
        for dirpath, _dirs, files in os.walk(d):
            for f in files:  # openpyxl's spool files ("openpyxl.*" before the fix), the .part file
                with contextlib.suppress(OSError):
                    total += (Path(dirpath) / f).stat().st_size
    return total


@pytest.mark.slow
def test_killed_xlsx_export_leaves_nothing_in_temp_dirs(tmp_path: Path) -> None:
    started = time.time() - 1
    token = secrets.token_hex(4)
    data = tmp_path / "data"
    vault, _ = create_vault(data, USER, PASSPHRASE, kdf=TEST_KDF)
    clients = [
        Client(f"CNRYfirst{token}{i:05d}", f"CNRYlast{token}{i:05d}", email=f"cnry{token}{i:05d}@example.org",
               notes=f"CNRYnotes{token}{i:05d} " + "x" * 200, birth_date=date(1980, 1 + i % 12, 1 + i % 28))
        for i in range(CLIENTS)
    ]  # fmt: skip
    save_batch(vault, clients=clients)
    vault.lock()
    del clients
    tmpdir = tmp_path / "tmpdir"
    tmpdir.mkdir()
    dest = tmp_path / "export"
    dest.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "IQ_PASSPHRASE": PASSPHRASE,
           "TMPDIR": str(tmpdir)}  # fmt: skip
    child = subprocess.Popen(
        [sys.executable, "-m", "iq_desktop", "--data-dir", str(data), "export", "--format", "xlsx",
         "--out", str(dest / "all.xlsx")],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=tmp_path,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while _spooled([dest, tmpdir]) < 2_000_000 and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert child.poll() is None, "the export finished before it could be killed: " + (
            child.stderr.read().decode() if child.stderr else ""
        )
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        child.wait()
    assert not (dest / "all.xlsx").exists()
    needles = [token.encode()]
    hits = [
        str(path)
        for path in _files_changed_since([tmpdir, *map(Path, TEMP_DIRS)], started, skip=dest)
        if any(n in _read(path) for n in needles)
    ]
    assert hits == []
    # what the kill left is in the export's own folder only: the partial file and the spool folder
    left = sorted(p.name for p in dest.iterdir())
    assert left and all(name.startswith(".") for name in left), left


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""


def test_failed_xlsx_export_leaves_nothing(tmp_path: Path) -> None:
    vault, _ = create_vault(tmp_path / "data", USER, PASSPHRASE, kdf=TEST_KDF)
    dest = tmp_path / "export"
    dest.mkdir()

    def records() -> Iterator[Record]:
        for i in range(100):
            yield Client(f"CNRYfirst{i:04d}Q", "CNRYlastQ")
        raise OSError(28, "No space left on device")

    try:
        with pytest.raises(OSError), exporting._work_dir(dest) as work:
            exporting.write_atomically(dest / "a.xlsx", lambda fh: exporting.write_xlsx(records(), fh, work_dir=work))
    finally:
        vault.lock()
    assert list(dest.iterdir()) == []
