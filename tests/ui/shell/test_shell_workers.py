"""The DB worker: one thread, FIFO, results on the GUI thread, cancel / lock semantics."""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtWidgets import QLabel

from iq_desktop.ui.workers import DbWorker


def test_results_and_errors_arrive_on_the_gui_thread(qtbot: Any, db_worker: DbWorker) -> None:
    gui = threading.get_ident()
    seen: list[Any] = []

    def work(x: int) -> tuple[int, bool]:
        return x * 2, threading.get_ident() != gui

    def boom() -> None:
        raise ValueError("x")

    db_worker.submit(work, 21, on_done=lambda r: seen.append((r, threading.get_ident() == gui)))
    db_worker.submit(boom, on_error=lambda e: seen.append((type(e).__name__, threading.get_ident() == gui)))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=3000)
    assert seen == [((42, True), True), ("ValueError", True)]
    assert db_worker.pending() == 0


def test_jobs_run_in_order_on_one_thread(qtbot: Any, db_worker: DbWorker) -> None:
    threads: set[int] = set()
    order: list[int] = []

    def job(i: int) -> int:
        threads.add(threading.get_ident())
        time.sleep(0.001)
        return i

    for i in range(20):
        db_worker.submit(job, i, on_done=order.append)
    qtbot.waitUntil(lambda: len(order) == 20, timeout=5000)
    assert order == list(range(20)) and len(threads) == 1


def test_cancel_skips_and_cancel_all_drops_results_but_runs_the_work(qtbot: Any, db_worker: DbWorker) -> None:
    gate = threading.Event()
    ran: list[str] = []
    got: list[str] = []
    db_worker.submit(gate.wait, 5)
    skipped = db_worker.submit(lambda: ran.append("skipped"), on_done=lambda _r: got.append("skipped"))
    db_worker.submit(lambda: ran.append("draft"), on_done=lambda _r: got.append("draft"))
    skipped.cancel()
    db_worker.cancel_all()  # like locking: queued writes still happen, nobody is called back
    gate.set()
    qtbot.waitUntil(lambda: db_worker.pending() == 0, timeout=3000)
    assert ran == ["draft"] and got == []


def test_no_callback_into_a_deleted_widget(qtbot: Any, db_worker: DbWorker) -> None:
    gate = threading.Event()
    label = QLabel()
    db_worker.submit(gate.wait, 5)
    db_worker.submit(lambda: "text", on_done=label.setText)
    label.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(label), timeout=3000)
    gate.set()
    qtbot.waitUntil(lambda: db_worker.pending() == 0, timeout=3000)  # and no RuntimeError raised
