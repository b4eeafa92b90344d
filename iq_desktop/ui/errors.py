"""Errors for people: known errors as plain-language messages, unexpected ones in a crash dialog.

The crash log stays on the laptop (``<data dir>/logs``) and holds only the exception's type and the
traceback's frames (file, line, function) - never the exception message, never local variables, so
no personal data can end up in it.
"""

from __future__ import annotations

import logging
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

log = logging.getLogger(__name__)
_state: dict[str, Path | None] = {"log_dir": None}


translate = QCoreApplication.translate


def _messages() -> dict[str, str]:
    return {
        "WrongPassphrase": translate(
            "Errors", "The passphrase is not correct. Check Caps Lock and the keyboard layout, then try again."
        ),
        "UnknownUser": translate("Errors", "There is no user with this name in this vault."),
        "VaultDamaged": translate(
            "Errors", "The vault file is damaged. Restore a backup, or ask your coordinator for help."
        ),
        "KeyFileDamaged": translate(
            "Errors", "The key file is damaged. Restore a backup, or open the vault with the recovery key."
        ),
        "VaultMissing": translate("Errors", "No vault was found in the data folder."),
        "VaultExists": translate("Errors", "A vault already exists in this data folder; it was not overwritten."),
        "NotAllowed": translate("Errors", "Your role does not allow this. Ask a coordinator."),
        "WrongRecoveryKey": translate(
            "Errors", "The recovery key is not correct. Check each group of characters and try again."
        ),
        "WeakPassphrase": translate(
            "Errors", "The passphrase is not strong enough. Use at least 10 characters, not a common word."
        ),
        "ServerUnreachable": translate(
            "Errors", "The server cannot be reached. Check the internet connection and try again later."
        ),
    }


def known_error_types() -> tuple[type[BaseException], ...]:
    types: list[type[BaseException]] = []
    try:
        from iq_desktop.services.vault import KnownError

        types.append(KnownError)
    except ImportError:
        pass
    try:
        from iq_desktop.crypto import CryptoError

        types.append(CryptoError)
    except ImportError:
        pass
    return tuple(types)


def is_known(exc: BaseException) -> bool:
    return isinstance(exc, known_error_types())


def friendly_message(exc: BaseException, language: str = "de") -> str:
    """The plain-language text for a known error (in the UI language where we have a translation)."""
    for cls in type(exc).__mro__:
        text = _messages().get(cls.__name__)
        if text:
            return text
    problems = getattr(exc, "problems", None)
    if problems:
        lines = []
        for p in problems:
            msg = p.message(language) if hasattr(p, "message") else str(p)
            lines.append(f"• {msg}")
        return translate("Errors", "Please correct the following:") + "\n" + "\n".join(lines)
    return str(exc)


def set_log_dir(path: Path) -> None:
    _state["log_dir"] = Path(path)


def _safe_file(name: str) -> str:
    """Only the part of a path from our package on (no home directory, no user name)."""
    parts = Path(name).parts
    for anchor in ("iq_desktop", "iq_server", "PySide6"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) :])
    return Path(name).name


def crash_report(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    lines = [
        f"IQ Desktop crash report {datetime.now().isoformat(timespec='seconds')}",
        f"type: {exc_type.__module__}.{exc_type.__qualname__}",
        "frames:",
    ]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {_safe_file(frame.filename)}:{frame.lineno} in {frame.name}")
    return "\n".join(lines) + "\n"


def write_crash_log(exc_type: type[BaseException], tb: TracebackType | None) -> Path | None:
    log_dir = _state["log_dir"]
    if log_dir is None:
        return None
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}.log"
        path.write_text(crash_report(exc_type, tb), encoding="utf-8")
        return path
    except OSError:
        return None


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
    path = write_crash_log(type(exc), exc.__traceback__)
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
        write_crash_log(exc_type, tb)


def install_excepthook(log_dir: Path) -> None:
    set_log_dir(log_dir)
    sys.excepthook = _excepthook
