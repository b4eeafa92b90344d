"""Errors for people: known errors as plain-language messages, unexpected ones in a crash dialog.

The words come from :mod:`iq_desktop.services.messages` (shared with the CLI), translated here; the crash
log is written by :mod:`iq_desktop.services.crash_log` (shared with the CLI) into ``<data dir>/logs``: only
the exception's type and the traceback's frames - never the exception message, never local variables, so
no personal data can end up in it. This module holds the Qt parts: the dialogs and the exception hook.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

__all__ = [
    "CrashDialog",
    "friendly_message",
    "install_excepthook",
    "is_known",
    "report_exception",
    "set_log_dir",
    "show_message",
    "write_crash_log",
]

log = logging.getLogger(__name__)
_state: dict[str, Path | None] = {"log_dir": None}


translate = QCoreApplication.translate


def is_known(exc: BaseException) -> bool:
    """A known error (friendly message) rather than a bug (crash dialog).  The services are imported
    here, not at the top: this module is loaded before the unlock screen, the store only after it."""
    from iq_desktop.services.messages import is_known as known

    return known(exc)


def _translate_error_text(text: str) -> str:
    from iq_desktop.services import messages

    return translate(messages.TRANSLATION_CONTEXT, text)


def friendly_message(exc: BaseException, language: str = "de") -> str:
    """The plain-language text for a known error (in the UI language where we have a translation)."""
    from iq_desktop.services import messages

    return messages.user_message(exc, language, translate=_translate_error_text)


def set_log_dir(path: Path) -> None:
    _state["log_dir"] = Path(path)


def write_crash_log(
    exc_type: type[BaseException], tb: TracebackType | None, during: BaseException | None = None
) -> Path | None:
    log_dir = _state["log_dir"]
    if log_dir is None:
        return None
    from iq_desktop.services import crash_log

    return crash_log.write_crash_log(log_dir, exc_type, tb, during, where="window")


def _during(exc: BaseException) -> BaseException | None:
    return exc.__cause__ or exc.__context__


class CrashDialog(QDialog):
    def __init__(self, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        text = self.tr(
            "IQ Desktop ran into an unexpected problem. Your saved records are safe.\n\n"
            "A short report without any personal data was saved on this laptop only:"
        )
        label = QLabel(text)
        label.setWordWrap(True)
        path_label = QLabel(str(log_path) if log_path else self.tr("(the report could not be saved)"))
        path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        path_label.setWordWrap(True)
        self.log_path = log_path
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        if log_path is not None:
            open_btn = buttons.addButton(self.tr("Open report folder"), QDialogButtonBox.ButtonRole.ActionRole)
            open_btn.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_path.parent))))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(label)
        lay.addWidget(path_label)
        lay.addWidget(buttons)


def show_message(parent: QWidget | None, text: str, title: str | None = None) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or translate("Errors", "IQ Desktop"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def report_exception(exc: BaseException, parent: QWidget | None = None, language: str = "de") -> QWidget | None:
    """Show ``exc``: a message box for known errors, the crash dialog (and a log) otherwise."""
    if QApplication.instance() is None:
        return None
    if is_known(exc):
        return show_message(parent, friendly_message(exc, language))
    log.error("unexpected error: %s", type(exc).__name__)
    path = write_crash_log(type(exc), exc.__traceback__, _during(exc))
    dlg = CrashDialog(path, parent)
    dlg.open()
    return dlg


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    try:
        report_exception(exc.with_traceback(tb))
    except Exception:  # never let the hook itself raise
        write_crash_log(exc_type, tb, _during(exc))


def install_excepthook(log_dir: Path) -> None:
    set_log_dir(log_dir)
    sys.excepthook = _excepthook
