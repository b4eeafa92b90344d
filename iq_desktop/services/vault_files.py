"""The files a vault is made of in its data folder: the encrypted database and the key file."""

from __future__ import annotations

from pathlib import Path

from iq_desktop import crypto
from iq_desktop.store import DB_NAME

__all__ = ["DB_NAME", "KEYS_NAME", "db_path", "keys_path", "vault_exists"]

KEYS_NAME = crypto.KEYFILE_NAME


def db_path(data_dir: Path) -> Path:
    return Path(data_dir) / DB_NAME


def keys_path(data_dir: Path) -> Path:
    return Path(data_dir) / KEYS_NAME


def vault_exists(data_dir: Path) -> bool:
    return db_path(data_dir).is_file()
