"""CLI commands about the vault and its users: ``init``, ``user add``, ``change-passphrase``, ``recover``."""

from __future__ import annotations

import argparse
import getpass

from iq_desktop.cli.common import (
    Refused,
    choose_user,
    data_dir,
    err,
    insecure_test_kdf,
    open_vault_from_args,
    out,
    secret,
)

RECOVERY_FRAME = """{line}
RECOVERY KEY (shown only this once):

    {key}

Write it down or print it now and keep it locked away, apart from this laptop.
With it a coordinator can open the vault when every passphrase is forgotten
(iq-desktop recover). Anyone who has it can read the vault. It is not stored
anywhere and will not be shown again.
{line}"""


def cmd_init(args: argparse.Namespace) -> int:
    from iq_desktop.services import vault as vs

    directory = data_dir(args)
    if vs.vault_exists(directory):
        raise Refused(f"A vault already exists in {directory}; it was left unchanged.")
    user = args.user or _default_user()
    passphrase = secret("IQ_PASSPHRASE", f"New passphrase for {user}: ", "passphrase", confirm=True)
    vault, recovery_key = vs.create_vault(directory, user, passphrase, kdf=insecure_test_kdf())
    vault.lock()
    out(RECOVERY_FRAME.format(line="=" * 72, key=recovery_key))
    err(f"Created the vault in {directory} with the coordinator “{user}”.")
    return 0


def _default_user() -> str:
    try:
        return getpass.getuser() or "coordinator"
    except Exception:
        return "coordinator"


def cmd_user_add(args: argparse.Namespace) -> int:
    with open_vault_from_args(args) as vault:
        if vault.role != "coordinator":
            raise Refused("Only a coordinator can add users; ask your coordinator.")
        new = secret("IQ_NEW_PASSPHRASE", f"Passphrase for the new user {args.name}: ", "new passphrase", confirm=True)
        vault.add_user(args.name, args.role, new)
    err(f"Added the {args.role} “{args.name}”.")
    return 0


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    from iq_desktop.services import vault as vs

    directory = data_dir(args)
    if not vs.vault_exists(directory):
        raise Refused(f"There is no vault in {directory}; nothing to change.")
    user = choose_user(args, directory)
    old = secret("IQ_PASSPHRASE", f"Current passphrase for {user}: ", "passphrase")
    vault = vs.open_vault(directory, user, old)  # a wrong passphrase stops here, before asking for the new one
    try:
        new = secret("IQ_NEW_PASSPHRASE", "New passphrase: ", "new passphrase", confirm=True)
        vault.change_passphrase(old, new)
    finally:
        vault.lock()
    err(f"Changed the passphrase of “{user}”.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from iq_desktop.services import vault as vs

    directory = data_dir(args)
    if not vs.vault_exists(directory):
        raise Refused(f"There is no vault in {directory}; nothing to recover.")
    if not args.user and not (directory / vs.KEYS_NAME).exists():
        raise Refused(
            "The key file is missing; give --user NAME: the recovery key rebuilds it with that user as the coordinator."
        )
    user = choose_user(args, directory)
    key = secret("IQ_RECOVERY_KEY", "Recovery key: ", "recovery key")
    from iq_desktop.services.keys import parse_recovery_key

    parse_recovery_key(key)  # a mistyped key is refused (saying where, if it can) before the new passphrase
    new = secret("IQ_NEW_PASSPHRASE", f"New passphrase for {user}: ", "new passphrase", confirm=True)
    vs.recover_vault(directory, key, user, new).lock()
    err(f"Set a new passphrase for “{user}” with the recovery key.")
    return 0
