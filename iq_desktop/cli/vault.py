"""CLI commands about the vault and its users: ``init``, ``user add|list|remove|set-role|reset-passphrase``,
``change-passphrase``, ``recover``."""

from __future__ import annotations

import argparse
import getpass
import json

from iq_desktop.cli.common import (
    Refused,
    SubParsers,
    add_command,
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
        vault.add_user(args.name, args.role, new, must_change=True)
    err(f"Added the {args.role} “{args.name}”. They choose their own passphrase at the first unlock.")
    return 0


def register_user_commands(user: SubParsers) -> None:
    """``user list|remove|set-role|reset-passphrase`` (``user add`` is in the parser)."""
    p = add_command(user, "list", cmd_user_list, "list the users and their roles")
    p.add_argument("--json", action="store_true", help="as JSON")
    p = add_command(
        user, "remove", cmd_user_remove, "remove a user (coordinators only): their passphrase opens nothing any more"
    )
    p.add_argument("name")
    p = add_command(user, "set-role", cmd_user_set_role, "change a user's role (coordinators only)")
    p.add_argument("name")
    p.add_argument("role", choices=["counsellor", "coordinator"])
    p = add_command(
        user,
        "reset-passphrase",
        cmd_user_reset_passphrase,
        "set a new passphrase for a user who must change it at the next unlock (coordinators; new passphrase: "
        "IQ_NEW_PASSPHRASE_FILE, IQ_NEW_PASSPHRASE or a prompt)",
    )
    p.add_argument("name")
    p.add_argument(
        "--recovery-key",
        action="store_true",
        help="use the recovery key (IQ_RECOVERY_KEY_FILE, IQ_RECOVERY_KEY or a prompt) instead of your passphrase",
    )


def cmd_user_list(args: argparse.Namespace) -> int:
    from iq_desktop.services.users import user_rows

    with open_vault_from_args(args) as vault:
        rows = user_rows(vault)
    if args.json:
        doc = [{"user": r.user, "role": r.role, "must_change_passphrase": r.must_change} for r in rows]
        out(json.dumps(doc, ensure_ascii=False, indent=2))
        return 0
    width = max([len(r.user) for r in rows] + [4])
    for r in rows:
        flags = "  (must choose a new passphrase)" if r.must_change else ""
        out(f"{r.user:<{width}}  {r.role}{flags}")
    return 0


def cmd_user_remove(args: argparse.Namespace) -> int:
    with open_vault_from_args(args) as vault:
        vault.remove_user(args.name)
    name = args.name.strip()
    err(f"Removed the user “{name}”: their passphrase opens nothing any more (the audit log keeps the name).")
    return 0


def cmd_user_set_role(args: argparse.Namespace) -> int:
    with open_vault_from_args(args) as vault:
        changed = vault.set_role(args.name, args.role)
    name = args.name.strip()
    err(f"“{name}” is now a {args.role}." if changed else f"“{name}” was a {args.role} already.")
    return 0


def cmd_user_reset_passphrase(args: argparse.Namespace) -> int:
    if args.recovery_key:
        from iq_desktop.services import vault as vs
        from iq_desktop.services.keys import parse_recovery_key
        from iq_desktop.services.users import reset_passphrase_with_recovery

        directory = data_dir(args)
        if not vs.vault_exists(directory):
            raise Refused(f"There is no vault in {directory}; nothing to reset.")
        key = secret("IQ_RECOVERY_KEY", "Recovery key: ", "recovery key")
        parse_recovery_key(key)
        new = secret("IQ_NEW_PASSPHRASE", f"New passphrase for {args.name}: ", "new passphrase", confirm=True)
        reset_passphrase_with_recovery(directory, key, args.name, new)
    else:
        with open_vault_from_args(args) as vault:
            vault.refuse_unless_coordinator("reset passphrases", "reset_passphrase", args.name)  # audited
            new = secret("IQ_NEW_PASSPHRASE", f"New passphrase for {args.name}: ", "new passphrase", confirm=True)
            vault.reset_passphrase(args.name, new)
    err(
        f"Set a new passphrase for “{args.name.strip()}”; they must choose their own at the next unlock "
        "(iq-desktop change-passphrase)."
    )
    return 0


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    from iq_desktop.services import vault as vs

    directory = data_dir(args)
    if not vs.vault_exists(directory):
        raise Refused(f"There is no vault in {directory}; nothing to change.")
    user = choose_user(args, directory)
    old = secret("IQ_PASSPHRASE", f"Current passphrase for {user}: ", "passphrase")
    try:
        vault = vs.open_vault(directory, user, old)  # a wrong passphrase stops here, before asking for the new one
    except vs.PassphraseChangeRequired:  # the passphrase a coordinator gave: the user's own one now
        from iq_desktop.services.users import change_passphrase_and_open

        new = secret("IQ_NEW_PASSPHRASE", "New passphrase: ", "new passphrase", confirm=True)
        change_passphrase_and_open(directory, user, old, new).lock()
        err(f"Changed the passphrase of “{user}”; the vault opens with it from now on.")
        return 0
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
