"""Users of the vault beyond the coordinator's own session: the first passphrase of their own (after a
coordinator added them or reset it), a reset with the recovery key, the list for the GUI and the CLI.

The rules (coordinators only, the last coordinator stays, nobody removes or demotes themselves, every
change audited) live in :class:`~iq_desktop.services.vault.Vault` and the key file; docs/security.md,
"Users".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from iq_desktop.crypto import KdfParams, KeyFile
from iq_desktop.services.errors import (
    PassphraseChangeRequired,
    UnknownUser,
    VaultMissing,
    WeakPassphrase,
    WrongPassphrase,
    translate_errors,
)
from iq_desktop.services.vault import Vault, _record_failure, open_vault
from iq_desktop.services.vault_files import db_path, keys_path, vault_exists
from iq_desktop.store import Store

__all__ = [
    "RECOVERY_ACTOR",
    "PassphraseChangeRequired",
    "UserRow",
    "change_passphrase_and_open",
    "reset_passphrase_with_recovery",
    "user_rows",
]

#: Who the audit log names when a passphrase was reset with the recovery key (no one is signed in).
RECOVERY_ACTOR = "(recovery key)"


@dataclass(frozen=True, slots=True)
class UserRow:
    """A user as the lists show them (no secret)."""

    user: str
    role: str
    must_change: bool
    is_you: bool


def user_rows(vault: Vault) -> list[UserRow]:
    """Every user with a key slot, sorted by name (case-insensitively)."""
    rows = [UserRow(s.user, s.role, s.must_change, s.user.casefold() == vault.user.casefold()) for s in vault.users()]
    return sorted(rows, key=lambda r: r.user.casefold())


def change_passphrase_and_open(data_dir: Path, user: str, old: str, new: str, *, kdf: KdfParams | None = None) -> Vault:
    """The user's own new passphrase (``old`` is the one a coordinator gave them), then the vault opens.
    Also works for a user without the flag (then it is an ordinary change). Audited."""
    data_dir = Path(data_dir)
    if not vault_exists(data_dir):
        raise VaultMissing(data_dir)
    with translate_errors():
        keyfile = KeyFile.load(keys_path(data_dir))
        forced = any(s.must_change for s in keyfile.users() if s.user.casefold() == user.strip().casefold())
        if forced and new == old:  # the coordinator would still know it
            raise WeakPassphrase(["Choose a passphrase other than the one you were given."])
        try:
            keyfile.change_passphrase(user, old, new, kdf=kdf)
        except (WrongPassphrase, UnknownUser):
            _record_failure(data_dir)
            raise
    vault = open_vault(data_dir, user, new)
    try:
        vault.audit("change_passphrase", detail="first passphrase of their own" if forced else "")
    except BaseException:
        vault.lock()
        raise
    return vault


def reset_passphrase_with_recovery(
    data_dir: Path, recovery_key: str, user: str, new: str, *, kdf: KdfParams | None = None
) -> None:
    """Set a new passphrase for ``user`` with the recovery key (no one needs to be signed in); the user
    must choose their own at the next unlock. Audited as done by :data:`RECOVERY_ACTOR`."""
    data_dir = Path(data_dir)
    if not vault_exists(data_dir):
        raise VaultMissing(data_dir)
    with translate_errors():
        keyfile = KeyFile.load(keys_path(data_dir))
        unlocked = keyfile.recover(recovery_key, user, new, kdf=kdf, must_change=True)
    try:
        with translate_errors():
            store = Store.open(db_path(data_dir), unlocked.key_buffer)
        try:
            with translate_errors(), store.uow() as uow:
                uow.audit.add(RECOVERY_ACTOR, "reset_passphrase", "user", unlocked.user, "with the recovery key")
        finally:
            store.close()
    finally:
        unlocked.wipe()
