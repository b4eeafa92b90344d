"""Issue 10, item 2: the ``iq-desktop`` program (CLI and GUI) turns crash dumps off at start: a core
dump of a crashed CLI held the data key, the passphrase and ~1,900 personal values."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl and /proc are Linux's")

PROBE = """
import ctypes, ctypes.util, resource, sys
from iq_desktop.launcher import main
rc = main(["--data-dir", sys.argv[1], "status"])
libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
print("rlimit", resource.getrlimit(resource.RLIMIT_CORE))
print("dumpable", libc.prctl(3, 0, 0, 0, 0) if sys.platform.startswith("linux") else "n/a")
"""


def _allow_core_files() -> None:
    import resource

    _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_CORE is POSIX")
def test_a_cli_command_runs_without_core_dumps(tmp_path: Path) -> None:
    # the parent allows core files, so the child's limit of 0 is its own doing
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "no-vault")],
        env=_env(), capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
        preexec_fn=_allow_core_files,
    )  # fmt: skip
    assert "rlimit (0, 0)" in result.stdout, result.stdout + result.stderr
    if sys.platform.startswith("linux"):
        assert "dumpable 0" in result.stdout


@linux_only
def test_the_gui_process_is_not_dumpable_and_hides_its_environment(tmp_path: Path) -> None:
    """The real program, started as the user starts it: other processes of the same user can read
    neither its memory nor its environment, and it may write no core file."""
    env = {**_env(), "HOME": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "iq_desktop", "--data-dir", str(tmp_path / "data")],
        env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        limits = ""
        for _ in range(600):  # until the program has started (it then shows the first-run wizard)
            limits = Path(f"/proc/{proc.pid}/limits").read_text()
            core = next(line for line in limits.splitlines() if line.startswith("Max core file size"))
            if core.split()[4:6] == ["0", "0"]:
                break
            assert proc.poll() is None, "the GUI ended early"
            time.sleep(0.05)
        assert core.split()[4:6] == ["0", "0"], core
        pry = (
            "import sys\n"
            "for name in ('environ', 'mem'):\n"
            "    try:\n"
            "        open(f'/proc/{sys.argv[1]}/{name}', 'rb').read(1)\n"
            "        print(name, 'readable')\n"
            "    except PermissionError:\n"
            "        print(name, 'refused')\n"
        )
        if os.geteuid() != 0:  # root reads every /proc file; the CLI probe above checks prctl directly
            for _ in range(100):  # prctl follows the rlimit within microseconds
                seen = subprocess.run(
                    [sys.executable, "-c", pry, str(proc.pid)], capture_output=True, text=True, timeout=60
                ).stdout.split("\n")
                if "environ refused" in seen:
                    break
            assert seen[:2] == ["environ refused", "mem refused"], seen
        assert proc.poll() is None
    finally:
        proc.kill()
        proc.wait(timeout=30)


@pytest.mark.skipif(os.name != "posix", reason="POSIX")
def test_disable_core_dumps_reports_each_step() -> None:
    code = "from iq_desktop.fs.core_dumps import disable_core_dumps as d; print(sorted(k for k, v in d().items() if v))"
    result = subprocess.run([sys.executable, "-c", code], env=_env(), capture_output=True, text=True, timeout=60)
    expected = ["not_dumpable", "rlimit_core"] if sys.platform.startswith("linux") else ["rlimit_core"]
    assert result.stdout.strip() == repr(expected)
