"""The main window: navigation, the pages, the status bar, menus and shortcuts.

Pages are created when first shown (their modules are imported then); a screen that fails to load is
shown as a placeholder page and the problem is logged (Python logging) and kept in ``load_errors``.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext
from iq_desktop.ui.errors import report_exception
from iq_desktop.ui.forms.base import RecordForm
from iq_desktop.ui.icons import icon
from iq_desktop.ui.records.client_list import ClientListPage
from iq_desktop.ui.records.session_list import SessionListPage
from iq_desktop.ui.shell import resume
from iq_desktop.ui.shell.resume import Resume
from iq_desktop.ui.shell.status_bar import StatusBar

if TYPE_CHECKING:
    from iq_desktop.domain.records import Client, CounsellingSession

log = logging.getLogger(__name__)


@runtime_checkable
class MakesRecords(Protocol):
    """A page or form where Ctrl+N starts a new record."""

    def new_record(self) -> None: ...


@runtime_checkable
class MayLeave(Protocol):
    """A form hosted in the stack that asks before unsaved changes are dropped."""

    def maybe_leave(self) -> bool: ...


@runtime_checkable
class FindsClients(Protocol):
    """A page with a find field (Ctrl+F)."""

    def focus_find(self) -> bool: ...


translate = QCoreApplication.translate


#: key, icon, module, class name
PAGES: tuple[tuple[str, str, str, str], ...] = (
    ("sessions", "sessions", "iq_desktop.ui.records.session_list", "SessionListPage"),
    ("clients", "clients", "iq_desktop.ui.records.client_list", "ClientListPage"),
    ("trainings", "trainings", "iq_desktop.ui.records.trainings_page", "TrainingsPage"),
    ("events", "events", "iq_desktop.ui.records.events_page", "EventsPage"),
    ("sync", "sync", "iq_desktop.ui.sync.panel", "SyncPanel"),
    ("figures", "figures", "iq_desktop.ui.figures.page", "FiguresPage"),
    ("settings", "settings", "iq_desktop.ui.settings.page", "SettingsPage"),
    ("agenda", "waiting", "iq_desktop.ui.records.agenda_page", "AgendaPage"),
)


def page_titles() -> dict[str, str]:
    return {
        "sessions": translate("MainWindow", "Sessions"),
        "clients": translate("MainWindow", "Clients"),
        "trainings": translate("MainWindow", "Trainings"),
        "events": translate("MainWindow", "Events"),
        "sync": translate("MainWindow", "Sync"),
        "figures": translate("MainWindow", "Figures"),
        "settings": translate("MainWindow", "Settings"),
        "agenda": translate("MainWindow", "Agenda"),
    }


def load_screen(module_name: str, class_name: str, ctx: AppContext, title: str) -> tuple[QWidget, str | None]:
    """The screen, or a placeholder and the reason it failed to load (logged; the self-test reports it)."""
    try:
        module = importlib.import_module(module_name)
        cls = getattr(module, class_name)
        if not (isinstance(cls, type) and issubclass(cls, QWidget)):
            raise TypeError(f"{class_name} is not a screen")
        return cls(ctx, None), None  # type: ignore[arg-type]
    except Exception as exc:
        log.warning("screen %s failed to load: %s", module_name, type(exc).__name__, exc_info=True)
        return _placeholder(title), f"{module_name}: {type(exc).__name__}"


def _placeholder(title: str) -> QWidget:
    w = QWidget()
    label = QLabel(
        translate("MainWindow", "%1 – this screen is not available in this version yet.").replace("%1", title)
    )
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    lay = QVBoxLayout(w)
    lay.addWidget(label)
    w.setProperty("placeholder", True)
    return w


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pages: dict[str, QWidget] = {}
        self.load_errors: list[str] = []
        self.forms: list[QWidget] = []
        title = translate("MainWindow", "IQ Desktop")
        self.setWindowTitle(title + (" – " + translate("MainWindow", "DEMO") if ctx.demo else ""))
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(translate("MainWindow", "Navigation"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(max(190, self.fontMetrics().horizontalAdvance("Einstellungen") + 90))
        self.nav.setSpacing(1)
        pal = self.nav.palette()
        pal.setColor(QPalette.ColorRole.Highlight, QColor("#c9dcf0"))
        pal.setColor(QPalette.ColorRole.HighlightedText, QColor("#10253a"))
        self.nav.setPalette(pal)
        titles = page_titles()
        for n, (key, icon_name, _m, _c) in enumerate(PAGES, start=1):
            item = QListWidgetItem(icon(icon_name), titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(0, max(36, self.fontMetrics().height() + 18)))
            item.setToolTip(f"{titles[key]} (Ctrl+{n})")
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.nav.itemClicked.connect(lambda _item: self._nav_changed(self.nav.currentRow()))

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        if ctx.demo:
            banner = QLabel(
                translate("MainWindow", "DEMO – synthetic records only; nothing here is real and nothing is kept.")
            )
            banner.setObjectName("demoBanner")
            banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            outer.addWidget(banner)
            self.demo_banner = banner
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self.status = StatusBar(ctx, self)
        self.setStatusBar(self.status)
        self._build_menus()
        self._fit_to_screen(1180, 760)
        self.nav.setCurrentRow(0)

    def _fit_to_screen(self, width: int, height: int) -> None:
        """The preferred size, but never larger than the screen's free area (a 1024×700 laptop screen
        must show the whole window, status bar included); room is left for the window frame."""
        screen = self.screen()
        if screen is not None:
            free = screen.availableGeometry()
            width, height = min(width, free.width() - 16), min(height, free.height() - 48)
        self.resize(width, height)

    # -- menus -----------------------------------------------------------------------------------
    def _action(
        self, text: str, shortcut: str | QKeySequence.StandardKey, slot: Callable[..., object],
        icon_name: str | None = None,
    ) -> QAction:  # fmt: skip
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        self.new_action = self._action(
            translate("MainWindow", "&New…"), QKeySequence.StandardKey.New, self.new_record, "new"
        )
        self.lock_action = self._action(translate("MainWindow", "&Lock"), "Ctrl+L", self.lock, "lock")
        self.quit_action = self._action(translate("MainWindow", "&Quit"), "Ctrl+Q", self.close)
        for a in (self.new_action, self.lock_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        self.find_action = self._action(
            translate("MainWindow", "&Find client…"), QKeySequence.StandardKey.Find, self.find_client, "find"
        )
        edit_menu.addAction(self.find_action)
        go_menu = bar.addMenu(translate("MainWindow", "&Go"))
        titles = page_titles()
        for n, (key, icon_name, _m, _c) in enumerate(PAGES, start=1):
            action = self._action(titles[key], f"Ctrl+{n}", lambda _=False, k=key: self.show_page(k), icon_name)
            go_menu.addAction(action)
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self.help_action = self._action(
            translate("MainWindow", "&Help for this screen"), QKeySequence.StandardKey.HelpContents, self.show_help
        )
        help_menu.addAction(self.help_action)
        about = QAction(translate("MainWindow", "&About IQ Desktop"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # -- pages -------------------------------------------------------------------------------------
    def current_key(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "sessions"

    def page(self, key: str) -> QWidget:
        if key not in self.pages:
            _k, _i, module, cls = next(p for p in PAGES if p[0] == key)
            widget, error = load_screen(module, cls, self.ctx, page_titles()[key])
            if error:
                self.load_errors.append(error)
            widget.setObjectName(f"page_{key}")
            self.pages[key] = widget
            self.stack.addWidget(widget)
            self._connect_page(key, widget)
        return self.pages[key]

    def _connect_page(self, key: str, w: QWidget) -> None:
        if key == "sessions" and isinstance(w, SessionListPage):
            w.new_requested.connect(lambda: self.open_form("iq_desktop.ui.forms.session_form", "SessionForm"))
            w.open_session.connect(self.open_session)
        elif key == "agenda" and hasattr(w, "open_client"):
            w.open_client.connect(self.open_client)
        elif key == "clients" and isinstance(w, ClientListPage):
            w.new_requested.connect(lambda: self.open_form("iq_desktop.ui.forms.client_form", "ClientForm"))
            w.open_client.connect(self.open_client)

    def show_page(self, key: str) -> QWidget:
        row = next(i for i, p in enumerate(PAGES) if p[0] == key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        else:  # already there: back from an open form to the page itself
            self._nav_changed(row)
        return self.pages[key]

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        if not self._close_forms():
            return
        self.stack.setCurrentWidget(self.page(PAGES[row][0]))

    # -- forms hosted in the stack ------------------------------------------------------------------
    def open_form(self, module: str, cls_name: str, setup: Callable[[QWidget], None] | None = None) -> QWidget | None:
        if not self._close_forms():
            return None
        form, error = load_screen(module, cls_name, self.ctx, cls_name)
        if error:
            self.load_errors.append(error)
        if form.property("placeholder"):
            QMessageBox.information(
                self,
                translate("MainWindow", "IQ Desktop"),
                translate("MainWindow", "This form is not available in this version yet."),
            )
            form.deleteLater()
            return None
        self.forms.append(form)
        self.stack.addWidget(form)
        self.stack.setCurrentWidget(form)
        if isinstance(form, RecordForm):
            form.finished.connect(lambda f=form: self._form_done(f))
        if setup is not None:
            setup(form)
        elif isinstance(form, MakesRecords):
            form.new_record()
        return form

    def _form_done(self, form: QWidget) -> None:
        if form in self.forms:
            self.forms.remove(form)
            self.stack.removeWidget(form)
            form.deleteLater()
        self.stack.setCurrentWidget(self.page(self.current_key()))

    def _close_forms(self) -> bool:
        for form in list(self.forms):
            if isinstance(form, MayLeave) and not form.maybe_leave():
                self.stack.setCurrentWidget(form)
                return False
            self._form_done(form)
        return True

    def open_session(self, session_id: str, client_id: str = "") -> None:
        from iq_desktop.services import records

        def loaded(session: CounsellingSession | None) -> None:
            self.open_form("iq_desktop.ui.forms.session_form", "SessionForm", setup=lambda f: f.load(session))  # type: ignore[attr-defined]

        operations.query(self.ctx, records.get_session, self.ctx.vault, session_id, success=loaded, failure=self._error)

    def open_client(self, client_id: str) -> None:
        widget, _error = load_screen(
            "iq_desktop.ui.records.client_page", "ClientPage", self.ctx, translate("MainWindow", "Client")
        )
        if widget.property("placeholder"):
            widget.deleteLater()
            from iq_desktop.services import records

            def loaded(client: Client | None) -> None:
                self.open_form("iq_desktop.ui.forms.client_form", "ClientForm", setup=lambda f: f.load(client))  # type: ignore[attr-defined]

            operations.query(
                self.ctx, records.get_client, self.ctx.vault, client_id, success=loaded, failure=self._error
            )
            return
        from iq_desktop.ui.records.client_page import ClientPage

        assert isinstance(widget, ClientPage)
        widget.show_client(client_id)
        self.forms.append(widget)
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        for signal in (widget.back_requested, widget.client_erased):
            signal.connect(lambda *_a, w=widget: self._form_done(w))

    def _error(self, exc: BaseException) -> None:
        report_exception(exc, self, self.ctx.language)

    # -- lock and unlock keep the user's place (ui/shell/resume.py) ------------------------------------
    def resume_state(self) -> Resume:
        """The page and the open form, to come back to after the same user unlocks again."""
        return resume.place_of(self)

    def resume(self, state: Resume) -> None:
        """Back to where the user was: the page, then the form (whose draft is offered as after Ctrl+N)."""
        resume.go_back(self, state)

    # -- actions -------------------------------------------------------------------------------------
    def new_record(self) -> None:
        if self.forms:
            return
        page = self.page(self.current_key())
        if isinstance(page, MakesRecords):
            page.new_record()

    def find_client(self) -> None:
        page = self.page(self.current_key())
        if isinstance(page, FindsClients) and page.focus_find():
            return
        if self._close_forms():
            clients = self.show_page("clients")
            if isinstance(clients, FindsClients):
                clients.focus_find()

    def lock(self) -> None:
        self.ctx.lock()

    def _about(self) -> QWidget:
        """Version, licence, data folder and schema versions (a window centred on this one)."""
        from iq_desktop.ui.shell.help import about_dialog

        dlg = about_dialog(self.ctx.data_dir, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def show_help(self) -> QWidget:
        """F1: a short help page for the screen shown (an open form has its own)."""
        from iq_desktop.ui.shell.help import help_dialog

        key = "form" if self.forms and self.stack.currentWidget() in self.forms else self.current_key()
        page = self.pages.get(self.current_key())
        from iq_desktop.ui.forms.list_page import RecordListPage

        if isinstance(page, RecordListPage) and page.stack.currentIndex() == 1:
            key = "form"
        dlg = help_dialog(key, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ctx.vault is not None and not self._close_forms():
            event.ignore()
            return
        super().closeEvent(event)
