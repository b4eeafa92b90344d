"""Lock and unlock keep the user's place: the page and the form open when the vault locked, kept in
memory only, per user, by the shell (``Shell._places``), and opened again after the same user unlocks."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

from iq_desktop.ui import operations
from iq_desktop.ui.forms.base import RecordForm

if TYPE_CHECKING:
    from iq_desktop.services.vault import Vault
    from iq_desktop.ui.context import AppContext

__all__ = ["Resume", "go_back", "place_of"]


class MainWindow(Protocol):
    """What of the main window this module uses (the window imports this module, not the other way)."""

    ctx: AppContext
    pages: dict[str, QWidget]
    forms: list[QWidget]

    def current_key(self) -> str: ...
    def show_page(self, key: str) -> QWidget: ...
    def open_form(
        self, module: str, cls_name: str, setup: Callable[[QWidget], None] | None = None
    ) -> QWidget | None: ...
    def open_client(self, client_id: str) -> None: ...
    def _error(self, exc: BaseException) -> None: ...


@dataclass(frozen=True)
class Resume:
    """Where a user was when the vault locked (kept in memory only, per user, by the shell): the page
    and the form open on it. ``record_id`` None: a new record (its draft is offered again)."""

    page: str
    kind: str = ""  # "": just the page; "form": hosted in the window; "client": a client's page; "list": a page's form
    module: str = ""
    cls: str = ""
    record_id: str | None = None


def _getter(kind: str) -> Callable[[Vault, str], object] | None:
    from iq_desktop.services import records

    getters: dict[str, Callable[[Vault, str], object]] = {
        "session": records.get_session,
        "client": records.get_client,
        "training": records.get_training,
        "event": records.get_event,
    }
    return getters.get(kind)


def place_of(win: MainWindow) -> Resume:
    """The page and the open form, to come back to after the same user unlocks again."""
    from iq_desktop.ui.forms.list_page import RecordListPage
    from iq_desktop.ui.records.client_page import ClientPage

    key = win.current_key()
    form = win.forms[-1] if win.forms else None
    if isinstance(form, RecordForm):
        kind = type(form)
        return Resume(key, "form", kind.__module__, kind.__name__, None if form.is_new else form.record_id)
    if isinstance(form, ClientPage) and form.client is not None:
        return Resume(key, "client", record_id=form.client.id)
    page = win.pages.get(key)
    if isinstance(page, RecordListPage) and page.stack.currentIndex() == 1:
        return Resume(key, "list", record_id=None if page.form.is_new else page.form.record_id)
    return Resume(key)


def go_back(win: MainWindow, state: Resume) -> None:
    """Back to where the user was: the page, then the form (whose draft is offered as after Ctrl+N)."""
    from iq_desktop.ui.forms.list_page import RecordListPage

    win.show_page(state.page)
    vault = win.ctx.vault
    if state.kind == "client" and state.record_id:
        win.open_client(state.record_id)
    elif state.kind == "form":
        if state.record_id is None:
            win.open_form(state.module, state.cls)
        else:

            def show(rec: object) -> None:
                def setup(form: QWidget) -> None:
                    if isinstance(form, RecordForm):
                        form.load(rec)

                win.open_form(state.module, state.cls, setup=setup)

            _open_saved(win, state, show)
    elif state.kind == "list" and vault is not None:
        page = win.pages.get(state.page)
        if not isinstance(page, RecordListPage):
            return
        if state.record_id is None:
            page.new_record()
        else:
            list_page = page

            def opened(rec: object) -> None:
                list_page.open_record(rec)
                list_page.stack.setCurrentIndex(1)

            _open_saved(win, Resume(state.page, "list", cls=page.form.KIND, record_id=state.record_id), opened)


def _open_saved(win: MainWindow, state: Resume, show: Callable[[object], None]) -> None:
    """Load the record ``state`` names (its form's kind) and ``show`` it; gone meanwhile: stay on the page."""
    vault = win.ctx.vault
    kind = state.cls if state.kind == "list" else _kind_of(state)
    getter = _getter(kind)
    if vault is None or getter is None or state.record_id is None:
        return

    def loaded(rec: object) -> None:
        if rec is not None:
            show(rec)

    operations.query(win.ctx, getter, vault, state.record_id, success=loaded, failure=win._error)


def _kind_of(state: Resume) -> str:
    module = importlib.import_module(state.module)
    cls = getattr(module, state.cls, None)
    return str(getattr(cls, "KIND", ""))
