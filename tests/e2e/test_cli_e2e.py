"""The headless CLI end to end: ``python -m iq_desktop`` in subprocesses on real vault files.

Every command once, exit codes 0/1/2, one-line errors without a traceback, the 1,000-record import
with one invalid record refused whole (and ``--skip-invalid``), an interactive run on a pseudo-terminal.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASS = "correct horse battery staple 42"
NEW_PASS = "a new passphrase, long enough 7"
RECOVERY_RE = re.compile(r"^\s+([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7,})\s*$", re.M)


def run(
    data: Path, *args: str, env: dict[str, str] | None = None, stdin: str | None = None, passphrase: str | None = PASS
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("IQ_")}
    full_env.update(
        {
            "PYTHONPATH": str(ROOT),
            "IQ_INSECURE_TEST_KDF": os.environ.get("IQ_INSECURE_TEST_KDF", ""),
            "TMPDIR": str(data.parent),
        }
    )
    if passphrase is not None:
        full_env["IQ_PASSPHRASE"] = passphrase
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "iq_desktop", "--data-dir", str(data), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        cwd=ROOT,
        timeout=120,
        stdin=None if stdin is not None else subprocess.DEVNULL,
    )


def one_line_refusal(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stderr.splitlines() if not line.startswith("WARNING: IQ_INSECURE_TEST_KDF")]
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]


@pytest.fixture(scope="module")
def vault_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    data = tmp_path_factory.mktemp("cli") / "data"
    result = run(data, "init", "--user", "anna")
    assert result.returncode == 0, result.stderr
    yield data


def thousand(invalid_at: int) -> str:
    lines = []
    for i in range(250):
        lines += [
            {"type": "client", "id": f"c{i}", "first_name": "Testa", "last_name": f"Probe{i}"},
            {"type": "session", "client": f"c{i}", "date": "2024-03-01"},
            {"type": "session", "client": f"c{i}", "date": "2024-04-01", "kind": "follow_up"},
            {"type": "event", "date": "2024-05-01", "participants": 5},
        ]
    lines[invalid_at - 1] = {"type": "event", "date": "2024-05-01", "participants": -3}
    return "\n".join(json.dumps(d) for d in lines)


def test_init_prints_the_recovery_key_once_framed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run(data, "init", "--user", "anna")
    assert result.returncode == 0, result.stderr
    assert "RECOVERY KEY" in result.stdout and "not be shown again" in result.stdout
    assert len(RECOVERY_RE.findall(result.stdout)) == 1
    assert "insecure" in result.stderr  # the test-only KDF is announced
    assert (data / "vault.db").is_file()
    one_line_refusal(run(data, "init"), "already exists")


def test_every_command_on_one_vault(tmp_path: Path) -> None:
    data = tmp_path / "data"
    init = run(data, "init", "--user", "anna")
    recovery_key = RECOVERY_RE.findall(init.stdout)[0]
    added = run(data, "add", str(ROOT / "docs/examples/import.json"))
    assert added.returncode == 0, added.stderr
    ids = [line.split("\t") for line in added.stdout.splitlines()]
    assert [n for n, _, _ in ids] == [str(i) for i in range(1, 21)] and "Saved 20 of 20" in added.stderr
    client_id = ids[0][2]

    listed = run(data, "list", "--type", "session", "--json")
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 5
    # what will leave: the site's contributions of 2024's quarters, half-years and the year, counts only
    outbox = run(data, "outbox", "--json")
    assert outbox.returncode == 0, outbox.stderr
    items = {r["payload"]["period"]: r for r in json.loads(outbox.stdout)["records"]}
    assert set(items) == {"2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2024-H1", "2024-H2", "2024"}
    assert {(r["record_type"], r["revision"], r["state"]) for r in items.values()} == {("contribution", 1, "pending")}
    q1 = {c: v["n"] for c, v in items["2024-Q1"]["payload"]["cells"].items()}
    assert q1["initial.total"] == 2 and q1["initial.combined"] == 2 and q1["fi.individuals"] == 1
    assert "Amina" not in outbox.stdout and "Beispiel" not in outbox.stdout and "17.04.1988" not in outbox.stdout
    shown = run(data, "show", client_id, "--json")
    assert json.loads(shown.stdout)["first_name"] == "Amina"
    assert "Amina" not in shown.stderr
    one_line_refusal(run(data, "show", "no-such-id"), "No record")

    assert run(data, "export", "--format", "csv", "--out", str(tmp_path / "x.csv")).returncode == 0
    assert "Amina" in (tmp_path / "x.csv").read_text(encoding="utf-8-sig")
    assert run(data, "backup", "--out", str(tmp_path / "backup.db")).returncode == 0
    assert (tmp_path / "backup.db").stat().st_size > 0

    bob = run(data, "user", "add", "bob", "--role", "counsellor", env={"IQ_NEW_PASSPHRASE": "bob's passphrase 123"})
    assert bob.returncode == 0, bob.stderr
    own = run(  # a new user chooses their own passphrase first (issue 11, "Users")
        data, "--user", "bob", "change-passphrase", passphrase="bob's passphrase 123",
        env={"IQ_NEW_PASSPHRASE": "bob's own passphrase 456"},
    )  # fmt: skip
    assert own.returncode == 0, own.stderr
    one_line_refusal(run(data, "list"), "2 users", "--user")
    one_line_refusal(
        run(
            data,
            "--user",
            "bob",
            "export",
            "--format",
            "xlsx",
            "--out",
            str(tmp_path / "b.xlsx"),
            passphrase="bob's own passphrase 456",
        ),
        "Only a coordinator",
    )

    changed = run(data, "--user", "anna", "change-passphrase", env={"IQ_NEW_PASSPHRASE": NEW_PASS})
    assert changed.returncode == 0, changed.stderr
    one_line_refusal(run(data, "--user", "anna", "list"), "passphrase is not correct")
    recovered = run(
        data,
        "--user",
        "anna",
        "recover",
        passphrase=None,
        env={"IQ_RECOVERY_KEY": recovery_key, "IQ_NEW_PASSPHRASE": "recovered passphrase 99"},
    )
    assert recovered.returncode == 0, recovered.stderr
    one_line_refusal(
        run(
            data,
            "--user",
            "anna",
            "recover",
            passphrase=None,
            env={"IQ_RECOVERY_KEY": "AAAA-" * 13 + "AAAA", "IQ_NEW_PASSPHRASE": "whatever it is 1234"},
        ),
        "recovery key",
    )

    anna = {"IQ_PASSPHRASE": "recovered passphrase 99"}
    one_line_refusal(run(data, "--user", "anna", "erase", client_id, env=anna), "--yes")
    assert run(data, "--user", "anna", "erase", client_id, "--yes", env=anna).returncode == 0
    # the erased person is no longer counted: the next revision of the periods they were counted in
    outbox = json.loads(run(data, "--user", "anna", "outbox", "--json", env=anna).stdout)["records"]
    items = {r["payload"]["period"]: r for r in outbox}
    q1 = {c: v["n"] for c, v in items["2024-Q1"]["payload"]["cells"].items()}
    assert items["2024-Q1"]["revision"] == 2 and q1["initial.total"] == 1 and q1["fi.individuals"] == 1
    demo = run(data, "--user", "anna", "demo-data", "--count", "40", "--seed", "1", env=anna)
    assert demo.returncode == 0 and "40 sessions" in demo.stderr
    sessions = json.loads(run(data, "--user", "anna", "list", "--type", "session", "--json", env=anna).stdout)
    assert len(sessions) == 5 - 2 + 40  # the erased client had two sessions


def test_a_thousand_records_with_one_invalid_are_refused_whole(vault_dir: Path) -> None:
    text = thousand(invalid_at=640)
    refused = run(vault_dir, "add", "-", stdin=text)
    one_line_refusal(refused, "record 640 of 1000", "participants", "nothing was saved", "--skip-invalid")
    assert refused.stdout == ""
    assert json.loads(run(vault_dir, "list", "--json").stdout) == []

    saved = run(vault_dir, "add", "-", "--skip-invalid", stdin=text)
    assert saved.returncode == 0, saved.stderr
    assert len(saved.stdout.splitlines()) == 999
    assert "refused: record 640 (event): participants" in saved.stderr and "Saved 999 of 1000" in saved.stderr


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["add", "/no/such/file.json"], ["Cannot read the import file"]),
        (["add", "-"], ["not valid JSON"]),
        (["erase", "00000000-0000-4000-8000-000000000000", "--yes"], ["No person"]),
        (["export", "--format", "csv", "--out", "/no/such/folder/x.csv"], ["does not exist"]),
    ],
)
def test_bad_input_is_refused_in_one_line(vault_dir: Path, args: list[str], words: list[str]) -> None:
    one_line_refusal(run(vault_dir, *args, stdin="{oops" if args == ["add", "-"] else None), *words)


def test_wrong_passphrase_missing_vault_and_no_passphrase(vault_dir: Path, tmp_path: Path) -> None:
    one_line_refusal(run(vault_dir, "list", passphrase="not the passphrase at all"), "passphrase is not correct")
    one_line_refusal(run(tmp_path / "empty", "list"), "no vault")
    one_line_refusal(run(vault_dir, "list", passphrase=None), "IQ_PASSPHRASE")


def test_a_damaged_vault_is_reported_as_damage(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run(data, "init")
    db = data / "vault.db"
    raw = bytearray(db.read_bytes())
    for offset in range(4096 + 100, len(raw), 512):
        raw[offset] ^= 0xFF
    db.write_bytes(bytes(raw))
    one_line_refusal(run(data, "list"), "damaged")


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    for args in (
        ["export", "--out", "x.csv"],
        ["list", "--type", "person"],
        ["user", "add", "x"],
        ["frobnicate"],
        ["init", "--passphrase", "secret"],
    ):
        result = run(tmp_path, *args)
        assert result.returncode == 2, args
        assert "usage:" in result.stderr and "Traceback" not in result.stderr


def test_an_unexpected_error_is_one_line_and_a_log_without_data(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "Zqx-canary-file"
    not_a_folder.write_text("x")
    result = run(not_a_folder, "init", "--user", "Zqxcanaryuser")
    one_line_refusal(result, "Unexpected error (", "details were written to")
    log = Path(result.stderr.rsplit("written to ", 1)[1].strip())
    text = log.read_text(encoding="utf-8")
    assert "Error" in text and ".py:" in text
    assert "Zqx" not in text and PASS not in text


def test_no_command_starts_the_gui_with_its_flags(tmp_path: Path) -> None:
    result = run(tmp_path / "data", "--lang", "en", "--self-test", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert "self-test: ok" in result.stdout + result.stderr


def _pty_run(data: Path, args: list[str], answers: list[str]) -> tuple[int, str]:
    """Run the CLI on a pseudo-terminal (its controlling terminal), typing ``answers`` at the prompts."""
    import pty
    import select

    env = {k: v for k, v in os.environ.items() if not k.startswith("IQ_")}
    env.update({"PYTHONPATH": str(ROOT), "IQ_INSECURE_TEST_KDF": os.environ.get("IQ_INSECURE_TEST_KDF", "")})
    pid, fd = pty.fork()
    if pid == 0:  # child: the pty is its controlling terminal
        try:
            os.execve(sys.executable, [sys.executable, "-m", "iq_desktop", "--data-dir", str(data), *args], env)
        finally:
            os._exit(127)
    output, pending, seen = b"", list(answers), 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 1)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
        if pending and output[seen:].rstrip().endswith(b":"):  # a new prompt since the last answer
            os.write(fd, pending.pop(0).encode() + b"\n")
            seen = len(output)
    # The child should have finished; never wait for it forever (a missed prompt must fail, not hang).
    end = time.monotonic() + 10
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > end:
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            break
        time.sleep(0.05)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), output.decode(errors="replace")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs a POSIX pseudo-terminal")
def test_interactive_prompts_ask_twice_and_confirm(tmp_path: Path) -> None:
    data = tmp_path / "data"
    code, out = _pty_run(data, ["init", "--user", "anna"], [PASS, "a different one 12345"])
    assert code == 1 and "differ" in out and not (data / "vault.db").exists()
    code, out = _pty_run(data, ["init", "--user", "anna"], [PASS, PASS])
    assert code == 0 and "RECOVERY KEY" in out and PASS not in out  # hidden input
    code, out = _pty_run(data, ["erase", "00000000-0000-4000-8000-000000000000"], ["no"])
    assert code == 1 and "Not confirmed" in out
