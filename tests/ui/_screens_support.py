"""Helpers for the screens' GUI tests (forms, pages, figures, sync panel)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler

# More messages of the offscreen platform plugin itself (completer popups grab the keyboard).
OFFSCREEN_NOISE = ("This plugin does not support grabbing the keyboard",
                   "This plugin does not support grabbing the mouse")


@pytest.fixture(autouse=True)
def ignore_offscreen_noise(fail_on_qt_warnings: None) -> Iterator[None]:
    """Installed after ``fail_on_qt_warnings``: drops only the plugin's noise and forwards the rest."""

    def handler(mode: QtMsgType, context: Any, message: str) -> None:
        if any(n in message for n in OFFSCREEN_NOISE):
            return
        if previous is not None:
            previous(mode, context, message)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def run(ctx: Any, fn: Any, *args: Any) -> Any:
    """Run a service call on the DB worker (where the vault lives) and wait for it."""
    return ctx.db.run_sync(lambda: fn(ctx.vault, *args))


def wait_idle(qtbot: Any, ctx: Any) -> None:
    qtbot.waitUntil(lambda: ctx.db.pending() == 0, timeout=5000)
