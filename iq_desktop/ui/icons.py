"""The app's icons (SVG files in ``resources/icons``), for every screen; imports nothing of the ui."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from iq_desktop.resources import resource


def icon(name: str) -> QIcon:
    return QIcon(str(resource("icons", f"{name}.svg")))
