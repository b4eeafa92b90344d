"""Exception types of :mod:`iq_desktop.crypto`.

Rule for every exception raised by this package: neither the message nor ``args`` ever contain a
passphrase, a recovery key or key material.  User names and file names may appear.
"""

from __future__ import annotations

from iq_desktop.domain.errors import IQError

__all__ = [
    "CryptoError",
    "InsecureKeyFile",
    "InvalidUserName",
    "KeyFileDamaged",
    "KeyFileExists",
    "KeyFileMissing",
    "KeyFileWriteError",
    "NotAllowed",
    "UnknownUser",
    "UnsupportedKeyFile",
    "UserExists",
    "WeakPassphrase",
    "WrongPassphrase",
    "WrongRecoveryKey",
]


class CryptoError(IQError):
    """Base class of all errors of the crypto package.  ``str(exc)`` is fit to show to the user."""


class WrongPassphrase(CryptoError):
    def __init__(self) -> None:
        super().__init__("The passphrase is not correct.")


class UnknownUser(CryptoError):
    def __init__(self, user: str) -> None:
        super().__init__(f"There is no user called “{user}” in this vault.")
        self.user = user


class UserExists(CryptoError):
    def __init__(self, user: str) -> None:
        super().__init__(f"A user called “{user}” already exists (user names ignore upper/lower case).")
        self.user = user


class InvalidUserName(CryptoError):
    """The user name is empty, too long, or otherwise unusable."""


class WeakPassphrase(CryptoError):
    """The new passphrase does not meet the policy; ``problems`` lists the reasons."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("The passphrase is not strong enough: " + " ".join(problems))
        self.problems = list(problems)


class NotAllowed(CryptoError):
    """The acting user's role does not permit the operation (like PermissionError).  Raised by the key
    file and, for the same reason, by the services (:mod:`iq_desktop.services.errors` re-exports it)."""


class KeyFileDamaged(CryptoError):
    """The key file cannot be read or is not a valid IQ Desktop key file."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(
            f"The key file “{name}” is damaged or unreadable ({reason}). "
            "Restore the key file from a backup, or open the vault with the recovery key."
        )
        self.reason = reason


class KeyFileMissing(KeyFileDamaged):
    def __init__(self, name: str) -> None:
        CryptoError.__init__(
            self,
            f"The key file “{name}” was not found. Restore it from a backup, or open the vault with the recovery key.",
        )
        self.reason = "missing"


class UnsupportedKeyFile(KeyFileDamaged):
    """The key file was written by a newer version of IQ Desktop."""

    def __init__(self, name: str, version: object) -> None:
        CryptoError.__init__(
            self,
            f"The key file “{name}” has format version {version!r}, which this version of IQ Desktop "
            "cannot read. Please update IQ Desktop.",
        )
        self.reason = "unsupported version"


class InsecureKeyFile(KeyFileDamaged):
    """A key slot uses the fast, insecure key derivation of the test suite (below the production
    minimum), and this is not the test suite: such a slot is never opened (docs/security.md)."""

    def __init__(self, name: str) -> None:
        CryptoError.__init__(
            self,
            f"The key file “{name}” uses the insecure key derivation meant for tests only; IQ Desktop does "
            "not open it. Set a new passphrase with the recovery key (iq-desktop recover), or restore a "
            "key file from a backup.",
        )
        self.reason = "test key derivation"


class KeyFileExists(CryptoError):
    def __init__(self, name: str) -> None:
        super().__init__(f"A key file “{name}” already exists; it was not overwritten.")


class KeyFileWriteError(CryptoError):
    """Saving the key file failed (disk full, no permission, ...).  The old file is unchanged."""


class WrongRecoveryKey(CryptoError):
    """The recovery key is mistyped (message says where, if it can) or belongs to another vault."""
