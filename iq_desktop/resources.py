"""Where the shipped resources (reference lists, translations, icons) are.

From a source checkout they are ``<repo>/resources``; in a wheel they are ``iq_desktop/_resources``;
in a PyInstaller bundle they sit under ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    candidates = [here.parent / "resources", here / "_resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "resources")
    for candidate in candidates:
        if (candidate / "reference").is_dir():
            return candidate
    raise FileNotFoundError("The app's resources folder is missing; reinstall IQ Desktop.")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
