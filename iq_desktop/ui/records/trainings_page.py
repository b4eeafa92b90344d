"""Job trainings (compensation measures, bridge trainings): the list (with each participation's scheme)
and the entry form."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from iq_desktop.domain.records import JobTrainingScheme, TrainingParticipation
from iq_desktop.ui.context import AppContext
from iq_desktop.ui.forms.base import RecordForm
from iq_desktop.ui.forms.fields import date_format, to_qdate
from iq_desktop.ui.forms.labels import label
from iq_desktop.ui.forms.list_page import Fetched, RecordListPage, SortKey
from iq_desktop.ui.forms.scheme_form import scheme_summary
from iq_desktop.ui.forms.void_dialog import VoidDialog, add_list_action, ask_and_void

if TYPE_CHECKING:
    from iq_desktop.services.vault import Vault
from iq_desktop.ui.forms.training_form import TrainingForm


def _fetch(vault: Vault) -> tuple[list[TrainingParticipation], dict[str, object]]:
    """The participations (newest first), with ``names`` (client id -> name) and ``schemes`` (id -> scheme)."""
    from iq_desktop.services import queries, records

    trainings: list[TrainingParticipation] = queries.all_records(vault, "training")  # type: ignore[assignment]
    names: dict[str, str] = {}
    for cid in {t.client_id for t in trainings}:
        client = records.get_client(vault, cid)
        names[cid] = client.display_name if client is not None else ""
    trainings.sort(key=lambda t: t.start, reverse=True)
    schemes = {s.id: s for s in records.list_schemes(vault)}
    return trainings, {"names": names, "schemes": schemes}


class TrainingsPage(RecordListPage[TrainingParticipation]):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.void_dialog: VoidDialog | None = None
        self.delete_action = add_list_action(self.table, self.tr("Delete…"), self.void_selected, delete_key=True)

    def void_selected(self) -> None:
        """Delete the selected entry (entered by mistake), after asking for the reason."""
        record = self.selected()
        if record is not None:
            self.void_dialog = ask_and_void(self.ctx, self, record.id, "training")

    def title(self) -> str:
        return self.tr("Job trainings")

    def new_text(self) -> str:
        return self.tr("&New job training")

    def headers(self) -> list[str]:
        return [
            self.tr("Participant"),
            self.tr("Type"),
            self.tr("Format"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Status"),
            self.tr("Scheme"),  # last: the wide column, the dates and the status stay in view on a small screen
        ]

    def fetcher(self) -> Callable[[Vault], Fetched[TrainingParticipation]]:
        return _fetch

    def _names(self) -> dict[str, str]:
        return dict((self.extra or {}).get("names", {}))

    def scheme_of(self, t: TrainingParticipation) -> JobTrainingScheme | None:
        """The participation's scheme (None: its own individual scheme)."""
        schemes: dict[str, JobTrainingScheme] = (self.extra or {}).get("schemes", {})
        return schemes.get(t.scheme_id) if t.scheme_id else None

    def cells(self, t: TrainingParticipation) -> list[tuple[str, SortKey]]:
        fmt = date_format(self.lang)
        names = self._names()
        scheme = self.scheme_of(t)
        return [
            (names.get(t.client_id, ""), names.get(t.client_id, "").casefold()),
            (label(t.training_type, self.lang), t.training_type.value),
            (label(t.format, self.lang), t.format.value),
            (to_qdate(t.start).toString(fmt), t.start),
            (to_qdate(t.end).toString(fmt) if t.end else "", t.end.isoformat() if t.end else ""),
            (label(t.status, self.lang), t.status.value),
            (scheme_summary(scheme, self.lang), scheme.start if scheme else None),
        ]

    def make_form(self) -> RecordForm[TrainingParticipation]:
        return TrainingForm(self.ctx)

    def open_record(self, record: TrainingParticipation) -> None:
        assert isinstance(self.form, TrainingForm)
        self.form.load_with_client(record, self._names().get(record.client_id, ""))
