"""Entering a client's recognition procedure: reference occupation, competent authority, application,
documents, decision, compensation measure or bridge training (linked to a job training), grant.

Laptop only: nothing of a procedure leaves the laptop (the form says so)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from iq_desktop.domain.codes import Compensation, ProcedureDecision
from iq_desktop.domain.procedure_rules import MAX_AUTHORITY, validate_procedure
from iq_desktop.domain.records import Client, RecognitionProcedure, TrainingParticipation
from iq_desktop.domain.rules import Problem
from iq_desktop.ui.context import AppContext
from iq_desktop.ui.forms.base import RecordForm, today
from iq_desktop.ui.forms.choosers import OccupationChooser
from iq_desktop.ui.forms.fields import OptionalDate, date_format, not_a_date, to_qdate
from iq_desktop.ui.forms.labels import label

if TYPE_CHECKING:
    from iq_desktop.services.vault import Vault

_C = "Procedures"
_WORDS: dict[tuple[type[StrEnum], str], Any] = {
    (ProcedureDecision, "pending"): QT_TRANSLATE_NOOP("Procedures", "pending"),
    (ProcedureDecision, "full"): QT_TRANSLATE_NOOP("Procedures", "full equivalence"),
    (ProcedureDecision, "partial"): QT_TRANSLATE_NOOP("Procedures", "partial equivalence (compensation required)"),
    (ProcedureDecision, "rejected"): QT_TRANSLATE_NOOP("Procedures", "rejected"),
    (ProcedureDecision, "withdrawn"): QT_TRANSLATE_NOOP("Procedures", "withdrawn"),
    (Compensation, "none"): QT_TRANSLATE_NOOP("Procedures", "none"),
    (Compensation, "adaptation_period"): QT_TRANSLATE_NOOP("Procedures", "adaptation period"),
    (Compensation, "aptitude_test"): QT_TRANSLATE_NOOP("Procedures", "aptitude or knowledge test"),
    (Compensation, "bridge_training"): QT_TRANSLATE_NOOP("Procedures", "bridge training"),
}


def procedure_word(value: ProcedureDecision | Compensation) -> str:
    """The words for a decision or a compensation in the UI language."""
    return QCoreApplication.translate(_C, str(_WORDS.get((type(value), value.value), value.value)))


class CodeCombo(QComboBox):
    """A combo box over a closed list of the procedure (its own words); :meth:`value` is the member."""

    def __init__(self, cls: type[StrEnum], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cls = cls
        for member in cls:
            self.addItem(procedure_word(member), member.value)  # type: ignore[arg-type]

    def value(self) -> Any:
        data = self.currentData()
        return None if data is None else self._cls(data)

    def set_value(self, member: StrEnum | None) -> None:
        self.setCurrentIndex(max(0, self.findData(None if member is None else member.value)))


def training_text(t: TrainingParticipation, lang: str) -> str:
    return f"{to_qdate(t.start).toString(date_format(lang))} – {label(t.training_type, lang)}"


class ProcedureForm(RecordForm[RecognitionProcedure]):  # type: ignore[type-var]
    KIND = "procedure"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lang = self.lang
        self.client_id = ""
        self._client_name = ""
        self._created: tuple[object, object] = (None, None)
        box = QGroupBox(self.tr("Recognition procedure"), self.body)
        f = QFormLayout(box)
        self.occupation = self.add_field(
            f, "occupation_code", self.tr("Reference occupation (&KldB 2010)"), OccupationChooser(lang)
        )
        regulated = QComboBox()
        regulated.addItem(self.tr("not known"), None)
        regulated.addItem(self.tr("yes"), True)
        regulated.addItem(self.tr("no"), False)
        self.regulated = self.add_field(f, "regulated", self.tr("Regulated &profession"), regulated)
        authority = QLineEdit()
        authority.setMaxLength(MAX_AUTHORITY)
        self.authority = self.add_field(
            f,
            "authority",
            self.tr("Competent &authority"),
            authority,
            hint=self.tr("Free text; stays on this laptop"),
        )
        self.applied = self.add_field(
            f,
            "applied",
            self.tr("Application fi&led on"),
            OptionalDate(lang, past=True),
            hint=self.tr("Leave empty while the application is not filed yet"),
        )
        self.documents_complete = self.add_field(
            f, "documents_complete", self.tr("&Documents complete"), QCheckBox(self.tr("all documents are there"))
        )
        self.decision = self.add_field(f, "decision", self.tr("De&cision"), CodeCombo(ProcedureDecision))
        self.decided = self.add_field(
            f,
            "decided",
            self.tr("Decision da&te"),
            OptionalDate(lang, past=True),
            hint=self.tr("Date of the decision (or of the withdrawal)"),
        )
        self.compensation = self.add_field(
            f, "compensation", self.tr("Compensation &measure or bridge training"), CodeCombo(Compensation)
        )
        self.training = self.add_field(f, "training_id", self.tr("Linked job t&raining"), QComboBox())
        self.grant_applied = self.add_field(
            f, "grant_applied", self.tr("Recognition gra&nt"), QCheckBox(self.tr("applied for"))
        )
        self.meta = QLabel(self.body)
        self.meta.setWordWrap(True)
        laptop = QLabel(self.tr("Nothing of a recognition procedure leaves this laptop."), self.body)
        laptop.setWordWrap(True)
        self.body_layout.addWidget(box)
        self.body_layout.addWidget(self.meta)
        self.body_layout.addWidget(laptop)
        self.body_layout.addStretch(1)
        self.finish_building()

    def heading(self) -> str:
        base = self.tr("New recognition procedure") if self.is_new else self.tr("Recognition procedure")
        return f"{base} – {self._client_name}" if self._client_name else base

    # --- the client and their trainings ---------------------------------------------------------------
    def _set_client(self, client_id: str, client_name: str, trainings: list[TrainingParticipation]) -> None:
        self.client_id = client_id
        self._client_name = client_name
        self.training.clear()
        self.training.addItem(self.tr("— none —"), None)
        for t in trainings:
            self.training.addItem(training_text(t, self.lang), t.id)

    def new_for_client(self, client: Client, trainings: list[TrainingParticipation]) -> None:
        self._set_client(client.id, client.display_name, trainings)
        self.new_record()
        self._loading = True
        try:
            self.occupation.set_value(client.occupation_code)  # a restored draft replaces these
            self.regulated.setCurrentIndex(max(0, self.regulated.findData(client.regulated_profession)))
        finally:
            self._loading = False
        self.occupation.setFocus()

    def load_for_client(
        self, p: RecognitionProcedure, client_name: str, trainings: list[TrainingParticipation]
    ) -> None:
        self._set_client(p.client_id, client_name, trainings)
        self.load(p)

    # --- RecordForm hooks -------------------------------------------------------------------------------
    def clear_fields(self) -> None:
        self.occupation.set_value(None)
        self.regulated.setCurrentIndex(0)
        self.authority.clear()
        self.applied.set_value(None)
        self.documents_complete.setChecked(False)
        self.decision.set_value(ProcedureDecision.PENDING)
        self.decided.set_value(None)
        self.compensation.set_value(Compensation.NONE)
        self.training.setCurrentIndex(0)
        self.grant_applied.setChecked(False)
        self._created = (None, None)
        self.meta.hide()

    def fill(self, p: RecognitionProcedure) -> None:
        self.occupation.set_value(p.occupation_code)
        self.regulated.setCurrentIndex(max(0, self.regulated.findData(p.regulated)))
        self.authority.setText(p.authority)
        self.applied.set_value(p.applied)
        self.documents_complete.setChecked(p.documents_complete)
        self.decision.set_value(p.decision)
        self.decided.set_value(p.decided)
        self.compensation.set_value(p.compensation)
        row = self.training.findData(p.training_id) if p.training_id else 0
        if row < 0:  # a training that is gone: keep the link visible until it is changed
            self.training.addItem(self.tr("(a job training no longer in the vault)"), p.training_id)
            row = self.training.count() - 1
        self.training.setCurrentIndex(row)
        self.grant_applied.setChecked(p.grant_applied)
        self._created = (p.created_at, p.updated_at)
        if p.created_at is not None and p.updated_at is not None:
            fmt = date_format(self.lang)
            self.meta.setText(
                self.tr("Created on %1, last changed on %2")
                .replace("%1", to_qdate(p.created_at.date()).toString(fmt))
                .replace("%2", to_qdate(p.updated_at.date()).toString(fmt))
            )
            self.meta.show()

    def collect(self) -> tuple[RecognitionProcedure, list[Problem]]:
        problems = [
            not_a_date(name) for name, w in (("applied", self.applied), ("decided", self.decided)) if w.bad_text
        ]
        data = self.training.currentData()
        p = RecognitionProcedure(
            client_id=self.client_id,
            occupation_code=self.occupation.value(),
            regulated=self.regulated.currentData(),
            authority=self.authority.text().strip(),
            applied=self.applied.value(),
            documents_complete=self.documents_complete.isChecked(),
            decision=self.decision.value() or ProcedureDecision.PENDING,
            decided=self.decided.value(),
            compensation=self.compensation.value() or Compensation.NONE,
            training_id=None if data is None else str(data),
            grant_applied=self.grant_applied.isChecked(),
            id=self.record_id,
        )
        return p, problems

    def check(self, record: RecognitionProcedure) -> list[Problem]:
        return validate_procedure(record, today())

    def _draft_key(self) -> str:
        """A new procedure's draft belongs to its client (another client's is never offered)."""
        return f"new:{self.client_id}" if self.is_new else self.record_id

    def _offer_draft(self, key: str) -> None:
        super()._offer_draft(self._draft_key() if key == "new" else key)

    def state(self) -> dict[str, object]:
        return {**super().state(), "__client__": self.client_id}

    @staticmethod
    def persist(vault: Vault, record: RecognitionProcedure) -> RecognitionProcedure:
        from iq_desktop.services import procedures

        return procedures.save_procedure(vault, record)
