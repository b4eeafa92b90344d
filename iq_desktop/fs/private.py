"""Owner-only files and folders: the vault's data folder 0700, its files 0600 (POSIX).

New files are *created* with the owner-only mode (no window in which another local user could open
them); files and folders made by earlier versions are narrowed with ``chmod`` when the vault is opened.
SQLite creates ``-wal`` and ``-shm`` with the mode of the database file, so a 0600 database gives 0600
side files. On Windows the modes mean little (the folder's ACL decides: the user's profile folder is
private by default), so everything here is a no-op there. See docs/security.md, "File permissions".
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable
from pathlib import Path

__all__ = [
    "PRIVATE_DIR_MODE",
    "PRIVATE_FILE_MODE",
    "create_private_file",
    "make_private_dir",
    "private_opener",
    "restrict",
]

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700

_POSIX = os.name == "posix"


def private_opener(path: str, flags: int) -> int:
    """``open(path, mode, opener=private_opener)``: a new file is created 0600 (whatever the umask)."""
    return os.open(path, flags, PRIVATE_FILE_MODE)


def create_private_file(path: Path) -> None:
    """Create the empty file ``path`` with mode 0600; FileExistsError if it exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    os.close(fd)


def make_private_dir(path: Path) -> None:
    """Make the folder ``path`` (and missing parents) and narrow it to 0700 if it is ours."""
    path = Path(path)
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    restrict([path])


def restrict(paths: Iterable[Path]) -> None:
    """Narrow each existing file to 0600 and each folder to 0700, if this user owns it (a folder
    shared on purpose by an administrator is left alone). Best effort: errors are ignored."""
    if not _POSIX:
        return
    uid = os.getuid()
    for path in paths:
        with contextlib.suppress(OSError):
            st = os.stat(path, follow_symlinks=False)
            if st.st_uid != uid or stat.S_ISLNK(st.st_mode):
                continue
            wanted = PRIVATE_DIR_MODE if stat.S_ISDIR(st.st_mode) else PRIVATE_FILE_MODE
            if stat.S_IMODE(st.st_mode) & ~wanted:
                os.chmod(path, stat.S_IMODE(st.st_mode) & wanted)
