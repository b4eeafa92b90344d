"""change_passphrase is crash-safe: kill -9 at random moments, and a simulated crash at every step.

After any crash, the key file must load and exactly one of "the passphrase before the interrupted
change" / "the passphrase after it" must unlock it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from iq_desktop.crypto import TEST_KDF, KeyFile, WrongPassphrase
from iq_desktop.fs import atomic as _atomic

REPO = Path(__file__).resolve().parents[2]
PASSPHRASES = ["first passphrase 1", "second passphrase 2", "third passphrase 3"]
KILLS = 50

CHILD = """
import sys
from pathlib import Path
from iq_desktop.crypto import KeyFile
passphrases = sys.argv[2:]
done = 0
kf = KeyFile.load(Path(sys.argv[1]))
print("ready", flush=True)
while True:
    kf.change_passphrase("Ana", passphrases[done % 3], passphrases[(done + 1) % 3])
    done += 1
    print(done, flush=True)
"""


def _working(path: Path) -> list[int]:
    kf = KeyFile.load(path)
    working = []
    for index, passphrase in enumerate(PASSPHRASES):
        try:
            kf.unlock("Ana", passphrase)
        except WrongPassphrase:
            continue
        working.append(index)
    return working


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_change_passphrase_survives_kill9(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    _, unlocked, _ = KeyFile.create(path, "Ana", PASSPHRASES[0], kdf=TEST_KDF)
    rng = random.Random(20240613)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    current = 0  # index of the passphrase that works now
    total_changes = 0
    for _ in range(KILLS):
        # rotate the list so the child starts from the passphrase that currently works
        order = [PASSPHRASES[(current + k) % 3] for k in range(3)]
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), *order],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert child.stdout is not None
        ready = child.stdout.readline()
        assert ready.strip() == "ready", child.stderr.read() if child.stderr else ""
        time.sleep(rng.uniform(0.0, 0.025))
        child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=10)
        assert child.returncode == -signal.SIGKILL, err
        lines = out.split()
        done = int(lines[-1]) if lines else 0
        total_changes += done
        before, after = (current + done) % 3, (current + done + 1) % 3
        working = _working(path)
        assert len(working) == 1 and working[0] in (before, after), (done, working)
        assert KeyFile.load(path).unlock("Ana", PASSPHRASES[working[0]]).data_key == unlocked.data_key
        current = working[0]
        assert len(list(tmp_path.glob(".keys.json.*.tmp"))) <= KILLS  # leftovers are only temp files
    assert total_changes > 0  # the children really did work between kills


STEPS = ["write", "fsync", "replace", "fsync_dir"]


@pytest.mark.parametrize("step", STEPS)
def test_simulated_crash_at_each_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    path = tmp_path / "keys.json"
    kf, unlocked, _ = KeyFile.create(path, "Ana", PASSPHRASES[0], kdf=TEST_KDF)

    class Crash(BaseException):
        pass

    def crash(*args: object, **kwargs: object) -> None:
        raise Crash

    if step == "write":
        monkeypatch.setattr(_atomic.os, "fdopen", crash)
    elif step == "fsync":
        monkeypatch.setattr(_atomic.os, "fsync", crash)
    elif step == "replace":
        monkeypatch.setattr(_atomic.os, "replace", crash)
    else:
        monkeypatch.setattr(_atomic, "fsync_dir", crash)
    with pytest.raises(Crash):
        kf.change_passphrase("Ana", PASSPHRASES[0], PASSPHRASES[1])
    monkeypatch.undo()
    expected = 1 if step == "fsync_dir" else 0  # after the rename, the new file is in place
    assert _working(path) == [expected]
    assert KeyFile.load(path).unlock("Ana", PASSPHRASES[expected]).data_key == unlocked.data_key
