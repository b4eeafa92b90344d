"""``iq-desktop --self-test``: start the GUI on a temporary demo vault, open every main screen and the
data-entry forms, check that sync is available, lock, show the unlock screen; exit 0 only if all of
that worked (a screen that failed to load and became a placeholder page is a failure, named)."""

from __future__ import annotations

import importlib
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Protocol

from PySide6.QtCore import QTimer, SignalInstance
from PySide6.QtWidgets import QApplication

from iq_desktop.ui import errors, i18n
from iq_desktop.ui.shell.main_window import PAGES, MainWindow, load_screen


class SelfTestShell(Protocol):
    """What the self-test needs of ``ui.shell.app.Shell`` (passed in: the app module imports this one)."""

    main_shown: SignalInstance
    unlock_shown: SignalInstance
    on_fatal: Callable[[BaseException], None] | None

    def start(self) -> None: ...

    def shutdown(self) -> None: ...


#: The data-entry forms the self-test opens too (module, class), as the main window opens them.
SELF_TEST_FORMS: tuple[tuple[str, str], ...] = (
    ("iq_desktop.ui.forms.session_form", "SessionForm"),
    ("iq_desktop.ui.forms.client_form", "ClientForm"),
    ("iq_desktop.ui.forms.training_form", "TrainingForm"),
    ("iq_desktop.ui.forms.event_form", "EventForm"),
)


def sync_problem() -> str | None:
    """Why sync does not work in this build (the sync panel or the sync use cases fail to import), else None."""
    try:
        importlib.import_module("iq_desktop.ui.sync.panel")
        importlib.import_module("iq_desktop.services.sync_service")
    except Exception as exc:  # an ImportError, or any error while importing
        return f"sync is not available: {type(exc).__name__}: {exc}"
    return None


def check_main_window(win: MainWindow, app: QApplication | None = None) -> list[str]:
    """The self-test's checks on an open main window: every screen shows and is the real screen (not the
    placeholder of one that failed to load), every data-entry form loads, sync is available, PDFs can be shown."""
    problems: list[str] = []
    for key, *_rest in PAGES:
        page = win.show_page(key)
        if app is not None:
            app.processEvents()
        if page.property("placeholder"):
            problems.append(f"screen {key} failed to load (placeholder shown)")
        elif not page.isVisible():
            problems.append(f"screen {key} not shown")
    for module, cls in SELF_TEST_FORMS:
        form, error = load_screen(module, cls, win.ctx, cls)
        if form.property("placeholder"):
            problems.append(f"form {cls} failed to load (placeholder)" + (f": {error}" if error else ""))
        form.deleteLater()
    problems.extend(win.load_errors)
    sync = sync_problem()
    if sync:
        problems.append(sync)
    from iq_desktop.ui.records.documents_panel import pdf_viewer_problem

    pdf = pdf_viewer_problem()
    if pdf:
        problems.append(pdf)
    return problems


def run_self_test(app: QApplication, make_shell: Callable[[Path, str], SelfTestShell], lang: str | None = None) -> int:
    """Open every main screen on a temporary demo vault (``make_shell(data_dir, language)`` makes the
    demo shell), lock, show the unlock screen; 0 if all went well."""
    failures: list[str] = []
    language = i18n.install(lang or i18n.DEFAULT_LANGUAGE)
    with tempfile.TemporaryDirectory(prefix="iq-selftest-") as tmp:
        errors.set_log_dir(Path(tmp) / "logs")

        def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
            failures.append(f"uncaught {exc_type.__name__}")
            errors.write_crash_log(exc_type, tb)
            app.exit(1)

        old_hook, sys.excepthook = sys.excepthook, hook
        shell = make_shell(Path(tmp), language)

        def fail(exc: BaseException) -> None:
            failures.append(f"{type(exc).__name__}: {exc}")
            app.exit(1)

        shell.on_fatal = fail

        def on_main(win: MainWindow) -> None:
            failures.extend(check_main_window(win, app))
            QTimer.singleShot(100, win.lock)

        def on_unlock(win: object) -> None:
            QTimer.singleShot(100, lambda: app.exit(1 if failures else 0))

        shell.main_shown.connect(on_main)
        shell.unlock_shown.connect(on_unlock)
        QTimer.singleShot(0, shell.start)

        def timed_out() -> None:
            failures.append("timed out")
            app.exit(2)

        QTimer.singleShot(60_000, timed_out)
        try:
            code = app.exec()
        finally:
            shell.shutdown()
            sys.excepthook = old_hook
    out = "self-test: " + ("ok" if code == 0 and not failures else "FAILED: " + "; ".join(failures))
    sys.stdout.write(out + "\n")
    return 0 if code == 0 and not failures else max(1, int(code))
