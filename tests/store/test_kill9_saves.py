"""``kill -9`` during a stream of saves, 100 times: afterwards ``PRAGMA integrity_check`` is ok and
every save that returned is in the vault (waiting for a contribution, with its audit row)."""

from __future__ import annotations

import os
import random
import select
import signal
import time
from datetime import date
from pathlib import Path

import pytest

from iq_desktop.crypto import TEST_KDF
from iq_desktop.domain.codes import SessionKind
from iq_desktop.domain.records import Client, CounsellingSession
from iq_desktop.services import records as R
from iq_desktop.services import vault as V
from tests.conftest import PASSPHRASE, USER

KILLS = 100


def _child(data_dir: Path, fd: int, seed: int) -> None:
    """Save forever; write each id to ``fd`` only after its save returned (= committed)."""
    rng = random.Random(seed)
    vault = V.open_vault(data_dir, USER, PASSPHRASE)
    client = None
    while True:
        if client is None or rng.random() < 0.2:
            client = R.save_client(vault, Client("Kill", f"Nine{rng.randrange(10**6)}", notes="x" * rng.randrange(500)))
            os.write(fd, f"c {client.id}\n".encode())
            kind = SessionKind.INITIAL
        else:
            kind = SessionKind.FOLLOW_UP
        s = R.save_session(vault, CounsellingSession(client.id, date(2024, 1, 2), kind=kind, notes="y" * 300))
        os.write(fd, f"s {s.id}\n".encode())


def _run_and_kill(data_dir: Path, seed: int, delay: float) -> list[tuple[str, str]]:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        code = 0
        try:
            os.close(read_fd)
            _child(data_dir, write_fd, seed)
        except BaseException:
            code = 3
        finally:
            os._exit(code)
    os.close(write_fd)
    buf = b""
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline:  # keep draining so the child never blocks on a full pipe
        ready, _, _ = select.select([read_fd], [], [], max(0.0, deadline - time.monotonic()))
        if ready:
            chunk = os.read(read_fd, 65536)
            if not chunk:
                break
            buf += chunk
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    while chunk := os.read(read_fd, 65536):
        buf += chunk
    os.close(read_fd)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, "the child stopped on its own"
    lines = buf.decode().splitlines()
    complete = lines if buf.endswith(b"\n") else lines[:-1]
    return [(line[0], line[2:]) for line in complete]


@pytest.mark.slow
def test_kill9_during_saves_loses_nothing(data_dir: Path) -> None:
    V.create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)[0].lock()
    rng = random.Random(99)
    saved: list[tuple[str, str]] = []
    started = time.monotonic()
    for i in range(KILLS):
        saved += _run_and_kill(data_dir, seed=i, delay=rng.uniform(0.02, 0.25))
        if i % 10 == 9 or i == KILLS - 1:
            vault = V.open_vault(data_dir, USER, PASSPHRASE)
            try:
                assert vault.store.integrity_check() == []
                for kind, record_id in saved:
                    got = R.get_client(vault, record_id) if kind == "c" else R.get_session(vault, record_id)
                    assert got is not None, f"a save that returned is missing after kill {i}"
                states = {r.id: r.sync_state for r in R.list_sessions(vault, limit=100_000)}
                for kind, record_id in saved:  # a saved session is whole: it waits for a contribution
                    if kind == "s":
                        assert states[record_id] == "pending"
            finally:
                vault.lock()
    sessions = [rid for kind, rid in saved if kind == "s"]
    assert len(sessions) > KILLS, "the children hardly saved anything; the test proves little"
    assert time.monotonic() - started < 90
