"""Job-training schemes in the training form: the "Scheme" chooser and a small dialog that creates one.

A participation belongs to a scheme (a course with its participants, or one individually tailored
scheme); without one it is its own individually tailored scheme (the chooser's first item).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.domain.codes import TrainingFormat, TrainingType
from iq_desktop.domain.records import JobTrainingScheme
from iq_desktop.domain.rules import MAX_PROVIDER, Problem, validate_scheme
from iq_desktop.ui import dates, operations
from iq_desktop.ui.context import AppContext, Change
from iq_desktop.ui.errors import friendly_message, is_known, report_exception
from iq_desktop.ui.forms.base import today
from iq_desktop.ui.forms.fields import EnumCombo, ProblemLabel, RequiredDate, not_a_date
from iq_desktop.ui.forms.labels import label

if TYPE_CHECKING:
    from iq_desktop.services.vault import Vault


def scheme_text(s: JobTrainingScheme, lang: str) -> str:
    """How a scheme reads in the chooser: start date, format, type, provider (if any)."""
    parts = [dates.format_date(s.start, dates.locale_for(lang)), label(s.format, lang), label(s.training_type, lang)]
    if s.provider:
        parts.append(s.provider)
    return " · ".join(parts)


def scheme_summary(scheme: JobTrainingScheme | None, lang: str) -> str:
    """A participation's scheme in a list: "course, from 02.04.2024", "individual, from 02.04.2024" (an
    individually tailored scheme created as such), or "own individual scheme" (none, or one that is gone)."""
    if scheme is None:
        return QCoreApplication.translate("SchemeField", "own individual scheme")
    day = dates.format_date(scheme.start, dates.locale_for(lang))
    if scheme.format is TrainingFormat.COURSE_BASED:
        return QCoreApplication.translate("SchemeField", "course, from %1").replace("%1", day)
    return QCoreApplication.translate("SchemeField", "individual, from %1").replace("%1", day)


def _load_schemes(vault: Vault) -> list[JobTrainingScheme]:
    from iq_desktop.services import records

    return records.list_schemes(vault)


def _save_scheme(vault: Vault, scheme: JobTrainingScheme) -> JobTrainingScheme:
    from iq_desktop.services import records

    return records.save_scheme(vault, scheme)


class SchemeField(QWidget):
    """The scheme a participation belongs to: a list of the vault's schemes (newest first) after
    "its own individual scheme", and a button that creates a new scheme. ``value()`` is the scheme's
    id, ``None`` for its own individual scheme."""

    changed = Signal()
    picked = Signal(object)  # the scheme the user chose (not when loading): the form may follow it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.language
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(30)
        self.combo.addItem(self.tr("— its own individual scheme —"), None)
        self.new_button = QPushButton(self.tr("&New scheme…"), self)
        self.new_button.setAutoDefault(False)
        self.new_button.setToolTip(self.tr("Create a job-training scheme (a course or an individual scheme)"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.combo, 1)
        lay.addWidget(self.new_button)
        self.setFocusProxy(self.combo)
        self._schemes: dict[str, JobTrainingScheme] = {}
        self._wanted: str | None = None  # a value set before the list arrived
        self._filling = False
        self.combo.currentIndexChanged.connect(self._on_index)
        self.new_button.clicked.connect(self.create_scheme)
        self.reload()

    # --- the list ------------------------------------------------------------------------------------
    def reload(self) -> None:
        vault = self.ctx.vault
        if vault is not None:
            operations.query(self.ctx, _load_schemes, vault, success=self._fill, parent=self)

    def _fill(self, schemes: list[JobTrainingScheme]) -> None:
        wanted = self._wanted if self._wanted is not None else self.value()
        self._filling = True
        try:
            while self.combo.count() > 1:
                self.combo.removeItem(1)
            self._schemes = {s.id: s for s in schemes}
            for s in schemes:
                self.combo.addItem(scheme_text(s, self.lang), s.id)
            self._select(wanted)
        finally:
            self._filling = False
        self._wanted = None

    def add_scheme(self, scheme: JobTrainingScheme) -> None:
        """A scheme just created: into the list (newest start first) and chosen."""
        self._schemes[scheme.id] = scheme
        row = 1
        while row < self.combo.count():
            other = self._schemes.get(str(self.combo.itemData(row)))
            if other is not None and (other.start, other.id) < (scheme.start, scheme.id):
                break
            row += 1
        self.combo.insertItem(row, scheme_text(scheme, self.lang), scheme.id)
        self.combo.setCurrentIndex(row)

    def scheme(self, scheme_id: str) -> JobTrainingScheme | None:
        return self._schemes.get(scheme_id)

    # --- value ---------------------------------------------------------------------------------------
    def value(self) -> str | None:
        data = self.combo.currentData()
        return None if data is None else str(data)

    def set_value(self, scheme_id: str | None) -> None:
        if scheme_id is not None and self.combo.findData(scheme_id) < 0:
            self._wanted = scheme_id  # the list is still loading (or the scheme is new): chosen when it comes
            self.reload()
        self._select(scheme_id)

    def _select(self, scheme_id: str | None) -> None:
        row = 0 if scheme_id is None else self.combo.findData(scheme_id)
        self.combo.setCurrentIndex(max(0, row))

    def _on_index(self, _row: int) -> None:
        if self._filling:
            return
        self.changed.emit()
        chosen = self.value()
        if chosen is not None and chosen in self._schemes:
            self.picked.emit(self._schemes[chosen])

    # drafts (raw_values.KeepsState)
    def state_value(self) -> object:
        return self._wanted if self._wanted is not None else self.value()

    def restore_state_value(self, value: object) -> None:
        self.set_value(str(value) if isinstance(value, str) and value else None)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.combo.setAccessibleName(name)

    # --- creating ------------------------------------------------------------------------------------
    def create_scheme(self) -> None:
        dialog = SchemeDialog(self.ctx, self)
        dialog.created.connect(self.add_scheme)
        dialog.open()


class SchemeDialog(QDialog):
    """A small form for a new job-training scheme: format, type, start and (optional) provider."""

    created = Signal(object)  # the saved JobTrainingScheme

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lang = ctx.language
        self.lang = lang
        self.setWindowTitle(self.tr("New job-training scheme"))
        form = QFormLayout()
        self.format = EnumCombo(TrainingFormat, lang)
        self.training_type = EnumCombo(TrainingType, lang)
        self.start = RequiredDate(lang)
        self.provider = QLineEdit(self)
        self.provider.setMaxLength(MAX_PROVIDER)
        self.provider.setToolTip(self.tr("Who runs it (optional; stays on this laptop, never sent)"))
        self._problems: dict[str, ProblemLabel] = {}
        for name, text, widget in (
            ("format", self.tr("&Format"), self.format),
            ("training_type", self.tr("&Type"), self.training_type),
            ("start", self.tr("&Start"), self.start),
            ("provider", self.tr("&Provider"), self.provider),
        ):
            box = QWidget(self)
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.setSpacing(2)
            lay.addWidget(widget)
            problem = ProblemLabel(self)
            lay.addWidget(problem)
            self._problems[name] = problem
            row_label = QLabel(text, self)
            row_label.setBuddy(widget)
            form.addRow(row_label, box)
            widget.setAccessibleName(text.replace("&", ""))
        self.format.set_value(TrainingFormat.COURSE_BASED)
        self.training_type.set_value(TrainingType.BRIDGE_TRAINING)
        self.start.set_value(today())
        self.summary = ProblemLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(self.summary)
        outer.addWidget(self.buttons)
        self._saving = False
        # wide enough for its title ("Neue Qualifizierungsmaßnahme" was cut off) and a provider's name
        fm = self.fontMetrics()
        self.setMinimumWidth(max(fm.horizontalAdvance(self.windowTitle()) + 160, fm.averageCharWidth() * 52))
        self.format.setFocus()

    def collect(self) -> JobTrainingScheme:
        return JobTrainingScheme(
            format=self.format.value() or TrainingFormat.COURSE_BASED,
            training_type=self.training_type.value() or TrainingType.BRIDGE_TRAINING,
            start=self.start.value(),
            provider=self.provider.text().strip(),
        )

    def show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[str]] = {}
        loose: list[str] = []
        for p in problems:
            (by_field.setdefault(p.field, []) if p.field in self._problems else loose).append(p.message(self.lang))
        for name, label_ in self._problems.items():
            label_.show_messages(by_field.get(name, []))
        self.summary.show_messages(loose)

    def save(self) -> None:
        if self._saving:
            return
        scheme = self.collect()
        problems = ([not_a_date("start")] if self.start.bad_text else []) + validate_scheme(scheme, today())
        self.show_problems(problems)
        vault = self.ctx.vault
        if problems or vault is None:
            return
        self._saving = True
        operations.change(
            self.ctx,
            _save_scheme,
            vault,
            scheme,
            changes=Change.RECORDS,
            success=self._saved,
            failure=self._failed,
            parent=self,
        )

    def _saved(self, scheme: JobTrainingScheme) -> None:
        self._saving = False
        self.created.emit(scheme)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        problems = [p for p in getattr(exc, "problems", None) or [] if isinstance(p, Problem)]
        if problems:
            self.show_problems(problems)
        elif is_known(exc):
            self.summary.show_messages([self.tr("The scheme was not saved."), friendly_message(exc, self.lang)])
        else:
            self.summary.show_messages([self.tr("The scheme was not saved because of an unexpected problem.")])
            report_exception(exc, self, self.lang)
