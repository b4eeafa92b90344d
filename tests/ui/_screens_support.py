"""Helpers for the screens' GUI tests (forms, pages, figures, sync panel)."""

from __future__ import annotations

from typing import Any


def run(ctx: Any, fn: Any, *args: Any) -> Any:
    """Run a service call on the DB worker (where the vault lives) and wait for it."""
    return ctx.db.run_sync(lambda: fn(ctx.vault, *args))


def wait_idle(qtbot: Any, ctx: Any) -> None:
    qtbot.waitUntil(lambda: ctx.db.pending() == 0, timeout=5000)


def server_figures(db_path: Any) -> dict[str, dict[str, int]]:
    """What the regional server holds (its SQLite file, read-only): period -> cell -> the site's count,
    for every current contribution. The server stores counts per period only, no record of a person."""
    import sqlite3

    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=30)
    try:
        out: dict[str, dict[str, int]] = {}
        rows = con.execute(
            "SELECT i.period, c.cell, c.n FROM item i JOIN item_cell c ON c.record_id = i.record_id "
            "WHERE i.rtype = 'contribution'"
        )
        for period, cell, n in rows:
            out.setdefault(str(period), {})[str(cell)] = int(n)
        return out
    finally:
        con.close()
