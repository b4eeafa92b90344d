"""What every CLI command shares: output, refusals, the data folder, secrets (environment or a hidden
prompt, never an argument), unlocking the vault, registering a command. The commands live in
:mod:`iq_desktop.cli.vault`, :mod:`iq_desktop.cli.records` and :mod:`iq_desktop.cli.sync`; the parser
and entry point in :mod:`iq_desktop.cli.parser`. Nothing here imports the parser (no cycle)."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from iq_desktop.domain.errors import IQError
from iq_desktop.fs.paths import default_data_dir

if TYPE_CHECKING:
    from iq_desktop.services.keys import KdfParams
    from iq_desktop.services.vault import Vault

APP_NAME = "iq-desktop"
TEST_KDF_ENV = "IQ_INSECURE_TEST_KDF"

#: A command: the parsed arguments in, the exit code out.
Command: TypeAlias = Callable[[argparse.Namespace], int]
#: What ``ArgumentParser.add_subparsers`` returns: where the commands are added.
SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


class Refused(IQError):
    """A refusal of the CLI itself; ``str(exc)`` is the one line shown (no personal data)."""


def add_command(sub: SubParsers, name: str, func: Command, help_text: str) -> argparse.ArgumentParser:
    """Add the command ``name`` (running ``func``) to ``sub``; its parser, for the arguments."""
    parser = sub.add_parser(name, help=help_text, description=help_text)
    parser.set_defaults(func=func)
    return parser


# --- output --------------------------------------------------------------------------------------


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def err(text: str) -> None:
    sys.stderr.write(text.replace("\n", " ").strip() + "\n")
    sys.stderr.flush()


# --- where, who, secrets -------------------------------------------------------------------------


def data_dir(args: argparse.Namespace) -> Path:
    """``--data-dir``, else ``$IQ_DATA_DIR``, else the platform's user data folder (as the GUI)."""
    return default_data_dir(getattr(args, "data_dir", None))


def can_prompt() -> bool:
    if sys.stdin.isatty():
        return True
    if os.name == "nt":
        return False
    try:
        with open("/dev/tty"):
            return True
    except OSError:
        return False


def secret(env: str, prompt: str, what: str, *, confirm: bool = False) -> str:
    """A secret from ``env`` or, in a terminal, a hidden prompt (asked twice with ``confirm``)."""
    value = os.environ.get(env)
    if value:
        return value
    if not can_prompt():
        raise Refused(f"No {what} given: set {env} or run the command in a terminal to be asked for it.")
    try:
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat it: ") != first:
            raise Refused(f"The two {what} entries differ; nothing was changed. Try again.")
    except EOFError:
        raise Refused(f"No {what} entered; nothing was changed.") from None
    if not first:
        raise Refused(f"The {what} is empty; nothing was changed.")
    return first


def choose_user(args: argparse.Namespace, directory: Path) -> str:
    if getattr(args, "user", None):
        return str(args.user)
    from iq_desktop.services import vault as vs

    users = vs.list_users(directory)
    if len(users) == 1:
        return users[0].user
    raise Refused(f"This vault has {len(users)} users; say which one you are with --user NAME.")


@contextlib.contextmanager
def open_vault_from_args(args: argparse.Namespace) -> Iterator[Vault]:
    """Unlock the vault for the command's user (passphrase from IQ_PASSPHRASE or a prompt); lock at the end."""
    from iq_desktop.services import vault as vs

    directory = data_dir(args)
    if not vs.vault_exists(directory):
        raise Refused(f"There is no vault in {directory}; create one with “iq-desktop init” (or give --data-dir).")
    user = choose_user(args, directory)
    vault = vs.open_vault(directory, user, secret("IQ_PASSPHRASE", f"Passphrase for {user}: ", "passphrase"))
    try:
        yield vault
    finally:
        vault.lock()


def insecure_test_kdf() -> KdfParams | None:
    """TEST ONLY: with IQ_INSECURE_TEST_KDF=1 a new vault uses the crypto module's fast, insecure KDF."""
    if os.environ.get(TEST_KDF_ENV) != "1":
        return None
    from iq_desktop.services.keys import TEST_KDF

    err(f"WARNING: {TEST_KDF_ENV}=1 is set: this vault uses an insecure key derivation meant for tests only.")
    return TEST_KDF
