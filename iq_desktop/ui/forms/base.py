"""The common frame of the data-entry forms: labelled fields with inline problems, Ctrl+S / Esc,
saving on the DB worker, encrypted drafts and the unsaved-changes prompt.

A subclass builds its fields with :meth:`RecordForm.add_field` and implements ``collect`` (widgets ->
record, plus problems the widgets already know, e.g. text that is not a date), ``check`` (the domain's
validation), ``persist`` (the service call, run on the DB worker), ``fill`` (record -> widgets) and
``state``/``restore`` (raw widget values for drafts).
"""

from __future__ import annotations

import itertools
import logging
from datetime import date
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.domain.records import Record, new_id
from iq_desktop.domain.rules import Problem
from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext, Change
from iq_desktop.ui.errors import friendly_message, is_known, report_exception
from iq_desktop.ui.forms.draft_support import DraftSupport
from iq_desktop.ui.forms.fields import DateField, ProblemLabel, RequiredDate, guard_wheel, not_a_date
from iq_desktop.ui.forms.raw_values import Composite, HasBoxes, raw_value, set_raw_value
from iq_desktop.ui.page_parts import make_heading

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 1500
SAVED_MESSAGE_MS = 5000
#: The record kinds a wrong entry of can be voided from its form (issue 11: "Delete…" with a reason).
VOIDABLE_KINDS = frozenset({"session", "training", "event", "procedure"})
#: "Delete…" on a form (Ctrl+Del alone deletes a word in a text field)
VOID_KEY = "Ctrl+Shift+Del"
W = TypeVar("W", bound=QWidget)
R = TypeVar("R", bound=Record)

if TYPE_CHECKING:
    from iq_desktop.services.vault import Vault


class RecordForm(DraftSupport, QWidget, Generic[R]):
    saved = Signal(object)  # the saved record
    finished = Signal()  # saved or cancelled: the host may close the form
    dirty_changed = Signal(bool)

    KIND = ""  # the record type, also the draft's kind

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang: str = ctx.language
        self._widgets: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._problems: dict[str, ProblemLabel] = {}
        self._loading = False
        self._dirty = False
        self._saving = False
        self.record_id = new_id()
        self.is_new = True

        self.title = QLabel(self)
        make_heading(self.title)
        self.title.setWordWrap(True)
        self.notice = QLabel(self)  # draft restored, saved, ...
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.summary = ProblemLabel(self)  # problems not tied to a shown field, or a failed save

        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.scroll_area = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Close without saving (Esc)"))
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self.void_button = QPushButton(self.tr("Delete…"), self)
        self.void_button.setToolTip(self.tr("Delete this wrong entry, with a reason (Ctrl+Shift+Del)"))
        self.void_button.setAutoDefault(False)
        self.void_button.clicked.connect(self.ask_void)
        self.void_button.hide()
        self.void_dialog: QDialog | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        outer = QVBoxLayout(self)
        outer.addWidget(self.title)
        outer.addWidget(self.notice)
        outer.addWidget(self.summary)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)

        ctx_shortcut = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save, context=ctx_shortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel, context=ctx_shortcut)
        QShortcut(QKeySequence(VOID_KEY), self, self.ask_void, context=ctx_shortcut)

        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        ctx.about_to_lock.connect(self._on_about_to_lock)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+S and Esc also when they reach the form as plain key events (no shortcut map)."""
        if event.matches(QKeySequence.StandardKey.Save):
            self.save()
        elif QKeySequence(event.keyCombination()) == QKeySequence(VOID_KEY):
            self.ask_void()
        elif event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.cancel()
        else:
            super().keyPressEvent(event)

    # --- building -----------------------------------------------------------------------------
    def add_field(self, form: QFormLayout, name: str, text: str, widget: W, *, hint: str = "") -> W:
        """A labelled field (label buddy, accessible name) with its own inline problem line."""
        label = QLabel(text, self)
        label.setBuddy(widget)
        plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        widget.setAccessibleName(plain)
        if hint:
            widget.setToolTip(hint)
            widget.setAccessibleDescription(hint)
        problem = ProblemLabel(self)
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        lay.addWidget(problem)
        form.addRow(label, box)
        self._register(name, widget, label, problem)
        return widget

    def add_group_field(self, name: str, widget: QWidget, problem_parent_layout: QVBoxLayout) -> None:
        """A field that is its own group (check boxes): its problem line goes below the group."""
        problem = ProblemLabel(self)
        problem_parent_layout.addWidget(problem)
        self._register(name, widget, None, problem)

    def _register(self, name: str, widget: QWidget, label: QLabel | None, problem: ProblemLabel) -> None:
        self._widgets[name] = widget
        if label is not None:
            self._labels[name] = label
        self._problems[name] = problem
        self._watch(widget)

    def _watch(self, w: QWidget) -> None:
        if isinstance(w, Composite):
            w.changed.connect(self._mark_dirty)
        elif isinstance(w, QLineEdit):
            w.textEdited.connect(self._mark_dirty)
        elif isinstance(w, QComboBox):
            w.currentIndexChanged.connect(self._mark_dirty)
            if w.isEditable():
                w.editTextChanged.connect(self._mark_dirty)
        elif isinstance(w, QDateEdit):
            w.dateChanged.connect(self._mark_dirty)
        elif isinstance(w, QAbstractSpinBox):
            w.valueChanged.connect(self._mark_dirty)  # type: ignore[attr-defined]
        elif isinstance(w, QCheckBox):
            w.toggled.connect(self._mark_dirty)
        elif isinstance(w, QPlainTextEdit):
            w.textChanged.connect(self._mark_dirty)

    def finish_building(self) -> None:
        """Tab order = the order the fields were added (check boxes one by one), then Save, Cancel."""
        chain: list[QWidget] = []
        for w in self._widgets.values():
            if isinstance(w, HasBoxes):
                chain.extend(w.boxes.values())
            else:
                chain.append(w.edit if isinstance(w, DateField) else w)
        chain += [self.save_button, self.cancel_button]
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)
        guard_wheel(self)
        self.new_record()

    def widget(self, name: str) -> QWidget:
        return self._widgets[name]

    # --- subclass hooks -------------------------------------------------------------------------
    def collect(self) -> tuple[R | None, list[Problem]]:
        raise NotImplementedError

    def check(self, record: R) -> list[Problem]:
        return []

    @staticmethod
    def persist(vault: Vault, record: R) -> R:
        raise NotImplementedError

    def fill(self, record: R) -> None:
        raise NotImplementedError

    def clear_fields(self) -> None:
        raise NotImplementedError

    def state(self) -> dict[str, object]:
        return {name: raw_value(w) for name, w in self._widgets.items()}

    def restore(self, data: dict[str, object]) -> None:
        for name, value in data.items():
            w = self._widgets.get(name)
            if w is not None:
                set_raw_value(w, value)

    def heading(self) -> str:
        return ""

    # --- dirty state ------------------------------------------------------------------------------
    def _mark_dirty(self, *_args: object) -> None:
        if self._loading:
            return
        if not self._dirty:
            self._dirty = True
            self.dirty_changed.emit(True)
        self._draft_timer.start()

    def is_dirty(self) -> bool:
        return self._dirty

    def _set_clean(self) -> None:
        self._draft_timer.stop()
        if self._dirty:
            self._dirty = False
            self.dirty_changed.emit(False)

    # --- problems -----------------------------------------------------------------------------------
    def show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[str]] = {}
        loose: list[str] = []
        for p in problems:
            if p.field in self._problems:
                by_field.setdefault(p.field, []).append(p.message(self.lang))
            else:
                loose.append(p.message(self.lang))
        for name, label in self._problems.items():
            label.show_messages(by_field.get(name, []))
        self.summary.show_messages(
            ([self.tr("The record was not saved. Please correct the marked fields.")] if problems else []) + loose
        )
        wrong = {p.field for p in problems}
        first = next((self._focus_target(name) for name in self._widgets if name in wrong), None)  # topmost
        if first is not None:
            self.bring_into_view(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        elif problems:
            self.scroll_area.verticalScrollBar().setValue(0)  # the summary above says what is wrong

    def bring_into_view(self, w: QWidget) -> None:
        """Show the tab or page ``w`` is on, then scroll it into view (a problem on a hidden part)."""
        child: QWidget = w
        parent = w.parentWidget()
        while parent is not None and parent is not self:
            if isinstance(parent, QStackedWidget) and parent.indexOf(child) >= 0:
                parent.setCurrentWidget(child)
                tabs = parent.parentWidget()
                if isinstance(tabs, QTabWidget):
                    tabs.setCurrentWidget(child)
            child, parent = parent, parent.parentWidget()
        self.scroll_area.ensureWidgetVisible(w)

    def _focus_target(self, name: str) -> QWidget:
        w = self._widgets[name]
        if isinstance(w, HasBoxes) and w.boxes:
            return next(iter(w.boxes.values()))
        return w

    def _date_problems(self, known: list[Problem]) -> list[Problem]:
        """A required date whose text is empty or not a date (the form's ``collect`` saw its last date)."""
        fields = {p.field for p in known}
        return [
            not_a_date(name)
            for name, w in self._widgets.items()
            if isinstance(w, RequiredDate) and w.bad_text and name not in fields
        ]

    def clear_problems(self) -> None:
        self.show_problems([])

    def problem_text(self, name: str) -> str:
        label = self._problems.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    # --- loading ------------------------------------------------------------------------------------
    def new_record(self) -> None:
        """An empty form (Ctrl+N from the shell); offers a draft left from before a lock."""
        self._loading = True
        try:
            self.record_id = new_id()
            self.is_new = True
            self.clear_fields()
        finally:
            self._loading = False
        self._after_load()
        self._offer_draft("new")

    def load(self, record: R) -> None:
        self._loading = True
        try:
            self.record_id = record.id
            self.is_new = False
            self.clear_fields()
            self.fill(record)
        finally:
            self._loading = False
        self._after_load()
        self._offer_draft(record.id)

    def _after_load(self) -> None:
        self.scroll_area.verticalScrollBar().setValue(0)  # a new or loaded record starts at the top
        self._set_clean()
        self.clear_problems()
        self.notice.hide()
        self.title.setText(self.heading())
        self._saving = False
        self.save_button.setEnabled(True)
        self._update_void_button()
        self.focus_first()

    # --- voiding a wrong entry (issue 11) ------------------------------------------------------------
    def can_void(self) -> bool:
        return self.KIND in VOIDABLE_KINDS and not self.is_new

    def _update_void_button(self) -> None:
        self.void_button.setVisible(self.can_void())

    def ask_void(self) -> None:
        """ "Delete…": after the reason is given, the saved record is voided and the form closes."""
        if not self.can_void() or self._saving:
            return
        from iq_desktop.ui.forms.void_dialog import ask_and_void

        self.void_dialog = ask_and_void(self.ctx, self, self.record_id, self.KIND, done=self._voided)

    def _voided(self, _kind: object = None) -> None:
        self._discard_draft()
        self._set_clean()
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("✔ Deleted."), SAVED_MESSAGE_MS)
        self.finished.emit()

    def focus_first(self) -> None:
        if self._widgets:
            self._focus_target(next(iter(self._widgets))).setFocus(Qt.FocusReason.OtherFocusReason)

    # --- saving -------------------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving:
            return
        record, problems = self.collect()
        problems = self._date_problems(problems) + problems
        if record is not None:
            problems = problems + self.check(record)
        if problems or record is None:
            self.show_problems(problems)
            return
        vault = self.ctx.vault
        if vault is None:
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.notice.setText(self.tr("Saving…"))
        self.notice.show()
        operations.change(
            self.ctx,
            self.persist,
            vault,
            record,
            changes=Change.RECORDS,
            success=self._saved,
            failure=self._save_failed,
        )

    def _saved(self, record: R | None) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if record is not None:
            self.record_id = record.id
        self._discard_draft()
        self.is_new = False
        self._set_clean()
        self.clear_problems()
        self.notice.setText(self.tr("✔ Saved."))
        self.title.setText(self.heading())
        self._update_void_button()
        window = self.window()
        if isinstance(window, QMainWindow):  # a short confirmation that stays after the form closes
            window.statusBar().showMessage(self.tr("✔ Saved."), SAVED_MESSAGE_MS)
        self.saved.emit(record)
        self.finished.emit()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.notice.hide()
        problems = [p for p in getattr(exc, "problems", None) or [] if isinstance(p, Problem)]
        if problems:
            self.show_problems(problems)
            return
        if is_known(exc):
            self.summary.show_messages([self.tr("The record was not saved."), friendly_message(exc, self.lang)])
        else:
            self.summary.show_messages([self.tr("The record was not saved because of an unexpected problem.")])
            report_exception(exc, self, self.lang)

    # --- leaving ------------------------------------------------------------------------------------
    def maybe_leave(self) -> bool:
        """True if the form may be closed; asks first when there are unsaved changes."""
        if not self._dirty:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("This form has changes that are not saved yet."),
            parent=self,
        )
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            self.save()
            return False  # closes through ``finished`` once saved
        if clicked is discard:
            self._discard_draft()
            self._set_clean()
            return True
        return False

    def cancel(self) -> None:
        if self.maybe_leave():
            self.finished.emit()


def today() -> date:
    return date.today()
