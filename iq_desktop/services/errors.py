"""Errors the user may see. ``str(exc)`` is a friendly message without personal data, fit for a
dialog box or one line on stderr; no traceback, SQL or key material is attached (chains are cut)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator

from iq_desktop import crypto, store
from iq_desktop.domain.rules import Problem, ValidationError
from iq_desktop.store.migrations import NewerVault

__all__ = [
    "DiskProblem",
    "KeyFileDamaged",
    "KnownError",
    "NotAllowed",
    "NotFound",
    "UnknownUser",
    "UserExists",
    "ValidationFailed",
    "VaultBusy",
    "VaultDamaged",
    "VaultExists",
    "VaultLocked",
    "VaultMissing",
    "WeakPassphrase",
    "WrongPassphrase",
    "WrongRecoveryKey",
    "translate_errors",
]


class KnownError(Exception):
    """Base class: an expected problem with a message for the user (``str(e)``)."""


class WrongPassphrase(KnownError):
    pass


class UnknownUser(KnownError):
    pass


class UserExists(KnownError):
    pass


class WeakPassphrase(KnownError):
    def __init__(self, message: str, problems: Iterable[str] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)


class WrongRecoveryKey(KnownError):
    pass


class KeyFileDamaged(KnownError):
    pass


class VaultDamaged(KnownError):
    pass


class VaultBusy(KnownError):
    pass


class DiskProblem(KnownError):
    """The disk is full, read-only or failing; nothing was half-saved."""


class VaultLocked(KnownError):
    def __init__(self, message: str = "The vault is locked; unlock it again.") -> None:
        super().__init__(message)


class VaultMissing(KnownError):
    def __init__(self, data_dir: object = None) -> None:
        where = f" in {data_dir}" if data_dir is not None else ""
        super().__init__(f"There is no vault{where}. Create one first (iq-desktop init), or choose another folder.")


class VaultExists(KnownError):
    def __init__(self, data_dir: object = None) -> None:
        where = f" in {data_dir}" if data_dir is not None else ""
        super().__init__(f"A vault already exists{where}; it was not touched.")


class NotAllowed(KnownError):
    pass


class NotFound(KnownError):
    def __init__(self, what: str, record_id: str) -> None:
        super().__init__(f"No {what} with id {record_id} in this vault.")
        self.record_id = record_id


class ValidationFailed(KnownError):
    """A record is not valid; ``problems`` (domain :class:`Problem`) say where and why."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))

    def message(self, lang: str = "en") -> str:
        return "; ".join(p.message(lang) for p in self.problems)

    @classmethod
    def from_domain(cls, exc: ValidationError) -> ValidationFailed:
        return cls(exc.problems)


_CRYPTO: tuple[tuple[type[Exception], type[KnownError]], ...] = (
    (crypto.WrongPassphrase, WrongPassphrase),
    (crypto.UnknownUser, UnknownUser),
    (crypto.UserExists, UserExists),
    (crypto.NotAllowed, NotAllowed),
    (crypto.WrongRecoveryKey, WrongRecoveryKey),
    (crypto.KeyFileDamaged, KeyFileDamaged),
)


def translate(exc: BaseException) -> KnownError | None:
    """The :class:`KnownError` for a lower layer's exception, or None if it is not a known one."""
    if isinstance(exc, KnownError):
        return exc
    if isinstance(exc, ValidationError):
        return ValidationFailed(exc.problems)
    if isinstance(exc, crypto.WeakPassphrase):
        return WeakPassphrase(str(exc), exc.problems)
    for source, target in _CRYPTO:
        if isinstance(exc, source):
            return target(str(exc))
    if isinstance(exc, crypto.CryptoError):
        return KnownError(str(exc))
    if isinstance(exc, store.VaultDamaged):
        return VaultDamaged(str(exc))
    if isinstance(exc, store.VaultBusy):
        return VaultBusy(str(exc))
    if isinstance(exc, store.VaultIOError):
        return DiskProblem(str(exc))
    if isinstance(exc, store.StoreClosed):
        return VaultLocked(str(exc))
    if isinstance(exc, NewerVault | store.StoreError):
        return KnownError(str(exc))
    if store.errors.is_damage(exc):
        return VaultDamaged(store.errors.DAMAGE_MESSAGE)
    code = store.errors.io_code(exc)
    if code is not None:
        return DiskProblem(str(store.VaultIOError(code)))
    if isinstance(exc, OSError):  # backup/restore files: no space, no permission, ...
        return DiskProblem(f"The file could not be written or read ({exc.strerror or type(exc).__name__}).")
    return None


@contextlib.contextmanager
def translate_errors() -> Iterator[None]:
    try:
        yield
    except KnownError:
        raise
    except Exception as exc:
        known = translate(exc)
        if known is None:
            raise
        raise known from None
