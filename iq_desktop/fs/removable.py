"""Where the recovery-key PDF should go: removable media, not the laptop that holds the vault.

:func:`removable_media_dirs` lists mounted removable media (a USB stick): on Linux the folders under
``/media/$USER`` and ``/run/media/$USER`` (udisks), on macOS ``/Volumes/*`` except the start-up disk, on
Windows the drives that report ``DRIVE_REMOVABLE``. :func:`beside_vault` says whether a file would
sit on the same file system as the vault (then whoever takes the laptop gets the key with it).
"""

from __future__ import annotations

import contextlib
import getpass
import os
import string
import sys
from collections.abc import Iterable
from pathlib import Path

__all__ = ["beside_vault", "removable_media_dirs"]

_DRIVE_REMOVABLE = 2


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (a service account): no per-user mounts
        return ""


def _default_roots() -> list[Path]:
    if sys.platform == "darwin":
        return [Path("/Volumes")]
    user = _user()
    return [Path("/media") / user, Path("/run/media") / user] if user else []


def _windows_removable_drives() -> list[Path]:
    import ctypes

    drives: list[Path] = []
    with contextlib.suppress(OSError, AttributeError):
        kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined,unused-ignore]
        mask = kernel32.GetLogicalDrives()
        for i, letter in enumerate(string.ascii_uppercase):
            root = f"{letter}:\\"
            if mask >> i & 1 and kernel32.GetDriveTypeW(root) == _DRIVE_REMOVABLE:
                drives.append(Path(root))
    return drives


def removable_media_dirs(roots: Iterable[Path] | None = None, *, system: Path | None = Path("/")) -> list[Path]:
    """Writable folders of mounted removable media (first: the likeliest), or an empty list.
    ``roots``: where media are mounted (default: the platform's places, see the module docstring);
    a folder on the same file system as ``system`` is no medium (None: do not check)."""
    if roots is None and os.name == "nt":
        return [d for d in _windows_removable_drives() if os.access(d, os.W_OK)]
    found: list[Path] = []
    system_dev = _dev(system) if system is not None else None
    for root in _default_roots() if roots is None else roots:
        with contextlib.suppress(OSError):
            for entry in sorted(Path(root).iterdir()):
                if entry.is_dir() and os.access(entry, os.W_OK) and (system_dev is None or _dev(entry) != system_dev):
                    found.append(entry)
    return found


def _dev(path: Path) -> int | None:
    try:
        return path.stat().st_dev
    except OSError:
        return None


def beside_vault(target: Path, data_dir: Path) -> bool:
    """True if ``target`` (a file about to be written, or written) is on the same file system as the
    vault in ``data_dir``, or inside it."""
    target = Path(target)
    folder = target if target.is_dir() else target.parent
    with contextlib.suppress(OSError):
        if folder.resolve().is_relative_to(Path(data_dir).resolve()):
            return True
    while not folder.exists() and folder.parent != folder:  # a folder the dialog would create
        folder = folder.parent
    vault_dev = _dev(Path(data_dir))
    return vault_dev is not None and _dev(folder) == vault_dev
