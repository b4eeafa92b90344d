"""Screens created and thrown away while their DB jobs are still queued (what once crashed the
screenshot script): the worker must never call back into a deleted widget, whether the callback is a
bound method, a lambda or a closure that captured the screen."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from iq_desktop.domain.codes import SessionKind, Topic
from iq_desktop.domain.records import Client, CounsellingSession
from tests.ui._screens_support import run


def _screens(ctx: Any, client_id: str, session_id: str) -> list[tuple[str, Callable[[], QWidget]]]:
    from iq_desktop.ui.records.client_page import ClientPage
    from iq_desktop.ui.shell.main_window import PAGES, MainWindow, load_screen
    from iq_desktop.ui.shell.status_bar import StatusBar
    from iq_desktop.ui.sync.what_is_sent import WhatIsSent

    def page(module: str, cls: str) -> Callable[[], QWidget]:
        return lambda: load_screen(module, cls, ctx, cls)[0]

    def client_page() -> QWidget:
        w = ClientPage(ctx)
        w.show_client(client_id)
        return w

    def what_is_sent() -> QWidget:
        w = WhatIsSent(ctx)
        w.show_record(session_id)
        return w

    def session_form_searching() -> QWidget:
        from iq_desktop.ui.forms.session_form import SessionForm

        form = SessionForm(ctx)
        form.new_record()
        form.client.setText("Kar")
        form.client._on_edited("Kar")
        form.client._run_search()  # a closure that calls back into the chooser
        return form

    out: list[tuple[str, Callable[[], QWidget]]] = [(key, page(m, c)) for key, _i, m, c in PAGES]
    out += [
        ("client page", client_page),
        ("what is sent", what_is_sent),
        ("status bar", lambda: StatusBar(ctx)),
        ("session form", session_form_searching),
        ("main window", lambda: MainWindow(ctx)),
    ]
    return out


@pytest.fixture
def records(ctx: Any) -> tuple[str, str]:
    from iq_desktop.services import records as svc

    c = run(ctx, svc.save_client, Client(first_name="Karim", last_name="Aziz", nationality="EG"))
    s = run(ctx, svc.save_session, CounsellingSession(client_id=c.id, date=date(2025, 1, 8), kind=SessionKind.INITIAL,
                                                      topics=frozenset({Topic.JOB_TRAINING})))  # fmt: skip
    return c.id, s.id


def test_every_screen_discarded_with_jobs_pending(qtbot: Any, ctx: Any, records: tuple[str, str]) -> None:
    for name, make in _screens(ctx, *records):
        gate = threading.Event()
        ctx.db.submit(gate.wait, 10)  # the worker is busy: the screen's jobs queue behind
        widget = make()
        widget.show()
        queued = ctx.db.pending()
        assert queued > 1 or name in ("settings",), f"{name}: no DB job queued"
        shiboken6.delete(widget)  # closed and gone before any answer
        assert not shiboken6.isValid(widget)
        gate.set()
        qtbot.waitUntil(lambda: ctx.db.pending() == 0, timeout=10000)  # and no callback raised


def test_closures_and_lambdas_capturing_a_deleted_object_are_not_called(qtbot: Any, db_worker: Any) -> None:
    import functools

    called: list[str] = []

    class Screen(QObject):
        def got(self, text: str) -> None:
            called.append(text)

    screen = Screen()
    label = QLabel()
    gate = threading.Event()
    db_worker.submit(gate.wait, 5)
    db_worker.submit(lambda: "a", on_done=lambda r: screen.got(r))  # a lambda over the screen
    db_worker.submit(lambda: "b", on_done=functools.partial(Screen.got, screen))

    def nested(result: str) -> None:
        def inner() -> None:
            label.setText(result)

        inner()

    db_worker.submit(lambda: "c", on_done=nested)
    db_worker.submit(lambda: "d", on_error=lambda e: screen.got("error"))
    shiboken6.delete(screen)
    shiboken6.delete(label)
    gate.set()
    qtbot.waitUntil(lambda: db_worker.pending() == 0, timeout=3000)
    assert called == []

    alive = Screen()
    db_worker.submit(lambda: "e", on_done=lambda r: alive.got(r))
    qtbot.waitUntil(lambda: db_worker.pending() == 0, timeout=3000)
    assert called == ["e"]  # a living screen still gets its answer
