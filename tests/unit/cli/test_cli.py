"""The CLI in-process: parser, secrets, data folder, error log, GUI hand-over (no subprocess)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from iq_desktop.cli import common as cli_common
from iq_desktop.cli import parser as cli

CANARY = "Zqxcanary-personal"


def test_every_command_of_the_issue_is_registered() -> None:
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert {
        "init",
        "add",
        "list",
        "show",
        "user",
        "change-passphrase",
        "recover",
        "erase",
        "export",
        "backup",
        "demo-data",
    } <= set(sub.choices)
    args = parser.parse_args(["--data-dir", "d", "--user", "u", "export", "--format", "xlsx", "--out", "f.xlsx"])
    assert (args.func, args.format, args.out, args.user) == (cli.cmd_export, "xlsx", "f.xlsx", "u")
    assert parser.parse_args(["init", "--user", "anna"]).user == "anna"
    assert parser.parse_args(["--user", "anna", "init"]).user == "anna"
    assert parser.parse_args(["user", "add", "bob", "--role", "counsellor"]).func is cli.cmd_user_add
    assert parser.parse_args([]).command is None


def test_no_option_takes_a_passphrase() -> None:
    text = cli.build_parser().format_help().lower()
    # --passphrase-file names a file (issue 10, item 15), no option takes the secret itself
    assert "--passphrase " not in text and "--passphrase=" not in text and "--recovery-key" not in text
    with pytest.raises(SystemExit) as caught:
        cli.main(["change-passphrase", "--passphrase", "x"])
    assert caught.value.code == 2


def test_data_dir_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("IQ_DATA_DIR", str(tmp_path / "env"))
    assert cli.data_dir(argparse.Namespace(data_dir=str(tmp_path / "arg"))) == tmp_path / "arg"
    assert cli.data_dir(argparse.Namespace(data_dir=None)) == tmp_path / "env"
    monkeypatch.delenv("IQ_DATA_DIR")
    default = cli.data_dir(argparse.Namespace(data_dir=None))
    assert default.name.lower().startswith("iq-desktop")


def test_secret_from_env_or_refused_without_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IQ_PASSPHRASE", "from the environment")
    assert cli.secret("IQ_PASSPHRASE", "p: ", "passphrase") == "from the environment"
    monkeypatch.delenv("IQ_PASSPHRASE")
    monkeypatch.setattr(cli_common, "can_prompt", lambda: False)
    with pytest.raises(cli.Refused, match="set IQ_PASSPHRASE"):
        cli.secret("IQ_PASSPHRASE", "p: ", "passphrase")


def test_unexpected_errors_log_type_and_places_only(tmp_path: Path) -> None:
    try:
        try:
            raise KeyError(CANARY)
        except KeyError as inner:
            raise ValueError(f"first_name={CANARY}") from inner
    except ValueError as exc:
        log = cli._log_unexpected(exc, tmp_path)
    text = log.read_text(encoding="utf-8")
    assert log.parent == tmp_path / "logs"
    assert "builtins.ValueError" in text and "builtins.KeyError" in text and "test_cli.py:" in text
    assert CANARY not in text and "first_name" not in text


def test_main_turns_a_refusal_into_one_line_and_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("IQ_PASSPHRASE", "whatever it may be")
    assert cli.main(["--data-dir", str(tmp_path), "list"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no vault" in err


def test_the_sync_hook_is_called(monkeypatch: pytest.MonkeyPatch) -> None:
    from iq_desktop.cli import sync as cli_sync

    called: list[object] = []
    monkeypatch.setattr(cli_sync, "register", lambda sub: called.append(sub))
    cli.build_parser()
    assert len(called) == 1


def test_gui_flags_pass_the_parser() -> None:
    """``iq-desktop --lang en --self-test`` (and --demo) reach the GUI: no command, flags accepted."""
    args = cli.build_parser().parse_args(["--lang", "en", "--self-test"])
    assert (args.command, args.lang, args.self_test) == (None, "en", True)
    args = cli.build_parser().parse_args(["--demo", "--lang", "de", "--data-dir", "d"])
    assert (args.command, args.lang, args.demo, args.data_dir) == (None, "de", True, "d")
    with pytest.raises(SystemExit) as caught:
        cli.main(["--lang", "fr"])
    assert caught.value.code == 2


def test_gui_languages_match_the_gui() -> None:
    from iq_desktop.ui import i18n

    assert tuple(cli.GUI_LANGUAGES) == tuple(i18n.LANGUAGES)


def test_cli_modules_stay_small() -> None:
    root = Path(cli.__file__).parent
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in root.glob("*.py")}
    assert {"parser.py", "common.py", "vault.py", "records.py", "sync.py"} <= set(sizes)
    assert max(sizes.values()) < 400, sizes


def test_the_crash_log_names_no_folder_of_the_user(tmp_path: Path) -> None:
    try:
        raise RuntimeError(CANARY)
    except RuntimeError as exc:
        text = cli._log_unexpected(exc, tmp_path).read_text(encoding="utf-8")
    assert "builtins.RuntimeError" in text and "test_cli.py:" in text
    assert str(Path.home()) not in text and str(Path(__file__).parent) not in text and CANARY not in text


def test_known_errors_share_one_root_and_one_message_place() -> None:
    from iq_desktop.domain.errors import IQError
    from iq_desktop.services import errors
    from iq_desktop.services.messages import Surface, is_known, user_message

    for name in errors.__all__:
        value = getattr(errors, name)
        if isinstance(value, type):
            assert issubclass(value, IQError), name
    assert issubclass(cli.Refused, IQError) and not is_known(ValueError("bug"))
    wrong = errors.WrongPassphrase()
    assert user_message(wrong, "en", Surface.COMMAND_LINE).startswith(str(wrong))
    assert "iq-desktop recover" in user_message(wrong, "en", Surface.COMMAND_LINE)
    assert "Caps Lock" in user_message(wrong, "en")
