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
#: The test suite's switch to the fast, insecure key derivation (honoured only there: services.keys).
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


#: Files named on the command line for a secret (``--passphrase-file`` for IQ_PASSPHRASE), for one command.
_SECRET_FILES: dict[str, str] = {}
MAX_SECRET_FILE_BYTES = 64 * 1024


@contextlib.contextmanager
def secret_files(files: dict[str, str | None]) -> Iterator[None]:
    """While a command runs: ``{"IQ_PASSPHRASE": path}`` from its options (``None``: not given)."""
    given = {env: path for env, path in files.items() if path}
    _SECRET_FILES.update(given)
    try:
        yield
    finally:
        for env in given:
            _SECRET_FILES.pop(env, None)


def read_secret_file(path: str, what: str) -> str:
    """The first line of ``path`` (``-``: standard input), without its line break. Warns when other
    users may read the file. The secret never appears in a message."""
    if path == "-":
        line = sys.stdin.readline(MAX_SECRET_FILE_BYTES)
    else:
        try:
            with open(path, "rb") as fh:
                mode = os.fstat(fh.fileno()).st_mode
                raw = fh.read(MAX_SECRET_FILE_BYTES)
        except OSError as exc:
            raise Refused(f"The {what} file {path} cannot be read ({exc.strerror or type(exc).__name__}).") from None
        if os.name == "posix" and mode & 0o077:
            err(f"WARNING: other users may read the {what} file {path}; make it private (chmod 600).")
        try:
            line = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise Refused(f"The {what} file {path} is not UTF-8 text.") from None
    value = line.splitlines()[0] if line.splitlines() else ""
    if not value:
        raise Refused(f"The {what} file {path} is empty; nothing was changed.")
    return value


def secret(env: str, prompt: str, what: str, *, confirm: bool = False) -> str:
    """A secret from a file (``--passphrase-file`` for IQ_PASSPHRASE, or ``<env>_FILE``), else from
    ``env`` (visible in /proc/PID/environ and shell history: the file is the safer way), else, in a
    terminal, a hidden prompt (asked twice with ``confirm``)."""
    path = _SECRET_FILES.get(env) or os.environ.get(f"{env}_FILE")
    if path:
        return read_secret_file(path, what)
    value = os.environ.get(env)
    if value:
        return value
    if not can_prompt():
        raise Refused(
            f"No {what} given: use {env}_FILE (a private file holding it), set {env}, or run the command in a "
            "terminal to be asked for it."
        )
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
    """Unlock the vault for the command's user (passphrase from --passphrase-file, IQ_PASSPHRASE_FILE,
    IQ_PASSPHRASE or a prompt); lock at the end."""
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
    """TEST ONLY: inside IQ Desktop's test suite (IQ_INSECURE_TEST_KDF holds the suite's token, see
    ``services.keys.insecure_kdf_allowed``) a new vault uses the fast, insecure KDF. Anywhere else the
    variable is ignored, with a warning."""
    if not os.environ.get(TEST_KDF_ENV):
        return None
    from iq_desktop.services.keys import TEST_KDF, insecure_kdf_allowed

    if not insecure_kdf_allowed():
        err(
            f"WARNING: {TEST_KDF_ENV} is ignored: the insecure test key derivation is only for IQ Desktop's test suite."
        )
        return None
    err(f"WARNING: {TEST_KDF_ENV} is set: this vault uses an insecure key derivation meant for tests only.")
    return TEST_KDF
