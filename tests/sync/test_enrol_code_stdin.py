"""Issue 10, item 15: the enrolment code is read from standard input (``enrol --code -``) or a prompt, so
it never has to be in argv (the process list)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.sync.conftest import PASSPHRASE
from tests.sync.server import ROOT


def _enrol(vault, *args: str, stdin: str | None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "IQ_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-m", "iq_desktop", "--data-dir", str(vault.data_dir), "enrol", *args],
        cwd=ROOT, env=env, input=stdin, capture_output=True, text=True, timeout=120,
        stdin=None if stdin is not None else subprocess.DEVNULL, start_new_session=True,  # no terminal to ask on
    )  # fmt: skip


def test_enrol_reads_the_code_from_standard_input(vault, server):
    code = server.enrolment_code()
    out = _enrol(vault, "--server", server.url, "--code", "-", stdin=code + "\n")
    assert out.returncode == 0, out.stderr
    assert "Enrolled with" in out.stderr
    assert code not in out.stderr + out.stdout


def test_enrol_without_a_code_and_without_a_terminal_is_refused_in_one_line(vault, server):
    out = _enrol(vault, "--server", server.url, stdin=None)
    assert out.returncode == 1
    assert "No enrolment code given" in out.stderr and "Traceback" not in out.stderr
