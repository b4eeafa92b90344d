"""Automatic backups: daily while the vault is open, into a folder or on a removable drive the coordinator
chose, keeping the last N; the reminder when the last backup is older than a week.

The backup itself is :func:`iq_desktop.services.backup.write_backup` (temp folder in the destination,
fsync, rename: never a half-written backup). Here:

* **Where and how many** (vault settings, chosen by a coordinator: :func:`configure`):
  ``backup.auto`` ("1"/"0"), ``backup.folder``, ``backup.keep`` (default 7).
* **Names and order.** An automatic backup is ``iq-backup-<UTC date>T<HHMM>Z-<sequence>-<tag>.tar``,
  e.g. ``iq-backup-2026-12-04T1530Z-000012-7f3a9c.tar``. The sequence number is the recorded order (one
  more than the highest in the folder and the vault's ``backup.seq``); the tag (``backup.tag``, random)
  marks this vault's series, so that a drive shared by two laptops never loses the other's backups.
  Other files (a manual ``iq-backup.tar``, another vault's series) are listed, never deleted.
* **Due** (:func:`is_due`): no backup of the series in the folder, or the newest one (by sequence) is
  24 hours old or more, or it is dated in the future (the clock went back: its age cannot be told, so
  one backup is made now, and the newest by sequence is then dated by today's clock).
* **No clock is trusted blindly.** Pruning keeps the last N by sequence, after the new backup was
  verified (:func:`verify_backup`: the archive reads to its end, the manifest, the encrypted database and
  the key file are there). A backup dated in the future is never pruned: a clock that jumps can only make
  more backups stay, never fewer.
* **Failures** (the folder is missing, e.g. the USB stick is not plugged in; the disk is full; no
  permission) are a :class:`RunResult` with a :class:`Problem`, never an exception: the GUI shows them in
  the status bar and on the backup panel and tries again an hour later; each attempt is audited
  (``backup`` with ``auto result=...``; no path, no name).
* **The last backup** (automatic or manual): ``backup.last_at`` (UTC, ISO) and ``backup.last_result``
  (JSON: when, automatic or manual, ok or the problem). Manual backups written with
  :meth:`Vault.backup <iq_desktop.services.vault.Vault.backup>` elsewhere (``iq-desktop backup``) count
  too, through their audit entry. :func:`status` says whether to remind (older than :data:`REMIND_AFTER`).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import secrets
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from iq_desktop.fs.removable import removable_media_dirs
from iq_desktop.services.backup import FORMAT, MANIFEST, Cancel, CopyCancelled, Progress, write_backup
from iq_desktop.services.errors import IQError, ServiceError, VaultBusy
from iq_desktop.services.vault_files import DB_NAME, KEYS_NAME

if TYPE_CHECKING:
    from iq_desktop.services.vault import Vault

__all__ = [
    "DEFAULT_KEEP", "DUE_AFTER", "REMIND_AFTER", "BackupFile", "Config", "LastResult", "Problem", "RunResult",
    "Status", "backup_now", "config", "configure", "is_due", "list_backups", "problem_text", "run_if_due", "status",
    "suggested_folders", "verify_backup",
]  # fmt: skip

AUTO = "backup.auto"
FOLDER = "backup.folder"
KEEP = "backup.keep"
TAG = "backup.tag"
SEQ = "backup.seq"
LAST_AT = "backup.last_at"
LAST_RESULT = "backup.last_result"

DEFAULT_KEEP = 7
MAX_KEEP = 365
#: an automatic backup is made when the newest one is this old
DUE_AFTER = timedelta(hours=24)
#: the reminder shows when the last backup (automatic or manual) is older than this
REMIND_AFTER = timedelta(days=7)
#: a backup dated later than now + this is "from the future" (the clock went back, or its clock was ahead)
FUTURE_MARGIN = timedelta(hours=1)
#: how often the GUI checks whether a backup is due (and retries after a failure)
CHECK_EVERY = timedelta(hours=1)
#: the folder made on a removable drive chosen from :func:`suggested_folders`
DRIVE_FOLDER = "IQ-Desktop-Backups"
#: how long the bookkeeping after a backup waits for another program's write (services.vault's value)
_BUSY_S = 0.5

_NAME = re.compile(r"^iq-backup-(\d{4}-\d{2}-\d{2}T\d{4})Z-(\d{6,9})-([0-9a-f]{6})\.tar$")
_NAME_TIME = "%Y-%m-%dT%H%M"
_MAX_MANIFEST = 64 * 1024
_MAX_KEYS = 4 * 1024 * 1024
_PLAIN_SQLITE = b"SQLite format 3\x00"


def _utcnow() -> datetime:
    return datetime.now(UTC)


Clock = Callable[[], datetime]


class Problem(StrEnum):
    NOT_CONFIGURED = "not_configured"
    FOLDER_MISSING = "folder_missing"
    DISK_FULL = "disk_full"
    PERMISSION = "permission"
    WRITE_FAILED = "write_failed"
    VERIFY_FAILED = "verify_failed"


_PROBLEM_TEXTS: dict[Problem, str] = {
    Problem.NOT_CONFIGURED: "No backup folder is set (iq-desktop backup-auto --folder DIR, or Settings → Backup).",
    Problem.FOLDER_MISSING: "The backup folder is missing: is the USB drive plugged in? The next try is in an hour.",
    Problem.DISK_FULL: "The backup drive is full: the backup was not written. Free some space there, or lower "
    "the number of backups kept.",
    Problem.PERMISSION: "The backup folder cannot be written to (permission denied). Choose another folder.",
    Problem.WRITE_FAILED: "The backup could not be written to the backup folder. Check the drive, then try again.",
    Problem.VERIFY_FAILED: "The new backup did not verify and was removed; older backups were kept. Check the drive.",
}


def problem_text(problem: Problem | str) -> str:
    """The English words for a problem (the CLI's; the GUI has its own, translated)."""
    try:
        return _PROBLEM_TEXTS[Problem(problem)]
    except ValueError:
        return _PROBLEM_TEXTS[Problem.WRITE_FAILED]


# --- what is stored ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Config:
    enabled: bool
    folder: Path | None
    keep: int


@dataclass(frozen=True, slots=True)
class LastResult:
    at: datetime
    kind: str  # "auto" | "manual"
    ok: bool
    problem: str  # a Problem value, or "" when ok


@dataclass(frozen=True, slots=True)
class Status:
    config: Config
    last_ok_at: datetime | None  # the last successful backup, automatic or manual (by this laptop's clock)
    last: LastResult | None  # the last attempt's result (automatic or manual)
    remind: bool  # the last backup is older than REMIND_AFTER (or there is none, or it is dated in the future)


def _keep(value: str | None) -> int:
    try:
        n = int(value or DEFAULT_KEEP)
    except ValueError:
        return DEFAULT_KEEP
    return min(MAX_KEEP, max(1, n))


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _config_of(settings: dict[str, str]) -> Config:
    folder = settings.get(FOLDER) or ""
    return Config(settings.get(AUTO) == "1", Path(folder) if folder else None, _keep(settings.get(KEEP)))


def config(vault: Vault) -> Config:
    return _config_of(vault.settings())


def suggested_folders() -> list[Path]:
    """Where a backup folder is best made: on each mounted removable drive (first the likeliest)."""
    return [drive / DRIVE_FOLDER for drive in removable_media_dirs()]


def configure(
    vault: Vault, *, enabled: bool | None = None, folder: Path | None = None, keep: int | None = None
) -> Config:
    """Set the automatic backups (coordinators only). A new ``folder`` is created (its parent must exist)
    and must be writable; setting a folder switches the automatic backups on unless ``enabled`` says
    otherwise. Switching them on needs a folder."""
    vault.require_coordinator("set up automatic backups")
    values: dict[str, str | None] = {}
    current = config(vault)
    if folder is not None:
        folder = Path(folder).expanduser().absolute()
        if not folder.parent.is_dir():
            raise ServiceError(f"The folder {folder.parent} does not exist; choose an existing folder or drive.")
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
        except OSError:
            raise ServiceError(f"The folder {folder} cannot be created; choose another folder.") from None
        if not folder.is_dir() or not os.access(folder, os.W_OK):
            raise ServiceError(f"The folder {folder} cannot be written to; choose another folder.")
        values[FOLDER] = str(folder)
        if enabled is None:
            enabled = True
    if keep is not None:
        if not 1 <= keep <= MAX_KEEP:
            raise ServiceError(f"Keep between 1 and {MAX_KEEP} backups.")
        values[KEEP] = str(int(keep))
    if enabled is not None:
        if enabled and folder is None and current.folder is None:
            raise ServiceError("Choose a backup folder first (--folder DIR).")
        values[AUTO] = "1" if enabled else "0"
    if not vault.get_setting(TAG):
        values[TAG] = secrets.token_hex(3)
    if values:
        vault.set_settings(values)
    return config(vault)


# --- the files in the folder ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Verified:
    ok: bool
    created_at: datetime | None  # the manifest's time (the writing laptop's clock)
    problem: str  # why it does not verify ("" if it does)


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    seq: int | None  # the recorded order (automatic backups only)
    named_at: datetime | None  # the time in its name (automatic backups only)
    ours: bool  # this vault's series of automatic backups
    size: int
    verified: Verified | None = None  # with list_backups(verify=True)

    @property
    def name(self) -> str:
        return self.path.name


def backup_name(at: datetime, seq: int, tag: str) -> str:
    return f"iq-backup-{at.astimezone(UTC).strftime(_NAME_TIME)}Z-{seq:06d}-{tag}.tar"


def _parse_name(name: str, tag: str | None) -> tuple[int | None, datetime | None, bool]:
    m = _NAME.match(name)
    if m is None:
        return None, None, False
    try:
        at = datetime.strptime(m.group(1), _NAME_TIME).replace(tzinfo=UTC)
    except ValueError:
        at = None
    return int(m.group(2)), at, tag is not None and m.group(3) == tag


def list_backups(folder: Path, tag: str | None = None, *, verify: bool = False) -> list[BackupFile]:
    """The backups in ``folder`` (``iq-backup*.tar``): this vault's series (``tag``) first, newest by
    sequence first, then the others by name. Raises OSError if the folder cannot be read."""
    found: list[BackupFile] = []
    for entry in Path(folder).iterdir():
        if not (entry.name.startswith("iq-backup") and entry.name.endswith(".tar")):
            continue
        with contextlib.suppress(OSError):
            if not entry.is_file():
                continue
            seq, at, ours = _parse_name(entry.name, tag)
            found.append(BackupFile(entry, seq, at, ours, entry.stat().st_size,
                                    verify_backup(entry) if verify else None))  # fmt: skip
    ours_first = sorted((f for f in found if f.ours), key=lambda f: -(f.seq or 0))
    return ours_first + sorted((f for f in found if not f.ours), key=lambda f: f.name)


def verify_backup(path: Path) -> Verified:
    """Read the whole archive: it must end where it should, hold the manifest of an IQ Desktop backup,
    an encrypted (never plain SQLite) database and a key file. No key is needed (nothing is decrypted)."""
    seen: dict[str, bytes] = {}
    try:
        with tarfile.open(path, mode="r:") as tar:
            for member in tar:
                if not member.isfile():
                    continue
                source = tar.extractfile(member)
                if source is None:
                    return Verified(False, None, f"{member.name} is unreadable")
                with source:
                    head = source.read(
                        _MAX_MANIFEST if member.name == MANIFEST else _MAX_KEYS if member.name == KEYS_NAME else 16
                    )
                    while source.read(1 << 20):  # to the end: a truncated archive fails here
                        pass
                if member.name in (MANIFEST, DB_NAME, KEYS_NAME):
                    seen[member.name] = head if member.size else b""
    except (tarfile.TarError, OSError, EOFError):
        return Verified(False, None, "not a complete backup archive")
    for name in (MANIFEST, DB_NAME, KEYS_NAME):
        if not seen.get(name):
            return Verified(False, None, f"{name} is missing")
    try:
        manifest = json.loads(seen[MANIFEST])
        keys = json.loads(seen[KEYS_NAME])
    except ValueError:
        return Verified(False, None, "unreadable manifest or key file")
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        return Verified(False, None, "unknown format")
    if not isinstance(keys, dict):
        return Verified(False, None, "unreadable key file")
    if seen[DB_NAME].startswith(_PLAIN_SQLITE):
        return Verified(False, None, "the database is not encrypted")
    return Verified(True, _parse_time(manifest.get("created_at")), "")


def _series(folder: Path, tag: str) -> list[BackupFile]:
    return [f for f in list_backups(folder, tag) if f.ours and f.seq is not None]


def _due(series: list[BackupFile], now: datetime) -> bool:
    if not series:
        return True
    newest = series[0].named_at  # the newest by sequence, whatever its date
    if newest is None or newest > now + FUTURE_MARGIN:
        return True  # from the future: its age cannot be told
    return now - newest >= DUE_AFTER


def is_due(vault: Vault, *, now: Clock = _utcnow) -> bool:
    """Is an automatic backup due? (False when they are off; True when the folder cannot be read: the
    attempt then says why.)"""
    settings = vault.settings()
    cfg = _config_of(settings)
    if not cfg.enabled:
        return False
    if cfg.folder is None or not settings.get(TAG):
        return True
    try:
        return _due(_series(cfg.folder, settings[TAG]), now())
    except OSError:
        return True


# --- running one ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RunResult:
    attempted: bool  # False: off, or not due
    ok: bool
    problem: Problem | None = None
    path: Path | None = None
    pruned: tuple[str, ...] = ()  # names of the older backups removed
    reason: str = ""  # "off" | "not_due" | "done" | "failed"

    @property
    def message(self) -> str:
        """One English line (the CLI's)."""
        if self.reason == "off":
            return "Automatic backups are off (iq-desktop backup-auto --folder DIR switches them on)."
        if self.reason == "not_due":
            return "No backup is due: the newest automatic backup is less than 24 hours old."
        if self.ok and self.path is not None:
            pruned = f" Removed {len(self.pruned)} older backup(s)." if self.pruned else ""
            return f"Wrote and verified the backup {self.path}.{pruned}"
        return problem_text(self.problem or Problem.WRITE_FAILED)


def _classify(exc: BaseException, folder: Path) -> Problem:
    if not folder.is_dir():
        return Problem.FOLDER_MISSING  # unplugged while writing
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return Problem.DISK_FULL
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return Problem.PERMISSION
    if isinstance(exc, IQError) and ("No space left" in str(exc) or "disk is full" in str(exc)):
        return Problem.DISK_FULL
    if hasattr(os, "statvfs"):
        with contextlib.suppress(OSError):
            if os.statvfs(folder).f_bavail == 0:
                return Problem.DISK_FULL
    if not os.access(folder, os.W_OK):
        return Problem.PERMISSION
    return Problem.WRITE_FAILED


def _record(vault: Vault, kind: str, ok: bool, problem: Problem | None, at: datetime, *, seq: int | None = None,
            detail: str | None = None) -> None:  # fmt: skip
    """Keep the result in the settings (and audit it) with a short busy wait; still busy: audit later,
    the files in the folder stay the truth for what is due."""
    values: dict[str, str] = {
        LAST_RESULT: json.dumps({"at": at.isoformat(), "kind": kind, "ok": ok, "problem": problem or ""}),
    }
    if ok:
        values[LAST_AT] = at.isoformat()
    if seq is not None:
        values[SEQ] = str(seq)
    try:
        with vault._uow(busy_timeout_s=_BUSY_S) as uow:
            for key, value in values.items():
                uow.settings.set(key, value)
            if detail is not None:
                uow.audit.add(vault.user, "backup", detail=detail)
    except VaultBusy:
        if detail is not None:
            vault.audit_soon("backup", detail)


def run_if_due(
    vault: Vault,
    *,
    force: bool = False,
    now: Clock = _utcnow,
    cancel: Cancel | None = None,
    progress: Progress | None = None,
) -> RunResult:
    """Make an automatic backup if one is due (``force``: also if not, e.g. "Back up now"; also when they
    are off, if a folder is set), verify it, then prune the series to the last N. Never raises for a
    missing folder, a full disk or a refused write: the result says so (and it is recorded and audited).
    ``cancel`` (asked between the copy's steps; True: the vault is being locked) stops it with
    :class:`CopyCancelled`, nothing written or recorded. ``progress(percent)``: how far the writing is."""
    settings = vault.settings()
    cfg = _config_of(settings)
    if not cfg.enabled and not (force and cfg.folder is not None):
        return RunResult(False, False, reason="off")
    at = now()
    if cfg.folder is None:
        _record(vault, "auto", False, Problem.NOT_CONFIGURED, at, detail="auto result=not_configured")
        return RunResult(True, False, Problem.NOT_CONFIGURED, reason="failed")
    folder, tag = cfg.folder, settings.get(TAG) or ""
    if not tag:
        tag = secrets.token_hex(3)
        vault.set_settings({TAG: tag})
    try:
        series = _series(folder, tag)
    except OSError as exc:
        return _failed(vault, _classify(exc, folder), at)
    if not force and not _due(series, at):
        return RunResult(False, False, reason="not_due")
    if not os.access(folder, os.W_OK):
        return _failed(vault, Problem.PERMISSION, at)
    seq = max([f.seq or 0 for f in series] + [_int(settings.get(SEQ))]) + 1
    out = folder / backup_name(at, seq, tag)
    while out.exists():  # another program took this name in the same minute
        seq += 1
        out = folder / backup_name(at, seq, tag)
    try:
        try:
            write_backup(
                vault.store, vault._require_unlocked().key_buffer, vault.data_dir, out, cancel=cancel, progress=progress
            )
        finally:
            vault.settle_checkpoint()  # an erase during the copy could not empty the WAL: now it can
    except CopyCancelled:
        with contextlib.suppress(OSError):
            out.unlink()
        raise
    except (IQError, OSError) as exc:
        with contextlib.suppress(OSError):
            out.unlink()
        return _failed(vault, _classify(exc, folder), at, seq)
    if not verify_backup(out).ok:
        with contextlib.suppress(OSError):
            out.unlink()
        return _failed(vault, Problem.VERIFY_FAILED, at, seq)
    pruned = _prune(folder, tag, cfg.keep, at)
    _record(vault, "auto", True, None, at, seq=seq, detail=f"auto result=ok seq={seq} pruned={len(pruned)}")
    return RunResult(True, True, path=out, pruned=tuple(pruned), reason="done")


def _int(value: str | None) -> int:
    try:
        return max(0, int(value or 0))
    except ValueError:
        return 0


def _failed(vault: Vault, problem: Problem, at: datetime, seq: int | None = None) -> RunResult:
    _record(vault, "auto", False, problem, at, seq=seq, detail=f"auto result={problem.value}")
    return RunResult(True, False, problem, reason="failed")


def _prune(folder: Path, tag: str, keep: int, now: datetime) -> list[str]:
    """Remove the series' backups beyond the newest ``keep`` by sequence, except any dated in the future."""
    removed: list[str] = []
    try:
        series = _series(folder, tag)
    except OSError:
        return removed
    for old in series[keep:]:
        if old.named_at is None or old.named_at > now + FUTURE_MARGIN:
            continue  # never deleted because a clock jumped
        try:
            old.path.unlink()
        except OSError:
            continue
        removed.append(old.name)
    return removed


def backup_now(
    vault: Vault,
    out_file: Path,
    *,
    now: Clock = _utcnow,
    cancel: Cancel | None = None,
    progress: Progress | None = None,
) -> Path:
    """A manual backup to a file the user chose (as :meth:`Vault.backup`), recorded as the last backup;
    a failure is recorded too, then raised (not a cancel: :class:`CopyCancelled`, nothing recorded)."""
    try:
        try:
            path = write_backup(vault.store, vault._require_unlocked().key_buffer, vault.data_dir, Path(out_file),
                                cancel=cancel, progress=progress)  # fmt: skip
        finally:
            vault.settle_checkpoint()  # an erase during the copy could not empty the WAL: now it can
        vault.audit_soon("backup")  # as Vault.backup: the copy is a read, it works during another's write
    except CopyCancelled:
        raise
    except (IQError, OSError) as exc:
        problem = _classify(exc, Path(out_file).parent)
        _record(vault, "manual", False, problem, now(), detail=f"manual result={problem.value}")
        raise
    _record(vault, "manual", True, None, now())  # Vault.backup audited it
    return path


# --- the reminder --------------------------------------------------------------------------------------------


def _last_plain_backup(vault: Vault) -> datetime | None:
    """The newest backup written by :meth:`Vault.backup` (its audit entry has no detail), e.g. by
    ``iq-desktop backup``, which does not record ``backup.last_at``."""
    with vault._uow(readonly=True) as uow:
        for entry in uow.audit.recent(500, action="backup"):
            if not entry.detail:
                at = entry.at
                return at if at.tzinfo is not None else at.replace(tzinfo=UTC)
    return None


def status(vault: Vault, *, now: Clock = _utcnow) -> Status:
    settings = vault.settings()
    cfg = _config_of(settings)
    last: LastResult | None = None
    with contextlib.suppress(ValueError, TypeError, AttributeError):
        raw = json.loads(settings.get(LAST_RESULT) or "null")
        at = _parse_time(raw.get("at")) if isinstance(raw, dict) else None
        if isinstance(raw, dict) and at is not None:
            last = LastResult(at, str(raw.get("kind", "")), bool(raw.get("ok")), str(raw.get("problem", "")))
    times = [t for t in (_parse_time(settings.get(LAST_AT)), _last_plain_backup(vault)) if t is not None]
    last_ok = max(times) if times else None
    current = now()
    remind = last_ok is None or current - last_ok > REMIND_AFTER or last_ok > current + timedelta(days=1)
    return Status(cfg, last_ok, last, remind)
