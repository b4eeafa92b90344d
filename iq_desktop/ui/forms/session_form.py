"""Entering a counselling session: who, when, initial or follow-up, topics, channel, outcomes."""

from __future__ import annotations

import datetime as dt
import re
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.domain.codes import Channel, Language, Outcome, ReferredBy, SessionKind, Topic
from iq_desktop.domain.records import CounsellingSession
from iq_desktop.domain.rules import MAX_DURATION, Problem
from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext
from iq_desktop.ui.forms.base import RecordForm, today
from iq_desktop.ui.forms.choosers import ClientChooser, client_search, fetch_client_name
from iq_desktop.ui.forms.fields import CheckGroup, EnumCombo, OptionalDate, RequiredDate, not_a_date

if TYPE_CHECKING:
    from iq_desktop.services.vault import Vault


def _has_consent(vault: Vault, client_id: str) -> bool:
    """The client has a consent recorded (date and scope); runs on the DB worker."""
    from iq_desktop.services import records

    client = records.get_client(vault, client_id)
    return client is None or client.consent_scope is not None


def _stops(vault: Vault) -> list[str]:
    from iq_desktop.services import agenda

    return agenda.stops(vault)


_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.h]?(\d{2}))?\s*(?:uhr)?\s*$", re.IGNORECASE)


def parse_time(text: str) -> dt.time | None:
    """``9``, ``9:30``, ``09.30``, ``0930``, ``14 Uhr`` -> a time; empty -> None; anything else: ValueError."""
    if not text.strip():
        return None
    m = _TIME.match(text)
    if not m:
        raise ValueError("not a time")
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    return dt.time(hour, minute)  # ValueError when out of range


FI_TOPICS = [
    Topic.FI_WAGES,
    Topic.FI_WORKING_TIME,
    Topic.FI_LEAVE,
    Topic.FI_DISMISSAL,
    Topic.FI_HEALTH_INSURANCE,
    Topic.FI_EMPLOYMENT_CONTRACT,
    Topic.FI_OTHER,
]


class TopicsBox(QWidget):
    """Topic check boxes in the network's groups; one field (``topics``) for validation."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.main = CheckGroup([Topic.RECOGNITION, Topic.JOB_TRAINING], lang, columns=2)
        fi = QGroupBox(self.tr("Fair Integration"), self)
        fi_lay = QVBoxLayout(fi)
        self.fi = CheckGroup(list(FI_TOPICS), lang, columns=2)
        fi_lay.addWidget(self.fi)
        lay.addWidget(self.main)
        lay.addWidget(fi)
        self.changed = self.main.changed  # one signal is enough to mark the form dirty
        self.fi.changed.connect(self.main.changed)
        self.boxes = {**self.main.boxes, **self.fi.boxes}

    def value(self) -> frozenset[Topic]:
        return frozenset(Topic(m) for m, b in self.boxes.items() if b.isChecked())

    def set_value(self, topics: frozenset[Topic]) -> None:
        for m, b in self.boxes.items():
            b.setChecked(m in topics)


class SessionForm(RecordForm[CounsellingSession]):
    _site = ""  # of the record loaded last (none yet: the service fills in the enrolled site)
    _counsellor = ""
    KIND = "session"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lang = self.lang
        top = QGroupBox(self.tr("Session"), self.body)
        f = QFormLayout(top)
        self.client = self.add_field(
            f,
            "client_id",
            self.tr("&Client"),
            ClientChooser(client_search(ctx)),
            hint=self.tr("Type part of the name, then choose with the arrow keys and Enter"),
        )
        self.consent_warning = QLabel(self)  # no consent recorded for the chosen client: says so, saves still
        self.consent_warning.setWordWrap(True)
        self.consent_warning.setObjectName("consentWarning")
        self.consent_warning.setStyleSheet("QLabel#consentWarning { color: #7a4b00; }")
        self.consent_warning.hide()
        f.addRow("", self.consent_warning)
        self.client.client_chosen.connect(self._check_consent)
        self.date = self.add_field(f, "date", self.tr("&Date"), RequiredDate(lang))
        self.kind = self.add_field(f, "kind", self.tr("&Kind"), EnumCombo(SessionKind, lang))
        duration = QSpinBox()
        duration.setRange(0, MAX_DURATION)
        duration.setSingleStep(15)
        duration.setSuffix(self.tr(" min"))
        self.duration = self.add_field(f, "duration_minutes", self.tr("D&uration"), duration)

        topics_group = QGroupBox(self.tr("Topics"), self.body)
        tl = QVBoxLayout(topics_group)
        self.topics = TopicsBox(lang, topics_group)
        tl.addWidget(self.topics)
        self.topics.setAccessibleName(self.tr("Topics"))
        self.add_group_field("topics", self.topics, tl)

        how = QGroupBox(self.tr("How"), self.body)
        f = QFormLayout(how)
        self.channel = self.add_field(f, "channel", self.tr("C&hannel"), EnumCombo(Channel, lang))
        self.language = self.add_field(f, "language", self.tr("&Language"), EnumCombo(Language, lang))
        self.interpreter = self.add_field(
            f, "interpreter", self.tr("&Interpreter"), QCheckBox(self.tr("an interpreter took part"))
        )
        self.referred_by = self.add_field(f, "referred_by", self.tr("&Referred by"), EnumCombo(ReferredBy, lang))

        result = QGroupBox(self.tr("Outcome"), self.body)
        rl = QVBoxLayout(result)
        self.outcomes = CheckGroup(list(Outcome), lang, columns=2)
        self.outcomes.setAccessibleName(self.tr("Outcomes"))
        rl.addWidget(self.outcomes)
        self.add_group_field("outcomes", self.outcomes, rl)
        f = QFormLayout()
        rl.addLayout(f)
        self.next_appointment = self.add_field(f, "next_appointment", self.tr("&Next appointment"), OptionalDate(lang))
        time_edit = QLineEdit()
        time_edit.setPlaceholderText(self.tr("hh:mm"))
        time_edit.setMaxLength(8)
        self.appointment_time = self.add_field(
            f, "appointment_time", self.tr("Ti&me"), time_edit, hint=self.tr("The next appointment's time, e.g. 9:30")
        )
        self.appointment_place = self.add_field(
            f,
            "appointment_place",
            self.tr("&Place (stop)"),
            QComboBox(),
            hint=self.tr("Where the next appointment is: one of the stops the coordinator keeps (Agenda page)"),
        )
        self.appointment_place.addItem(self.tr("(no place)"), "")
        self.recorded_by = QLabel(self)
        self.recorded_by.setObjectName("recordedBy")
        self.recorded_by.hide()
        f.addRow("", self.recorded_by)
        self._recorded_by = ""
        if ctx.vault is not None:
            operations.query(ctx, _stops, ctx.vault, success=self._set_stops)
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        self.notes = self.add_field(f, "notes", self.tr("No&tes (stay on this laptop)"), notes)

        for box in (top, topics_group, how, result):
            self.body_layout.addWidget(box)
        self.body_layout.addStretch(1)
        self._client_name = ""
        self.finish_building()

    def heading(self) -> str:
        return self.tr("New session") if self.is_new else self.tr("Session")

    def _set_stops(self, names: list[str]) -> None:
        combo = self.appointment_place
        current = combo.currentData()
        known = {combo.itemData(i) for i in range(combo.count())}
        for name in names:
            if name not in known:
                combo.addItem(name, name)
        self._select_place(str(current or ""))

    def _select_place(self, place: str) -> None:
        """Select ``place``; a stop no longer on the list stays selectable for this session."""
        combo = self.appointment_place
        was = self._loading
        self._loading = True
        try:
            if place and combo.findData(place) < 0:
                combo.addItem(place, place)
            combo.setCurrentIndex(max(0, combo.findData(place)))
        finally:
            self._loading = was

    def _show_recorded_by(self, user: str) -> None:
        self._recorded_by = user
        self.recorded_by.setText(self.tr("Recorded by %1").replace("%1", user) if user else "")
        self.recorded_by.setVisible(bool(user))

    def _check_consent(self, client_id: str) -> None:
        vault = self.ctx.vault
        self.consent_warning.hide()
        if vault is not None and client_id:
            operations.query(self.ctx, _has_consent, vault, client_id, success=partial(self._consent, client_id))

    def _consent(self, client_id: str, has_consent: bool) -> None:
        if client_id != self.client.client_id:
            return
        self.consent_warning.setText(
            "⚠ "
            + self.tr(
                "No consent is recorded for this person. Consent covers keeping their personal data on this "
                "laptop for counselling (and, as agreed, contacting them or referring them on); please ask "
                "for it and record it in the client's data. The session can still be saved."
            )
        )
        self.consent_warning.setVisible(not has_consent)

    def clear_fields(self) -> None:
        self.consent_warning.hide()
        self.client.set_client(None, "")
        self.date.set_value(today())
        self.kind.set_value(SessionKind.INITIAL)
        self.duration.setValue(60)
        self.topics.set_value(frozenset())
        self.channel.set_value(Channel.IN_PERSON)
        self.language.set_value(Language.DE)
        self.interpreter.setChecked(False)
        self.referred_by.set_value(ReferredBy.SELF)
        self.outcomes.set_value(frozenset())
        self.next_appointment.set_value(None)
        self.appointment_time.clear()
        self._select_place("")
        self._show_recorded_by("")
        self.notes.clear()

    def new_follow_up(self, client_id: str, client_text: str) -> None:
        """A new session for this client, kind follow-up; the cursor waits in the topics."""
        self.new_record()
        self._loading = True
        try:
            self.client.set_client(client_id, client_text)
            self.kind.set_value(SessionKind.FOLLOW_UP)
        finally:
            self._loading = False
        self.date.setFocus()

    def new_for_client(self, client_id: str, client_text: str, kind: SessionKind = SessionKind.INITIAL) -> None:
        self.new_record()
        self._loading = True
        try:
            self.client.set_client(client_id, client_text)
            self.kind.set_value(kind)
        finally:
            self._loading = False
        self.date.setFocus()

    def _show_client_name(self, client_id: str, text: str) -> None:
        if self.client.client_id == client_id:
            self.client.set_client(client_id, text)

    def load_with_client(self, s: CounsellingSession, client_text: str) -> None:
        self._client_name = client_text
        self.load(s)

    def fill(self, s: CounsellingSession) -> None:
        self.client.set_client(s.client_id, self._client_name or "…")
        if not self._client_name:
            fetch_client_name(self.ctx, s.client_id, self._show_client_name)
        self._client_name = ""
        self.date.set_value(s.date)
        self.kind.set_value(s.kind)
        self.duration.setValue(s.duration_minutes)
        self.topics.set_value(s.topics)
        self.channel.set_value(s.channel)
        self.language.set_value(s.language)
        self.interpreter.setChecked(s.interpreter)
        self.referred_by.set_value(s.referred_by)
        self.outcomes.set_value(s.outcomes)
        self.next_appointment.set_value(s.next_appointment)
        self.appointment_time.setText(s.appointment_time.strftime("%H:%M") if s.appointment_time else "")
        self._select_place(s.appointment_place)
        self._show_recorded_by(s.recorded_by)
        self.notes.setPlainText(s.notes)
        self._site, self._counsellor = s.site_id, s.counsellor

    def collect(self) -> tuple[CounsellingSession, list[Problem]]:
        problems: list[Problem] = []
        if self.next_appointment.bad_text:
            problems.append(not_a_date("next_appointment"))
        try:
            appointment_time = parse_time(self.appointment_time.text())
        except ValueError:
            appointment_time = None
            problems.append(
                Problem(
                    "appointment_time",
                    "Not a time; type it as 9:30 or 14:00 (or leave it empty).",
                    "Keine Uhrzeit; bitte als 9:30 oder 14:00 eingeben (oder leer lassen).",
                )
            )
        place = str(self.appointment_place.currentData() or "")
        if (appointment_time is not None or place) and self.next_appointment.value() is None:
            problems.append(
                Problem(
                    "next_appointment",
                    "A time or place needs the date of the next appointment.",
                    "Für Uhrzeit oder Ort bitte auch das Datum des nächsten Termins eingeben.",
                )
            )
        if not self.client.client_id:
            problems.append(
                Problem(
                    "client_id",
                    "Choose the client this session is with (type part of the name).",
                    "Bitte die Person wählen, mit der die Beratung stattfand (Teil des Namens tippen).",
                )
            )
        s = CounsellingSession(
            client_id=self.client.client_id or "",
            date=self.date.value(),
            kind=self.kind.value() or SessionKind.INITIAL,
            topics=self.topics.value(),
            duration_minutes=self.duration.value(),
            site_id=self._site,  # the service fills in the enrolled site
            counsellor=self._counsellor or self.ctx.user,
            channel=self.channel.value() or Channel.IN_PERSON,
            language=self.language.value() or Language.DE,
            interpreter=self.interpreter.isChecked(),
            referred_by=self.referred_by.value() or ReferredBy.SELF,
            outcomes=frozenset(Outcome(o) for o in self.outcomes.value()),
            next_appointment=self.next_appointment.value(),
            notes=self.notes.toPlainText(),
            id=self.record_id,
            appointment_time=appointment_time,
            appointment_place=place,
            recorded_by=self._recorded_by,
        )
        return s, problems

    def check(self, record: CounsellingSession) -> list[Problem]:
        from iq_desktop.domain.rules import validate_session

        # The history-dependent rule (a follow-up needs an earlier initial session) is checked by the
        # service against the vault; here only what the form itself knows.
        return [p for p in validate_session(record, today(), client_exists=True, has_earlier_initial=True)]

    @staticmethod
    def persist(vault: Vault, record: CounsellingSession) -> CounsellingSession:
        from iq_desktop.services import records

        saved: CounsellingSession = records.save_session(vault, record)
        return saved
