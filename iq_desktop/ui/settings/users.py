"""The users of this laptop in Settings: a table (name, role, state) and, for coordinators, Remove, Change
role, Reset passphrase and the audit log (``audit_dialog.py``). Adding stays the form under the table
(``page.py``). The rules (last coordinator, nobody changes themselves, audited) are the services'; the
buttons are off for one's own row so the refusals are rare."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.domain.codes import Role
from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext, Change
from iq_desktop.ui.errors import friendly_message, is_known, report_exception
from iq_desktop.ui.forms.labels import label

if TYPE_CHECKING:
    from iq_desktop.services.keys import KdfParams
    from iq_desktop.services.users import UserRow
    from iq_desktop.services.vault import Vault


def _rows(vault: Vault) -> list[UserRow]:
    from iq_desktop.services.users import user_rows

    return user_rows(vault)


def _role_text(role: str, lang: str) -> str:
    return label(Role(role), lang) if role in Role._value2member_map_ else role


class RoleDialog(QDialog):
    """Choose the new role of one user."""

    def __init__(self, user: str, role: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change role"))
        self.role = QComboBox()
        for r in (Role.COUNSELLOR, Role.COORDINATOR):
            self.role.addItem(label(r, lang), r.value)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.role.setAccessibleName(self.tr("New role"))
        lab = QLabel(self.tr("New &role of %1:").replace("%1", user))
        lab.setBuddy(self.role)
        form = QFormLayout()
        form.addRow(lab, self.role)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change role"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)
        self.role.setFocus()

    def chosen(self) -> str:
        return str(self.role.currentData())


class ResetDialog(QDialog):
    """A new passphrase for another user, who must choose their own at the next unlock."""

    def __init__(self, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from iq_desktop.ui.access.first_run import PassphraseFields

        self.setWindowTitle(self.tr("Reset passphrase"))
        intro = QLabel(
            self.tr(
                "Set a new passphrase for %1 and tell it to them in person. At the next unlock they must "
                "choose their own. The old passphrase stops working at once."
            ).replace("%1", user)
        )
        intro.setWordWrap(True)
        self.fields = PassphraseFields()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Reset passphrase"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._accept_if_ok)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.fields)
        lay.addWidget(self.buttons)
        self.fields.changed.connect(lambda: self.ok.setEnabled(self.fields.is_acceptable()))
        self.ok.setEnabled(False)
        self.fields.first.setFocus()

    def _accept_if_ok(self) -> None:
        if self.fields.is_acceptable():
            self.accept()


class UsersPanel(QWidget):
    """The table of users and the coordinator's buttons."""

    changed = Signal()

    #: Tests set a fast KDF here; the app leaves it None (the slot's own parameters).
    kdf: KdfParams | None = None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.language
        self.rows: list[UserRow] = []
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("State")])
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(120)
        self.table.setMaximumHeight(200)
        self.remove_button = QPushButton(self.tr("Re&move user…"))
        self.role_button = QPushButton(self.tr("C&hange role…"))
        self.reset_button = QPushButton(self.tr("Reset a &forgotten passphrase…"))
        self.audit_button = QPushButton(self.tr("Show aud&it log…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        for b in (self.remove_button, self.role_button, self.reset_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.audit_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table)
        lay.addLayout(row)
        lay.addWidget(self.status)
        for b in (self.remove_button, self.role_button, self.reset_button, self.audit_button):
            b.setVisible(ctx.is_coordinator)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.remove_button.clicked.connect(self.ask_remove)
        self.role_button.clicked.connect(self.ask_role)
        self.reset_button.clicked.connect(self.ask_reset)
        self.audit_button.clicked.connect(self.show_audit_log)
        self._dialog: QWidget | None = None
        self._update_buttons()

    # --- the table -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        vault = self.ctx.vault
        if vault is not None:
            operations.query(self.ctx, _rows, vault, success=self._show, failure=self._failed)

    def _show(self, rows: list[UserRow]) -> None:
        chosen = self.selected()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            state = []
            if r.is_you:
                state.append(self.tr("you"))
            if r.must_change:
                state.append(self.tr("must choose a new passphrase"))
            for col, text in enumerate((r.user, _role_text(r.role, self.lang), ", ".join(state))):
                self.table.setItem(i, col, QTableWidgetItem(text))
            if chosen is not None and r.user == chosen.user:
                self.table.selectRow(i)
        if self.selected() is None and rows:  # a row is always chosen: the arrow keys start from it
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def _update_buttons(self) -> None:
        row = self.selected()
        other = row is not None and not row.is_you
        for b in (self.remove_button, self.role_button, self.reset_button):
            b.setEnabled(other)

    def _failed(self, exc: BaseException) -> None:
        if is_known(exc):
            self.status.setText("⚠ " + friendly_message(exc, self.lang))
        else:
            self.status.setText("")
            report_exception(exc, self, self.lang)

    def _run(self, fn: object, *args: object, done: str) -> None:
        vault = self.ctx.vault
        if vault is None:
            return
        self.status.setText(self.tr("Working…"))

        def ok(_r: object) -> None:
            self.status.setText("✔ " + done)
            self.refresh()
            self.changed.emit()

        operations.change(self.ctx, fn, vault, *args, changes=Change.NONE, success=ok, failure=self._failed)  # type: ignore[arg-type]

    # --- the actions ---------------------------------------------------------------------------------------
    def ask_remove(self) -> QMessageBox | None:
        row = self.selected()
        if row is None or row.is_you:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove user"),
            self.tr(
                "Remove %1? Their passphrase will no longer open the vault. Their name stays in the audit log; "
                "the records they made stay."
            ).replace("%1", row.user),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        remove = box.button(QMessageBox.StandardButton.Yes)
        remove.setText(self.tr("&Remove"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Keep"))
        box.setDefaultButton(QMessageBox.StandardButton.No)  # Enter keeps the user

        def answered(_result: int) -> None:
            if box.clickedButton() is remove:
                self._run(_remove, row.user, done=self.tr("The user was removed."))

        box.finished.connect(answered)
        self._dialog = box
        box.open()
        return box

    def ask_role(self) -> RoleDialog | None:
        row = self.selected()
        if row is None or row.is_you:
            return None
        dlg = RoleDialog(row.user, row.role, self.lang, self)

        def chosen() -> None:
            if dlg.chosen() != row.role:
                self._run(_set_role, row.user, dlg.chosen(), done=self.tr("The role was changed."))

        dlg.accepted.connect(chosen)
        self._dialog = dlg
        dlg.open()
        return dlg

    def ask_reset(self) -> ResetDialog | None:
        row = self.selected()
        if row is None or row.is_you:
            return None
        dlg = ResetDialog(row.user, self)
        kdf = self.kdf

        def chosen() -> None:
            self._run(
                _reset,
                row.user,
                dlg.fields.passphrase(),
                kdf,
                done=self.tr("The passphrase was reset. At the next unlock they choose their own."),
            )

        dlg.accepted.connect(chosen)
        self._dialog = dlg
        dlg.open()
        return dlg

    def show_audit_log(self) -> QDialog:
        from iq_desktop.ui.settings.audit_dialog import AuditDialog

        dlg = AuditDialog(self.ctx, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dlg
        dlg.open()
        return dlg


def _remove(vault: Vault, name: str) -> None:
    vault.remove_user(name)


def _set_role(vault: Vault, name: str, role: str) -> None:
    vault.set_role(name, role)


def _reset(vault: Vault, name: str, passphrase: str, kdf: KdfParams | None) -> None:
    vault.reset_passphrase(name, passphrase, kdf=kdf)
