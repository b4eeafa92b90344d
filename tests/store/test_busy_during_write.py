"""Issue 9 item 10: while another process holds a long write transaction on the real vault (a long
import), read-only commands and a backup to another folder work (WAL lets readers through): the
bookkeeping writes at unlock (audit, retention) wait only briefly and are kept for later or skipped.

The writer is a real second process holding a write transaction open on the SQLCipher vault; the
commands are the real ``iq-desktop`` CLI in their own processes. The timeout of ``subprocess.run`` is a
hang guard, not a timing assertion.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from iq_desktop.services import demo
from iq_desktop.services.vault import open_vault
from tests.conftest import PASSPHRASE, USER

ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import sys
from iq_desktop.services.vault import open_vault
vault = open_vault(sys.argv[1], sys.argv[2], sys.argv[3])
with vault._uow() as uow:  # a write transaction held open, as during a long import
    uow.audit.add(vault.user, "settings", detail="test")
    print("holding", flush=True)
    sys.stdin.readline()
vault.lock()
print("released", flush=True)
"""


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IQ_")}
    env.update(
        {
            "PYTHONPATH": str(ROOT),
            "IQ_PASSPHRASE": PASSPHRASE,
            "IQ_INSECURE_TEST_KDF": os.environ.get("IQ_INSECURE_TEST_KDF", ""),
        }
    )
    return env


@pytest.fixture
def writing(vault: object, data_dir: Path) -> Iterator[subprocess.Popen[str]]:
    demo.create_demo_data(vault, 200, seed=4)  # type: ignore[arg-type]
    vault.lock()  # type: ignore[attr-defined]
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir), USER, PASSPHRASE],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=_env(), cwd=ROOT,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
    yield proc
    assert proc.stdin is not None
    if not proc.stdin.closed:  # not released by the test
        _release(proc)
    assert proc.wait(timeout=60) == 0


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "iq_desktop", "--data-dir", str(data_dir), "--user", USER, *args],
        capture_output=True, text=True, env=_env(), cwd=ROOT, timeout=120,
    )  # fmt: skip


def _worked(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, done.stdout + done.stderr
    assert "busy" not in done.stderr.lower() and "Traceback" not in done.stderr, done.stderr
    return done.stdout


def _release(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("\n")
    proc.stdin.close()
    assert proc.stdout.readline().strip() == "released"


def test_status_works_during_a_long_write(writing: subprocess.Popen[str], data_dir: Path) -> None:
    out = _worked(_cli(data_dir, "status"))
    assert writing.poll() is None  # the writer still holds its transaction
    assert "pending:" in out and "server:" in out


def test_list_works_during_a_long_write_and_shows_what_it_shows_afterwards(
    writing: subprocess.Popen[str], data_dir: Path
) -> None:
    during = _worked(_cli(data_dir, "list", "--type", "session"))
    assert writing.poll() is None
    assert during.strip()
    _release(writing)
    assert during == _worked(_cli(data_dir, "list", "--type", "session"))  # the committed state, complete
    vault = open_vault(data_dir, USER, PASSPHRASE)
    try:
        with vault._uow(readonly=True) as uow:
            actions = [a.action for a in reversed(uow.audit.recent(20))]
    finally:
        vault.lock()
    # the listing during the write was audited all the same: kept at its lock, written by the next unlock
    assert actions[-9:] == ["settings", "lock", "unlock", "list", "lock", "unlock", "list", "lock", "unlock"]


def test_a_backup_to_another_folder_during_a_long_write(
    writing: subprocess.Popen[str], data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "elsewhere" / "iq.backup"
    _worked(_cli(data_dir, "backup", "--out", str(out)))
    assert writing.poll() is None
    assert out.is_file() and tarfile.is_tarfile(out)
    assert not list(out.parent.glob(".*"))  # no temp copy left
    _release(writing)
    restored = tmp_path / "restored"
    _worked(_cli(restored, "restore", str(out)))  # the copy is complete and opens
    sessions = ["list", "--type", "session"]
    assert _worked(_cli(restored, *sessions)) == _worked(_cli(data_dir, *sessions))


def test_the_unlock_entry_kept_back_during_a_write_is_written_with_the_next_write(
    writing: subprocess.Popen[str], data_dir: Path
) -> None:
    vault = open_vault(data_dir, USER, PASSPHRASE)  # does not wait the full busy timeout, does not fail
    try:
        assert writing.poll() is None
        assert vault.get_setting("site_id") == "TEST-SITE-01"  # reads work
        _release(writing)
        vault.set_setting("language", "en")
        with vault._uow(readonly=True) as uow:
            actions = [a.action for a in reversed(uow.audit.recent(4))]
        assert actions[-2:] == ["unlock", "settings"]  # kept back at unlock, written with the next write
    finally:
        vault.lock()


def test_a_user_change_during_a_long_write_is_made_and_audited_later(
    writing: subprocess.Popen[str], data_dir: Path
) -> None:
    """Adding a user writes the key file; its audit entry waits for the other program's write instead of
    failing after the change was made (a retry then said "user exists")."""
    from iq_desktop.crypto import TEST_KDF

    vault = open_vault(data_dir, USER, PASSPHRASE)  # the unlock entry is kept for later, too
    vault.add_user("neu", "counsellor", "a passphrase of her own 2026", kdf=TEST_KDF)  # no VaultBusy
    assert "neu" in {u.user for u in vault.users()}
    _release(writing)
    assert writing.wait(timeout=60) == 0
    vault.lock()  # writes the kept entries
    again = open_vault(data_dir, USER, PASSPHRASE)
    try:
        with again._uow(readonly=True) as uow:
            added = uow.audit.recent(action="add_user")
        assert [(a.user, a.record_type, a.record_id, a.detail) for a in added] == [
            (USER, "user", "neu", "role=counsellor")
        ]
    finally:
        again.lock()
