"""The unlock screen: user + passphrase, KDF on the DB worker, growing delays after failed attempts;
the recovery dialog ("Forgot passphrase? Use the recovery key"); and the first passphrase of one's own
(:class:`ForcedChangeDialog`: a coordinator added the user or reset the passphrase, so the vault opens
only after the user chose a new one)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.ui import operations
from iq_desktop.ui.errors import friendly_message, is_known, report_exception
from iq_desktop.ui.workers import DbWorker

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from iq_desktop.services.vault import Vault

#: Seconds to wait after the n-th failed attempt (n = 1, 2, ...); the last value repeats.
BACKOFF_S = (0, 1, 2, 4, 8, 16, 30)


def backoff_seconds(failures: int) -> int:
    if failures <= 0:
        return 0
    return BACKOFF_S[min(failures - 1, len(BACKOFF_S) - 1)]


def _list_users(data_dir: Path) -> list[str]:
    from iq_desktop.services.vault import list_users

    return [s.user for s in list_users(data_dir)]


def _open(data_dir: Path, user: str, passphrase: str) -> Vault:
    from iq_desktop.services.vault import open_vault

    return open_vault(data_dir, user, passphrase)


class _Message(QLabel):
    """Takes no room while empty (no gap between the Unlock button and the recovery link)."""

    def __init__(self) -> None:
        super().__init__()
        self.setVisible(False)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))


class UnlockWindow(QWidget):
    unlocked = Signal(object)  # the Vault

    def __init__(
        self, data_dir: Path, db: DbWorker, *, demo_passphrase: str | None = None, last_user: str = "",
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        """``last_user``: who was working before the lock (offered first)."""
        super().__init__(parent)
        self.data_dir = data_dir
        self.db = db
        self.last_user = last_user
        self.failures = 0
        self._wait_left = 0
        self._busy = False
        self._error_text = ""
        self._recovery: QWidget | None = None
        self.setWindowTitle(self.tr("IQ Desktop – Unlock"))
        self.setObjectName("unlockWindow")

        heading = QLabel(self.tr("Unlock the vault"))
        heading.setObjectName("heading")
        intro = QLabel(self.tr("Your records are encrypted. Choose your user name and enter your passphrase."))
        intro.setWordWrap(True)

        self.user = QComboBox()
        self.user.setAccessibleName(self.tr("User name"))
        self.user.setMinimumContentsLength(18)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        if demo_passphrase:
            self.passphrase.setText(demo_passphrase)
        user_label = QLabel(self.tr("&User:"))
        user_label.setBuddy(self.user)
        pass_label = QLabel(self.tr("&Passphrase:"))
        pass_label.setBuddy(self.passphrase)
        form = QFormLayout()
        form.addRow(user_label, self.user)
        form.addRow(pass_label, self.passphrase)

        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.forgot_button = QPushButton(self.tr("Forgot passphrase? Use the recovery key…"))
        self.forgot_button.setFlat(True)
        self.forgot_button.setStyleSheet("text-align: left; padding-left: 0px;")  # lines up with the labels
        self.forgot_button.setAccessibleName(self.tr("Use the recovery key"))
        self.forgot_button.clicked.connect(self.open_recovery)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.hide()
        self.message = _Message()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        forgot_row = QHBoxLayout()
        forgot_row.addWidget(self.forgot_button)
        forgot_row.addStretch(1)

        box = QVBoxLayout()
        box.setSpacing(12)
        box.addWidget(heading)
        box.addWidget(intro)
        box.addLayout(form)
        box.addLayout(buttons)  # right under the passphrase; the message (error, countdown) grows below it
        box.addWidget(self.busy)
        box.addWidget(self.message)
        box.addLayout(forgot_row)
        panel = QWidget()
        panel.setLayout(box)
        panel.setFixedWidth(max(460, self.fontMetrics().averageCharWidth() * 70))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.resize(640, 420)

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        quit_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Quit), self)
        quit_shortcut.activated.connect(self.close)
        self._set_busy(True)
        operations.query(self.db, _list_users, data_dir, success=self._got_users, failure=self._users_failed)

    # -- users ---------------------------------------------------------------------------------
    def _got_users(self, users: list[str]) -> None:
        self.user.clear()
        self.user.addItems(users)
        if self.last_user in users:
            self.user.setCurrentText(self.last_user)
        self._set_busy(False)
        self.passphrase.setFocus()

    def _users_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show_error(exc)
        self.unlock_button.setEnabled(False)

    # -- unlocking -----------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self._update_enabled()

    def _update_enabled(self) -> None:
        ready = not self._busy and self._wait_left <= 0
        self.unlock_button.setEnabled(ready and self.user.count() > 0)
        self.passphrase.setEnabled(not self._busy)
        self.user.setEnabled(not self._busy)

    def try_unlock(self) -> None:
        if self._busy or self._wait_left > 0 or self.user.count() == 0:
            return
        if not self.passphrase.text():
            self.message.setText(self.tr("Please enter your passphrase."))
            return
        self.message.setText(self.tr("Unlocking…"))
        self._set_busy(True)
        operations.query(
            self.db, _open, self.data_dir, self.user.currentText(), self.passphrase.text(),
            success=self._unlocked, failure=self._failed,
        )  # fmt: skip

    def _unlocked(self, vault: Vault) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.failures = 0
        self.message.setText("")
        self.unlocked.emit(vault)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        from iq_desktop.services.errors import PassphraseChangeRequired, UnknownUser, WrongPassphrase

        if isinstance(exc, PassphraseChangeRequired):  # the right passphrase, set by a coordinator
            self.failures = 0
            self.message.setText("")
            self.open_forced_change()
            return
        if isinstance(exc, WrongPassphrase | UnknownUser):
            self.failures += 1
            self.passphrase.selectAll()
            self._show_error(exc)
            self._wait_left = backoff_seconds(self.failures)
            if self._wait_left > 0:
                self._show_countdown()
                self._timer.start()
        else:
            self._show_error(exc)
        self._update_enabled()
        self.passphrase.setFocus()

    def _show_error(self, exc: BaseException) -> None:
        if is_known(exc):
            self._error_text = friendly_message(exc)
            self.message.setText("⚠ " + self._error_text)
        else:
            self.message.setText("")
            report_exception(exc, self)

    def _show_countdown(self) -> None:
        wait = self.tr("Please wait %n second(s) before the next attempt.", "", self._wait_left)
        self.message.setText(f"⚠ {self._error_text}\n{wait}")

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._timer.stop()
            self._wait_left = 0
            self.message.setText("⚠ " + self._error_text)
        else:
            self._show_countdown()
        self._update_enabled()

    # -- the first passphrase of one's own ---------------------------------------------------------
    def open_forced_change(self) -> ForcedChangeDialog:
        dlg = ForcedChangeDialog(self.data_dir, self.db, self.user.currentText(), self.passphrase.text(), self)
        dlg.changed.connect(self._unlocked)
        dlg.rejected.connect(self._forced_change_cancelled)
        self._recovery = dlg
        dlg.open()
        return dlg

    def _forced_change_cancelled(self) -> None:
        self.passphrase.clear()
        self.message.setText(self.tr("The vault stays locked until you choose your own passphrase."))
        self.passphrase.setFocus()

    # -- recovery ------------------------------------------------------------------------------
    def open_recovery(self) -> None:
        users = [self.user.itemText(i) for i in range(self.user.count())]
        dlg = RecoveryDialog(self.data_dir, self.db, users, self.user.currentText(), self)
        dlg.recovered.connect(self._unlocked)
        self._recovery = dlg
        dlg.open()


_GROUP = re.compile(r"group (\d+)")
_ENTERED = re.compile(r"(\d+) groups of (\d+) characters, but (\d+) characters")


def recovery_key_problem(text: str) -> str:
    """What is wrong with a typed recovery key, in the UI language, naming the group where it can ("" if
    it reads well). The same check as ``iq-desktop recover`` (``services.keys.parse_recovery_key``)."""
    from iq_desktop.services.errors import WrongRecoveryKey
    from iq_desktop.services.keys import parse_recovery_key

    try:
        parse_recovery_key(text)
    except WrongRecoveryKey as exc:
        said = str(exc)
        if m := _ENTERED.search(said):
            words = translate(
                "RecoveryDialog", "The recovery key must have %1 groups of %2 characters; %3 characters were entered."
            )
            return words.replace("%1", m[1]).replace("%2", m[2]).replace("%3", m[3])
        if m := _GROUP.search(said):
            if "cannot occur" in said:
                text_ = translate(
                    "RecoveryDialog",
                    "Group %1 of the recovery key has a character that cannot occur in it. Check that group.",
                )
            else:
                text_ = translate(
                    "RecoveryDialog", "The recovery key has a typo, probably in group %1. Check that group."
                )
            return text_.replace("%1", m[1])
        return translate("RecoveryDialog", "The recovery key is not valid. Please check every group carefully.")
    return ""


def _recover(data_dir: Path, recovery_key: str, user: str, passphrase: str) -> Vault:
    from iq_desktop.services.vault import recover_vault

    return recover_vault(data_dir, recovery_key, user, passphrase)


class _WorkDialog(QDialog):
    """A dialog that runs one job on the DB worker behind a busy bar and shows a known error in its
    message line (``busy``, ``message`` and ``_update`` are the subclass's)."""

    busy: QProgressBar
    message: QLabel

    def _update(self) -> None:  # pragma: no cover - every subclass has its own
        raise NotImplementedError

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self._update()
        if is_known(exc):
            self.message.setText("⚠ " + friendly_message(exc))
        else:
            self.message.setText("")
            report_exception(exc, self)


class RecoveryDialog(_WorkDialog):
    """Open the vault with the recovery key and set a new passphrase."""

    recovered = Signal(object)

    def __init__(
        self, data_dir: Path, db: DbWorker, users: list[str], user: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from iq_desktop.ui.access.first_run import PassphraseFields, _mono_font

        self.data_dir, self.db = data_dir, db
        self.setWindowTitle(self.tr("Use the recovery key"))
        self.key = QLineEdit()
        self.key.setFont(_mono_font(11))
        self.key.setPlaceholderText("XXXX-XXXX-…")
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.user = QComboBox()
        self.user.addItems(users)
        self.user.setCurrentText(user)
        self.user.setAccessibleName(self.tr("User name"))
        self.fields = PassphraseFields()
        key_label = QLabel(self.tr("&Recovery key:"))
        key_label.setBuddy(self.key)
        user_label = QLabel(self.tr("&User:"))
        user_label.setBuddy(self.user)
        grid = QGridLayout()
        grid.addWidget(key_label, 0, 0)
        grid.addWidget(self.key, 0, 1)
        grid.addWidget(user_label, 1, 0)
        grid.addWidget(self.user, 1, 1)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.hide()
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set new passphrase and unlock"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Enter the recovery key and choose a new passphrase for the user.")))
        lay.addLayout(grid)
        lay.addWidget(self.fields)
        lay.addWidget(self.busy)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.key.textChanged.connect(self._update)
        self.fields.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = bool(self.key.text().strip()) and self.fields.is_acceptable() and self.busy.isHidden()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def start(self) -> None:
        problem = recovery_key_problem(self.key.text())
        if problem:  # a mistyped key is refused at once, saying which group (as the command line does)
            self.message.setText("⚠ " + problem)
            self.key.setFocus()
            return
        self.busy.show()
        self.message.setText("")
        self._update()
        operations.query(
            self.db, _recover, self.data_dir, self.key.text(), self.user.currentText(), self.fields.passphrase(),
            success=self._done, failure=self._failed,
        )  # fmt: skip

    def _done(self, vault: Vault) -> None:
        self.busy.hide()
        self.accept()
        self.recovered.emit(vault)


def _change_and_open(data_dir: Path, user: str, old: str, new: str) -> Vault:
    from iq_desktop.services.users import change_passphrase_and_open

    return change_passphrase_and_open(data_dir, user, old, new)


class ForcedChangeDialog(_WorkDialog):
    """After unlocking with a passphrase a coordinator set: choose one's own, then the vault opens."""

    changed = Signal(object)  # the Vault

    def __init__(self, data_dir: Path, db: DbWorker, user: str, old: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from iq_desktop.ui.access.first_run import PassphraseFields

        self.data_dir, self.db, self.user, self._old = data_dir, db, user, old
        self.setWindowTitle(self.tr("Choose your own passphrase"))
        intro = QLabel(
            self.tr(
                "Welcome, %1. Your passphrase was set by a coordinator. Before you start, choose a passphrase "
                "only you know; from now on the vault opens with it."
            ).replace("%1", user)
        )
        intro.setWordWrap(True)
        self.fields = PassphraseFields()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.hide()
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Save passphrase and unlock"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.fields)
        lay.addWidget(self.busy)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        self.fields.changed.connect(self._update)
        self._update()
        self.fields.first.setFocus()

    def _update(self) -> None:
        self.ok.setEnabled(self.fields.is_acceptable() and self.busy.isHidden())

    def start(self) -> None:
        if not self.fields.is_acceptable() or not self.busy.isHidden():
            return
        if self.fields.passphrase() == self._old:
            self.message.setText("⚠ " + self.tr("Choose a passphrase other than the one you were given."))
            return
        self.busy.show()
        self.message.setText(self.tr("Saving… (this takes a few seconds)"))
        self._update()
        operations.query(
            self.db, _change_and_open, self.data_dir, self.user, self._old, self.fields.passphrase(),
            success=self._done, failure=self._failed,
        )  # fmt: skip

    def _done(self, vault: Vault) -> None:
        self.busy.hide()
        self._old = ""
        self.accept()
        self.changed.emit(vault)
