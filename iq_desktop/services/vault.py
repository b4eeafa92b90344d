"""Opening, creating and locking the vault; users and passphrases; settings.

Every function raises only :class:`~iq_desktop.domain.errors.IQError` subclasses for expected problems
(wrong passphrase, damaged file, ...); their messages are safe to show and contain no personal data.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from iq_desktop import crypto
from iq_desktop.crypto import KdfParams, KeyFile, SlotInfo, Unlocked
from iq_desktop.crypto.kdf import CALIBRATION_TARGET_S
from iq_desktop.fs.atomic import atomic_replace
from iq_desktop.fs.private import make_private_dir, restrict
from iq_desktop.fs.secret_memory import release_freed_memory
from iq_desktop.services import contributions
from iq_desktop.services.backup import RESTORED_MARK, remove_leftovers, write_backup
from iq_desktop.services.errors import (
    IQError,
    KeyFileDamaged,
    NotAllowed,
    NotFound,
    PassphraseChangeRequired,
    ServiceError,
    UnknownUser,
    UserExists,
    ValidationError,
    VaultBusy,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultMissing,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
    translate_errors,
)
from iq_desktop.services.retention import auto_retention
from iq_desktop.services.vault_files import KEYS_NAME, vault_exists
from iq_desktop.services.vault_files import db_path as _db
from iq_desktop.services.vault_files import keys_path as _keys
from iq_desktop.store import Store, UnitOfWork
from iq_desktop.store.codec import utcnow

__all__ = [
    "KEYS_NAME",
    "IQError",
    "KeyFileDamaged",
    "NotAllowed",
    "NotFound",
    "PassphraseChangeRequired",
    "ServiceError",
    "SiteInfo",
    "SlotInfo",
    "UnknownUser",
    "UserExists",
    "ValidationError",
    "Vault",
    "VaultBusy",
    "VaultDamaged",
    "VaultExists",
    "VaultLocked",
    "VaultMissing",
    "WeakPassphrase",
    "WrongPassphrase",
    "WrongRecoveryKey",
    "create_vault",
    "list_users",
    "open_vault",
    "recover_vault",
    "vault_exists",
]

FAILURES_NAME = "unlock-failures.json"
#: Audit entries the vault was too busy to take when it locked (user, action, counts, time; no record
#: content): written with the next unlock.
PENDING_AUDIT_NAME = "audit-pending.json"
MAX_RECORDED_FAILURES = 1000
SITE_CACHE_S = 30.0
#: How long the bookkeeping writes around a command (the unlock, backup and lock audit entries, the
#: automatic retention) wait for another program's write, e.g. a long import. Still busy: they are
#: skipped or kept for later (docs/security.md, "Audit log"), and the command itself goes on reading.
HOUSEKEEPING_BUSY_S = 0.5

#: Settings with their defaults (all values are strings in the vault).
DEFAULT_SETTINGS: dict[str, str] = {
    "retention_months": "36",
    "auto_lock_minutes": "5",
    "language": "de",
}


@dataclass(frozen=True, slots=True)
class _PendingAudit:
    """An audit entry that could not be written yet because another program was writing."""

    user: str
    action: str
    detail: str
    at: datetime
    record_type: str | None = None
    record_id: str | None = None


@dataclass(frozen=True, slots=True)
class SiteInfo:
    site_id: str
    state: str
    network: str


def list_users(data_dir: Path) -> list[SlotInfo]:
    if not vault_exists(data_dir):
        raise VaultMissing(data_dir)
    with translate_errors():
        return KeyFile.load(_keys(data_dir)).users()


# --- failed unlocks: counted in a side file without personal data, audited on the next unlock ---


def _record_failure(data_dir: Path) -> None:
    path = Path(data_dir) / FAILURES_NAME
    try:
        times = json.loads(path.read_text("ascii")).get("times", [])
        if not isinstance(times, list):
            times = []
    except (OSError, ValueError, AttributeError):
        times = []
    times = [*times, utcnow().isoformat()][-MAX_RECORDED_FAILURES:]
    with contextlib.suppress(OSError):
        atomic_replace(path, json.dumps({"times": times}).encode("ascii"))


def _take_failures(data_dir: Path) -> list[datetime]:
    path = Path(data_dir) / FAILURES_NAME
    try:
        times = json.loads(path.read_text("ascii")).get("times", [])
    except (OSError, ValueError, AttributeError):
        return []
    out: list[datetime] = []
    for t in times if isinstance(times, list) else []:
        with contextlib.suppress(TypeError, ValueError):
            out.append(datetime.fromisoformat(t).astimezone(UTC))
    return out


def _clear_failures(data_dir: Path) -> None:
    with contextlib.suppress(OSError):
        (Path(data_dir) / FAILURES_NAME).unlink()
    with contextlib.suppress(OSError):
        (Path(data_dir) / PENDING_AUDIT_NAME).unlink()


def _write_entry(uow: UnitOfWork, entry: _PendingAudit) -> None:
    uow.audit.add(entry.user, entry.action, entry.record_type, entry.record_id, entry.detail, at=entry.at)


def _keep_for_next_unlock(data_dir: Path, entries: list[_PendingAudit]) -> None:
    kept = [*_take_kept(data_dir), *entries][-MAX_RECORDED_FAILURES:]
    rows = [
        {
            "user": e.user,
            "action": e.action,
            "detail": e.detail,
            "at": e.at.isoformat(),
            "record_type": e.record_type,
            "record_id": e.record_id,
        }
        for e in kept
    ]
    with contextlib.suppress(OSError):
        atomic_replace(Path(data_dir) / PENDING_AUDIT_NAME, json.dumps(rows).encode("utf-8"))


def _take_kept(data_dir: Path) -> list[_PendingAudit]:
    try:
        rows = json.loads((Path(data_dir) / PENDING_AUDIT_NAME).read_text("utf-8"))
    except (OSError, ValueError):
        return []
    out: list[_PendingAudit] = []
    for row in rows if isinstance(rows, list) else []:
        with contextlib.suppress(TypeError, ValueError, KeyError, AttributeError):
            at = datetime.fromisoformat(row["at"]).astimezone(UTC)
            rtype, rid = row.get("record_type"), row.get("record_id")
            out.append(
                _PendingAudit(
                    str(row["user"]),
                    str(row["action"]),
                    str(row.get("detail", "")),
                    at,
                    rtype if isinstance(rtype, str) else None,
                    rid if isinstance(rid, str) else None,
                )
            )
    return out


# --- the vault ---------------------------------------------------------------------------------


class Vault:
    """An unlocked vault. Thread-safe; the GUI, the CLI and the sync thread share one instance."""

    def __init__(self, data_dir: Path, store: Store, keyfile: KeyFile, unlocked: Unlocked) -> None:
        self.data_dir = Path(data_dir)
        self._store: Store | None = store
        self._keyfile = keyfile
        self._unlocked: Unlocked | None = unlocked
        self.user = unlocked.user
        self.role: str = unlocked.role
        self._site: SiteInfo | bool | None = False  # False: not read yet
        self._site_at = 0.0
        self._lock = threading.Lock()
        self._busy_s: float | None = None  # write transactions' busy wait; None: the store's (15 s)
        self._pending: list[_PendingAudit] = []  # written with the next write transaction, or at lock
        self._checkpoint_owed = False  # deleted data may still be in the WAL (a backup held a snapshot)

    def __repr__(self) -> str:
        return f"Vault({str(self.data_dir)!r}, user={self.user!r}, locked={self.locked})"

    # --- state -----------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self._store is None

    @property
    def is_coordinator(self) -> bool:
        return self.role == "coordinator"

    @property
    def store(self) -> Store:
        store = self._store
        if store is None:
            raise VaultLocked()
        return store

    @contextlib.contextmanager
    def _uow(self, *, readonly: bool = False, busy_timeout_s: float | None = None) -> Iterator[UnitOfWork]:
        """One transaction: commits at the end of the block, rolls back on an exception. A write
        transaction also writes the audit entries kept back while another program was writing.

        Plumbing for the services and sync (:class:`iq_desktop.sync.ports.SyncVault`) only: the GUI and
        the CLI call the services' use cases instead."""
        if readonly:
            with translate_errors(), self.store.uow(readonly=True) as uow:
                yield uow
            return
        busy_s = busy_timeout_s if busy_timeout_s is not None else self._busy_s
        with self._lock:
            pending, self._pending = self._pending, []
        try:
            with translate_errors(), self.store.uow(busy_timeout_s=busy_s) as uow:
                for entry in pending:
                    uow.audit.add(
                        entry.user, entry.action, entry.record_type, entry.record_id, entry.detail, at=entry.at
                    )
                yield uow
        except BaseException:
            with self._lock:
                self._pending[:0] = pending
            raise

    def audit_soon(
        self, action: str, detail: str = "", record_type: str | None = None, record_id: str | None = None
    ) -> bool:
        """Write a bookkeeping audit entry now, waiting at most :data:`HOUSEKEEPING_BUSY_S` for another
        program's write; if it is still writing, keep the entry for this vault's next write or its lock.
        True if it was written now."""
        with self._lock:
            self._pending.append(_PendingAudit(self.user, action, detail, utcnow(), record_type, record_id))
        try:
            with self._uow(busy_timeout_s=HOUSEKEEPING_BUSY_S):
                pass  # writes the kept entries
        except VaultBusy:
            return False
        return True

    def prepare_outbox(self, *, busy_timeout_s: float | None = None) -> int:
        """Queue the site's contributions that changed (:func:`contributions.refresh`); for sync."""
        with self._uow(busy_timeout_s=busy_timeout_s) as uow:
            return contributions.refresh(uow)

    def outbox_delivered(self) -> int:
        """Saved sessions whose contributions the server acknowledged show as sent; for sync."""
        with self._uow() as uow:
            return contributions.mark_delivered(uow)

    def lock(self) -> None:
        """Close the database (SQLCipher clears its copies of the key), overwrite the one key buffer
        with zeros, and hand freed heap pages back to the OS. Idempotent. What Python cannot clear:
        docs/security.md, "Memory after lock"."""
        with self._lock:
            store, self._store = self._store, None
            unlocked, self._unlocked = self._unlocked, None
            pending, self._pending = self._pending, []
        if store is not None:
            # Entries kept back mean another program was writing: wait only briefly again (best effort;
            # if it is still writing, they are lost, docs/security.md "Audit log").
            busy_s = HOUSEKEEPING_BUSY_S if pending else None
            entries = [*pending, _PendingAudit(self.user, "lock", "", utcnow())]
            try:
                with store.uow(busy_timeout_s=busy_s) as uow:
                    for entry in entries:
                        uow.audit.add(
                            entry.user, entry.action, entry.record_type, entry.record_id, entry.detail, at=entry.at
                        )
            except VaultBusy:
                if pending:  # still busy: the next unlock writes them (lock entries alone are not kept)
                    _keep_for_next_unlock(self.data_dir, entries)
            except Exception:  # noqa: S110 - locking must not fail on its audit entry
                pass
            store.close()
        if unlocked is not None:
            unlocked.wipe()
        if store is not None:  # no gc here: lock may run on a worker thread (the GUI collects itself)
            release_freed_memory(collect=False)

    close = lock

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    def _require_unlocked(self) -> Unlocked:
        unlocked = self._unlocked
        if unlocked is None or unlocked.wiped:
            raise VaultLocked()
        return unlocked

    def require_coordinator(self, what: str) -> None:
        if not self.is_coordinator:
            raise NotAllowed(f"Only a coordinator can {what}.")

    # --- users and passphrases -------------------------------------------------------------------

    def users(self) -> list[SlotInfo]:
        with translate_errors():
            return KeyFile.load(self._keyfile.path).users()

    def add_user(
        self, name: str, role: str, passphrase: str, *, kdf: KdfParams | None = None, must_change: bool = False
    ) -> None:
        """Add a user (coordinators only). ``must_change``: they choose their own passphrase at the first
        unlock (the GUI and the CLI ask for it; services.users)."""
        self.refuse_unless_coordinator("add users", "add_user", name)
        if role not in crypto.ROLES:
            raise ServiceError(f"Unknown role; use one of: {', '.join(crypto.ROLES)}.")
        with translate_errors():
            self._keyfile.add_user(self._require_unlocked(), name, role, passphrase, kdf=kdf, must_change=must_change)
        self.audit_soon("add_user", f"role={role}", "user", crypto.clean_user_name(name))  # the slot is written

    def remove_user(self, name: str) -> None:
        """Remove a user: their key slot is deleted, their name stays in the audit log (coordinators only;
        the last coordinator stays, nobody removes themselves)."""
        self.refuse_unless_coordinator("remove users", "remove_user", name)
        with translate_errors():
            target = self._slot(name)
            self._keyfile.remove_user(self._require_unlocked(), name)
        self.audit_soon("remove_user", f"role={target.role}", "user", target.user)

    def set_role(self, name: str, role: str) -> bool:
        """Change another user's role (coordinators only; the last coordinator is never demoted).
        False if the user had that role already (nothing written, nothing audited)."""
        self.refuse_unless_coordinator("change roles", "set_role", name)
        if role not in crypto.ROLES:
            raise ServiceError(f"Unknown role; use one of: {', '.join(crypto.ROLES)}.")
        with translate_errors():
            target = self._slot(name)
            changed = self._keyfile.set_role(self._require_unlocked(), name, role)
        if changed:
            self.audit_soon("set_role", f"{target.role}->{role}", "user", target.user)
        return changed

    def reset_passphrase(self, name: str, new: str, *, kdf: KdfParams | None = None) -> None:
        """Set a new passphrase for another user with this coordinator's unlocked key; they must choose
        their own at the next unlock."""
        self.refuse_unless_coordinator("reset passphrases", "reset_passphrase", name)
        with translate_errors():
            target = self._slot(name)
            self._keyfile.reset_passphrase(self._require_unlocked(), name, new, kdf=kdf)
        self.audit_soon("reset_passphrase", "", "user", target.user)

    def _slot(self, name: str) -> SlotInfo:
        key = crypto.clean_user_name(name).casefold()
        for slot in self.users():
            if slot.user.casefold() == key:
                return slot
        raise UnknownUser(name.strip())

    def refuse_unless_coordinator(self, what: str, action: str, name: str) -> None:
        """Refuse (and audit the refusal) unless this is a coordinator."""
        if not self.is_coordinator:
            with contextlib.suppress(IQError):
                self.audit("refused", "user", name.strip()[:64], f"{action}: not a coordinator")
            raise NotAllowed(f"Only a coordinator can {what}.")

    def change_passphrase(self, old: str, new: str) -> None:
        with translate_errors():
            self._keyfile.change_passphrase(self.user, old, new)
        self.audit_soon("change_passphrase")

    # --- settings --------------------------------------------------------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self._uow(readonly=True) as uow:
            value = uow.settings.get(key)
        return value if value is not None else DEFAULT_SETTINGS.get(key, default)

    def set_setting(self, key: str, value: str | None) -> None:
        self.set_settings({key: value})

    def set_settings(self, values: dict[str, str | None]) -> None:
        with self._uow() as uow:
            for key, value in values.items():
                uow.settings.set(key, value)
            uow.audit.add(self.user, "settings", detail=",".join(sorted(values)))
        self._site = False

    def settings(self) -> dict[str, str]:
        with self._uow(readonly=True) as uow:
            return {**DEFAULT_SETTINGS, **uow.settings.all()}

    @property
    def site(self) -> SiteInfo | None:
        """The enrolled site (``site_id``, ``state``, ``network`` settings), or None before enrolment."""
        cached, at = self._site, self._site_at
        if isinstance(cached, SiteInfo) and time.monotonic() - at < SITE_CACHE_S:
            return cached
        s = self.settings()  # re-read: enrolment may have written the settings through a uow
        site = SiteInfo(s["site_id"], s.get("state", ""), s.get("network", "")) if s.get("site_id") else None
        self._site, self._site_at = site, time.monotonic()
        return site

    def audit(
        self, action: str, record_type: str | None = None, record_id: str | None = None, detail: str = ""
    ) -> None:
        with self._uow() as uow:
            uow.audit.add(self.user, action, record_type, record_id, detail)

    # --- deleted data out of the WAL ---------------------------------------------------------------

    def checkpoint_deleted(self) -> bool:
        """After an erase, detach or purge: move the WAL into the database file and truncate it, so no page
        image of the deleted data stays in ``-wal``. If a reader (a backup copying on its own thread) holds
        an older snapshot past the wait, the checkpoint is owed and done again when that backup ends
        (:meth:`settle_checkpoint`) and at lock (closing the last connection checkpoints)."""
        ok = self.store.checkpoint()
        self._checkpoint_owed = not ok
        return ok

    def settle_checkpoint(self) -> None:
        """The owed checkpoint, once nothing holds an old snapshot any more (after a backup). Best effort:
        if it fails (another program reading), it stays owed; closing the vault does it at the latest."""
        if self._checkpoint_owed and self._store is not None:
            with contextlib.suppress(IQError):
                self.checkpoint_deleted()

    # --- backup ----------------------------------------------------------------------------------

    def backup(self, out_file: Path) -> Path:
        path = write_backup(self.store, self._require_unlocked().key_buffer, self.data_dir, Path(out_file))
        self.audit_soon("backup")  # the copy is a read: it works during another program's write
        return path


def _open_store(data_dir: Path, unlocked: Unlocked) -> Store:
    try:
        with translate_errors():
            return Store.open(_db(data_dir), unlocked.key_buffer)
    except BaseException:
        unlocked.wipe()
        raise


def _after_unlock(vault: Vault) -> bool:
    """Audit the unlock (and the failed ones before it, and the entries an earlier lock could not
    write). False if another program was writing for longer than the vault's busy wait: the unlock
    entry is kept for later, the others stay in their files for the next unlock."""
    failures = _take_failures(vault.data_dir)
    kept = _take_kept(vault.data_dir)
    at = utcnow()
    try:
        with vault._uow() as uow:
            for failed_at in failures:
                uow.audit.add("?", "failed_unlock", at=failed_at)
            for entry in kept:
                _write_entry(uow, entry)
            uow.audit.add(vault.user, "unlock", at=at)
    except VaultBusy:
        with vault._lock:
            vault._pending.append(_PendingAudit(vault.user, "unlock", "", at))
        return False
    _clear_failures(vault.data_dir)
    return True


def _after_restore(vault: Vault) -> None:
    """The first unlock after a restore (:data:`RESTORED_MARK`): the next sync compares with the server
    item by item before it sends (the server may hold newer revisions, or items this vault lacks)."""
    from iq_desktop.sync.outbox import RECONCILE_ITEMS

    mark = vault.data_dir / RESTORED_MARK
    if not mark.exists():
        return
    with vault._uow() as uow:
        uow.settings.set(RECONCILE_ITEMS, "1")
        uow.audit.add(vault.user, "restore", detail="reconcile at the next sync")
    with contextlib.suppress(OSError):
        mark.unlink()


def create_vault(data_dir: Path, user: str, passphrase: str, *, kdf: KdfParams | None = None) -> tuple[Vault, str]:
    """Create a vault with ``user`` as its first coordinator; returns it and the recovery key
    (show it once). :class:`VaultExists` if there is one already."""
    data_dir = Path(data_dir)
    if vault_exists(data_dir):
        raise VaultExists(data_dir)
    make_private_dir(data_dir)  # 0700; keys.json (fs.atomic) and vault.db (store) are created 0600
    keys = _keys(data_dir)
    if keys.exists():  # left over by a creation that crashed before the database was made
        os.replace(keys, keys.with_name(f"{KEYS_NAME}.orphaned-{int(time.time())}"))
    with translate_errors():
        keyfile, unlocked, recovery_key = KeyFile.create(keys, user, passphrase, kdf=kdf)
    try:
        with translate_errors():
            store = Store.create(_db(data_dir), unlocked.key_buffer)
    except BaseException:
        unlocked.wipe()
        with contextlib.suppress(OSError):
            keys.unlink()
        raise
    vault = Vault(data_dir, store, keyfile, unlocked)
    with vault._uow() as uow:
        uow.audit.add(vault.user, "create", detail="vault")
        uow.audit.add(vault.user, "unlock")
    return vault, recovery_key


def open_vault(data_dir: Path, user: str, passphrase: str, *, clock: Callable[[], float] = time.perf_counter) -> Vault:
    """Unlock ``user``'s slot and open the database. The unlock is timed with ``clock``: if it was
    faster than the calibration target (a first calibration under load settles at the floor), the
    slot is re-wrapped under stronger parameters and the audit log says so (docs/security.md)."""
    data_dir = Path(data_dir)
    if not vault_exists(data_dir):
        raise VaultMissing(data_dir)
    restrict(
        [data_dir, _keys(data_dir), data_dir / FAILURES_NAME, data_dir / PENDING_AUDIT_NAME]
    )  # owner only (folders of older versions)
    with translate_errors():
        keyfile = KeyFile.load(_keys(data_dir))
    try:
        with translate_errors():
            unlocked = keyfile.unlock(user, passphrase, recalibrate=CALIBRATION_TARGET_S, clock=clock)
    except (WrongPassphrase, UnknownUser):
        _record_failure(data_dir)
        raise
    if unlocked.must_change:  # set by a coordinator: the user's own passphrase first (services.users)
        unlocked.wipe()
        raise PassphraseChangeRequired()
    vault = Vault(data_dir, _open_store(data_dir, unlocked), keyfile, unlocked)
    with _locked_on_failure(vault):
        # Another program's long write (an import) must not block a read-only command or a backup: the
        # bookkeeping writes wait only HOUSEKEEPING_BUSY_S; the vault is not shared with threads yet.
        with _short_busy_wait(vault):
            free = _after_unlock(vault)
            if (stronger := keyfile.recalibrated) is not None:
                vault.audit_soon(
                    "recalibrate_kdf", detail=f"memory_kib={stronger.memory_kib},iterations={stronger.iterations}"
                )
        _after_restore(vault)  # waits as long as a save: the next sync must know about the restore
        remove_leftovers(data_dir)  # hidden copies of backups that were killed
        if free:  # busy: retention runs on a later unlock (it runs at most once a day anyway)
            with _short_busy_wait(vault), contextlib.suppress(VaultBusy):
                auto_retention(vault)
    return vault


@contextlib.contextmanager
def _short_busy_wait(vault: Vault) -> Iterator[None]:
    """Write transactions wait at most :data:`HOUSEKEEPING_BUSY_S` for another program's write (only
    while the vault is being opened: no other thread uses it yet)."""
    vault._busy_s = HOUSEKEEPING_BUSY_S
    try:
        yield
    finally:
        vault._busy_s = None


@contextlib.contextmanager
def _locked_on_failure(vault: Vault) -> Iterator[None]:
    """An open that fails half-way (a damaged page found by the first writes) locks again: no
    connection is left to close at some later garbage collection and the key does not stay in memory."""
    try:
        yield
    except BaseException:
        vault.lock()
        raise


def recover_vault(data_dir: Path, recovery_key: str, user: str, new_passphrase: str) -> Vault:
    """Set a new passphrase for ``user`` with the recovery key and open the vault. If the key file
    is lost, a new one is made from the recovery key alone (``user`` becomes its coordinator)."""
    data_dir = Path(data_dir)
    if not vault_exists(data_dir):
        raise VaultMissing(data_dir)
    keys = _keys(data_dir)
    rebuilt = False
    with translate_errors():
        if keys.exists():
            keyfile = KeyFile.load(keys)
            unlocked = keyfile.recover(recovery_key, user, new_passphrase)
        else:
            keyfile, unlocked = KeyFile.rebuild(keys, recovery_key, user, new_passphrase)
            rebuilt = True
    try:
        store = _open_store(data_dir, unlocked)
    except VaultDamaged:
        if rebuilt:  # the recovery key belongs to another vault: do not leave a wrong key file
            with contextlib.suppress(OSError):
                keys.unlink()
            raise WrongRecoveryKey("The recovery key does not belong to this vault.") from None
        raise
    vault = Vault(data_dir, store, keyfile, unlocked)
    with _locked_on_failure(vault):
        _after_unlock(vault)
        _after_restore(vault)
        vault.audit("recover", detail="rebuilt key file" if rebuilt else "")
    return vault


# --- the auto-lock setting (the one place it is stored: the vault) ---------------------------------------
AUTO_LOCK_KEY = "auto_lock_minutes"


def stored_auto_lock_minutes(vault: Vault) -> int | None:
    """The idle minutes before the app locks, as stored in the vault; None if none were ever stored
    (``get_setting`` would answer with the default instead)."""
    with vault._uow(readonly=True) as uow:
        value = uow.settings.get(AUTO_LOCK_KEY)
    try:
        return max(0, int(value)) if value not in (None, "") else None
    except ValueError:
        return None


def set_auto_lock_minutes(vault: Vault, minutes: int) -> None:
    vault.set_setting(AUTO_LOCK_KEY, str(int(minutes)))


def vault_schema_version() -> int:
    """The schema version of the vault this program writes (shown in "About IQ Desktop")."""
    from iq_desktop.store.migrations import SCHEMA_VERSION

    return SCHEMA_VERSION
