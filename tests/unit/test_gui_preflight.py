"""The GUI's pre-flight names what is missing before Qt would abort the process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from iq_desktop import gui_preflight

ROOT = Path(__file__).resolve().parents[2]


def test_no_display_is_named() -> None:
    msg = gui_preflight.problem({}, "linux")
    assert msg is not None and "No display" in msg


def test_offscreen_and_other_platforms_pass() -> None:
    assert gui_preflight.problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert gui_preflight.problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert gui_preflight.problem({}, "win32") is None
    assert gui_preflight.problem({}, "darwin") is None


def test_missing_libraries_are_named_with_their_packages(monkeypatch) -> None:
    # ctypes is not ours: pretend the system lacks one library
    monkeypatch.setattr(gui_preflight, "_loadable", lambda name: name != "libxcb-icccm.so.4")
    msg = gui_preflight.problem({"DISPLAY": ":0"}, "linux")
    assert msg is not None and "libxcb-icccm4" in msg and "apt-get install" in msg


def test_cli_refuses_in_one_line_without_a_display(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update({"PYTHONPATH": str(ROOT), "IQ_DATA_DIR": str(tmp_path)})
    result = subprocess.run([sys.executable, "-m", "iq_desktop"], capture_output=True, text=True, env=env, timeout=60)
    if sys.platform.startswith("linux"):
        assert result.returncode == 1
        assert result.stderr.strip().count("\n") == 0 and "No display" in result.stderr
        assert "Traceback" not in result.stderr
