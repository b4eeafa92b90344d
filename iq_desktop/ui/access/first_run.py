"""First run: a wizard creates the vault, shows the recovery key, and finishes only once it is stored.

Also here: the passphrase fields with a strength meter (shared with the recovery dialog in unlock.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from iq_desktop.ui import operations
from iq_desktop.ui.errors import friendly_message, is_known, report_exception
from iq_desktop.ui.workers import DbWorker

if TYPE_CHECKING:
    from iq_desktop.services.keys import KdfParams
    from iq_desktop.services.vault import Vault

_CTX = "Passphrase"
# Texts of crypto.passphrase_problems, for the translation catalogue.
_PROBLEMS = (
    QT_TRANSLATE_NOOP("Passphrase", "Use at least 10 characters."),
    QT_TRANSLATE_NOOP("Passphrase", "Use at most 1024 characters."),
    QT_TRANSLATE_NOOP("Passphrase", "Do not begin or end the passphrase with a space."),
    QT_TRANSLATE_NOOP("Passphrase", "Do not use control characters."),
    QT_TRANSLATE_NOOP("Passphrase", "Use more different characters."),
    QT_TRANSLATE_NOOP("Passphrase", "This passphrase is too common; choose another one."),
    QT_TRANSLATE_NOOP("Passphrase", "This passphrase is too easy to guess; choose another one."),
    QT_TRANSLATE_NOOP(
        "Passphrase",
        "It is built on a common word or name (German words, names, places, months and seasons count too).",
    ),
    QT_TRANSLATE_NOOP("Passphrase", "Years and dates are easy to guess."),
    QT_TRANSLATE_NOOP("Passphrase", "Keyboard patterns such as qwertz are easy to guess."),
    QT_TRANSLATE_NOOP("Passphrase", "Runs and repeats such as abc or 1111 are easy to guess."),
    QT_TRANSLATE_NOOP("Passphrase", "Do not use your user name."),
    QT_TRANSLATE_NOOP("Passphrase", "Use a sentence of four or more words that has nothing to do with you."),
)
_STRENGTH = (
    QT_TRANSLATE_NOOP("Passphrase", "Very weak"),
    QT_TRANSLATE_NOOP("Passphrase", "Weak"),
    QT_TRANSLATE_NOOP("Passphrase", "Fair"),
    QT_TRANSLATE_NOOP("Passphrase", "Good"),
    QT_TRANSLATE_NOOP("Passphrase", "Strong"),
)


translate = QCoreApplication.translate


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class PassphraseFields(QWidget):
    """Passphrase + repeat with a strength meter (text and bar, not colour alone)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from iq_desktop.services.keys import passphrase_problems, passphrase_strength

        self._problems_fn = passphrase_problems
        self._strength_fn = passphrase_strength
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(translate("Passphrase", "New passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(translate("Passphrase", "Repeat the passphrase"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setAccessibleName(translate("Passphrase", "Passphrase strength"))
        self.meter.setFormat("")
        self.meter.setMaximumHeight(14)
        self.strength_text = QLabel("")
        self.problems = QLabel("")
        self.problems.setWordWrap(True)
        l1 = QLabel(translate("Passphrase", "&Passphrase:"))
        l1.setBuddy(self.first)
        l2 = QLabel(translate("Passphrase", "&Repeat passphrase:"))
        l2.setBuddy(self.second)
        meter_row = QHBoxLayout()
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.strength_text)
        self.form = form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(l1, self.first)
        form.addRow(l2, self.second)
        form.addRow(translate("Passphrase", "Strength:"), meter_row)
        form.addRow("", self.problems)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def problem_list(self) -> list[str]:
        p1, p2 = self.first.text(), self.second.text()
        out = [_t(p) for p in self._problems_fn(p1)] if p1 else []
        if p2 and p1 != p2:
            out.append(translate("Passphrase", "The two passphrases are not the same."))
        return out

    def is_acceptable(self) -> bool:
        p1 = self.first.text()
        return bool(p1) and p1 == self.second.text() and not self._problems_fn(p1)

    def passphrase(self) -> str:
        return self.first.text()

    def _update(self) -> None:
        score = self._strength_fn(self.first.text()) if self.first.text() else 0
        self.meter.setValue(score if self.first.text() else 0)
        colour = ("#a11a1a", "#c0561a", "#b08900", "#3c8a3c", "#1b7a3a")[score]
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.strength_text.setText(_t(str(_STRENGTH[score])) if self.first.text() else "")
        self.meter.setAccessibleDescription(self.strength_text.text())
        self.problems.setText("\n".join("• " + p for p in self.problem_list()))
        self.changed.emit()


def _mono_font(size: float) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(size)
    font.setBold(True)
    return font


def key_rows(recovery_key: str, per_row: int = 4) -> list[str]:
    groups = recovery_key.split("-")
    rows = ["  ".join(groups[i : i + per_row]) for i in range(0, len(groups), per_row)]
    return [row.ljust(len(rows[0])) for row in rows]  # same width: columns line up when centred


def paint_recovery_sheet(painter: QPainter, page: QRectF, recovery_key: str, user: str, data_dir: Path) -> None:
    """The printable recovery sheet (paper or PDF): title, explanation, the key in big monospace groups."""
    dpi_scale = painter.device().logicalDpiY() / 72.0
    y = page.top()
    title = QFont()
    title.setPointSizeF(18)
    title.setBold(True)
    painter.setFont(title)
    painter.drawText(
        QRectF(page.left(), y, page.width(), 40 * dpi_scale), translate("Passphrase", "IQ Desktop – recovery key")
    )
    y += 50 * dpi_scale
    body = QFont()
    body.setPointSizeF(11)
    painter.setFont(body)
    text = translate(
        "Passphrase",
        "With this key the vault can be opened when every passphrase is forgotten. Keep this sheet "
        "locked away, separate from the laptop. Anyone who has it can read the records.",
    )
    rect = QRectF(page.left(), y, page.width(), 80 * dpi_scale)
    painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), text)
    y += 80 * dpi_scale
    painter.drawText(
        QRectF(page.left(), y, page.width(), 20 * dpi_scale),
        translate("Passphrase", "First user: %1").replace("%1", user),
    )
    y += 40 * dpi_scale
    painter.setFont(_mono_font(20))
    for row in key_rows(recovery_key):
        painter.drawText(QRectF(page.left(), y, page.width(), 34 * dpi_scale), row)
        y += 36 * dpi_scale


def save_recovery_pdf(path: Path, recovery_key: str, user: str, data_dir: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setTitle("IQ Desktop recovery key")
    writer.setCreator("IQ Desktop")
    painter = QPainter(writer)
    try:
        page = QRectF(0, 0, writer.width(), writer.height())
        paint_recovery_sheet(painter, page, recovery_key, user, data_dir)
    finally:
        painter.end()


def _create(data_dir: Path, user: str, passphrase: str, kdf: KdfParams | None) -> tuple[Vault, str]:
    from iq_desktop.services.vault import create_vault

    data_dir.mkdir(parents=True, exist_ok=True)
    if kdf is None:
        return create_vault(data_dir, user, passphrase)
    return create_vault(data_dir, user, passphrase, kdf=kdf)


class WelcomePage(QWizardPage):
    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to IQ Desktop"))
        text = QLabel(
            self.tr(
                "IQ Desktop records counselling sessions, trainings and group events on this laptop, "
                "encrypted. Only de-identified figures are ever sent to the regional network.\n\n"
                "First you create the vault: your user name (you will be its coordinator) and a passphrase. "
                "Then you get a recovery key to keep safe on paper."
            )
        )
        text.setWordWrap(True)
        where = QLabel(self.tr("Data folder: %1").replace("%1", str(data_dir)))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay = QVBoxLayout(self)
        lay.addWidget(text)
        lay.addStretch(1)
        lay.addWidget(where)


class AccountPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Your user name and passphrase"))
        self.setSubTitle(
            self.tr("Choose a passphrase of at least 10 characters; a short sentence is easy to remember.")
        )
        self.user = QLineEdit()
        self.user.setAccessibleName(self.tr("User name"))
        self.user.setMaxLength(64)
        user_label = QLabel(self.tr("&User name:"))
        user_label.setBuddy(self.user)
        self.fields = PassphraseFields()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Creating the vault"))
        self.busy.hide()
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.fields.form.insertRow(0, user_label, self.user)  # one label column for all rows
        lay = QVBoxLayout(self)
        lay.addWidget(self.fields)
        lay.addStretch(1)
        lay.addWidget(self.busy)
        lay.addWidget(self.status)
        self.user.textChanged.connect(self.completeChanged)
        self.fields.changed.connect(self.completeChanged)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab go round the three text fields only: user name -> passphrase -> repeat ->
        user name. A wizard button never takes the focus from a field, so a space typed after a stray
        Shift+Tab stays text (Enter still means "Next", and the buttons keep their mouse and Alt keys)."""
        ring: list[QWidget] = [self.user, self.fields.first, self.fields.second]
        focused = self.focusWidget()
        if focused in ring and all(w.isEnabled() for w in ring):
            target = ring[(ring.index(focused) + (1 if next else -1)) % len(ring)]
            target.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
            return True
        return super().focusNextPrevChild(next)

    def isComplete(self) -> bool:
        return bool(self.user.text().strip()) and self.fields.is_acceptable() and not self.wiz.creating

    def validatePage(self) -> bool:
        if self.wiz.vault is not None:
            return True
        self.wiz.start_create(self.user.text().strip(), self.fields.passphrase())
        return False

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy.setVisible(busy)
        self.status.setText(text)
        for w in (self.user, self.fields):
            w.setEnabled(not busy)
        self.completeChanged.emit()


class RecoveryKeyPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(
            self.tr(
                "If every passphrase is forgotten, only this key opens the vault. Print it or save it as PDF, "
                "and keep it locked away, not on this laptop."
            )
        )
        self.key_label = QLabel("")
        self.key_label.setFont(_mono_font(16))
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setStyleSheet("background: white; border: 1px solid #b8c0cc; padding: 12px;")
        self.print_button = QPushButton(self.tr("&Print…"))
        self.pdf_button = QPushButton(self.tr("&Save as PDF…"))
        self.print_button.clicked.connect(self.print_key)
        self.pdf_button.clicked.connect(self.save_pdf_dialog)
        self.stored = QCheckBox(self.tr("I have &stored the recovery key safely"))
        self.stored.setAccessibleName(self.tr("I have stored the recovery key safely"))
        self.registerField("stored*", self.stored)
        self.saved_to = QLabel("")
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.key_label)
        lay.addLayout(buttons)
        lay.addWidget(self.saved_to)
        lay.addStretch(1)
        lay.addWidget(self.stored)

    def initializePage(self) -> None:
        self.key_label.setText("\n".join(key_rows(self.wiz.recovery_key)))

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dlg = QPrintDialog(printer, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            painter = QPainter(printer)
            try:
                page = printer.pageLayout().paintRectPixels(printer.resolution())
                paint_recovery_sheet(painter, QRectF(page), self.wiz.recovery_key, self.wiz.user, self.wiz.data_dir)
            finally:
                painter.end()

    def default_pdf_path(self) -> str:
        """A USB stick if one is mounted (fs.removable), else only a file name: the dialog asks where
        (never the home folder of the laptop that holds the vault)."""
        from iq_desktop.fs.removable import removable_media_dirs

        media = removable_media_dirs()
        return str(media[0] / "iq-recovery-key.pdf") if media else "iq-recovery-key.pdf"

    def save_pdf_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery key as PDF (best on a USB stick)"),
            self.default_pdf_path(),
            self.tr("PDF files (*.pdf)"),
        )
        if name:
            self.save_pdf(Path(name))

    def save_pdf(self, path: Path) -> None:
        from iq_desktop.fs.removable import beside_vault

        save_recovery_pdf(path, self.wiz.recovery_key, self.wiz.user, self.wiz.data_dir)
        if beside_vault(path, self.wiz.data_dir):
            self.saved_to.setText(
                "⚠ "
                + self.tr(
                    "Saved to %1, on the same disk as the vault: whoever takes this laptop gets the key with "
                    "it. Copy the file to a USB stick or print it, then delete it here."
                ).replace("%1", str(path))
            )
        else:
            self.saved_to.setText(self.tr("Saved to %1. Move the file off this laptop.").replace("%1", str(path)))


class FirstRunWizard(QWizard):
    vault_created = Signal(object)  # emitted on Finish with the open Vault

    def __init__(
        self, data_dir: Path, db: DbWorker, *, kdf: KdfParams | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.db = db
        self.kdf = kdf
        self.vault: Vault | None = None
        self.recovery_key = ""
        self.user = ""
        self.creating = False
        self.ask_before_cancel = True  # tests that close the window at their end switch it off
        self.setWindowTitle(self.tr("IQ Desktop – first start"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.welcome = WelcomePage(data_dir)
        self.account = AccountPage(self)
        self.key_page = RecoveryKeyPage(self)
        for page in (self.welcome, self.account, self.key_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._focus_page)
        # Only Next/Finish reacts to Enter; no other button becomes the default while focus moves.
        for which in (QWizard.WizardButton.CancelButton, QWizard.WizardButton.BackButton):
            button = self.button(which)
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.resize(720, 560)

    def _focus_page(self, _id: int) -> None:
        """The cursor starts in the user name (QWizard would put it into the first field of its chain)."""
        if self.currentPage() is self.account:
            # user name -> passphrase -> repeat (the user field joined the form last; the page's move into
            # the wizard keeps that order, so it is set here, on the page as shown)
            QWidget.setTabOrder(self.account.user, self.account.fields.first)
            QWidget.setTabOrder(self.account.fields.first, self.account.fields.second)
            self.account.user.setFocus(Qt.FocusReason.TabFocusReason)

    def start_create(self, user: str, passphrase: str) -> None:
        self.creating = True
        self.user = user
        self.account.set_busy(True, self.tr("Creating the encrypted vault… this takes a few seconds."))
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        operations.query(
            self.db, _create, self.data_dir, user, passphrase, self.kdf, success=self._created, failure=self._failed
        )

    def _created(self, result: tuple[Vault, str]) -> None:
        self.vault, self.recovery_key = result
        self.creating = False
        self.account.set_busy(False)
        self.next()

    def _failed(self, exc: BaseException) -> None:
        self.creating = False
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        if is_known(exc):
            self.account.set_busy(False, "⚠ " + friendly_message(exc))
        else:
            self.account.set_busy(False)
            report_exception(exc, self)

    def accept(self) -> None:
        if self.vault is None or not self.key_page.stored.isChecked():
            return
        super().accept()
        self.vault_created.emit(self.vault)

    def reject(self) -> None:
        """Cancel, Esc or closing the window: asks first (a stray key must not end the setup)."""
        if self.vault is not None or self.creating:
            return  # the vault exists: the recovery key must be confirmed first
        if not self.ask_before_cancel or self.confirm_cancel():
            super().reject()

    def confirm_cancel(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Cancel the setup?"),
            self.tr("Really cancel? Nothing has been saved; IQ Desktop will close and ask again at the next start."),
            parent=self,
        )
        box.setObjectName("confirmCancel")
        stop = box.addButton(self.tr("Cancel setup"), QMessageBox.ButtonRole.DestructiveRole)
        go_on = box.addButton(self.tr("Continue setup"), QMessageBox.ButtonRole.RejectRole)
        for b in (stop, go_on):
            b.setAutoDefault(False)
        box.setDefaultButton(go_on)
        box.setEscapeButton(go_on)
        box.exec()
        return box.clickedButton() is stop
