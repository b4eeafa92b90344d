"""After unlock: a purge the automatic retention held back (``services.retention.held_back``).

The automatic retention (run when the vault is opened) never deletes on a clock it cannot trust, nor more
than ``MAX_SHARE`` of the clients on its own (docs/sync.md, "Retention guard"). What it held back is
shown here once the main window is up: a coordinator gets :class:`RetentionDialog`, naming the count and
why, with "Delete now" (``purge_retention(confirmed=True)`` with the cut-off named) and "Not now"
(``dismiss_held_back``: nothing deleted; asked again at a later unlock if it still applies); a
counsellor gets a note in the status bar to ask a coordinator (nothing blocks them).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMainWindow, QVBoxLayout, QWidget

from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext, Change
from iq_desktop.ui.dates import format_date, locale_for

if TYPE_CHECKING:
    from iq_desktop.services.retention import RetentionResult
    from iq_desktop.services.vault import Vault

__all__ = ["RetentionDialog", "check_held_back"]


def _held_back(vault: Vault) -> RetentionResult | None:
    from iq_desktop.services.retention import held_back

    return held_back(vault)


def _purge(vault: Vault, cutoff: date) -> RetentionResult:
    from iq_desktop.services.retention import purge_retention

    return purge_retention(vault, cutoff=cutoff, confirmed=True)


def _dismiss(vault: Vault) -> None:
    from iq_desktop.services.retention import dismiss_held_back

    dismiss_held_back(vault)


def check_held_back(ctx: AppContext, window: QMainWindow) -> None:
    """Ask the vault for a held-back purge; show it to a coordinator (dialog) or a counsellor (note)."""
    vault = ctx.vault
    if vault is None:
        return

    def show(held: RetentionResult | None) -> None:
        if held is None or ctx.vault is None:
            return
        if ctx.is_coordinator:
            RetentionDialog(ctx, held, window).open()
        else:
            note = QCoreApplication.translate(
                "RetentionDialog",
                "Old client records were not deleted automatically (the date of this laptop may be wrong, or "
                "many clients are affected). Please ask a coordinator to check it.",
            )
            window.statusBar().showMessage("⚠ " + note)

    operations.query(ctx, _held_back, vault, success=show, failure=lambda _exc: None)


def _date(iso: str, language: str) -> str:
    try:
        return format_date(date.fromisoformat(iso), locale_for(language))
    except ValueError:
        return iso


class RetentionDialog(QDialog):
    """Names how many clients would be deleted and why; "Delete now" or "Not now"."""

    def __init__(self, ctx: AppContext, held: RetentionResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.held = held
        self.result_text = ""
        self.setWindowTitle(self.tr("Delete old client records?"))
        self.setMinimumWidth(480)
        lang = ctx.language
        count = self.tr("%1 of %2 clients would be deleted: they have had no contact since %3.")
        locale = locale_for(lang)
        count = (
            count.replace("%1", locale.toString(held.clients))
            .replace("%2", locale.toString(held.total_clients))
            .replace("%3", _date(held.cutoff.isoformat(), lang))
        )
        if held.reason == "clock":
            why = self.tr(
                "The laptop's clock may be wrong: it shows %1, more than 400 days after the newest date this "
                "vault can trust (%2, the last sync or the newest session). Automatic deletion was stopped."
            )
            why = why.replace("%1", _date(held.today, lang)).replace("%2", _date(held.trusted, lang))
        else:
            why = self.tr(
                "That is more than 5 % of all clients, so it is not done automatically: a coordinator must confirm it."
            )
        advice = self.tr(
            "Check the date and time of this laptop first. Deleted records cannot be restored, except from a backup."
        )
        self.message = QLabel("\n\n".join((why, count, advice)))
        self.message.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.delete_button = self.buttons.addButton(self.tr("&Delete now"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.later_button = self.buttons.addButton(self.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setDefault(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.message)
        lay.addWidget(self.status)
        lay.addWidget(self.buttons)
        self.delete_button.clicked.connect(self.delete_now)
        self.later_button.clicked.connect(self.not_now)

    def reject(self) -> None:  # Escape or the window's close button: "Not now"
        self.not_now()

    def not_now(self) -> None:
        vault = self.ctx.vault
        if vault is not None:
            operations.change(self.ctx, _dismiss, vault, changes=Change.SETTINGS, parent=self.parentWidget())
        super().reject()

    def delete_now(self) -> None:
        vault = self.ctx.vault
        if vault is None:
            return
        self.delete_button.setEnabled(False)
        self.later_button.setEnabled(False)
        self.status.setText(self.tr("Deleting…"))

        def done(result: RetentionResult) -> None:
            self.result_text = self.tr("✔ The records of %1 clients were deleted.").replace("%1", str(result.clients))
            parent = self.parentWidget()
            if isinstance(parent, QMainWindow):
                parent.statusBar().showMessage(self.result_text, 15000)
            self.accept()

        def failed(exc: BaseException) -> None:
            from iq_desktop.ui.errors import report_exception

            self.delete_button.setEnabled(True)
            self.later_button.setEnabled(True)
            self.status.setText("")
            report_exception(exc, self, self.ctx.language)

        operations.change(
            self.ctx, _purge, vault, self.held.cutoff, changes=Change.RECORDS | Change.OUTBOX | Change.SETTINGS,
            success=done, failure=failed,
        )  # fmt: skip
