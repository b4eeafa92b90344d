"""Entering a group event (information event, workshop, training) with its number of participants."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QGroupBox, QSpinBox, QWidget

from iq_desktop.domain.codes import Audience, EventFormat, EventTopic
from iq_desktop.domain.records import GroupEvent
from iq_desktop.domain.rules import MAX_PARTICIPANTS, Problem, validate_event
from iq_desktop.ui.context import AppContext
from iq_desktop.ui.forms.base import RecordForm, today
from iq_desktop.ui.forms.fields import EnumCombo, RequiredDate

if TYPE_CHECKING:
    from iq_desktop.services.vault import Vault


class EventForm(RecordForm[GroupEvent]):
    KIND = "event"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lang = self.lang
        box = QGroupBox(self.tr("Group event"), self.body)
        f = QFormLayout(box)
        self.date = self.add_field(f, "date", self.tr("&Date"), RequiredDate(lang))
        self.format = self.add_field(f, "format", self.tr("&Format"), EnumCombo(EventFormat, lang))
        self.audience = self.add_field(f, "audience", self.tr("&Audience"), EnumCombo(Audience, lang))
        self.topic = self.add_field(f, "topic", self.tr("&Topic"), EnumCombo(EventTopic, lang))
        spin = QSpinBox()
        spin.setRange(0, MAX_PARTICIPANTS)
        self.participants = self.add_field(
            f, "participants", self.tr("&Participants"), spin, hint=self.tr("How many people took part")
        )
        self.body_layout.addWidget(box)
        self.body_layout.addStretch(1)
        self._site = ""
        self.finish_building()

    def heading(self) -> str:
        return self.tr("New group event") if self.is_new else self.tr("Group event")

    def clear_fields(self) -> None:
        self.date.set_value(today())
        self.format.set_value(EventFormat.INFORMATION_EVENT)
        self.audience.set_value(Audience.MIGRANTS)
        self.topic.set_value(EventTopic.RECOGNITION)
        self.participants.setValue(1)
        self._site = ""

    def fill(self, e: GroupEvent) -> None:
        self.date.set_value(e.date)
        self.format.set_value(e.format)
        self.audience.set_value(e.audience)
        self.topic.set_value(e.topic)
        self.participants.setValue(e.participants)
        self._site = e.site_id

    def collect(self) -> tuple[GroupEvent, list[Problem]]:
        e = GroupEvent(
            date=self.date.value(),
            format=self.format.value() or EventFormat.INFORMATION_EVENT,
            audience=self.audience.value() or Audience.MIGRANTS,
            topic=self.topic.value() or EventTopic.RECOGNITION,
            participants=self.participants.value(),
            site_id=self._site,  # the service fills in the enrolled site
            id=self.record_id,
        )
        return e, []

    def check(self, record: GroupEvent) -> list[Problem]:
        return validate_event(record, today())

    @staticmethod
    def persist(vault: Vault, record: GroupEvent) -> GroupEvent:
        from iq_desktop.services import records

        saved: GroupEvent = records.save_event(vault, record)
        return saved
