"""Settings → Backup → "Restore from backup…" (coordinators): the GUI of ``services.backup.restore_backup``.

The dialog asks for the backup file and the backup's passphrase (of a coordinator of the backup) or its
recovery key, says plainly that the vault on this laptop is replaced (and kept beside it), and needs a
tick before the button works. It then checks the backup with those credentials
(``services.backup.check_backup``, nothing changed) *before* anything is locked: a wrong passphrase is
refused in the dialog and the open vault stays as it was. Only then it emits
``ctx.restore_requested``; the shell locks this vault, runs :func:`restore_and_open` on the DB worker
(the one restore service) and shows the restored vault: opened at once with the passphrase, or the
unlock screen after a restore with the recovery key. The next sync reconciles with the server
(docs/sync.md, "Restore and reconcile").
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext
from iq_desktop.ui.errors import friendly_message, is_known, report_exception
from iq_desktop.ui.forms.fields import ProblemLabel

if TYPE_CHECKING:
    from iq_desktop.services.backup import BackupInfo
    from iq_desktop.services.vault import Vault

__all__ = ["RestoreDialog", "RestoreRequest", "restore_and_open"]


@dataclass(frozen=True, slots=True)
class RestoreRequest:
    """A restore the coordinator confirmed and whose credentials opened the backup."""

    backup_file: Path
    user: str | None  # with ``passphrase``: a coordinator of the backup
    passphrase: str | None = None
    recovery_key: str | None = None


def _check(data_dir: Path, req: RestoreRequest) -> BackupInfo:
    from iq_desktop.services.backup import check_backup

    return check_backup(
        req.backup_file, data_dir, user=req.user, passphrase=req.passphrase, recovery_key=req.recovery_key
    )


def restore_and_open(data_dir: Path, req: RestoreRequest) -> Vault | None:
    """On the DB worker, after the open vault was locked: restore (``services.backup.restore_backup``,
    the current vault kept beside it), then open the restored vault with the passphrase; None after a
    restore with the recovery key (the unlock screen follows)."""
    from iq_desktop.services.backup import restore_backup
    from iq_desktop.services.vault import open_vault

    restore_backup(
        req.backup_file, data_dir, replace=True, user=req.user, passphrase=req.passphrase,
        recovery_key=req.recovery_key,
    )  # fmt: skip
    if req.passphrase is None or req.user is None:
        return None
    return open_vault(data_dir, req.user, req.passphrase)


class RestoreDialog(QDialog):
    PASSPHRASE, RECOVERY_KEY = 0, 1

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumWidth(520)

        warning = QLabel(
            self.tr(
                "The vault on this laptop will be replaced by the backup: records saved after the backup was "
                "made will no longer be shown. The current vault is not deleted; it is kept beside it in the "
                "data folder (vault.db.before-restore-…). The app then opens the restored vault, and the next "
                "sync brings the regional server in line with it."
            )
        )
        warning.setWordWrap(True)
        warning.setObjectName("restoreWarning")
        warning.setStyleSheet("QLabel#restoreWarning { background: #fff4d6; padding: 6px; }")

        form = QFormLayout()
        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("e.g. iq-backup.tar"))
        self.browse = QPushButton(self.tr("C&hoose…"))
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(self.browse)
        file_label = QLabel(self.tr("Backup &file"))
        file_label.setBuddy(self.file)
        self.file.setAccessibleName(self.tr("Backup file"))
        form.addRow(file_label, row)

        self.mode = QComboBox()
        self.mode.addItem(self.tr("A coordinator's passphrase"))
        self.mode.addItem(self.tr("The recovery key"))
        self._row(form, self.tr("Open the backup &with"), self.mode)
        self.user = QLineEdit(ctx.user)
        self.user_label = self._row(form, self.tr("&User name in the backup"), self.user)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = self._row(form, self.tr("Backup's &passphrase"), self.passphrase)
        self.recovery_key = QLineEdit()
        self.recovery_label = self._row(form, self.tr("&Recovery key"), self.recovery_key)

        self.confirm = QCheckBox(self.tr("I understand that the vault on this laptop is replace&d."))
        self.problem = ProblemLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore and &open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)

        lay = self._layout = QVBoxLayout(self)
        lay.addWidget(warning)
        lay.addLayout(form)
        lay.addWidget(self.confirm)
        lay.addWidget(self.problem)
        lay.addWidget(self.status)
        lay.addWidget(self.buttons)

        self.browse.clicked.connect(self._browse)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.confirm.toggled.connect(self.restore_button.setEnabled)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.start)
        self._mode_changed()

    def _row(self, form: QFormLayout, text: str, widget: QWidget) -> QLabel:
        lab = QLabel(text)
        lab.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", ""))
        form.addRow(lab, widget)
        return lab

    def _mode_changed(self) -> None:
        with_passphrase = self.mode.currentIndex() == self.PASSPHRASE
        for w in (self.user, self.user_label, self.passphrase, self.passphrase_label):
            w.setVisible(with_passphrase)
        for w in (self.recovery_key, self.recovery_label):
            w.setVisible(not with_passphrase)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), "", self.tr("IQ backups (*.tar);;All files (*)")
        )
        if path:
            self.file.setText(path)

    def _problems(self, problems: list[str]) -> None:
        """Show them, and grow the dialog to fit (a word-wrapped label's height is not in its minimum)."""
        self.problem.show_messages(problems)
        self._layout.activate()
        needed = self._layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def request(self) -> RestoreRequest | None:
        """What was entered, or None (and the problem shown)."""
        problems: list[str] = []
        path = self.file.text().strip()
        if not path:
            problems.append(self.tr("Choose the backup file."))
        elif not Path(path).is_file():
            problems.append(self.tr("The backup file was not found."))
        if self.mode.currentIndex() == self.PASSPHRASE:
            if not self.user.text().strip():
                problems.append(self.tr("Enter your user name in the backup."))
            if not self.passphrase.text():
                problems.append(self.tr("Enter the backup's passphrase."))
        elif not self.recovery_key.text().strip():
            problems.append(self.tr("Enter the recovery key."))
        self._problems(problems)
        if problems:
            return None
        if self.mode.currentIndex() == self.PASSPHRASE:
            return RestoreRequest(Path(path), self.user.text().strip(), passphrase=self.passphrase.text())
        return RestoreRequest(Path(path), None, recovery_key=self.recovery_key.text().strip())

    def start(self) -> None:
        """Check the backup with the credentials (nothing changed); then hand the restore to the shell."""
        req = self.request()
        if req is None or not self.confirm.isChecked():
            return
        self.restore_button.setEnabled(False)
        self.status.setText(self.tr("Checking the backup… (this takes a few seconds)"))

        def checked(_info: BackupInfo) -> None:
            self.status.setText("")
            self.accept()
            self.ctx.restore_requested.emit(req)

        def failed(exc: BaseException) -> None:
            self.status.setText("")
            self.restore_button.setEnabled(self.confirm.isChecked())
            if is_known(exc):
                self.problem.show_messages([friendly_message(exc, self.ctx.language)])
            else:
                self.problem.show_messages(
                    [self.tr("The backup could not be checked because of an unexpected problem.")]
                )
                report_exception(exc, self, self.ctx.language)

        operations.query(self.ctx, _check, self.ctx.data_dir, req, success=checked, failure=failed)
