"""Crash-safe file writes, the one copy: temp file in the same folder, fsync, rename, fsync of the folder.

After a crash (or kill -9, or a full disk) at any moment, the target holds either its complete old
content (or does not exist) or the complete new content, never a mix; the temp file is removed on
every error this process sees. Temp files are created 0600 (they may hold personal data in clear) and
named ``.<target name>.<random><suffix>`` so :func:`remove_stale_temp_files` can find crash leftovers.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

__all__ = [
    "atomic_create",
    "atomic_replace",
    "atomic_writer",
    "fsync_dir",
    "remove_stale_temp_files",
]

STALE_TEMP_AGE_S = 60.0

#: errors of file systems that cannot fsync a folder (some network shares, FUSE): the rename is done
_NO_DIR_FSYNC = {errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP}


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (no-op where folders cannot be opened, e.g. Windows)."""
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _NO_DIR_FSYNC:
            raise
    finally:
        os.close(fd)


def _link_or_rename(tmp: Path, path: Path) -> None:
    """Put ``tmp`` at ``path`` unless ``path`` exists (FileExistsError). A hard link where the file
    system has them (race-free); otherwise a check, then a rename."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except OSError:  # no hard links here (FAT, some network shares)
        if path.exists():
            raise FileExistsError(path) from None
        os.replace(tmp, path)


@contextlib.contextmanager
def atomic_writer(path: Path, *, overwrite: bool = True, suffix: str = ".tmp") -> Iterator[IO[bytes]]:
    """Yield a binary file on a new 0600 temp file beside ``path``. When the ``with`` block ends
    without an error, the temp file is flushed, fsynced and renamed onto ``path``, and the folder is
    fsynced. On any error (also in the block) the temp file is deleted and ``path`` left as it was.

    ``overwrite=False`` refuses (FileExistsError) if ``path`` exists, also if it appeared meanwhile.
    """
    path = Path(path)
    if not overwrite and path.exists():
        raise FileExistsError(path)
    fd, tmp_name = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=suffix, dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if overwrite:
            os.replace(tmp, path)
        else:
            _link_or_rename(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    if not overwrite:  # after a hard link, the temp name still points at the file
        with contextlib.suppress(OSError):
            tmp.unlink()
    fsync_dir(path.parent)


def atomic_replace(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that after a crash at any moment, ``path`` holds either the
    complete old or the complete new content."""
    with atomic_writer(path) as fh:
        fh.write(data)


def atomic_create(path: Path, data: bytes) -> None:
    """Like :func:`atomic_replace` but fails with FileExistsError if ``path`` exists."""
    with atomic_writer(path, overwrite=False) as fh:
        fh.write(data)


def remove_stale_temp_files(path: Path) -> None:
    """Delete temp files left beside ``path`` by a crash (only ones older than a minute, so that a
    write in progress in another process is not disturbed)."""
    now = time.time()
    with contextlib.suppress(OSError):
        for tmp in path.parent.glob(glob.escape(_temp_prefix(path)) + "*.tmp"):
            with contextlib.suppress(OSError):
                if now - tmp.stat().st_mtime > STALE_TEMP_AGE_S:
                    tmp.unlink()
