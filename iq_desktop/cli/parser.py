"""The headless command line: ``iq-desktop [--data-dir DIR] [--user NAME] <command> ...``.

Passphrases come from ``IQ_PASSPHRASE`` / ``IQ_NEW_PASSPHRASE`` / ``IQ_RECOVERY_KEY`` or an
interactive prompt, never from an argument. Exit codes: 0 ok, 1 refused (one line on stderr naming
the problem and what to do; never a traceback, never personal data), 2 usage. With no command the
GUI starts (``--lang``, ``--demo``, ``--self-test`` are passed on to it). This module is the parser
and the entry point; the commands are small functions in :mod:`iq_desktop.cli.vault` (vault and
users), :mod:`iq_desktop.cli.records` (records) and :mod:`iq_desktop.cli.sync` (sync), sharing
:mod:`iq_desktop.cli.common`.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from iq_desktop.cli.common import (
    APP_NAME,
    TEST_KDF_ENV,
    Refused,
    can_prompt,
    choose_user,
    data_dir,
    err,
    open_vault_from_args,
    out,
    secret,
)
from iq_desktop.cli.records import (
    cmd_add,
    cmd_backup,
    cmd_demo_data,
    cmd_erase,
    cmd_export,
    cmd_list,
    cmd_show,
)
from iq_desktop.cli.vault import RECOVERY_FRAME, cmd_change_passphrase, cmd_init, cmd_recover, cmd_user_add

__all__ = [
    "APP_NAME", "RECOVERY_FRAME", "TEST_KDF_ENV", "Refused", "build_parser", "can_prompt", "choose_user", "cmd_add",
    "cmd_backup", "cmd_change_passphrase", "cmd_demo_data", "cmd_erase", "cmd_export", "cmd_init", "cmd_list",
    "cmd_recover", "cmd_show", "cmd_user_add", "data_dir", "err", "main", "open_vault_from_args", "out", "secret",
]  # fmt: skip

Command = Callable[[argparse.Namespace], int]
#: GUI languages (``iq_desktop.ui.i18n.LANGUAGES``; not imported here: the CLI must not load Qt)
GUI_LANGUAGES = ("de", "en")


# --- parser --------------------------------------------------------------------------------------


def _add(sub: Any, name: str, func: Command, help_text: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
    parser.set_defaults(func=func)
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME, description="IQ Desktop: offline, encrypted records of an IQ mobile advice site. "
        "Passphrases come from IQ_PASSPHRASE (IQ_NEW_PASSPHRASE, IQ_RECOVERY_KEY) or a prompt.")
    parser.add_argument("--data-dir", help="folder of the vault (default: IQ_DATA_DIR or the user data folder)")
    parser.add_argument("--user", help="which user you are, when the vault has several")
    parser.add_argument("--demo", action="store_true", help="GUI only: start with demo data")
    parser.add_argument("--self-test", action="store_true", help="GUI only: start, check and quit")
    parser.add_argument("--lang", choices=GUI_LANGUAGES, help="GUI only: user interface language (default: German)")
    sub = parser.add_subparsers(dest="command", metavar="<command>")
    p = _add(sub, "init", cmd_init, "create a vault and its first (coordinator) user; prints the recovery key once")
    p.add_argument("--user", default=argparse.SUPPRESS, help="name of the first coordinator")
    p = _add(sub, "add", cmd_add, "import records from JSON (docs/import-format.md); prints the new ids")
    p.add_argument("file", metavar="FILE|-", help="JSON file, or - for standard input")
    p.add_argument("--skip-invalid", action="store_true", help="save the valid records and list the refused ones")
    p = _add(sub, "list", cmd_list, "list records")
    p.add_argument("--type", choices=["client", "session", "training", "event"])
    p.add_argument("--json", action="store_true", help="full records as JSON")
    p = _add(sub, "show", cmd_show, "show one record")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    user = sub.add_parser("user", help="manage users").add_subparsers(dest="user_command", metavar="<action>",
                                                                      required=True)
    p = _add(user, "add", cmd_user_add, "add a user (coordinators only); passphrase from IQ_NEW_PASSPHRASE or prompt")
    p.add_argument("name")
    p.add_argument("--role", choices=["counsellor", "coordinator"], required=True)
    _add(sub, "change-passphrase", cmd_change_passphrase, "change your passphrase (new: IQ_NEW_PASSPHRASE or prompt)")
    _add(sub, "recover", cmd_recover, "set a new passphrase with the recovery key (IQ_RECOVERY_KEY or prompt)")
    p = _add(sub, "erase", cmd_erase, "erase a client's personal data and records for good (GDPR Art. 17)")
    p.add_argument("client_id")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p = _add(sub, "export", cmd_export, "export every record with personal data (coordinators only)")
    p.add_argument("--format", choices=["csv", "xlsx"], required=True)
    p.add_argument("--out", required=True, metavar="FILE")
    p = _add(sub, "backup", cmd_backup, "write an encrypted copy of the vault")
    p.add_argument("--out", required=True, metavar="FILE")
    p = _add(sub, "demo-data", cmd_demo_data, "add synthetic records for training and benchmarks")
    p.add_argument("--count", type=int, required=True, metavar="N", help="number of sessions")
    p.add_argument("--seed", type=int, help="random seed (same seed, same records)")
    from iq_desktop.cli import sync as cli_sync

    cli_sync.register(sub)
    return parser


# --- errors and entry point ----------------------------------------------------------------------


def _known_errors() -> tuple[type[BaseException], ...]:
    known: list[type[BaseException]] = [Refused]
    with contextlib.suppress(ImportError):
        from iq_desktop.services.vault import KnownError

        known.append(KnownError)
    from iq_desktop.crypto import CryptoError
    from iq_desktop.domain.rules import ValidationError
    from iq_desktop.services.exporting import ExportRefused
    from iq_desktop.services.importing import ImportFileError

    return (*known, CryptoError, ValidationError, ImportFileError, ExportRefused)


def _one_line(exc: BaseException) -> str:
    from iq_desktop.domain.rules import ValidationError

    text = exc.message() if isinstance(exc, ValidationError) else str(exc)
    if type(exc).__name__ == "WrongPassphrase":
        text += (" Check it and the user name (--user); if it is forgotten, a coordinator can set a new one with "
                 "“iq-desktop recover” and the recovery key.")
    return text


def _log_unexpected(exc: BaseException, directory: Path | None) -> Path:
    """Type and code locations only: exception messages and locals may carry personal data."""
    lines = [f"{dt.datetime.now(dt.UTC).isoformat(timespec='seconds')} {APP_NAME} CLI: unexpected error"]
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        lines.append(f"  {type(current).__module__}.{type(current).__qualname__}")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"    {frame.filename}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or current.__context__
    candidates = [directory / "logs"] if directory else []
    candidates.append(Path(os.environ.get("TMPDIR", "/tmp")) if os.name != "nt" else Path.home())  # noqa: S108
    for folder in candidates:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / "iq-desktop-errors.log"
            with path.open("a", encoding="utf-8") as fh:
                fh.write("\n".join(lines) + "\n")
            return path
        except OSError:
            continue
    return Path("(no writable log folder)")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    if args.command is None:  # the GUI is started by iq_desktop.launcher, never from here
        build_parser().print_usage(sys.stderr)
        return 2
    return run(args)


def run(args: argparse.Namespace) -> int:
    """Run one parsed command: exit code 0 ok, 1 refused (one line on stderr), never a traceback."""
    directory: Path | None = None
    try:
        directory = data_dir(args)
        return int(args.func(args))
    except _known_errors() as exc:
        err(_one_line(exc))
        return 1
    except BrokenPipeError:  # the reader went away (e.g. "| head"): not an error of ours
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        err("Interrupted; what was saved before stays saved, nothing is half-saved.")
        return 1
    except Exception as exc:
        log = _log_unexpected(exc, directory)
        err(f"Unexpected error ({type(exc).__name__}); details were written to {log}")
        return 1


if __name__ == "__main__":
    sys.exit(main())
