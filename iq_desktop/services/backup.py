"""Backup copies: ONE tar file holding a consistent encrypted copy of ``vault.db`` and ``keys.json``.

The copy opens with the same passphrases and the recovery key after :func:`restore_backup`.
Nothing in the tar is in clear except its manifest (format, version, date: no personal data).

:func:`restore_backup` is the ONE restore (the CLI's ``iq-desktop restore``, the GUI's "Restore from
backup…"): it checks the backup opens with the given passphrase (a coordinator's) or the recovery key
before anything is replaced, keeps the replaced files beside it, and leaves a mark
(:data:`RESTORED_MARK`) so that the next unlock makes the next sync reconcile with the server item by
item (docs/sync.md, "Restore and reconcile").
"""

from __future__ import annotations

import contextlib
import errno
import glob
import io
import json
import os
import secrets
import shutil
import tarfile
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from iq_desktop.crypto import KeyFile
from iq_desktop.fs.atomic import atomic_replace, atomic_writer, fsync_dir
from iq_desktop.fs.private import private_opener
from iq_desktop.services.errors import (
    DiskProblem,
    NotAllowed,
    ServiceError,
    VaultExists,
    VaultIOError,
    translate_errors,
)
from iq_desktop.services.vault_files import DB_NAME, KEYS_NAME, vault_exists
from iq_desktop.store import Store
from iq_desktop.store.codec import utcnow
from iq_desktop.store.database import CopyCancelled

__all__ = [
    "RESTORED_MARK", "BackupDamaged", "BackupInfo", "Cancel", "CopyCancelled", "check_backup", "remove_leftovers",
    "restore_backup", "write_backup",
]  # fmt: skip

#: left in the data folder by a restore; the next unlock turns it into "reconcile at the next sync"
RESTORED_MARK = "restored-from-backup.json"

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


#: a note in the data folder per backup being written: where its hidden temporary folder is (a killed
#: backup's vault-sized copy is removed at the next start, :func:`remove_leftovers`)
_IN_PROGRESS = "backup-in-progress-"


def write_backup(
    store: Store,
    data_key: bytes | bytearray,
    data_dir: Path,
    out_file: Path,
    *,
    cancel: Cancel | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the backup to ``out_file`` (temp folder beside it + fsync + rename: never a half-written
    backup). A full destination is :class:`DiskProblem` naming the folder. The copy runs in steps through
    its own connection, so it may run on any thread beside the DB worker; ``cancel`` is asked between
    steps: True stops it (:class:`CopyCancelled`, nothing left behind), e.g. before the vault is locked.
    ``progress(percent)``: how far it is (the copy up to 60 %, writing the file the rest), on this thread."""
    out_file = Path(out_file).resolve()
    out_file.parent.mkdir(parents=True, exist_ok=True)
    try:
        return _write_backup(store, data_key, Path(data_dir), out_file, cancel, progress)
    except (VaultIOError, OSError) as exc:
        full = exc.code == 13 if isinstance(exc, VaultIOError) else exc.errno == errno.ENOSPC
        if not full:
            raise
        raise DiskProblem(
            f"No space left on {out_file.parent}: the backup was not written (nothing was changed). Free some space "
            "there, or choose another place."
        ) from None


def _write_backup(
    store: Store,
    data_key: bytes | bytearray,
    data_dir: Path,
    out_file: Path,
    cancel: Cancel | None,
    progress: Progress | None = None,
) -> Path:
    report = _Percent(progress)
    tmp = out_file.parent / f".iq-backup-{secrets.token_hex(6)}"
    note = data_dir / f"{_IN_PROGRESS}{os.getpid()}-{tmp.name}.json"
    # the note first: a kill at any moment after the folder exists leaves a note that finds it
    atomic_replace(note, json.dumps({"tmp": str(tmp), "out": out_file.name}).encode())
    try:
        tmp.mkdir(mode=0o700)
        copy = tmp / DB_NAME
        with translate_errors():
            store.copy_to(copy, data_key, cancel=cancel, progress=report.copied)
            schema = store.schema_version()
        keys = (data_dir / KEYS_NAME).read_bytes()
        manifest = {"format": FORMAT, "version": 1, "created_at": utcnow().isoformat(), "schema_version": schema}
        with (
            atomic_writer(out_file, suffix=".part") as fh,  # 0600, like every temp file of fs.atomic
            tarfile.open(fileobj=fh, mode="w", format=tarfile.PAX_FORMAT) as tar,
        ):
            _add_bytes(tar, MANIFEST, json.dumps(manifest).encode("ascii"))
            info = _private(tar.gettarinfo(copy, arcname=DB_NAME))
            with open(copy, "rb") as source:
                tar.addfile(info, _Cancellable(source, cancel, report.written, info.size))
            _add_bytes(tar, KEYS_NAME, keys)
        report.at(100)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        with contextlib.suppress(OSError):
            note.unlink()
    return out_file


Cancel = Callable[[], bool]
Progress = Callable[[int], None]
"""Told how far a backup is, in percent (0-100), each time it moves on."""

#: the share of a backup's time spent copying the database (the rest writes the backup file)
_COPY_PERCENT = 60


class _Percent:
    """Maps the copy's pages and the file's bytes to one percentage; tells ``progress`` when it changes."""

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress
        self._last = -1

    def at(self, percent: int) -> None:
        if self._progress is not None and percent != self._last:
            self._last = percent
            self._progress(percent)

    def copied(self, done: int, total: int) -> None:
        self.at(done * _COPY_PERCENT // max(total, 1))

    def written(self, done: int, total: int) -> None:
        self.at(_COPY_PERCENT + done * (99 - _COPY_PERCENT) // max(total, 1))


class _Cancellable:
    """A file read by ``tarfile`` that stops (:class:`CopyCancelled`) when ``cancel()`` says so and tells
    ``read(bytes so far, size)``."""

    def __init__(
        self, source: IO[bytes], cancel: Cancel | None, read: Callable[[int, int], None] | None = None, size: int = 0
    ) -> None:
        self._source = source
        self._cancel = cancel
        self._read = read
        self._size = size
        self._done = 0

    def read(self, size: int = -1) -> bytes:
        if self._cancel is not None and self._cancel():
            raise CopyCancelled()
        data = self._source.read(size)
        self._done += len(data)
        if self._read is not None:
            self._read(self._done, self._size)
        return data


def remove_leftovers(data_dir: Path) -> int:
    """At start: remove the hidden temporary copies (and ``.part`` files) of backups whose process is
    gone (killed, crashed); returns how many were removed."""
    removed = 0
    for note in Path(data_dir).glob(f"{_IN_PROGRESS}*.json"):
        try:
            pid = int(note.name[len(_IN_PROGRESS) :].split("-", 1)[0])
        except ValueError:
            continue
        if pid != os.getpid() and _alive(pid):
            continue
        try:
            info = json.loads(note.read_text())
            tmp, out_name = Path(str(info.get("tmp", ""))), str(info.get("out", ""))
        except (OSError, ValueError, AttributeError):
            tmp, out_name = Path(), ""
        if tmp.name.startswith(".iq-backup-") and tmp.is_dir():
            shutil.rmtree(tmp, ignore_errors=True)
            if out_name and "/" not in out_name and "\\" not in out_name:  # its half-written tar (fs.atomic's name)
                for part in tmp.parent.glob(glob.escape(f".{out_name}.") + "*.part"):
                    with contextlib.suppress(OSError):
                        part.unlink()
            removed += 1
        with contextlib.suppress(OSError):
            note.unlink()
    return removed


def _alive(pid: int) -> bool:
    if os.name == "nt":  # pragma: no cover - no cheap check: keep it until it is a day old
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _private(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.mode = 0o600
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


@dataclass(frozen=True, slots=True)
class BackupInfo:
    created_at: str  # ISO time the backup was written (by the clock of the laptop that wrote it)
    schema_version: int
    replaced: bool  # an existing vault was kept beside it as ``*.before-restore-<time>``


def _check_credentials(keys: Path, user: str | None, passphrase: str | None, recovery_key: str | None) -> None:
    """The backup's own key file must open with the passphrase (of a coordinator) or the recovery key."""
    with translate_errors():
        keyfile = KeyFile.load(keys)
        if recovery_key is not None:
            key = keyfile.unlock_with_recovery(recovery_key)
            del key
            return
        if user is None:
            users = keyfile.users()
            if len(users) != 1:
                raise ServiceError(f"The backup has {len(users)} users; say which one you are (--user NAME).")
            user = users[0].user
        unlocked = keyfile.unlock(user, passphrase or "")
        role = unlocked.role
        unlocked.wipe()
    if role != "coordinator":
        raise NotAllowed("Only a coordinator can restore a backup.")


def restore_backup(
    backup_file: Path,
    data_dir: Path,
    *,
    replace: bool = False,
    user: str | None = None,
    passphrase: str | None = None,
    recovery_key: str | None = None,
) -> BackupInfo:
    """Put a backup's vault into ``data_dir``. Refuses to overwrite an existing vault unless
    ``replace``; then the old files are kept beside it as ``*.before-restore-<time>``. With
    ``passphrase`` (``user``: a coordinator of the backup; may be left out if it has one user) or
    ``recovery_key`` the backup must open with it, else nothing is changed. After the restore the
    next unlock marks the vault for reconciliation with the server (:data:`RESTORED_MARK`)."""
    data_dir = Path(data_dir)
    if vault_exists(data_dir) and not replace:
        raise VaultExists(data_dir)
    tar = _open_tar(backup_file)
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    with tar, tempfile.TemporaryDirectory(prefix=".iq-restore-", dir=data_dir) as tmp:
        members, manifest = _manifest(tar, Path(tmp))
        with translate_errors():
            staged_db = _read(tar, members[DB_NAME], Path(tmp) / DB_NAME)
            staged_keys = _read(tar, members[KEYS_NAME], Path(tmp) / KEYS_NAME)
        if passphrase is not None or recovery_key is not None:
            _check_credentials(staged_keys, user, passphrase, recovery_key)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        replaced = False
        for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", KEYS_NAME):
            old = data_dir / name
            if old.exists():
                os.replace(old, data_dir / f"{name}.before-restore-{stamp}")
                replaced = True
        mark = {"restored_at": utcnow().isoformat(), "backup_created_at": str(manifest.get("created_at", ""))}
        atomic_replace(data_dir / RESTORED_MARK, json.dumps(mark).encode("ascii"))
        os.replace(staged_keys, data_dir / KEYS_NAME)
        os.replace(staged_db, data_dir / DB_NAME)
    fsync_dir(data_dir)
    schema = manifest.get("schema_version")
    return BackupInfo(str(manifest.get("created_at", "")), schema if isinstance(schema, int) else 0, replaced)


def check_backup(
    backup_file: Path,
    data_dir: Path,
    *,
    user: str | None = None,
    passphrase: str | None = None,
    recovery_key: str | None = None,
) -> BackupInfo:
    """Check, without changing anything, that ``backup_file`` is a backup that opens with the passphrase
    (of a coordinator) or the recovery key, as :func:`restore_backup` will (which checks again): the GUI
    asks this before it locks the open vault. Only the manifest and the key file are read (into a private
    temporary folder in ``data_dir``)."""
    data_dir = Path(data_dir)
    tar = _open_tar(backup_file)
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    with tar, tempfile.TemporaryDirectory(prefix=".iq-restore-", dir=data_dir) as tmp:
        members, manifest = _manifest(tar, Path(tmp))
        with translate_errors():
            keys = _read(tar, members[KEYS_NAME], Path(tmp) / KEYS_NAME)
        _check_credentials(keys, user, passphrase, recovery_key)
    schema = manifest.get("schema_version")
    return BackupInfo(str(manifest.get("created_at", "")), schema if isinstance(schema, int) else 0, False)


def _open_tar(backup_file: Path) -> tarfile.TarFile:
    try:
        return tarfile.open(backup_file, mode="r:")
    except FileNotFoundError:
        raise ServiceError(f"The backup file {backup_file} was not found.") from None
    except (tarfile.TarError, OSError):
        raise BackupDamaged("not a backup archive") from None


def _manifest(tar: tarfile.TarFile, tmp: Path) -> tuple[dict[str, tarfile.TarInfo], dict[str, object]]:
    """The backup's members by name and its manifest (:class:`BackupDamaged` if anything is missing)."""
    members = {m.name: m for m in tar.getmembers() if m.isfile()}
    for name in (MANIFEST, DB_NAME, KEYS_NAME):
        if name not in members or members[name].size > MAX_MEMBER:
            raise BackupDamaged(f"{name} is missing")
    try:
        manifest = json.loads(_read(tar, members[MANIFEST], tmp / MANIFEST).read_bytes())
    except ValueError:
        raise BackupDamaged("unreadable manifest") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupDamaged("unknown format")
    return members, manifest


def _read(tar: tarfile.TarFile, member: tarfile.TarInfo, dest: Path) -> Path:
    source = tar.extractfile(member)
    if source is None:
        raise BackupDamaged(f"{member.name} is unreadable")
    with source, open(dest, "wb", opener=private_opener) as out:  # 0600, like the vault's own files
        shutil.copyfileobj(source, out)
        out.flush()
        os.fsync(out.fileno())
    return dest
