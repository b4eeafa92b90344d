"""Settings → Backup: a manual backup, restore (coordinators, ``restore_dialog.py``), and the automatic
daily backups (``services.auto_backup``): on/off, the folder (mounted USB drives offered first), how
many to keep, "Back up now", the last backup and the last problem, and the reminder after a week.

Only a coordinator changes the automatic backups (the settings are the vault's); everyone may save a
backup and run one now, as before. Vault and file work runs on the DB worker (``ui.operations``); the
backups themselves on their own thread (``ui.settings.backup_thread``: the screens do not wait for them).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext, Change
from iq_desktop.ui.dates import format_datetime
from iq_desktop.ui.errors import friendly_message, is_known, report_exception
from iq_desktop.ui.settings.backup_thread import BackupThread

if TYPE_CHECKING:
    from iq_desktop.services.auto_backup import Config, RunResult, Status
    from iq_desktop.services.backup import Cancel, Progress
    from iq_desktop.services.vault import Vault

__all__ = ["BackupPanel", "problem_words"]

T = TypeVar("T")


def problem_words(problem: str) -> str:
    """A failed backup's problem (``services.auto_backup.Problem``) in the user's language."""
    translate = QCoreApplication.translate
    texts = {
        "not_configured": translate("BackupPanel", "Choose a backup folder first."),
        "folder_missing": translate(
            "BackupPanel", "The backup folder is missing: is the USB drive plugged in? The next try is in an hour."
        ),
        "disk_full": translate(
            "BackupPanel", "The backup drive is full. Free some space there, or keep fewer backups."
        ),
        "permission": translate("BackupPanel", "The backup folder cannot be written to. Choose another folder."),
        "verify_failed": translate(
            "BackupPanel", "The new backup did not verify and was removed; the older ones were kept."
        ),
    }
    other = translate("BackupPanel", "The backup could not be written. Check the drive; the next try is in an hour.")
    return texts.get(problem, other)


def days_ago(when: datetime | None, now: datetime | None = None) -> int | None:
    if when is None:
        return None
    return max(0, ((now or datetime.now(UTC)) - when).days)


def _read(vault: Vault) -> tuple[Status, list[Path], bool]:
    """(the backup status, folders on removable drives, is the chosen folder on the vault's own disk)."""
    from iq_desktop.fs.removable import beside_vault
    from iq_desktop.services import auto_backup

    st = auto_backup.status(vault)
    folder = st.config.folder
    beside = folder is not None and folder.is_dir() and beside_vault(folder, vault.data_dir)
    return st, auto_backup.suggested_folders(), beside


def _configure(vault: Vault, enabled: bool | None, folder: Path | None, keep: int | None) -> Config:
    from iq_desktop.services import auto_backup

    return auto_backup.configure(vault, enabled=enabled, folder=folder, keep=keep)


def _run_now(vault: Vault, cancel: Cancel, progress: Progress) -> RunResult:
    from iq_desktop.services import auto_backup

    return auto_backup.run_if_due(vault, force=True, cancel=cancel, progress=progress)


def _backup_to(vault: Vault, path: Path, cancel: Cancel, progress: Progress) -> Path:
    from iq_desktop.services import auto_backup

    return auto_backup.backup_now(vault, path, cancel=cancel, progress=progress)


class BackupPanel(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backup"), parent)
        self.ctx = ctx
        coordinator = ctx.is_coordinator
        self.status: Status | None = None
        self._hold: str | None = None  # "saved and checked" stays over the refresh that follows it
        self.backup: BackupThread | None = None  # the backup under way

        self.reminder = QLabel()
        self.reminder.setObjectName("backupReminder")
        self.reminder.setWordWrap(True)
        self.reminder.setVisible(False)

        manual = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Save an encrypted &backup…"))
        self.restore_button = QPushButton(self.tr("Res&tore from backup…"))  # coordinators (restore_dialog.py)
        self.restore_button.setVisible(coordinator)
        self.backup_status = QLabel()
        self.backup_status.setWordWrap(True)
        manual.addWidget(self.backup_button)
        manual.addWidget(self.restore_button)
        manual.addWidget(self.backup_status, 1)

        auto = QFormLayout()
        self.auto_check = QCheckBox(self.tr("Automatic backup e&very day"))
        self.auto_check.setAccessibleName(self.tr("Automatic backup every day"))
        auto.addRow("", self.auto_check)
        self.folder = QComboBox()
        self.folder.setPlaceholderText(self.tr("no folder chosen"))
        self.folder.setMinimumContentsLength(24)
        self.folder.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choose_button = QPushButton(self.tr("&Other folder…"))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        folder_label = QLabel(self.tr("Backup fol&der"))
        folder_label.setBuddy(self.folder)
        self.folder.setAccessibleName(self.tr("Backup folder"))
        auto.addRow(folder_label, row)
        self.keep = QSpinBox()
        self.keep.setRange(1, 365)
        self.keep.setValue(7)
        self.keep.setSuffix(self.tr(" backups"))
        keep_label = QLabel(self.tr("&Keep the last"))
        keep_label.setBuddy(self.keep)
        self.keep.setAccessibleName(self.tr("Keep the last"))
        auto.addRow(keep_label, self.keep)
        self.folder_note = QLabel()
        self.folder_note.setWordWrap(True)
        auto.addRow("", self.folder_note)
        self.run_button = QPushButton(self.tr("Back up no&w"))
        self.run_button.setEnabled(False)  # until a folder is known
        self._reveal_pending = False
        self.auto_status = QLabel()
        self.auto_status.setWordWrap(True)
        now_row = QHBoxLayout()
        now_row.addWidget(self.run_button)
        now_row.addWidget(self.auto_status, 1)
        auto.addRow("", now_row)
        for w in (self.auto_check, self.folder, self.choose_button, self.keep):
            w.setEnabled(coordinator)
        if not coordinator:
            self.folder_note.setText(self.tr("Only a coordinator chooses the folder and how many backups are kept."))

        self.progress = QProgressBar()  # while a backup of this panel is written (a large vault: a minute)
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Backup progress"))
        self.progress.setFormat("%p %")  # beside "Saving the backup…" of the button that started it
        self.progress.setVisible(False)

        lay = QVBoxLayout(self)
        lay.addWidget(self.reminder)
        lay.addLayout(manual)
        lay.addWidget(self.progress)
        lay.addLayout(auto)

        self.backup_button.clicked.connect(self._ask_backup)
        self.restore_button.clicked.connect(self.ask_restore)
        self.auto_check.toggled.connect(self._auto_toggled)
        self.folder.activated.connect(self._folder_chosen)
        self.choose_button.clicked.connect(self._choose_folder)
        self.keep.editingFinished.connect(self._keep_changed)
        self.run_button.clicked.connect(self.run_now)
        operations.refresh_on(ctx, self, Change.SETTINGS, self.refresh)
        self.refresh()

    # --- reading ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.ctx.vault is None:
            return
        operations.query(self.ctx, _read, self.ctx.vault, success=self._show, failure=self._failed)

    def _show(self, read: tuple[Status, list[Path], bool]) -> None:
        st, drives, beside = read
        self.status = st
        cfg = st.config
        blocked = [w.blockSignals(True) for w in (self.auto_check, self.folder, self.keep)]
        self.auto_check.setChecked(cfg.enabled)
        self.keep.setValue(cfg.keep)
        self.folder.clear()
        for drive in drives:
            self.folder.addItem(self.tr("USB drive: %1").replace("%1", str(drive)), str(drive))
        if cfg.folder is not None:
            index = self.folder.findData(str(cfg.folder))
            if index < 0:
                self.folder.addItem(str(cfg.folder), str(cfg.folder))
                index = self.folder.count() - 1
            self.folder.setCurrentIndex(index)
        else:
            self.folder.setCurrentIndex(-1)
        for w, b in zip((self.auto_check, self.folder, self.keep), blocked, strict=True):
            w.blockSignals(b)
        if self.ctx.is_coordinator:
            self.folder_note.setText(
                self.tr("⚠ This folder is on the laptop's own disk: a stolen or broken laptop takes the backups "
                        "with it. Choose a USB drive.") if beside else ""
            )  # fmt: skip
        self.run_button.setEnabled(cfg.folder is not None)
        if self._reveal_pending:
            self._reveal_pending = False
            self._focus_likeliest()
        self._show_last(st)

    def _show_last(self, st: Status) -> None:
        last, ok_at = st.last, st.last_ok_at
        if self._hold is not None:
            self.auto_status.setText(self._hold)
            self._hold = None
        elif last is not None and not last.ok:
            text = self.tr("⚠ The last backup failed (%1): %2").replace("%1", format_datetime(last.at))
            self.auto_status.setText(text.replace("%2", problem_words(last.problem)))
        elif ok_at is not None:
            self.auto_status.setText(self.tr("Last backup: %1").replace("%1", format_datetime(ok_at)))
        else:
            self.auto_status.setText(self.tr("No backup yet."))
        if st.remind:
            days = days_ago(ok_at)
            text = (
                self.tr("⚠ There is no backup of this laptop's records yet. Save one now.")
                if days is None
                else self.tr("⚠ The last backup is %n day(s) old. Save one now.", "", days)
            )
            self.reminder.setText(text)
        self.reminder.setVisible(st.remind)

    def _failed(self, exc: BaseException) -> None:
        report_exception(exc, self, self.ctx.language)

    # --- automatic backups (coordinators) ------------------------------------------------------------
    def _configure(self, enabled: bool | None = None, folder: Path | None = None, keep: int | None = None) -> None:
        vault = self.ctx.vault
        if vault is None:
            return

        def failed(exc: BaseException) -> None:
            if is_known(exc):
                self.auto_status.setText("⚠ " + friendly_message(exc, self.ctx.language))
                self.refresh()
            else:
                self._failed(exc)

        operations.change(
            self.ctx, _configure, vault, enabled, folder, keep, changes=Change.SETTINGS,
            success=lambda _cfg: self.auto_status.setText(self.tr("✔ Saved.")), failure=failed,
        )  # fmt: skip

    def _auto_toggled(self, on: bool) -> None:
        if on and self.folder.currentIndex() < 0:
            self._choose_folder()  # a folder first; choosing one switches them on
            if self.folder.currentIndex() < 0:
                blocked = self.auto_check.blockSignals(True)
                self.auto_check.setChecked(False)
                self.auto_check.blockSignals(blocked)
            return
        folder = self.folder.currentData()
        if on and folder and (self.status is None or self.status.config.folder is None):
            self._configure(enabled=True, folder=Path(str(folder)))
        else:
            self._configure(enabled=on)

    def _folder_chosen(self, index: int) -> None:
        data = self.folder.itemData(index)
        if data:
            self._configure(folder=Path(str(data)), enabled=True)

    def _choose_folder(self) -> None:
        start = str(self.folder.currentData() or Path.home())
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"), start)
        if not path:
            return
        blocked = self.folder.blockSignals(True)
        self.folder.addItem(path, path)
        self.folder.setCurrentIndex(self.folder.count() - 1)
        self.folder.blockSignals(blocked)
        self._configure(folder=Path(path), enabled=True)

    def _keep_changed(self) -> None:
        if self.status is not None and self.keep.value() != self.status.config.keep:
            self._configure(keep=self.keep.value())

    def run_now(self) -> None:
        """Back up to the folder now (also when automatic backups are off, or none is due)."""
        vault = self.ctx.vault
        if vault is None:
            return
        self.run_button.setEnabled(False)
        self.auto_status.setText(self.tr("Saving the backup…"))

        def done(result: RunResult) -> None:
            self.run_button.setEnabled(True)
            if result.ok and result.path is not None:
                self._hold = self.tr("✔ Saved and checked: %1").replace("%1", result.path.name)
            else:
                self._hold = "⚠ " + problem_words(str(result.problem or ""))
            self.auto_status.setText(self._hold)

        def failed(exc: BaseException) -> None:
            self.run_button.setEnabled(True)
            self.auto_status.setText("")
            self._failed(exc)

        self._start(_run_now, vault, success=done, failure=failed)

    def reveal(self) -> None:
        """Scroll the settings page to this panel and put the focus on the likeliest button (the
        reminder's "Back up now…" lands here)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(self)
        self._reveal_pending = self.status is None  # again once the folder is known
        self._focus_likeliest()

    def _focus_likeliest(self) -> None:
        (self.run_button if self.run_button.isEnabled() else self.backup_button).setFocus()

    # --- a backup to a file of one's choice, restore ------------------------------------------------------
    def _ask_backup(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save an encrypted backup"), "iq-backup.tar", self.tr("IQ backups (*.tar);;All files (*)")
        )
        if path:
            self.backup_to(Path(path))

    def ask_restore(self) -> QWidget:
        from iq_desktop.ui.settings.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.ctx, self)
        dialog.open()
        return dialog

    def backup_to(self, path: Path) -> None:
        vault = self.ctx.vault
        if vault is None:
            return
        self.backup_button.setEnabled(False)
        self.backup_status.setText(self.tr("Saving the backup…"))

        def done(out: Path) -> None:
            self.backup_button.setEnabled(True)
            self.backup_status.setText(self.tr("✔ Saved to %1").replace("%1", str(out or path)))

        def failed(exc: BaseException) -> None:
            self.backup_button.setEnabled(True)
            if isinstance(exc, OSError):
                self.backup_status.setText(self.tr("⚠ The backup could not be written. Choose another folder."))
            elif is_known(exc):
                self.backup_status.setText("⚠ " + friendly_message(exc, self.ctx.language))
            else:
                self.backup_status.setText("")
                self._failed(exc)
            self.refresh()

        self._start(_backup_to, vault, path, success=done, failure=failed)

    def _start(
        self,
        fn: Callable[..., T],
        *args: object,
        success: Callable[[T], None],
        failure: Callable[[BaseException], None],
    ) -> None:
        """The backup on its own thread, its progress shown in the bar until it ends."""
        self.progress.setValue(0)
        self.progress.setVisible(True)

        def failed(exc: BaseException) -> None:
            self.backup = None
            self.progress.setVisible(False)
            failure(exc)

        self.backup = BackupThread(self.ctx, fn, *args, success=self._changed(success), failure=failed)
        self.backup.progressed.connect(self.progress.setValue)
        self.backup.stopped.connect(self._stopped)

    def _stopped(self) -> None:
        """The backup was cancelled (the vault is being locked): no result follows, the bar goes."""
        self.backup = None
        self.progress.setVisible(False)

    def _changed(self, success: Callable[[T], None]) -> Callable[[T], None]:
        """As ``operations.change``: the views showing the backup status refresh, then ``success``."""

        def done(result: T) -> None:
            self.backup = None
            self.progress.setVisible(False)
            self.ctx.notify(Change.SETTINGS)
            success(result)

        return done
