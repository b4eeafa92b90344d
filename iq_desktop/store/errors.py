"""Errors of the store. Messages never contain personal data, SQL parameters or tracebacks."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import cast

import sqlcipher3
from sqlalchemy import exc as sa_exc

from iq_desktop.domain.errors import IQError

__all__ = [
    "DiskProblem",
    "StoreError",
    "VaultBusy",
    "VaultDamaged",
    "VaultIOError",
    "VaultLocked",
    "io_code",
    "is_damage",
    "map_db_errors",
    "store_error",
]

DAMAGE_MESSAGE = (
    "The vault file is damaged or has been tampered with, so it cannot be read safely. "
    "Restore the latest backup (made with “iq-desktop backup”) and contact your coordinator."
)

#: SQLite primary result codes that mean "the bytes on disk are not what SQLCipher wrote".
_DAMAGE_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
_DAMAGE_WORDS = ("malformed", "not a database", "hmac", "corrupt")


class StoreError(IQError):
    """Base class of store errors; ``str(exc)`` is fit to show to the user."""


class VaultLocked(StoreError):
    """The vault was locked (the store closed) while something still wanted to use it."""

    def __init__(self, message: str = "The vault is locked; unlock it again.") -> None:
        super().__init__(message)


class VaultDamaged(StoreError):
    """SQLCipher's page HMAC failed or the file structure is broken: a damaged or tampered vault."""

    def __init__(self, message: str = DAMAGE_MESSAGE) -> None:
        super().__init__(message)


class DiskProblem(StoreError):
    """The disk is full, read-only or failing; nothing was half-saved (the vault's or another file)."""


class VaultIOError(DiskProblem):
    """The disk refused the vault file: full, read-only, unplugged, or the file cannot be opened."""

    MESSAGES = {
        13: "No space left on the device: the disk is full, so the vault could not be saved (nothing was "
        "half-saved). Free some space and try again.",
        8: "The vault file is read-only, so nothing can be saved. Check the folder's permissions.",
        14: "The vault file cannot be opened. Check that the data folder exists and is accessible.",
        10: "The disk reported an error while reading or writing the vault. Check the disk, then try again.",
    }

    def __init__(self, code: int) -> None:
        super().__init__(self.MESSAGES.get(code, self.MESSAGES[10]))
        self.code = code


class VaultBusy(StoreError):
    """Another program holds the vault locked for too long."""

    def __init__(
        self, message: str = "The vault is busy (another IQ Desktop window may be saving). Try again in a moment."
    ) -> None:
        super().__init__(message)


def _driver_error(exc: BaseException) -> BaseException | None:
    if isinstance(exc, sa_exc.DBAPIError):
        return cast("BaseException | None", exc.orig)
    if isinstance(exc, sqlcipher3.dbapi2.Error):
        return cast(BaseException, exc)
    return None


def is_damage(exc: BaseException) -> bool:
    orig = _driver_error(exc)
    if orig is None:
        return False
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _DAMAGE_CODES:
        return True
    return isinstance(orig, sqlcipher3.dbapi2.DatabaseError) and any(w in str(orig).lower() for w in _DAMAGE_WORDS)


#: SQLite's own texts of the disk problems, for driver paths that raise without the code (the backup API)
_IO_WORDS = (("disk is full", 13), ("readonly database", 8), ("unable to open", 14), ("disk i/o error", 10))


def io_code(exc: BaseException) -> int | None:
    """The SQLite primary code if ``exc`` is a disk problem (full, read-only, I/O, cannot open)."""
    orig = _driver_error(exc)
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in VaultIOError.MESSAGES:
        return code & 0xFF
    if isinstance(orig, sqlcipher3.dbapi2.OperationalError) and not isinstance(code, int):
        text = str(orig).lower()
        return next((c for words, c in _IO_WORDS if words in text), None)
    return None


def _is_busy(exc: BaseException) -> bool:
    orig = _driver_error(exc)
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in (5, 6):  # SQLITE_BUSY, SQLITE_LOCKED
        return True
    # some driver paths (e.g. the online backup API) raise without the extended code
    return isinstance(orig, sqlcipher3.dbapi2.OperationalError) and "locked" in str(orig).lower()


def store_error(exc: BaseException) -> StoreError | None:
    """The store's error of the same meaning for a driver error (damage, a busy lock, a disk problem), or
    None if ``exc`` is none of these. The ONE mapping of driver errors (units of work, raw connections,
    migrations, backups all use it)."""
    if isinstance(exc, StoreError):
        return exc
    if is_damage(exc):
        return VaultDamaged()
    if _is_busy(exc):
        return VaultBusy()
    code = io_code(exc)
    if code is not None:
        return VaultIOError(code)
    return None


@contextlib.contextmanager
def map_db_errors() -> Iterator[None]:
    """Translate driver errors that mean damage, a busy lock or a disk problem into store errors
    (:func:`store_error`), dropping the original from the chain so no SQL, parameters or page contents
    travel with it."""
    try:
        yield
    except (sa_exc.DBAPIError, sqlcipher3.dbapi2.Error) as exc:
        known = store_error(exc)
        if known is None:
            raise
        raise known from None
