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
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from iq_desktop.cli import admin as cli_admin
from iq_desktop.cli import agenda as cli_agenda
from iq_desktop.cli import backups as cli_backups
from iq_desktop.cli import cleanup as cli_cleanup
from iq_desktop.cli import documents as cli_documents
from iq_desktop.cli import sync as cli_sync
from iq_desktop.cli.common import (
    APP_NAME,
    TEST_KDF_ENV,
    Refused,
    add_command,
    can_prompt,
    choose_user,
    data_dir,
    err,
    open_vault_from_args,
    out,
    secret,
    secret_files,
)
from iq_desktop.cli.records import (
    cmd_add,
    cmd_backup,
    cmd_demo_data,
    cmd_erase,
    cmd_export,
    cmd_list,
    cmd_restore,
    cmd_retention,
    cmd_show,
)
from iq_desktop.cli.vault import (
    RECOVERY_FRAME,
    cmd_change_passphrase,
    cmd_init,
    cmd_recover,
    cmd_user_add,
    register_user_commands,
)
from iq_desktop.domain.errors import IQError

__all__ = [
    "APP_NAME", "RECOVERY_FRAME", "TEST_KDF_ENV", "Refused", "build_parser", "can_prompt", "choose_user", "cmd_add",
    "cmd_backup", "cmd_change_passphrase", "cmd_demo_data", "cmd_erase", "cmd_export", "cmd_init", "cmd_list",
    "cmd_recover", "cmd_show", "cmd_user_add", "data_dir", "err", "main", "open_vault_from_args", "out", "run",
    "secret",
]  # fmt: skip

#: GUI languages (``iq_desktop.ui.i18n.LANGUAGES``; not imported here: the CLI must not load Qt)
GUI_LANGUAGES = ("de", "en")


# --- parser --------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="IQ Desktop: offline, encrypted records of an IQ mobile advice site. "
        "Passphrases come from a hidden prompt, or from a private file: --passphrase-file or IQ_PASSPHRASE_FILE "
        "(IQ_NEW_PASSPHRASE_FILE, IQ_RECOVERY_KEY_FILE); IQ_PASSPHRASE etc. also work but are visible to "
        "other programs.",
    )
    parser.add_argument("--data-dir", help="folder of the vault (default: IQ_DATA_DIR or the user data folder)")
    parser.add_argument("--passphrase-file", metavar="FILE|-",
                        help="read your passphrase from the first line of FILE (- : standard input)")  # fmt: skip
    parser.add_argument("--user", help="which user you are, when the vault has several")
    parser.add_argument("--demo", action="store_true", help="GUI only: start with demo data")
    parser.add_argument("--self-test", action="store_true", help="GUI only: start, check and quit")
    parser.add_argument("--lang", choices=GUI_LANGUAGES, help="GUI only: user interface language (default: German)")
    sub = parser.add_subparsers(dest="command", metavar="<command>")
    p = add_command(
        sub, "init", cmd_init, "create a vault and its first (coordinator) user; prints the recovery key once"
    )
    p.add_argument("--user", default=argparse.SUPPRESS, help="name of the first coordinator")
    p = add_command(sub, "add", cmd_add, "import records from JSON (docs/import-format.md); prints the new ids")
    p.add_argument("file", metavar="FILE|-", help="JSON file, or - for standard input")
    p.add_argument("--skip-invalid", action="store_true", help="save the valid records and list the refused ones")
    p.add_argument("--again", action="store_true", help="import a file even though it was imported before")
    p = add_command(sub, "list", cmd_list, "list records")
    p.add_argument("--type", choices=["client", "session", "training", "event", "scheme", "procedure"])
    p.add_argument("--json", action="store_true", help="full records as JSON (coordinators only; audited)")
    p = add_command(sub, "show", cmd_show, "show one record")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    user = sub.add_parser("user", help="manage users").add_subparsers(
        dest="user_command", metavar="<action>", required=True
    )
    p = add_command(
        user, "add", cmd_user_add, "add a user (coordinators only); passphrase from IQ_NEW_PASSPHRASE or prompt"
    )
    p.add_argument("name")
    p.add_argument("--role", choices=["counsellor", "coordinator"], required=True)
    register_user_commands(user)
    add_command(
        sub, "change-passphrase", cmd_change_passphrase, "change your passphrase (new: IQ_NEW_PASSPHRASE or prompt)"
    )
    add_command(sub, "recover", cmd_recover, "set a new passphrase with the recovery key (IQ_RECOVERY_KEY or prompt)")
    p = add_command(sub, "erase", cmd_erase, "erase a client's personal data and records for good (GDPR Art. 17)")
    p.add_argument("client_id")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p = add_command(sub, "export", cmd_export, "export every record with personal data (coordinators only)")
    p.add_argument("--format", choices=["csv", "xlsx"], required=True)
    p.add_argument("--out", required=True, metavar="FILE")
    p = add_command(sub, "backup", cmd_backup, "write an encrypted copy of the vault")
    p.add_argument("--out", required=True, metavar="FILE")
    p = add_command(
        sub,
        "restore",
        cmd_restore,
        "restore a backup (coordinators; the backup's passphrase or "
        "recovery key: IQ_PASSPHRASE / IQ_RECOVERY_KEY or a prompt)",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--replace", action="store_true", help="replace the existing vault (kept beside it)")
    p.add_argument("--recovery-key", action="store_true", help="open the backup with its recovery key")
    p = add_command(
        sub,
        "retention",
        cmd_retention,
        "show what the retention period would purge; --apply purges it (a coordinator's confirmation)",
    )
    p.add_argument("--apply", action="store_true", help="delete it now (coordinators only)")
    p = add_command(sub, "demo-data", cmd_demo_data, "add synthetic records for training and benchmarks")
    p.add_argument("--count", type=int, required=True, metavar="N", help="number of sessions")
    p.add_argument("--seed", type=int, help="random seed (same seed, same records)")
    cli_sync.register(sub)
    cli_agenda.register(sub)
    cli_admin.register(sub)
    cli_documents.register(sub)
    cli_cleanup.register(sub)
    cli_backups.register(sub)
    return parser


# --- errors and entry point ----------------------------------------------------------------------


def _one_line(exc: BaseException) -> str:
    from iq_desktop.services.messages import Surface, user_message

    return user_message(exc, "en", Surface.COMMAND_LINE)


def _log_unexpected(exc: BaseException, directory: Path | None) -> Path:
    """The crash log (:mod:`iq_desktop.services.crash_log`: types and code places only, no messages, no
    values, no user name) in ``<data dir>/logs``, else in the temporary folder; where it went."""
    from iq_desktop.services.crash_log import write_crash_log

    candidates = [directory / "logs"] if directory else []
    candidates.append(Path(os.environ.get("TMPDIR", "/tmp")) if os.name != "nt" else Path.home())  # noqa: S108
    for folder in candidates:
        path = write_crash_log(folder, type(exc), exc.__traceback__, exc.__cause__ or exc.__context__,
                               where="command line")  # fmt: skip
        if path is not None:
            return path
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
        with secret_files({"IQ_PASSPHRASE": getattr(args, "passphrase_file", None)}):
            return int(args.func(args))
    except IQError as exc:  # a known error: its message, in one line
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
