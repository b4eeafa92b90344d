"""Garbage cycles (which may hold Qt objects) are collected on the GUI thread, never on a worker
(ui/gui_gc.py): a QWidget destroyed on a worker deadlocks against the GUI thread."""

from __future__ import annotations

import gc
import threading
from typing import Any

from iq_desktop.ui import gui_gc


def test_cycles_are_collected_on_the_gui_thread(qtbot: Any, db_worker: Any) -> None:
    assert not gc.isenabled()  # automatic collection would run on whichever thread allocates
    collected_on_gui_thread: list[bool] = []

    class InACycle:
        def __del__(self) -> None:
            collected_on_gui_thread.append(threading.current_thread() is threading.main_thread())

    obj = InACycle()
    obj.me = obj  # type: ignore[attr-defined]
    del obj
    # Heavy allocation on the worker: with automatic GC this is where the cycle would be collected.
    db_worker.run_sync(lambda: [[{}] for _ in range(300_000)])
    assert collected_on_gui_thread == []
    collector = gui_gc.ensure_installed()
    assert collector is not None and collector.timer.isActive()
    collector.collect_now()  # what the GUI thread's timer does once the thresholds are passed
    assert collected_on_gui_thread == [True]
