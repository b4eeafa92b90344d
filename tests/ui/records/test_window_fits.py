"""Every screen fits a 1024×700 laptop screen in German and in English (issue 12, item 6): the main
window's minimum size with each page and each form shown leaves room for the window frame, and at that
size no page's content is wider than its scroll area (no horizontal scrolling of a whole page)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QScrollArea

from tests.ui._screens_support import wait_idle

SCREEN_W, SCREEN_H = 1024, 700
FRAME_W, FRAME_H = 16, 48  # window frame and title bar of a usual window manager
LONG_LINE = 420  # px: a one-line label this long does not fit beside a form's labels on a real display


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_screen_fits_1024_by_700(qtbot: Any, ctx: Any, lang: str) -> None:
    from iq_desktop.ui import i18n
    from iq_desktop.ui.shell.main_window import PAGES, MainWindow

    ctx.language = i18n.install(lang)
    try:
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        win.resize(SCREEN_W - FRAME_W, SCREEN_H - FRAME_H)
        win.show()
        too_big: dict[str, str] = {}
        screens: list[tuple[str, Any]] = []
        for key, *_ in PAGES:
            page = win.show_page(key)
            wait_idle(qtbot, ctx)
            screens.append((key, page))
            if hasattr(page, "new_record") and key != "sessions":
                win.new_record()
                wait_idle(qtbot, ctx)
                screens.append((key + " form", win.stack.currentWidget()))
                _check(qtbot, win, key + " form", win.stack.currentWidget(), too_big)
                win._close_forms()
            _check(qtbot, win, key, win.show_page(key), too_big)
        win.show_page("sessions")
        win.new_record()
        wait_idle(qtbot, ctx)
        _check(qtbot, win, "session form", win.stack.currentWidget(), too_big)
        win._close_forms()
        client_id = ctx.db.run_sync(lambda: _client_with_everything(ctx.vault))
        win.open_client(client_id)
        qtbot.waitUntil(lambda: type(win.stack.currentWidget()).__name__ == "ClientPage", timeout=5000)
        wait_idle(qtbot, ctx)
        page = win.stack.currentWidget()
        for tab in range(page.tabs.count()):  # every tab of the client's page (a hidden tab counts too)
            page.tabs.setCurrentIndex(tab)
            _check(qtbot, win, f"client page tab {tab}", page, too_big, content=False)
        assert not too_big, too_big
    finally:
        i18n.install("en")
        ctx.language = "en"


def _client_with_everything(vault: Any) -> str:
    """A client with a long name, a session, a training, a procedure and a document (real records)."""
    from datetime import date

    from iq_desktop.domain.records import Client, CounsellingSession, RecognitionProcedure
    from iq_desktop.services import documents, procedures
    from iq_desktop.services import records as R

    c = Client("Anna-Lena Maria", "Mustermann-Schmidt-Oberholzer", birth_date=date(1990, 5, 17))
    R.save_client(vault, c)
    R.save_session(vault, CounsellingSession(c.id, date(2026, 11, 2)))
    procedures.save_procedure(
        vault, RecognitionProcedure(client_id=c.id, occupation_code="81302", applied=date(2026, 3, 1))
    )
    documents.attach(vault, c.id, b"%PDF-1.4 synthetic", kind="certificate", file_name="Zeugnis.pdf")
    return c.id


def _check(qtbot: Any, win: Any, name: str, screen: Any, out: dict[str, str], *, content: bool = True) -> None:
    qtbot.wait(10)
    hint = win.minimumSizeHint()
    if hint.width() > SCREEN_W - FRAME_W or hint.height() > SCREEN_H - FRAME_H:
        out[name] = f"window minimum {hint.width()}×{hint.height()}"
    scroll = screen.findChild(QScrollArea) if content else None
    if scroll is not None and scroll.widget() is not None:
        need, have = scroll.widget().minimumSizeHint().width(), scroll.viewport().width()
        if need > have:
            out[name + " content"] = f"{need} > {have}"
        for label in scroll.widget().findChildren(QLabel):  # fonts differ offscreen: long text must wrap
            wide = label.fontMetrics().horizontalAdvance(label.text().replace("&", "")) > LONG_LINE
            if label.isVisible() and wide and not label.wordWrap() and "\n" not in label.text():
                out[name + " label"] = f"{label.text()[:40]!r} does not wrap"
        if scroll.horizontalScrollBar().maximum() > 0:  # what the user sees: the page scrolls sideways
            out[name + " scrolls sideways"] = f"{scroll.widget().width()} > {have}"
