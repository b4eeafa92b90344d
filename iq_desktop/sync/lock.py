"""One sync at a time per vault: an OS file lock on ``<data_dir>/sync.lock``.

The lock belongs to the open file, so the operating system releases it when the process dies (even
with kill -9): a crashed sync never blocks the next one.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from iq_desktop.sync.errors import SyncError

LOCK_NAME = "sync.lock"


class SyncBusy(SyncError):
    def __init__(self) -> None:
        super().__init__("A sync of this vault is already running (in another window or program); try again later.")


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows CI only
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_UN)


@contextlib.contextmanager
def sync_lock(data_dir: Path) -> Iterator[None]:
    """Hold the vault's sync lock for the block, or raise :class:`SyncBusy` at once."""
    path = Path(data_dir) / LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if not _try_lock(fd):
            raise SyncBusy()
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


def is_locked(data_dir: Path) -> bool:
    try:
        with sync_lock(data_dir):
            return False
    except SyncBusy:
        return True
