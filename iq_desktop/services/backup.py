"""Backup copies: ONE tar file holding a consistent encrypted copy of ``vault.db`` and ``keys.json``.

The copy opens with the same passphrases and the recovery key after :func:`restore_backup`.
Nothing in the tar is in clear except its manifest (format, version, date: no personal data).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import tarfile
import tempfile
import time
from pathlib import Path

from iq_desktop.fs.atomic import atomic_writer, fsync_dir
from iq_desktop.services.errors import ServiceError, VaultExists, translate_errors
from iq_desktop.services.vault_files import DB_NAME, KEYS_NAME, vault_exists
from iq_desktop.store import Store
from iq_desktop.store.codec import utcnow

__all__ = ["BackupDamaged", "restore_backup", "write_backup"]

MANIFEST = "iq-desktop-backup.json"
FORMAT = "iq-desktop-backup"
MAX_MEMBER = 64 * 1024 * 1024 * 1024


class BackupDamaged(ServiceError):
    def __init__(self, why: str) -> None:
        super().__init__(f"The file is not a usable IQ Desktop backup ({why}).")


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(time.time())
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


def write_backup(store: Store, data_key: bytes, data_dir: Path, out_file: Path) -> Path:
    """Write the backup to ``out_file`` (temp file + fsync + rename: never a half-written backup)."""
    out_file = Path(out_file).resolve()
    out_file.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".iq-backup-", dir=out_file.parent) as tmp:
        copy = Path(tmp) / DB_NAME
        with translate_errors():
            store.copy_to(copy, data_key)
            schema = store.schema_version()
        keys = (Path(data_dir) / KEYS_NAME).read_bytes()
        manifest = {"format": FORMAT, "version": 1, "created_at": utcnow().isoformat(), "schema_version": schema}
        with (
            atomic_writer(out_file, suffix=".part") as fh,  # 0600, like every temp file of fs.atomic
            tarfile.open(fileobj=fh, mode="w", format=tarfile.PAX_FORMAT) as tar,
        ):
            _add_bytes(tar, MANIFEST, json.dumps(manifest).encode("ascii"))
            tar.add(copy, arcname=DB_NAME, filter=_private)
            _add_bytes(tar, KEYS_NAME, keys)
    return out_file


def _private(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.mode = 0o600
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def restore_backup(backup_file: Path, data_dir: Path, *, replace: bool = False) -> None:
    """Put a backup's vault into ``data_dir``. Refuses to overwrite an existing vault unless
    ``replace``; then the old files are kept beside it as ``*.before-restore-<time>``."""
    data_dir = Path(data_dir)
    if vault_exists(data_dir) and not replace:
        raise VaultExists(data_dir)
    try:
        tar = tarfile.open(backup_file, mode="r:")  # noqa: SIM115 - closed by the with below
    except FileNotFoundError:
        raise ServiceError(f"The backup file {backup_file} was not found.") from None
    except (tarfile.TarError, OSError):
        raise BackupDamaged("not a backup archive") from None
    data_dir.mkdir(parents=True, exist_ok=True)
    with tar, tempfile.TemporaryDirectory(prefix=".iq-restore-", dir=data_dir) as tmp:
        members = {m.name: m for m in tar.getmembers() if m.isfile()}
        for name in (MANIFEST, DB_NAME, KEYS_NAME):
            if name not in members or members[name].size > MAX_MEMBER:
                raise BackupDamaged(f"{name} is missing")
        try:
            manifest = json.loads(_read(tar, members[MANIFEST], Path(tmp) / MANIFEST).read_bytes())
        except ValueError:
            raise BackupDamaged("unreadable manifest") from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise BackupDamaged("unknown format")
        staged_db = _read(tar, members[DB_NAME], Path(tmp) / DB_NAME)
        staged_keys = _read(tar, members[KEYS_NAME], Path(tmp) / KEYS_NAME)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", KEYS_NAME):
            old = data_dir / name
            if old.exists():
                os.replace(old, data_dir / f"{name}.before-restore-{stamp}")
        os.replace(staged_keys, data_dir / KEYS_NAME)
        os.replace(staged_db, data_dir / DB_NAME)
    fsync_dir(data_dir)


def _read(tar: tarfile.TarFile, member: tarfile.TarInfo, dest: Path) -> Path:
    source = tar.extractfile(member)
    if source is None:
        raise BackupDamaged(f"{member.name} is unreadable")
    with source, open(dest, "wb") as out:
        shutil.copyfileobj(source, out)
        out.flush()
        os.fsync(out.fileno())
    return dest
