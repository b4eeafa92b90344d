"""The agenda ("Termine"): today, this week, overdue, no contact for N weeks, procedures waiting.

Enter (or a double click) on a row opens the person's page. The coordinator keeps the list of stops
here; everyone exports the appointments as an .ics calendar (initials only unless chosen otherwise).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.domain.agenda import Agenda, AgendaItem, Section
from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext, Change
from iq_desktop.ui.forms.fields import date_format, to_qdate
from iq_desktop.ui.page_parts import make_heading

if TYPE_CHECKING:
    from iq_desktop.services.vault import Vault

CLIENT_ROLE = Qt.ItemDataRole.UserRole + 1


# --- work on the DB worker ----------------------------------------------------------------------


def _load(vault: Vault) -> tuple[Agenda, bool]:
    from iq_desktop.services import agenda

    return agenda.agenda(vault), agenda.show_first(vault)


def _save_settings(vault: Vault, show_first: bool, weeks: int, months: int | None = None) -> None:
    from iq_desktop.services import agenda

    agenda.set_agenda_settings(vault, show_first=show_first, weeks=weeks, months=months)


def _stops(vault: Vault) -> list[str]:
    from iq_desktop.services import agenda

    return agenda.stops(vault)


def _set_stops(vault: Vault, names: list[str]) -> list[str]:
    from iq_desktop.services import agenda

    return agenda.set_stops(vault, names)


def _export(vault: Vault, out: Path, items: list[AgendaItem], full_names: bool, places: bool, title: str) -> int:
    from iq_desktop.services import agenda

    return agenda.export_ics(vault, out, items, full_names=full_names, places=places, title=title, overwrite=True)


def _show_first_now(vault: Vault) -> bool:
    from iq_desktop.services import agenda

    return agenda.show_first_now(vault)


class _InputWatch(QObject):
    """Notes whether the user pressed a key, clicked or scrolled anywhere in the application."""

    _INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel})

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.acted = False
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._INPUT:
            self.acted = True
        return False

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.deleteLater()


def agenda_first_if_due(ctx: AppContext, window: QWidget) -> None:
    """After unlock: show the agenda first when the setting is on and something is due, unless the user
    has already started working (a key, click or scroll since the window opened): the page never
    changes under their hands."""
    vault = ctx.vault
    if vault is None:
        return
    watch = _InputWatch(window)

    def done(due: bool) -> None:
        acted = watch.acted
        watch.stop()
        show_page = getattr(window, "show_page", None)
        nav = getattr(window, "nav", None)
        on_first_page = nav is not None and nav.currentRow() == 0 and not getattr(window, "forms", None)
        if due and not acted and show_page is not None and on_first_page:
            show_page("agenda")

    operations.query(ctx, _show_first_now, vault, success=done, failure=lambda _exc: watch.stop())


# --- dialogs ------------------------------------------------------------------------------------


class StopsDialog(QDialog):
    """The coordinator's list of stops (town/venue), one per line."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stops"))
        self.edit = QPlainTextEdit("\n".join(names))
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(self.tr("Stops, one per line"))
        label = QLabel(self.tr("&Stops of the mobile site, one per line (town, venue):"))
        label.setBuddy(self.edit)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(label)
        lay.addWidget(self.edit, 1)
        lay.addWidget(buttons)
        self.resize(420, 320)

    def names(self) -> list[str]:
        return [line.strip() for line in self.edit.toPlainText().splitlines() if line.strip()]


class ExportDialog(QDialog):
    """What goes into the calendar file (initials by default) and where it is written."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export as calendar"))
        info = QLabel(
            self.tr(
                "%n appointment(s) of today and the coming days. Nothing else about the person is written.", "", count
            )
        )
        info.setWordWrap(True)
        self.full_names = QCheckBox(self.tr("&Full names instead of initials"))
        self.places = QCheckBox(self.tr("Include the &place (stop)"))
        self.places.setChecked(True)
        self.full_names.setAccessibleName(self.tr("Full names instead of initials"))
        self.places.setAccessibleName(self.tr("Include the place (stop)"))
        self.path = QLineEdit(str(Path.home() / "termine.ics"))
        self.path.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        path_label = QLabel(self.tr("F&ile:"))
        path_label.setBuddy(self.path)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(path_label, row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(info)
        lay.addWidget(self.full_names)
        lay.addWidget(self.places)
        lay.addLayout(form)
        lay.addWidget(self.buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export as calendar"), self.path.text(), "iCalendar (*.ics)"
        )
        if name:
            self.path.setText(name if name.lower().endswith(".ics") else name + ".ics")


# --- the page -----------------------------------------------------------------------------------


class AgendaPage(QWidget):
    open_client = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.language
        self.agenda: Agenda | None = None
        self._loading = False
        heading = make_heading(QLabel(self.tr("Agenda")))

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Agenda"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Person"), self.tr("Place"), self.tr("Last contact")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setColumnWidth(0, 170)
        self.tree.setColumnWidth(1, 260)
        self.tree.setColumnWidth(2, 200)
        self.tree.activated.connect(self._activated)
        self.tree.doubleClicked.connect(self._activated)

        self.show_first = QCheckBox(self.tr("Show the agenda first after unlock when something is &due"))
        self.show_first.setAccessibleName(self.tr("Show the agenda first after unlock when something is due"))
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 104)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.setAccessibleName(self.tr("No contact for how many weeks"))
        weeks_label = QLabel(self.tr("No &contact for:"))
        weeks_label.setBuddy(self.weeks)
        self.months = QSpinBox()
        self.months.setRange(1, 120)
        self.months.setSuffix(self.tr(" months"))
        self.months.setAccessibleName(self.tr("Procedures waiting longer than (months)"))
        months_label = QLabel(self.tr("&Procedures waiting longer than"))
        months_label.setBuddy(self.months)
        self.show_first.toggled.connect(self._settings_changed)
        self.weeks.valueChanged.connect(self._settings_changed)
        self.months.valueChanged.connect(self._settings_changed)

        self.export_button = QPushButton(self.tr("E&xport as calendar…"))
        self.export_button.clicked.connect(self.export_calendar)
        self.stops_button = QPushButton(self.tr("S&tops…"))
        self.stops_button.setToolTip(self.tr("The stops of the mobile site (coordinators)"))
        self.stops_button.clicked.connect(self.edit_stops)
        vault = ctx.vault
        coordinator = bool(vault is not None and vault.is_coordinator)
        self.stops_button.setVisible(coordinator)
        self.weeks.setEnabled(coordinator)
        self.months.setEnabled(coordinator)

        options = QHBoxLayout()  # one row each: side by side they are wider than a 1024 px screen
        options.addWidget(weeks_label)
        options.addWidget(self.weeks)
        options.addSpacing(12)
        options.addWidget(months_label)
        options.addWidget(self.months)
        options.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_first, 1)
        buttons.addWidget(self.stops_button)
        buttons.addWidget(self.export_button)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)

        lay = QVBoxLayout(self)
        lay.addWidget(heading)
        lay.addWidget(self.summary)
        lay.addWidget(self.tree, 1)
        lay.addLayout(options)
        lay.addLayout(buttons)
        operations.refresh_on(ctx, self, Change.RECORDS, self.refresh)
        self.refresh()

    # --- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        vault = self.ctx.vault
        if vault is not None:
            operations.query(self.ctx, _load, vault, success=self._loaded, parent=self)

    def _loaded(self, result: tuple[Agenda, bool]) -> None:
        agenda, show_first = result
        self.agenda = agenda
        self._loading = True
        try:
            self.show_first.setChecked(show_first)
            self.weeks.setValue(agenda.no_contact_weeks)
            self.months.setValue(agenda.procedure_months)
        finally:
            self._loading = False
        self._fill(agenda)

    def _section_title(self, section: Section, agenda: Agenda) -> str:
        if section is Section.TODAY:
            return self.tr("Today")
        if section is Section.UPCOMING:
            return self.tr("This week") if agenda.until.weekday() == 6 else self.tr("Coming days")
        if section is Section.OVERDUE:
            return self.tr("Overdue")
        if section is Section.NO_CONTACT:
            return self.tr(
                "No contact for %n week(s) although a further session is needed", "", agenda.no_contact_weeks
            )
        return self.tr("Recognition procedures waiting for a decision")

    def _day(self, day: dt.date) -> str:
        return to_qdate(day).toString(date_format(self.lang))

    def _fill(self, agenda: Agenda) -> None:
        current = self._current_key()
        self.tree.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        select: QTreeWidgetItem | None = None
        first_row: QTreeWidgetItem | None = None
        for section in Section:
            rows = agenda.section(section)
            head = QTreeWidgetItem([f"{self._section_title(section, agenda)} ({len(rows)})"])
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)  # only once it is in the tree (else Qt ignores it)
            for item in rows:
                when = self._day(item.day)
                if item.time is not None:
                    when += " " + item.time.strftime("%H:%M")
                last = self._day(item.last_contact) if item.last_contact else ""
                row = QTreeWidgetItem([when, item.display_name or "–", item.place, last])
                row.setData(0, CLIENT_ROLE, item.client_id)
                row.setData(1, CLIENT_ROLE, item.record_id)
                self.tree.addTopLevelItem(row)
                first_row = first_row or row
                if (item.client_id, item.record_id) == current:
                    select = row
        due = len([i for i in agenda.items if i.section is not Section.UPCOMING])
        text = self.tr("%n item(s) due.", "", due) if due else self.tr("Nothing due.")
        if agenda.no_contact_limited:
            text += " " + self.tr("Only the most recent cases without contact are listed.")
        if agenda.procedures_more:
            text += " " + self.tr("%n more waiting procedure(s) not listed.", "", agenda.procedures_more)
        self.summary.setText(text)
        target = select or first_row
        if target is not None:
            self.tree.setCurrentItem(target)

    def _current_key(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        if item is None or not item.data(0, CLIENT_ROLE):
            return None
        return str(item.data(0, CLIENT_ROLE)), str(item.data(1, CLIENT_ROLE))

    def _activated(self, index: QModelIndex) -> None:
        client_id = index.siblingAtColumn(0).data(CLIENT_ROLE)
        if client_id:
            self.open_client.emit(str(client_id))

    def focus_find(self) -> bool:
        self.tree.setFocus()
        return True

    # --- settings, stops, export ----------------------------------------------------------------
    def _settings_changed(self, *_args: object) -> None:
        vault = self.ctx.vault
        if self._loading or vault is None:
            return
        operations.change(
            self.ctx,
            _save_settings,
            vault,
            self.show_first.isChecked(),
            self.weeks.value(),
            self.months.value(),
            changes=Change.SETTINGS,
            success=lambda _r: self.refresh(),
            parent=self,
        )

    def edit_stops(self) -> None:
        vault = self.ctx.vault
        if vault is not None:
            operations.query(self.ctx, _stops, vault, success=self._edit_stops, parent=self)

    def _edit_stops(self, names: list[str]) -> None:
        vault = self.ctx.vault
        dialog = StopsDialog(names, self)
        self.stops_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted and vault is not None:
            operations.change(self.ctx, _set_stops, vault, dialog.names(), changes=Change.SETTINGS, parent=self)

    def export_calendar(self) -> None:
        vault = self.ctx.vault
        if vault is None or self.agenda is None:
            return
        items = self.agenda.appointments()
        dialog = ExportDialog(len(items), self)
        self.export_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        out = Path(dialog.path.text().strip()).expanduser()
        operations.query(
            self.ctx,
            _export,
            vault,
            out,
            items,
            dialog.full_names.isChecked(),
            dialog.places.isChecked(),
            self.tr("Counselling"),
            success=lambda n: self.summary.setText(self.tr("%n appointment(s) exported.", "", n)),
            parent=self,
        )
