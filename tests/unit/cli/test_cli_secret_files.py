"""Issue 10, item 15: secrets from a private file (``--passphrase-file``, ``IQ_PASSPHRASE_FILE``) instead
of the environment or argv."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from iq_desktop.cli import common as cli_common
from iq_desktop.cli import parser as cli

ROOT = Path(__file__).resolve().parents[3]
PW = "Meine Katze frisst gern Kuchen am Montag"


def _private(path: Path, text: str) -> Path:
    path.write_text(text, "utf-8")
    path.chmod(0o600)
    return path


def test_the_file_wins_and_only_its_first_line_counts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("IQ_PASSPHRASE", "the unsafe way")
    monkeypatch.setenv("IQ_PASSPHRASE_FILE", str(_private(tmp_path / "p", PW + "\r\nsecond line\n")))
    assert cli.secret("IQ_PASSPHRASE", "p: ", "passphrase") == PW
    monkeypatch.setenv("IQ_NEW_PASSPHRASE_FILE", str(_private(tmp_path / "n", "ein ganz neuer Satz 77")))
    assert cli.secret("IQ_NEW_PASSPHRASE", "p: ", "new passphrase") == "ein ganz neuer Satz 77"
    assert capsys.readouterr().err == ""  # private files: no warning


def test_the_option_names_the_file_for_one_command_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IQ_PASSPHRASE", raising=False)
    monkeypatch.delenv("IQ_PASSPHRASE_FILE", raising=False)
    monkeypatch.setattr(cli_common, "can_prompt", lambda: False)
    path = _private(tmp_path / "p", PW)
    with cli_common.secret_files({"IQ_PASSPHRASE": str(path)}):
        assert cli.secret("IQ_PASSPHRASE", "p: ", "passphrase") == PW
    with pytest.raises(cli.Refused, match="IQ_PASSPHRASE_FILE"):
        cli.secret("IQ_PASSPHRASE", "p: ", "passphrase")


def test_unreadable_empty_or_shared_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("IQ_PASSPHRASE_FILE", str(tmp_path / "missing"))
    with pytest.raises(cli.Refused, match="cannot be read"):
        cli.secret("IQ_PASSPHRASE", "p: ", "passphrase")
    monkeypatch.setenv("IQ_PASSPHRASE_FILE", str(_private(tmp_path / "empty", "\n")))
    with pytest.raises(cli.Refused, match="empty"):
        cli.secret("IQ_PASSPHRASE", "p: ", "passphrase")
    shared = tmp_path / "shared"
    shared.write_text(PW)
    shared.chmod(0o644)
    monkeypatch.setenv("IQ_PASSPHRASE_FILE", str(shared))
    assert cli.secret("IQ_PASSPHRASE", "p: ", "passphrase") == PW
    warning = capsys.readouterr().err
    assert "chmod 600" in warning and PW not in warning


def test_the_cli_runs_on_a_passphrase_file_without_the_secret_in_its_environment(tmp_path: Path) -> None:
    data = tmp_path / "data"
    path = _private(tmp_path / "pass.txt", PW + "\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("IQ_PASSPHRASE")}
    env.update(PYTHONPATH=str(ROOT), TMPDIR=str(tmp_path))

    def run(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "iq_desktop", "--data-dir", str(data), *args], env={**env, **extra},
            capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip

    made = run("--passphrase-file", str(path), "init", "--user", "anna")
    assert made.returncode == 0, made.stderr
    listed = run("list", IQ_PASSPHRASE_FILE=str(path))
    assert listed.returncode == 0, listed.stderr
    refused = run("list")  # neither file nor variable, no terminal
    assert refused.returncode == 1 and "IQ_PASSPHRASE_FILE" in refused.stderr
    from_stdin = subprocess.run(
        [sys.executable, "-m", "iq_desktop", "--data-dir", str(data), "--passphrase-file", "-", "list"],
        env=env, input=PW + "\n", capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert from_stdin.returncode == 0, from_stdin.stderr
