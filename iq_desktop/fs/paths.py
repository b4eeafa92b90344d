"""The data folder: the one definition for the GUI and the CLI.

``--data-dir``, else ``$IQ_DATA_DIR``, else the platform's user data folder without an "app author"
level: ``%LOCALAPPDATA%\\iq-desktop`` on Windows, ``~/Library/Application Support/iq-desktop`` on
macOS, ``$XDG_DATA_HOME/iq-desktop`` (``~/.local/share/iq-desktop``) on Linux.

Until version 0.1 the GUI asked platformdirs with its default author, which on Windows is one level
deeper (``%LOCALAPPDATA%\\iq-desktop\\iq-desktop``); a vault found only there is still used, so no
vault is lost on upgrade.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

__all__ = ["APP_NAME", "DATA_DIR_ENV", "default_data_dir", "legacy_gui_data_dir", "platform_data_dir"]

APP_NAME = "iq-desktop"
DATA_DIR_ENV = "IQ_DATA_DIR"
#: the file that makes a folder a vault (= iq_desktop.store.DB_NAME; the store sits above this layer)
_VAULT_FILE = "vault.db"


def platform_data_dir() -> Path:
    """The platform's user data folder for the app (the folder the CLI has always used)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def legacy_gui_data_dir() -> Path:
    """Where the GUI looked before the GUI and the CLI shared :func:`default_data_dir` (differs from
    :func:`platform_data_dir` on Windows only)."""
    return Path(platformdirs.user_data_dir(APP_NAME))


def default_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The vault's folder: ``explicit`` (``--data-dir``), else ``$IQ_DATA_DIR``, else the platform's
    user data folder (or the GUI's old folder, if only that one holds a vault)."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    folder = platform_data_dir()
    legacy = legacy_gui_data_dir()
    if legacy != folder and not (folder / _VAULT_FILE).is_file() and (legacy / _VAULT_FILE).is_file():
        return legacy
    return folder
