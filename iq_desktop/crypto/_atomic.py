"""Crash-safe file replacement: temp file in the same directory, fsync, rename, fsync directory."""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
import time
from pathlib import Path

__all__ = ["atomic_create", "atomic_replace", "remove_stale_temp_files"]

STALE_TEMP_AGE_S = 60.0


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def _write_temp(path: Path, data: bytes) -> Path:
    """Write ``data`` to a new 0600 temp file beside ``path``; flushed and fsynced."""
    fd, tmp_name = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return tmp


def fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (no-op where directories cannot be opened, e.g. Windows)."""
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_replace(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that after a crash at any moment, ``path`` holds either the
    complete old or the complete new content."""
    tmp = _write_temp(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def atomic_create(path: Path, data: bytes) -> None:
    """Like :func:`atomic_replace` but fails with FileExistsError if ``path`` exists.

    Uses a hard link where the file system supports it (race-free); otherwise checks then renames.
    """
    if path.exists():
        raise FileExistsError(path)
    tmp = _write_temp(path, data)
    try:
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError:  # no hard links here (FAT, some network shares)
            if path.exists():
                raise FileExistsError(path) from None
            os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    fsync_dir(path.parent)


def remove_stale_temp_files(path: Path) -> None:
    """Delete temp files left beside ``path`` by a crash (only ones older than a minute, so that a
    write in progress in another process is not disturbed)."""
    now = time.time()
    with contextlib.suppress(OSError):
        for tmp in path.parent.glob(glob.escape(_temp_prefix(path)) + "*.tmp"):
            with contextlib.suppress(OSError):
                if now - tmp.stat().st_mtime > STALE_TEMP_AGE_S:
                    tmp.unlink()
