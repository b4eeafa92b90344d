"""Background operations, as Anki's ``QueryOp``/``CollectionOp``: the one way screens run vault work.

* :func:`query` runs ``fn(*args)`` on the DB worker (or another worker) and hands its result to
  ``success`` on the GUI thread.
* :func:`change` does the same for work that changes data; after it succeeded (just before
  ``success``) the context's ``data_changed`` signal is emitted with the :class:`Change` flags; the
  context re-emits the matching ``records_changed`` / ``settings_changed`` / ``outbox_changed`` so
  views refresh.
* :func:`refresh_on` is how a view follows the data it shows: its ``refresh`` runs whenever a change
  of the given kinds is reported (or, with ``when_visible``, when the view is next shown).

A failure goes to ``failure`` when given; otherwise it is SHOWN (``ui.errors.report_exception``): no
error is dropped silently.  Callbacks of a screen deleted while its job ran are not called (see
``ui.workers``).  The job function runs on the worker thread and must not touch widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from iq_desktop.ui.context import AppContext, Change
from iq_desktop.ui.errors import report_exception
from iq_desktop.ui.workers import Job, Worker

T = TypeVar("T")

__all__ = ["Change", "change", "query", "refresh_on"]

Failure = Callable[[BaseException], None]


def _show(parent: QWidget | None, language: str) -> Failure:
    def show(exc: BaseException) -> None:
        report_exception(exc, parent, language)

    return show


def query(
    target: AppContext | Worker,
    fn: Callable[..., T],
    *args: object,
    success: Callable[[T], None] | None = None,
    failure: Failure | None = None,
    parent: QWidget | None = None,
    worker: Worker | None = None,
) -> Job:
    """Run ``fn(*args)`` on ``worker`` (default: the DB worker); ``success(result)`` on the GUI thread;
    a failure goes to ``failure``, else it is shown (with ``parent`` as the dialog's parent)."""
    ctx = target if isinstance(target, AppContext) else None
    if worker is None:
        worker = target.db if isinstance(target, AppContext) else target
    on_error = failure if failure is not None else _show(parent, ctx.language if ctx is not None else "de")
    return worker.submit(fn, *args, on_done=success, on_error=on_error)


def change(
    ctx: AppContext,
    fn: Callable[..., T],
    *args: object,
    changes: Change = Change.RECORDS,
    success: Callable[[T], None] | None = None,
    failure: Failure | None = None,
    parent: QWidget | None = None,
    worker: Worker | None = None,
) -> Job:
    """As :func:`query` for work that changes data; after success (just before ``success`` is called)
    the context's ``data_changed`` signal tells the views what changed."""

    def done(result: T) -> None:
        if changes:
            ctx.data_changed.emit(changes)
        if success is not None:
            success(result)

    return query(ctx, fn, *args, success=done, failure=failure, parent=parent, worker=worker)


class _Refresher(QObject):
    """Runs a view's ``refresh`` when the data it shows changed (a child of the view: it goes with it)."""

    def __init__(
        self, ctx: AppContext, view: QWidget, changes: Change, refresh: Callable[[], None], when_visible: bool
    ) -> None:
        super().__init__(view)
        self.view = view
        self.changes = changes
        self.refresh = refresh
        self.when_visible = when_visible
        self.stale = False
        ctx.data_changed.connect(self.changed)
        if when_visible:
            view.installEventFilter(self)

    def changed(self, changes: Change) -> None:
        if not changes & self.changes:
            return
        if self.when_visible and not self.view.isVisible():
            self.stale = True  # refreshed when shown again
            return
        self.stale = False
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.refresh()
        return False


def refresh_on(
    ctx: AppContext, view: QWidget, changes: Change, refresh: Callable[[], None], *, when_visible: bool = False
) -> None:
    """Call ``refresh`` whenever the context reports a change of ``changes`` (``data_changed``). With
    ``when_visible`` a hidden view is refreshed when it is shown again (for costly views)."""
    _Refresher(ctx, view, changes, refresh, when_visible)
