"""Helpers for the screens' GUI tests (forms, pages, figures, sync panel)."""

from __future__ import annotations

from typing import Any


def run(ctx: Any, fn: Any, *args: Any) -> Any:
    """Run a service call on the DB worker (where the vault lives) and wait for it."""
    return ctx.db.run_sync(lambda: fn(ctx.vault, *args))


def wait_idle(qtbot: Any, ctx: Any) -> None:
    qtbot.waitUntil(lambda: ctx.db.pending() == 0, timeout=5000)
