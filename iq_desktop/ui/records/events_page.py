"""Group events (information events, workshops, trainings): the list and the entry form."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from iq_desktop.domain.records import GroupEvent
from iq_desktop.ui.context import AppContext
from iq_desktop.ui.forms.base import RecordForm
from iq_desktop.ui.forms.event_form import EventForm
from iq_desktop.ui.forms.fields import date_format, to_qdate
from iq_desktop.ui.forms.labels import label
from iq_desktop.ui.forms.list_page import Fetched, RecordListPage, SortKey
from iq_desktop.ui.forms.void_dialog import VoidDialog, add_list_action, ask_and_void

if TYPE_CHECKING:
    from iq_desktop.services.vault import Vault


def _fetch(vault: Vault) -> list[GroupEvent]:
    from iq_desktop.services import records

    events = list(records.list_events(vault, limit=None))
    events.sort(key=lambda e: e.date, reverse=True)
    return events


class EventsPage(RecordListPage[GroupEvent]):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.void_dialog: VoidDialog | None = None
        self.delete_action = add_list_action(self.table, self.tr("Delete…"), self.void_selected, delete_key=True)

    def void_selected(self) -> None:
        """Delete the selected entry (entered by mistake), after asking for the reason."""
        record = self.selected()
        if record is not None:
            self.void_dialog = ask_and_void(self.ctx, self, record.id, "event")

    def title(self) -> str:
        return self.tr("Group events")

    def new_text(self) -> str:
        return self.tr("&New group event")

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Format"), self.tr("Audience"), self.tr("Topic"), self.tr("Participants")]

    def fetcher(self) -> Callable[[Vault], Fetched[GroupEvent]]:
        return _fetch

    def cells(self, e: GroupEvent) -> list[tuple[str, SortKey]]:
        return [
            (to_qdate(e.date).toString(date_format(self.lang)), e.date),
            (label(e.format, self.lang), e.format.value),
            (label(e.audience, self.lang), e.audience.value),
            (label(e.topic, self.lang), e.topic.value),
            (str(e.participants), e.participants),
        ]

    def make_form(self) -> RecordForm[GroupEvent]:
        return EventForm(self.ctx)
