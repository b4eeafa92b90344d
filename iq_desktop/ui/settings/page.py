"""Settings: language, auto-lock, users (coordinators), the server, one's own passphrase, backups.

The language is stored at once and ``ctx.language_changed`` makes the shell rebuild the main window in
it. Passphrase work (the KDF) runs on the DB worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.domain.codes import Role
from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext, Change
from iq_desktop.ui.errors import friendly_message, is_known, report_exception
from iq_desktop.ui.forms.fields import ProblemLabel
from iq_desktop.ui.forms.labels import label
from iq_desktop.ui.page_parts import make_heading, scroll_page
from iq_desktop.ui.settings.backup_panel import BackupPanel

W = TypeVar("W", bound=QWidget)


def _labelled(form: QFormLayout, text: str, widget: W) -> W:
    lab = QLabel(text)
    lab.setBuddy(widget)
    widget.setAccessibleName(text.replace("&", ""))
    form.addRow(lab, widget)
    return widget


class _Note(QLabel):
    """A word-wrapped note under a form row, as tall as its text at the width it really has.

    A form row is as tall as its widget's size hint, and a word-wrapped QLabel's hint is its text laid out
    about 240 px wide, whatever width the row has: the one-line language note took three lines' height,
    a gap under the language row. Here the hint is the height at the label's own width (never taller than
    Qt's), renewed when the width changes.
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(max(self.width(), hint.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()


def _secret() -> QLineEdit:
    e = QLineEdit()
    e.setEchoMode(QLineEdit.EchoMode.Password)
    return e


if TYPE_CHECKING:
    from iq_desktop.services.keys import KdfParams
    from iq_desktop.services.vault import Vault


def _server(vault: Vault) -> str:
    return str(vault.get_setting("server_url") or "")


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang: str = ctx.language
        coordinator = ctx.is_coordinator

        general = QGroupBox(self.tr("General"))
        f = QFormLayout(general)
        self.language = QComboBox()
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(self.lang)))
        _labelled(f, self.tr("&Language"), self.language)
        self.language_note = _Note(
            self.tr("The window switches to the chosen language at once; it is remembered for the next start.")
        )
        f.addRow("", self.language_note)
        self.autolock = QSpinBox()
        self.autolock.setRange(1, 120)
        self.autolock.setSuffix(self.tr(" min"))
        self.autolock.setValue(max(1, ctx.autolock_minutes()))
        self._autolock_edited = False
        _labelled(f, self.tr("&Lock after idle time"), self.autolock)
        self.server = QLineEdit()
        self.server.setReadOnly(True)
        self.server.setPlaceholderText(self.tr("not enrolled yet"))
        _labelled(f, self.tr("Regional &server"), self.server)
        f.addRow("", _Note(self.tr("To change the server, enrol this laptop again on the Sync page.")))
        self.general_status = QLabel()
        f.addRow("", self.general_status)

        own = QGroupBox(self.tr("Your passphrase"))
        f = QFormLayout(own)
        self.old_pass = _labelled(f, self.tr("C&urrent passphrase"), _secret())
        self.new_pass = _labelled(f, self.tr("&New passphrase"), _secret())
        self.new_pass2 = _labelled(f, self.tr("New passphrase a&gain"), _secret())
        self.change_button = QPushButton(self.tr("&Change passphrase"))
        self.change_problem = ProblemLabel()
        self.change_status = QLabel()
        f.addRow("", self.change_problem)
        f.addRow("", self.change_button)
        f.addRow("", self.change_status)

        users = QGroupBox(self.tr("Users of this laptop"))
        ul = QVBoxLayout(users)
        from iq_desktop.ui.settings.users import UsersPanel

        self.users_panel = UsersPanel(ctx)
        self.user_list = self.users_panel.table  # name, role, state
        ul.addWidget(self.users_panel)
        add = QGroupBox(self.tr("Add a user (coordinators)"))
        f = QFormLayout(add)
        self.user_name = _labelled(f, self.tr("User &name"), QLineEdit())
        self.user_role = QComboBox()
        for role in (Role.COUNSELLOR, Role.COORDINATOR):
            self.user_role.addItem(label(role, self.lang), role.value)
        _labelled(f, self.tr("&Role"), self.user_role)
        self.user_pass = _labelled(f, self.tr("&Passphrase"), _secret())
        self.user_pass2 = _labelled(f, self.tr("Passphrase &again"), _secret())
        self.add_button = QPushButton(self.tr("&Add user"))
        self.add_problem = ProblemLabel()
        self.add_status = QLabel()
        self.add_status.setWordWrap(True)
        f.addRow("", self.add_problem)
        f.addRow("", self.add_button)
        f.addRow("", self.add_status)
        add.setVisible(coordinator)
        ul.addWidget(add)

        self.backup_panel = backup = BackupPanel(ctx)  # manual, automatic, restore (backup_panel.py)
        self.backup_button, self.backup_status = backup.backup_button, backup.backup_status
        self.restore_button = backup.restore_button

        content = QWidget()
        cl = QVBoxLayout(content)
        heading = QLabel(self.tr("Settings"))
        make_heading(heading)
        for w in (heading, general, own, users, backup):
            cl.addWidget(w)
        cl.addStretch(1)
        scroll_page(self, content)

        self.language.currentIndexChanged.connect(self._language_changed)
        self.autolock.valueChanged.connect(self._autolock_changed)
        self.change_button.clicked.connect(self.change_passphrase)
        self.add_button.clicked.connect(self.add_user)
        self.refresh()

    def refresh(self) -> None:
        vault = self.ctx.vault
        if vault is None:
            return
        from iq_desktop.services.vault import stored_auto_lock_minutes

        self.users_panel.refresh()
        operations.query(self.ctx, _server, vault, success=self.server.setText, failure=self._failed)
        operations.query(self.ctx, stored_auto_lock_minutes, vault, success=self._show_autolock, failure=self._failed)

    def _show_autolock(self, minutes: int | None) -> None:
        """The vault's value (if one is stored), without storing it again."""
        if minutes is None or self._autolock_edited:
            return
        self.ctx.remember_autolock_minutes(minutes)
        blocked = self.autolock.blockSignals(True)
        self.autolock.setValue(max(1, minutes))
        self.autolock.blockSignals(blocked)

    def _failed(self, exc: BaseException) -> None:
        report_exception(exc, self, self.lang)

    # --- general ------------------------------------------------------------------------------------
    def _language_changed(self) -> None:
        lang = str(self.language.currentData())
        self.ctx.settings.setValue("ui/language", lang)
        self.ctx.settings.sync()
        self.general_status.setText(self.tr("✔ Saved."))
        self.ctx.language_changed.emit(lang)

    def _autolock_changed(self, minutes: int) -> None:
        """Kept in the vault (``auto_lock_minutes``); the auto-lock takes it over at once
        (``settings_changed``)."""
        self._autolock_edited = True
        self.ctx.remember_autolock_minutes(minutes)
        vault = self.ctx.vault
        if vault is None:
            self._settings_saved()
            self.ctx.settings_changed.emit()
            return
        from iq_desktop.services.vault import set_auto_lock_minutes

        operations.change(
            self.ctx,
            set_auto_lock_minutes,
            vault,
            int(minutes),
            changes=Change.SETTINGS,
            success=lambda _r: self._settings_saved(),
            failure=self._failed,
        )

    def _settings_saved(self) -> None:
        self.general_status.setText(self.tr("✔ Saved."))

    # --- passphrases ----------------------------------------------------------------------------------
    def _known(self, exc: BaseException, problem: ProblemLabel) -> None:
        if is_known(exc):
            # a weak passphrase's reasons, in the words of the passphrase fields (context "Passphrase")
            details = [
                QCoreApplication.translate("Passphrase", p)
                for p in getattr(exc, "problems", []) or []
                if isinstance(p, str)
            ]
            problem.show_messages([friendly_message(exc, self.lang), *details])
        else:
            problem.show_messages([self.tr("That did not work because of an unexpected problem.")])
            self._failed(exc)

    def change_passphrase(self) -> None:
        vault = self.ctx.vault
        old, new, again = self.old_pass.text(), self.new_pass.text(), self.new_pass2.text()
        if new != again:
            self.change_problem.show_messages([self.tr("The two new passphrases are not the same.")])
            return
        if not old or not new:
            self.change_problem.show_messages([self.tr("Enter the current and the new passphrase.")])
            return
        if vault is None:
            return
        self.change_problem.show_messages([])
        self.change_button.setEnabled(False)
        self.change_status.setText(self.tr("Changing… (this takes a few seconds)"))

        def done(_r: object) -> None:
            self.change_button.setEnabled(True)
            for e in (self.old_pass, self.new_pass, self.new_pass2):
                e.clear()
            self.change_status.setText(self.tr("✔ Your passphrase was changed."))

        def failed(exc: BaseException) -> None:
            self.change_button.setEnabled(True)
            self.change_status.setText("")
            self._known(exc, self.change_problem)

        operations.change(
            self.ctx, vault.change_passphrase, old, new, changes=Change.NONE, success=done, failure=failed
        )

    def add_user(self) -> None:
        vault = self.ctx.vault
        name, role = self.user_name.text().strip(), str(self.user_role.currentData())
        p1, p2 = self.user_pass.text(), self.user_pass2.text()
        if not name:
            self.add_problem.show_messages([self.tr("Enter a user name.")])
            return
        if p1 != p2:
            self.add_problem.show_messages([self.tr("The two passphrases are not the same.")])
            return
        if vault is None:
            return
        self.add_problem.show_messages([])
        self.add_button.setEnabled(False)
        self.add_status.setText(self.tr("Adding… (this takes a few seconds)"))

        def done(_r: object) -> None:
            self.add_button.setEnabled(True)
            for e in (self.user_name, self.user_pass, self.user_pass2):
                e.clear()
            self.add_status.setText(
                self.tr("✔ The user was added. At their first unlock they choose a passphrase of their own.")
            )
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.add_button.setEnabled(True)
            self.add_status.setText("")
            self._known(exc, self.add_problem)

        operations.change(self.ctx, self._add, vault, name, role, p1, changes=Change.NONE, success=done, failure=failed)

    #: Tests set a fast KDF here; the app leaves it None (the vault's calibrated default).
    kdf: KdfParams | None = None

    def _add(self, vault: Vault, name: str, role: str, passphrase: str) -> None:
        vault.add_user(name, role, passphrase, kdf=self.kdf, must_change=True)

    # --- backup: ui/settings/backup_panel.py -------------------------------------------------------------
    def ask_restore(self) -> QWidget:
        return self.backup_panel.ask_restore()

    def backup_to(self, path: Path) -> None:
        self.backup_panel.backup_to(path)
