"""The desktop app's entry point: ``run(argv)``.

Start-up is kept fast: only what the unlock screen needs is imported before it is shown; the
services (SQLAlchemy, SQLCipher) are imported on the DB worker thread while the user types.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from iq_desktop.fs.paths import default_data_dir
from iq_desktop.fs.secret_memory import release_freed_memory
from iq_desktop.ui import i18n, operations
from iq_desktop.ui.context import AppContext
from iq_desktop.ui.errors import install_excepthook, report_exception
from iq_desktop.ui.icons import icon
from iq_desktop.ui.workers import DbWorker

if TYPE_CHECKING:  # not imported at start-up: the services load on the DB worker
    from iq_desktop.services.keys import KdfParams
    from iq_desktop.services.sync_service import SchedulerOptions
    from iq_desktop.services.vault import Vault
    from iq_desktop.ui.access.autolock import AutoLock
    from iq_desktop.ui.settings.restore_dialog import RestoreRequest
    from iq_desktop.ui.shell.main_window import MainWindow
    from iq_desktop.ui.shell.resume import Resume
    from iq_desktop.ui.sync.autosync import AutoSync

log = logging.getLogger(__name__)

DB_NAME = "vault.db"  # = iq_desktop.store.DB_NAME (not imported here: start-up speed)
DEMO_USER = "demo"
DEMO_PASSPHRASE = "demo-vault-not-secret-42"  # noqa: S105 - a throwaway vault of invented records


def vault_exists(data_dir: Path) -> bool:
    """As services.vault.vault_exists, without importing the services on the GUI thread at start-up."""
    return (data_dir / DB_NAME).is_file()


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    pal = QPalette()
    base, window, text = QColor("#ffffff"), QColor("#f3f5f8"), QColor("#1b1f24")
    accent = QColor("#1f5f99")
    pal.setColor(QPalette.ColorRole.Window, window)
    pal.setColor(QPalette.ColorRole.WindowText, text)
    pal.setColor(QPalette.ColorRole.Base, base)
    pal.setColor(QPalette.ColorRole.AlternateBase, QColor("#eef2f7"))
    pal.setColor(QPalette.ColorRole.Text, text)
    pal.setColor(QPalette.ColorRole.Button, QColor("#e9edf2"))
    pal.setColor(QPalette.ColorRole.ButtonText, text)
    pal.setColor(QPalette.ColorRole.Highlight, accent)
    pal.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    pal.setColor(QPalette.ColorRole.ToolTipBase, QColor("#fffbe6"))
    pal.setColor(QPalette.ColorRole.ToolTipText, text)
    pal.setColor(QPalette.ColorRole.Link, accent)
    pal.setColor(QPalette.ColorRole.PlaceholderText, QColor("#6b7280"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#8a9099"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#8a9099"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#8a9099"))
    app.setPalette(pal)
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    # No kerning: a label's size is measured with it, but a mnemonic's underline splits the text into
    # runs that are drawn without it, so "&To" measured 14 px and was drawn 16 px wide (clipped to "Tc").
    font.setFeature(QFont.Tag("kern"), 0)
    app.setFont(font)
    app.setStyleSheet(
        """
        QPushButton { padding: 5px 14px; }
        QLineEdit, QComboBox, QSpinBox, QDateEdit { padding: 3px 5px; }
        QListWidget#nav { background: #e6ebf1; border: none; padding: 6px; }
        QListWidget#nav::item:selected { background: #c9dcf0; color: #10253a; border-left: 3px solid #1f5f99; }
        QLabel#heading { font-size: 15pt; font-weight: 600; }
        QLabel#demoBanner { background: #f2b632; color: #1b1f24; font-weight: 700; padding: 4px; }
        QLabel#message { padding: 4px; }
        """
    )


class Shell(QObject):
    """Moves between first run / unlock and the main window; owns the DB worker."""

    main_shown = Signal(object)  # the MainWindow
    unlock_shown = Signal(object)  # the UnlockWindow

    def __init__(
        self, data_dir: Path, language: str, *, demo: bool = False, kdf: KdfParams | None = None,
        sync_options: SchedulerOptions | None = None,
    ) -> None:  # fmt: skip
        """``sync_options``: keyword arguments for the automatic sync's scheduler (tests: a short backoff)."""
        super().__init__()
        self.data_dir = data_dir
        self.language = language
        self.demo = demo
        self.kdf = kdf
        self.db = DbWorker(self)
        self.ctx: AppContext | None = None
        self.window: QWidget | None = None
        self.main: MainWindow | None = None
        self.autolock: AutoLock | None = None
        self.autosync: AutoSync | None = None  # made at the first unlock (QtNetwork is not needed before)
        self.sync_options = sync_options
        # Lock and unlock keep the user's place: the window's geometry, and per user (in memory only)
        # the page and form they had open; the unlock screen offers the user who was working.
        self._geometry: WindowPlace | None = None
        self._frame: QRect | None = None
        self._user = ""
        self._places: dict[str, Resume] = {}
        self.on_fatal: Callable[[BaseException], None] | None = None  # the self-test's; else shown
        self._restoring = False  # a backup is being restored over the locked vault (no unlock screen yet)

    def start(self) -> None:
        if self.demo:
            self._start_demo()
        elif vault_exists(self.data_dir):
            self.show_unlock()
        else:
            self.show_first_run()

    def _set_window(self, w: QWidget) -> None:
        old, self.window = self.window, w
        w.show()
        if old is not None and old is not w:
            old.close()
            old.deleteLater()

    def show_first_run(self) -> None:
        from iq_desktop.ui.access.first_run import FirstRunWizard

        wiz = FirstRunWizard(self.data_dir, self.db, kdf=self.kdf)
        wiz.vault_created.connect(self.open_main)
        self._set_window(wiz)

    def show_unlock(self) -> None:
        from iq_desktop.ui.access.unlock import UnlockWindow

        win = UnlockWindow(
            self.data_dir, self.db, demo_passphrase=DEMO_PASSPHRASE if self.demo else None, last_user=self._user
        )
        win.unlocked.connect(self.open_main)
        if self._frame is not None:  # where the main window was, not wherever the window manager likes
            box = win.frameGeometry()
            box.moveCenter(self._frame.center())
            win.move(box.topLeft())
        self._set_window(win)
        self.unlock_shown.emit(win)

    def _start_demo(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        operations.query(
            self.db, make_demo_vault, self.data_dir, DEMO_USER, DEMO_PASSPHRASE,
            success=self.open_main, failure=self._fatal,
        )  # fmt: skip

    def _fatal(self, exc: BaseException) -> None:
        if self.on_fatal is not None:
            self.on_fatal(exc)
            return
        report_exception(exc, None, self.language)

    def open_main(self, vault: Vault) -> None:
        from iq_desktop.ui.access.autolock import AutoLock
        from iq_desktop.ui.shell.main_window import MainWindow

        self.ctx = AppContext(self.data_dir, vault, self.db, language=self.language, demo=self.demo, parent=self)
        self.ctx.locked.connect(self._on_locked)
        self.ctx.language_changed.connect(self._on_language)
        self.ctx.restore_requested.connect(self._restore)
        self.main = MainWindow(self.ctx)
        if self._geometry is not None:
            self._geometry.apply(self.main)
        self._user = vault.user
        place = self._places.pop(vault.user, None)
        self.autolock = AutoLock(self.ctx, enabled=not self.demo)
        if not self.demo:
            from iq_desktop.ui.sync.autosync import AutoSync

            if self.autosync is None:
                self.autosync = AutoSync(self, options=self.sync_options)
            self.autosync.attach(self.ctx)
            from iq_desktop.ui.settings.auto_backup_timer import start_auto_backup

            start_auto_backup(self.ctx)  # daily backups while unlocked (a child of ctx, stops at lock)
        self._set_window(self.main)
        # Everything alive now (Qt wrappers, SQLAlchemy, reference lists) lives as long as the
        # window: keep it out of the cyclic GC's full collections, which otherwise stall the event
        # loop for tens of milliseconds on a large heap.
        gc.freeze()
        if place is not None:
            self.main.resume(place)
        else:  # the agenda first when something is due (a setting of the vault)
            from iq_desktop.ui.records.agenda_page import agenda_first_if_due

            agenda_first_if_due(self.ctx, self.main)
        self.main_shown.emit(self.main)
        from iq_desktop.ui.access.retention_dialog import check_held_back

        check_held_back(self.ctx, self.main)  # a purge the automatic retention held back for a coordinator

    def _restore(self, req: RestoreRequest) -> None:
        """Lock this vault, restore the backup over it on the DB worker, show the restored vault."""
        from iq_desktop.ui.settings.restore_dialog import restore_and_open

        if self.ctx is None or self.ctx.vault is None:
            return
        if self.main is not None:
            self.main.setEnabled(False)
        self._restoring = True
        self.ctx.lock()  # after the vault's lock (the DB worker runs jobs in order) the restore runs
        operations.query(
            self.db, restore_and_open, self.data_dir, req, success=self._restored, failure=self._restore_failed
        )

    def _restored(self, vault: Vault | None) -> None:
        self._restoring = False
        if vault is not None:
            self.open_main(vault)
        else:  # restored with the recovery key: unlock with a passphrase of the restored vault
            self.show_unlock()

    def _restore_failed(self, exc: BaseException) -> None:
        self._restoring = False
        self.show_unlock()  # the vault was not replaced (or only the restored one failed to open)
        report_exception(exc, self.window, self.language)

    def _on_language(self, lang: str) -> None:
        """Switch the UI language now: install the catalogue, remember it, rebuild the main window."""
        self.language = i18n.install(lang)
        if self.ctx is None:
            return
        self.ctx.language = self.language
        self.ctx.settings.setValue("ui/language", self.language)
        if self.main is not None and self.main._close_forms():
            from iq_desktop.ui.shell.main_window import MainWindow

            key, place = self.main.current_key(), WindowPlace.of(self.main)
            self.main = MainWindow(self.ctx)
            place.apply(self.main)  # the same place and size in the other language
            self.main.show_page(key)
            self._set_window(self.main)
            self.main_shown.emit(self.main)

    def _on_locked(self) -> None:
        if self.autolock is not None:
            self.autolock.stop()
            self.autolock = None
        for widget in QApplication.topLevelWidgets():  # dialogs of the locked session go with it
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        if self.main is not None:
            self._geometry, self._frame = WindowPlace.of(self.main), self.main.frameGeometry()
            self._places[self._user] = self.main.resume_state()
        ctx, self.ctx, self.main = self.ctx, None, None
        if not self._restoring:  # else the restored vault (or the unlock screen) follows the restore
            self.show_unlock()
        if ctx is not None:
            ctx.net.stop()
            ctx.deleteLater()
        # once the main window, its models and forms are deleted: free what held personal data
        QTimer.singleShot(FORGET_AFTER_LOCK_MS, _forget_after_lock)

    def shutdown(self) -> None:
        if self.ctx is not None and self.ctx.vault is not None:
            self.ctx.lock()  # stops the automatic sync first (about_to_lock)
        if self.autosync is not None:
            self.autosync.detach()
        self.db.stop(60000)  # waits for the sync thread (joined on the DB worker), then the lock
        if self.ctx is not None:
            self.ctx.net.stop()


#: After a lock, the main window and the context are deleted (deleteLater); then collect and clear.
FORGET_AFTER_LOCK_MS = 500


def _forget_after_lock() -> None:
    """Collect what the locked session left (``gc.freeze`` kept it out of collections) on the GUI
    thread and overwrite freed memory (``fs.secret_memory.release_freed_memory``)."""
    gc.unfreeze()
    release_freed_memory()


@dataclass(frozen=True)
class WindowPlace:
    """Where the main window was and how big (its normal geometry) and whether it was maximised: given
    to the next main window as it was, not fitted anew (that moved it on every unlock)."""

    geometry: QRect
    state: Qt.WindowState

    @classmethod
    def of(cls, w: QWidget) -> WindowPlace:
        return cls(QRect(w.normalGeometry() if w.isMaximized() else w.geometry()), w.windowState())

    def apply(self, w: QWidget) -> None:
        w.setGeometry(self.geometry)
        if self.state & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            w.setWindowState(self.state & ~Qt.WindowState.WindowMinimized)


def make_demo_vault(data_dir: Path, user: str, passphrase: str, count: int = 600) -> Vault:
    """A throwaway vault with synthetic records (runs on the DB worker), in a temporary folder that is
    deleted on exit: the production floor of the key derivation (the fast test one inside the test suite)."""
    from iq_desktop.services import demo
    from iq_desktop.services.keys import throwaway_kdf
    from iq_desktop.services.vault import create_vault

    vault, _key = create_vault(data_dir, user, passphrase, kdf=throwaway_kdf())
    demo.create_demo_data(vault, count, seed=20240901)
    return vault


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="iq-desktop", description="IQ Desktop")
    p.add_argument("--demo", action="store_true", help="open a throwaway vault filled with synthetic records")
    p.add_argument("--self-test", action="store_true", help="open every main screen on a temporary vault, exit")
    p.add_argument("--data-dir", help="folder of the vault (default: $IQ_DATA_DIR or the user data folder)")
    p.add_argument("--lang", choices=i18n.LANGUAGES, help="user interface language (default: German)")
    args, _qt_args = p.parse_known_args(_without_program(argv))
    return args


def _without_program(argv: list[str]) -> list[str]:
    """``run`` accepts ``sys.argv`` (program name first) as well as the arguments alone (the CLI)."""
    return list(argv[1:]) if argv and not argv[0].startswith("-") else list(argv)


def make_app(argv: list[str]) -> QApplication:
    if QApplication.instance() is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(["iq-desktop", *_without_program(argv)])
    assert isinstance(app, QApplication)
    app.setApplicationName("IQ Desktop")
    app.setOrganizationName("Netzwerk IQ")
    app.setWindowIcon(icon("app"))
    apply_style(app)
    return app


def _language(data_dir: Path, cli: str | None) -> str:
    if cli:
        return cli
    ini = data_dir / "settings.ini"
    if ini.is_file():
        from iq_desktop.ui.context import settings_for

        return i18n.normalise(str(settings_for(data_dir).value("ui/language", i18n.DEFAULT_LANGUAGE)))
    return i18n.DEFAULT_LANGUAGE


def run(argv: list[str]) -> int:
    """Start the GUI; ``argv`` is ``sys.argv`` or just the arguments (``--demo``, ``--self-test``, ``--data-dir``)."""
    args = parse_args(argv)
    if args.self_test:
        app = make_app(argv)  # first: the screens' modules make Qt objects when imported
        from iq_desktop.ui.shell.self_test import run_self_test

        return run_self_test(app, lambda folder, lang: Shell(folder, lang, demo=True), lang=args.lang)
    tmp: tempfile.TemporaryDirectory[str] | None = None
    if args.demo:
        tmp = tempfile.TemporaryDirectory(prefix="iq-demo-")
        data_dir = Path(tmp.name)
    else:
        data_dir = default_data_dir(args.data_dir)
    app = make_app(argv)
    language = i18n.install(_language(data_dir, args.lang))
    install_excepthook(data_dir / "logs")
    shell = Shell(data_dir, language, demo=args.demo)
    QTimer.singleShot(0, shell.start)
    try:
        code = app.exec()
    finally:
        shell.shutdown()
        if tmp is not None:
            tmp.cleanup()
    return int(code)


def main() -> None:
    sys.exit(run(sys.argv))


if __name__ == "__main__":
    main()
