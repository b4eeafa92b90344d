"""Automatic backups (issue 11, item 7): due or not, keep the last N by the recorded order, clocks that
jump either way lose nothing, a missing folder / full disk / refused write is a result (never a crash),
recorded and audited; the reminder after a week."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from iq_desktop.services import auto_backup as ab
from iq_desktop.services.errors import NotAllowed, ServiceError

T0 = datetime(2026, 12, 4, 15, 30, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[3]


class Clock:
    def __init__(self, at: datetime = T0) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **kw: float) -> None:
        self.at += timedelta(**kw)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "stick" / "IQ-Desktop-Backups"


@pytest.fixture
def configured(vault: Any, folder: Path) -> Any:
    folder.parent.mkdir()
    ab.configure(vault, folder=folder, keep=3)
    return vault


def _series(folder: Path) -> list[int]:
    return sorted(f.seq for f in ab.list_backups(folder, None) if f.seq is not None)


def _audit(vault: Any) -> list[str]:
    with vault._uow(readonly=True) as uow:
        return [e.detail for e in uow.audit.recent(50, action="backup")]


def test_configure_creates_the_folder_and_switches_them_on(vault: Any, folder: Path) -> None:
    folder.parent.mkdir()
    assert ab.config(vault) == ab.Config(False, None, 7)
    cfg = ab.configure(vault, folder=folder)
    assert cfg == ab.Config(True, folder, 7) and folder.is_dir()
    assert ab.configure(vault, keep=2).keep == 2
    assert not ab.configure(vault, enabled=False).enabled
    with pytest.raises(ServiceError, match="between 1 and"):
        ab.configure(vault, keep=0)
    with pytest.raises(ServiceError, match="does not exist"):
        ab.configure(vault, folder=folder.parent / "no" / "such")


def test_a_counsellor_cannot_configure(vault: Any, folder: Path, data_dir: Path) -> None:
    from iq_desktop.crypto import TEST_KDF
    from iq_desktop.services.vault import open_vault

    vault.add_user("ben", "counsellor", "ben's own long passphrase 9", kdf=TEST_KDF)
    ben = open_vault(data_dir, "ben", "ben's own long passphrase 9")
    try:
        with pytest.raises(NotAllowed):
            ab.configure(ben, folder=folder)
    finally:
        ben.lock()


def test_due_then_not_due_then_due_a_day_later(configured: Any, folder: Path) -> None:
    clock = Clock()
    assert ab.is_due(configured, now=clock)
    first = ab.run_if_due(configured, now=clock)
    assert first.ok and first.reason == "done" and first.path is not None and first.path.parent == folder
    assert first.path.name.startswith("iq-backup-2026-12-04T1530Z-000001-")
    assert ab.verify_backup(first.path).ok
    assert not list(folder.glob(".*"))  # no temp files left
    clock.advance(hours=23)
    assert not ab.is_due(configured, now=clock)
    assert ab.run_if_due(configured, now=clock).reason == "not_due"
    clock.advance(hours=1)
    assert ab.run_if_due(configured, now=clock).ok
    assert _series(folder) == [1, 2]
    assert "auto result=ok seq=2 pruned=0" in _audit(configured)


def test_off_means_nothing_happens_but_back_up_now_still_works(configured: Any, folder: Path) -> None:
    ab.configure(configured, enabled=False)
    assert not ab.is_due(configured)
    assert ab.run_if_due(configured).reason == "off"
    assert ab.run_if_due(configured, force=True).ok
    assert _series(folder) == [1]


def test_keeps_the_last_n_by_sequence_and_never_touches_other_files(configured: Any, folder: Path) -> None:
    manual = folder / "iq-backup.tar"
    configured.backup(manual)
    foreign = folder / "iq-backup-2020-01-01T0000Z-000001-abcdef.tar"
    shutil.copy(manual, foreign)
    clock = Clock()
    for _ in range(6):
        assert ab.run_if_due(configured, now=clock).ok
        clock.advance(hours=25)
    assert _series(folder) == [1, 4, 5, 6]  # the other vault's 1, this vault's last three
    assert manual.exists() and foreign.exists()
    listed = ab.list_backups(folder, configured.get_setting(ab.TAG), verify=True)
    assert [f.seq for f in listed if f.ours] == [6, 5, 4]
    assert all(f.verified is not None and f.verified.ok for f in listed)


def test_clock_back_files_from_the_future_are_kept(configured: Any, folder: Path) -> None:
    """Backups dated 2030, the clock now says 2026: nothing is lost, at least N stay."""
    clock = Clock(datetime(2030, 6, 1, tzinfo=UTC))
    for _ in range(3):
        assert ab.run_if_due(configured, now=clock).ok
        clock.advance(hours=25)
    clock.at = T0  # back to 2026
    assert ab.is_due(configured, now=clock)  # the newest is "from the future": its age cannot be told
    result = ab.run_if_due(configured, now=clock)
    assert result.ok and result.pruned == ()
    assert _series(folder) == [1, 2, 3, 4]  # N+1: none of the 2030 backups was deleted
    clock.advance(hours=1)
    assert not ab.is_due(configured, now=clock)  # the newest by sequence is today's
    clock.advance(hours=24)
    assert ab.run_if_due(configured, now=clock).ok
    assert len(_series(folder)) >= 3 and 5 in _series(folder)


def test_clock_forward_then_back_prunes_by_order_only(configured: Any, folder: Path) -> None:
    clock = Clock()
    for _ in range(3):
        assert ab.run_if_due(configured, now=clock).ok
        clock.advance(hours=25)
    clock.at = datetime(2031, 1, 1, tzinfo=UTC)  # the clock jumps four years ahead
    result = ab.run_if_due(configured, now=clock)
    assert result.ok and len(result.pruned) == 1
    assert _series(folder) == [2, 3, 4]  # the oldest by sequence went, as on any day
    clock.at = T0 + timedelta(days=4)  # and back
    assert ab.run_if_due(configured, now=clock).ok  # seq 4 is "from the future": one backup now
    assert _series(folder) == [3, 4, 5]  # seq 4 (2031) kept


def test_a_missing_folder_is_a_result_recorded_and_audited_and_not_created(configured: Any, folder: Path) -> None:
    shutil.rmtree(folder.parent)  # the USB stick was pulled
    assert ab.is_due(configured)
    result = ab.run_if_due(configured)
    assert (result.attempted, result.ok, result.problem) == (True, False, ab.Problem.FOLDER_MISSING)
    assert "USB drive" in result.message
    assert not folder.exists()  # never written onto the laptop's own disk instead
    st = ab.status(configured)
    assert st.last is not None and not st.last.ok and st.last.problem == "folder_missing"
    assert "auto result=folder_missing" in _audit(configured)
    folder.mkdir(parents=True)  # plugged in again: the next hour's try works
    assert ab.run_if_due(configured).ok


def test_a_read_only_folder_is_a_permission_problem(
    configured: Any, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if os.name != "posix" or os.geteuid() == 0:  # root writes anywhere: the check itself says no
        monkeypatch.setattr(ab.os, "access", lambda *_a, **_k: False)
    folder.chmod(0o500)
    try:
        result = ab.run_if_due(configured)
    finally:
        folder.chmod(0o700)
    assert result.problem == ab.Problem.PERMISSION and not result.ok
    assert "permission" in result.message


def test_a_full_disk_keeps_the_older_backups(configured: Any, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock()
    assert ab.run_if_due(configured, now=clock).ok
    clock.advance(days=2)

    def full(*_a: object, **_k: object) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ab, "write_backup", full)
    result = ab.run_if_due(configured, now=clock)
    assert result.problem == ab.Problem.DISK_FULL and "full" in result.message
    assert _series(folder) == [1]


def test_a_backup_that_does_not_verify_is_removed_and_nothing_is_pruned(
    configured: Any, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock()
    ab.configure(configured, keep=1)
    assert ab.run_if_due(configured, now=clock).ok
    clock.advance(days=2)
    monkeypatch.setattr(ab, "verify_backup", lambda _p: ab.Verified(False, None, "broken"))
    result = ab.run_if_due(configured, now=clock)
    assert result.problem == ab.Problem.VERIFY_FAILED
    assert _series(folder) == [1]


def test_verify_finds_a_truncated_or_foreign_archive(configured: Any, folder: Path, tmp_path: Path) -> None:
    good = ab.run_if_due(configured).path
    assert good is not None
    data = good.read_bytes()
    cut = tmp_path / "cut.tar"
    cut.write_bytes(data[: len(data) // 2])
    assert not ab.verify_backup(cut).ok
    other = tmp_path / "other.tar"
    with tarfile.open(other, "w") as tar:
        tar.add(good, arcname="something")
    assert not ab.verify_backup(other).ok
    info = ab.verify_backup(good)
    assert info.ok and info.created_at is not None


def test_the_reminder_after_a_week_manual_backups_count(configured: Any, folder: Path, tmp_path: Path) -> None:
    clock = Clock()
    assert ab.status(configured, now=clock).remind  # never backed up
    assert ab.run_if_due(configured, now=clock).ok
    st = ab.status(configured, now=clock)
    assert not st.remind and st.last_ok_at == T0 and st.last is not None and st.last.kind == "auto"
    later = Clock(T0 + timedelta(days=8))
    assert ab.status(configured, now=later).remind
    ab.backup_now(configured, tmp_path / "manual.tar", now=later)
    st = ab.status(configured, now=later)
    assert not st.remind and st.last is not None and st.last.kind == "manual"
    assert ab.status(configured, now=Clock(T0 - timedelta(days=30))).remind  # a last backup "from the future"


def test_a_backup_made_elsewhere_counts_for_the_reminder(vault: Any, tmp_path: Path) -> None:
    vault.backup(tmp_path / "cli.tar")  # what ``iq-desktop backup --out`` does
    assert not ab.status(vault).remind


DISK_DRIVER = r"""
import sys, json
from pathlib import Path
from iq_desktop.crypto import TEST_KDF
from iq_desktop.services.vault import create_vault
from iq_desktop.services import auto_backup as ab
mnt, data = Path(sys.argv[1]), Path(sys.argv[2])
vault, _ = create_vault(data, "anna", "correct horse battery staple 42", kdf=TEST_KDF)
ab.configure(vault, folder=mnt / "backups")
r = ab.run_if_due(vault)
left = sorted(p.name for p in (mnt / "backups").iterdir())
print(json.dumps({"ok": r.ok, "problem": r.problem, "left": left, "last": ab.status(vault).last.problem}))
vault.lock()
"""


def _namespaces_work() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
                           capture_output=True, timeout=30)  # fmt: skip
    return probe.returncode == 0


@pytest.mark.skipif(not _namespaces_work(), reason="needs unshare -rm and tmpfs (Linux namespaces)")
def test_a_really_full_drive(tmp_path: Path) -> None:
    """A 96 KiB tmpfs as the backup drive (a private mount namespace): ENOSPC at whatever step."""
    mnt, data = tmp_path / "drive", tmp_path / "data"
    mnt.mkdir()
    script = 'mount -t tmpfs -o size=96k tmpfs "$1" && exec "$2" -c "$3" "$1" "$4"'
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", str(mnt), sys.executable, DISK_DRIVER,
                           str(data)], capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"ok": False, "problem": "disk_full", "left": [], "last": "disk_full"}
