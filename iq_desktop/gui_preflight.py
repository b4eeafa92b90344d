"""Before Qt starts: can a window be shown here? (Qt itself aborts the process with a long message.)

Qt-free on purpose: it runs before PySide6 is imported, from the CLI's GUI path.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping

#: Libraries Qt's xcb platform plugin loads that a bare Linux install may lack, with their Debian packages.
XCB_LIBRARIES = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def _loadable(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def problem(env: Mapping[str, str] | None = None, platform: str = sys.platform) -> str | None:
    """A one-line message naming what is missing and what to do, or None when a window can open."""
    env = os.environ if env is None else env
    if not platform.startswith("linux"):
        return None
    qpa = env.get("QT_QPA_PLATFORM", "")
    if qpa and not qpa.startswith("xcb"):
        return None  # offscreen, wayland, vnc ...: Qt's own business
    if not qpa and env.get("WAYLAND_DISPLAY"):
        return None
    if not env.get("DISPLAY"):
        return (
            "No display found: IQ Desktop's window needs a desktop session "
            "(use the commands without a window: iq-desktop --help)."
        )
    missing = [pkg for lib, pkg in XCB_LIBRARIES.items() if not _loadable(lib)]
    if missing:
        return (
            "The window cannot open: system libraries Qt needs are missing. Install them, e.g. on "
            f"Debian/Ubuntu: sudo apt-get install {' '.join(missing)}"
        )
    return None
