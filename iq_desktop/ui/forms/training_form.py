"""Entering a job-training participation (compensation measure or bridge training) and its scheme."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from iq_desktop.domain.codes import TrainingFormat, TrainingStatus, TrainingType
from iq_desktop.domain.records import JobTrainingScheme, TrainingParticipation
from iq_desktop.domain.rules import Problem, validate_training
from iq_desktop.ui.context import AppContext
from iq_desktop.ui.forms.base import RecordForm, today
from iq_desktop.ui.forms.choosers import ClientChooser, client_search, fetch_client_name
from iq_desktop.ui.forms.fields import EnumCombo, OptionalDate, RequiredDate, not_a_date
from iq_desktop.ui.forms.scheme_form import SchemeField

if TYPE_CHECKING:
    from iq_desktop.services.vault import Vault


class TrainingForm(RecordForm[TrainingParticipation]):
    KIND = "training"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lang = self.lang
        box = QGroupBox(self.tr("Job training"), self.body)
        f = QFormLayout(box)
        self.client = self.add_field(
            f,
            "client_id",
            self.tr("&Participant"),
            ClientChooser(client_search(ctx)),
            hint=self.tr("Type part of the name, then choose with the arrow keys and Enter"),
        )
        self.scheme = self.add_field(
            f,
            "scheme_id",
            self.tr("S&cheme"),
            SchemeField(ctx),
            hint=self.tr("The course or individual scheme this participation belongs to"),
        )
        self.scheme.picked.connect(self._follow_scheme)
        self.training_type = self.add_field(f, "training_type", self.tr("&Type"), EnumCombo(TrainingType, lang))
        self.format = self.add_field(f, "format", self.tr("&Format"), EnumCombo(TrainingFormat, lang))
        self.start = self.add_field(f, "start", self.tr("&Start"), RequiredDate(lang))
        self.end = self.add_field(
            f, "end", self.tr("&End"), OptionalDate(lang), hint=self.tr("Leave empty while the training is ongoing")
        )
        self.status = self.add_field(f, "status", self.tr("S&tatus"), EnumCombo(TrainingStatus, lang))
        self.body_layout.addWidget(box)
        self.body_layout.addStretch(1)
        self._client_name = ""
        self.finish_building()

    def heading(self) -> str:
        return self.tr("New job training") if self.is_new else self.tr("Job training")

    def _follow_scheme(self, scheme: JobTrainingScheme) -> None:
        """A scheme was chosen: the participation takes its type and format (they can still be changed)."""
        if self._loading:
            return
        self.training_type.set_value(scheme.training_type)
        self.format.set_value(scheme.format)

    def clear_fields(self) -> None:
        self.client.set_client(None, "")
        self.scheme.set_value(None)
        self.training_type.set_value(TrainingType.BRIDGE_TRAINING)
        self.format.set_value(TrainingFormat.INDIVIDUAL)
        self.start.set_value(today())
        self.end.set_value(None)
        self.status.set_value(TrainingStatus.ONGOING)

    def new_for_client(self, client_id: str, client_text: str) -> None:
        self.new_record()
        self._loading = True
        try:
            self.client.set_client(client_id, client_text)
        finally:
            self._loading = False
        self.training_type.setFocus()

    def _show_client_name(self, client_id: str, text: str) -> None:
        if self.client.client_id == client_id:
            self.client.set_client(client_id, text)

    def load_with_client(self, t: TrainingParticipation, client_text: str) -> None:
        self._client_name = client_text
        self.load(t)

    def fill(self, t: TrainingParticipation) -> None:
        self.client.set_client(t.client_id, self._client_name or "…")
        if not self._client_name:
            fetch_client_name(self.ctx, t.client_id, self._show_client_name)
        self._client_name = ""
        self.scheme.set_value(t.scheme_id)
        self.training_type.set_value(t.training_type)
        self.format.set_value(t.format)
        self.start.set_value(t.start)
        self.end.set_value(t.end)
        self.status.set_value(t.status)

    def collect(self) -> tuple[TrainingParticipation, list[Problem]]:
        problems = [not_a_date("end")] if self.end.bad_text else []
        if not self.client.client_id:
            problems.append(
                Problem(
                    "client_id",
                    "Choose the participant (type part of the name).",
                    "Bitte die teilnehmende Person wählen (Teil des Namens tippen).",
                )
            )
        t = TrainingParticipation(
            client_id=self.client.client_id or "",
            start=self.start.value(),
            format=self.format.value() or TrainingFormat.INDIVIDUAL,
            training_type=self.training_type.value() or TrainingType.BRIDGE_TRAINING,
            end=self.end.value(),
            status=self.status.value() or TrainingStatus.ONGOING,
            id=self.record_id,
            scheme_id=self.scheme.value(),
        )
        return t, problems

    def check(self, record: TrainingParticipation) -> list[Problem]:
        return validate_training(record, today(), client_exists=True)

    @staticmethod
    def persist(vault: Vault, record: TrainingParticipation) -> TrainingParticipation:
        from iq_desktop.services import records

        saved: TrainingParticipation = records.save_training(vault, record)
        return saved
