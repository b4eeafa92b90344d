"""Errors the user may see, for the GUI and the CLI: the names they catch, each defined once.

Every known error derives from :class:`~iq_desktop.domain.errors.IQError`; ``str(exc)`` is a friendly
message without personal data, fit for a dialog box or one line on stderr. A concept lives in the
lowest layer that raises it (a wrong passphrase in ``crypto``, a damaged vault in ``store``, an invalid
record in ``domain``) and is re-exported here, so the GUI and the CLI never import those layers. What
the services themselves refuse is a :class:`ServiceError`. Anything that is not an ``IQError`` is a bug.
How an error reads for the user is decided in :mod:`iq_desktop.services.messages`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from iq_desktop.crypto.errors import (
    CryptoError,
    InsecureKeyFile,
    KeyFileDamaged,
    NotAllowed,
    UnknownUser,
    UserExists,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from iq_desktop.domain.errors import IQError
from iq_desktop.domain.rules import ValidationError
from iq_desktop.store.errors import (
    DiskProblem,
    StoreError,
    VaultBusy,
    VaultDamaged,
    VaultIOError,
    VaultLocked,
    store_error,
)
from iq_desktop.sync.errors import SyncError

__all__ = [
    "CryptoError",
    "DiskProblem",
    "IQError",
    "InsecureKeyFile",
    "KeyFileDamaged",
    "NotAllowed",
    "NotFound",
    "PassphraseChangeRequired",
    "ServiceError",
    "StoreError",
    "SyncError",
    "UnknownUser",
    "UserExists",
    "ValidationError",
    "VaultBusy",
    "VaultDamaged",
    "VaultExists",
    "VaultIOError",
    "VaultLocked",
    "VaultMissing",
    "WeakPassphrase",
    "WrongPassphrase",
    "WrongRecoveryKey",
    "translate_errors",
]


class ServiceError(IQError):
    """Base class of what a use case refuses by itself (no vault, no such record, ...)."""


class VaultMissing(ServiceError):
    def __init__(self, data_dir: object = None) -> None:
        where = f" in {data_dir}" if data_dir is not None else ""
        super().__init__(f"There is no vault{where}. Create one first (iq-desktop init), or choose another folder.")


class VaultExists(ServiceError):
    def __init__(self, data_dir: object = None) -> None:
        where = f" in {data_dir}" if data_dir is not None else ""
        super().__init__(f"A vault already exists{where}; it was not touched.")


class NotFound(ServiceError):
    def __init__(self, what: str, record_id: str) -> None:
        super().__init__(f"No {what} with id {record_id} in this vault.")
        self.record_id = record_id


class PassphraseChangeRequired(ServiceError):
    """The passphrase was right, but it was set by a coordinator (a new user, a reset): the user must
    choose their own before the vault opens (``services.users.change_passphrase_and_open``)."""

    def __init__(self) -> None:
        super().__init__("You must choose a new passphrase first: iq-desktop change-passphrase")


def translate(exc: BaseException) -> IQError | None:
    """The known error for ``exc``: itself if it is one; for a driver error outside a unit of work or a
    file's ``OSError`` the store's error of the same meaning; None if it is not a known one (a bug)."""
    if isinstance(exc, IQError):
        return exc
    known = store_error(exc)
    if known is not None:
        return known
    if isinstance(exc, OSError):  # backup/restore files: no space, no permission, ...
        return DiskProblem(f"The file could not be written or read ({exc.strerror or type(exc).__name__}).")
    return None


@contextlib.contextmanager
def translate_errors() -> Iterator[None]:
    """Let known errors through; turn driver and file errors into known ones, cutting the chain (no SQL,
    parameters or paths travel with them); let everything else (a bug) through unchanged."""
    try:
        yield
    except IQError:
        raise
    except Exception as exc:
        known = translate(exc)
        if known is None:
            raise
        raise known from None
