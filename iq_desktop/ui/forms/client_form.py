"""Entering and editing a client's personal data (kept only in the encrypted vault)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iq_desktop.domain.codes import ConsentScope, Gender, GermanLevel, QualificationLevel, ResidenceStatus
from iq_desktop.domain.records import Client
from iq_desktop.domain.rules import Problem, validate_client
from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext
from iq_desktop.ui.forms.base import RecordForm, today
from iq_desktop.ui.forms.choosers import CountryChooser, OccupationChooser
from iq_desktop.ui.forms.fields import EnumCombo, OptionalDate, date_format, not_a_date, to_qdate

if TYPE_CHECKING:
    from iq_desktop.services.cleanup import ClientMatch
    from iq_desktop.services.vault import Vault

NO_YEAR = 1949  # the spin box's "unknown" value
#: How long typing must pause before the form looks for a client already recorded (duplicates).
DUPLICATE_DELAY_MS = 400
#: The fields an anonymous client does not have (disabled, empty) and the rows it is not asked (hidden):
#: the figures need only the reference occupation of a client (domain/figures.py, services/contributions.py).
ANONYMOUS_DISABLED = ("first_name", "last_name", "birth_date")
ANONYMOUS_HIDDEN = (
    "gender", "nationality", "qualification_country", "arrival_year", "residence_status", "german_level",
    "qualification_level", "regulated_profession",
)  # fmt: skip


def _similar(vault: Vault, client: Client) -> list[ClientMatch]:
    from iq_desktop.services import cleanup

    return cleanup.similar_clients(vault, client)


def _get_client(vault: Vault, client_id: str) -> Client | None:
    from iq_desktop.services import records

    return records.get_client(vault, client_id)


class ClientForm(RecordForm[Client]):
    KIND = "client"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lang = self.lang
        person = QGroupBox(self.tr("Person"), self.body)
        f = QFormLayout(person)
        self._person_form = f
        self.anonymous = QCheckBox(self.tr("Counselled &anonymously"))
        self.anonymous.setToolTip(
            self.tr("A short or anonymous contact: no name, only what the figures need; a name can be added later")
        )
        self.anonymous.setAccessibleName(self.tr("Counselled anonymously"))
        anonymous_box = QWidget(self)
        anonymous_layout = QVBoxLayout(anonymous_box)
        anonymous_layout.setContentsMargins(0, 0, 0, 0)
        anonymous_layout.addWidget(self.anonymous)
        f.addRow(anonymous_box)
        self.add_group_field("anonymous", self.anonymous, anonymous_layout)
        self.pseudonym = QLabel(self)
        self.pseudonym.setAccessibleName(self.tr("Pseudonym"))
        self.pseudonym.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._pseudonym_label = QLabel(self.tr("Pseudonym:"), self)
        f.addRow(self._pseudonym_label, self.pseudonym)
        self._pseudonym_value = ""
        self.first_name = self.add_field(f, "first_name", self.tr("&First name"), QLineEdit())
        self.last_name = self.add_field(f, "last_name", self.tr("&Last name"), QLineEdit())
        self.birth_date = self.add_field(
            f,
            "birth_date",
            self.tr("&Birth date"),
            OptionalDate(lang, past=True),
            hint=self.tr("For example 31.12.1990 or 31.12.90; may be left empty"),
        )
        self.gender = self.add_field(f, "gender", self.tr("&Gender"), EnumCombo(Gender, lang))

        contact = QGroupBox(self.tr("Contact"), self.body)
        f = QFormLayout(contact)
        self.phone = self.add_field(f, "phone", self.tr("&Phone"), QLineEdit())
        self.email = self.add_field(f, "email", self.tr("&E-mail"), QLineEdit())
        self.postcode = self.add_field(f, "postcode", self.tr("Post&code"), QLineEdit())

        background = QGroupBox(self.tr("Background"), self.body)
        f = QFormLayout(background)
        f_background = f
        self.nationality = self.add_field(f, "nationality", self.tr("&Nationality"), CountryChooser(lang))
        self.qualification_country = self.add_field(
            f, "qualification_country", self.tr("Country of &qualification"), CountryChooser(lang)
        )
        year = QSpinBox()
        year.setRange(NO_YEAR, 2100)
        year.setSpecialValueText(self.tr("unknown"))
        self.arrival_year = self.add_field(f, "arrival_year", self.tr("&Year of arrival"), year)
        self.residence_status = self.add_field(
            f, "residence_status", self.tr("&Residence status"), EnumCombo(ResidenceStatus, lang)
        )
        self.german_level = self.add_field(f, "german_level", self.tr("German &level"), EnumCombo(GermanLevel, lang))
        self.qualification_level = self.add_field(
            f,
            "qualification_level",
            self.tr("Q&ualification"),
            EnumCombo(QualificationLevel, lang, none_text=self.tr("— please choose —")),
            hint=self.tr("Required; choose “unknown” if it is not known"),
        )
        self.occupation = self.add_field(
            f, "occupation_code", self.tr("Reference &occupation (KldB 2010)"), OccupationChooser(lang)
        )
        regulated = QComboBox()
        regulated.addItem(self.tr("not known"), None)
        regulated.addItem(self.tr("yes"), True)
        regulated.addItem(self.tr("no"), False)
        self.regulated = self.add_field(f, "regulated_profession", self.tr("Regulated &profession"), regulated)

        consent = QGroupBox(self.tr("Consent"), self.body)
        f = QFormLayout(consent)
        self.consent_date = self.add_field(f, "consent_date", self.tr("Consent &date"), OptionalDate(lang, past=True))
        self.consent_scope = self.add_field(
            f,
            "consent_scope",
            self.tr("Consent &scope"),
            EnumCombo(ConsentScope, lang, none_text=self.tr("— no consent recorded —")),
        )
        notes_box = QGroupBox(self.tr("Notes (stay on this laptop)"), self.body)
        f = QFormLayout(notes_box)
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        self.notes = self.add_field(f, "notes", self.tr("No&tes"), notes)

        self._forms = {"person": self._person_form, "background": f_background}
        self._hidden_boxes = (contact, consent)
        for box in (person, contact, background, consent, notes_box):
            self.body_layout.addWidget(box)
        self.body_layout.addStretch(1)
        self._build_duplicate_banner()
        self.anonymous.toggled.connect(self._anonymous_toggled)
        self._duplicate_timer = QTimer(self, singleShot=True, interval=DUPLICATE_DELAY_MS)
        self._duplicate_timer.timeout.connect(self._look_for_duplicates)
        self._duplicate_query = 0
        for line in (self.first_name, self.last_name, self.phone, self.email):
            line.textEdited.connect(self._identity_edited)
        self.birth_date.changed.connect(self._identity_edited)
        self.finish_building()

    # --- anonymous clients ------------------------------------------------------------------------
    def _anonymous_toggled(self, checked: bool) -> None:
        """Ticked: the name, birth date and contact fields are disabled or hidden (and not saved; unticking
        again before saving brings back what was typed)."""
        if checked:
            self.hide_duplicates()
        self._apply_anonymous()

    def _apply_anonymous(self) -> None:
        anonymous = self.anonymous.isChecked()
        for name in ANONYMOUS_DISABLED:
            self.widget(name).setEnabled(not anonymous)
        for name in ANONYMOUS_HIDDEN:
            row = self.widget(name).parentWidget()
            form = self._forms["person"] if name == "gender" else self._forms["background"]
            if row is not None:
                form.setRowVisible(row, not anonymous)
        for box in self._hidden_boxes:
            box.setVisible(not anonymous)
        shown = anonymous or bool(self._pseudonym_value)
        self._person_form.setRowVisible(self.pseudonym, shown)
        self.pseudonym.setText(self._pseudonym_value or self.tr("given when saved (e.g. “anonym 2026-12-04 #3”)"))

    # --- duplicates -------------------------------------------------------------------------------
    def _build_duplicate_banner(self) -> None:
        self.duplicate_banner = QFrame(self)
        self.duplicate_banner.setObjectName("duplicateBanner")
        self.duplicate_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicate_text = QLabel(self.duplicate_banner)
        self.duplicate_text.setWordWrap(True)
        self.open_existing_button = QPushButton(self.tr("Open the ex&isting record"), self.duplicate_banner)
        self.open_existing_button.setAutoDefault(False)
        self.open_existing_button.clicked.connect(self.open_existing)
        lay = QHBoxLayout(self.duplicate_banner)
        lay.addWidget(self.duplicate_text, 1)
        lay.addWidget(self.open_existing_button)
        self.duplicate_banner.hide()
        self.duplicate_matches: list[ClientMatch] = []
        outer = self.layout()
        if isinstance(outer, QVBoxLayout):
            outer.insertWidget(3, self.duplicate_banner)  # above the fields: seen without scrolling

    def _identity_edited(self, *_args: object) -> None:
        if self._loading or self.anonymous.isChecked():
            return
        self._duplicate_timer.start()

    def _look_for_duplicates(self) -> None:
        vault = self.ctx.vault
        if vault is None or self.anonymous.isChecked():
            return
        first, last = self.first_name.text().strip(), self.last_name.text().strip()
        if not (first and last):
            self.hide_duplicates()
            return
        probe = Client(
            first, last, birth_date=self.birth_date.value(), phone=self.phone.text().strip(),
            email=self.email.text().strip(), id=self.record_id,
        )  # fmt: skip
        self._duplicate_query += 1
        asked = self._duplicate_query
        operations.query(
            self.ctx, _similar, vault, probe, success=lambda found: self._show_duplicates(asked, found), parent=self
        )

    def _show_duplicates(self, asked: int, found: list[ClientMatch]) -> None:
        if asked != self._duplicate_query or self.anonymous.isChecked():
            return  # typed on since (a newer look is under way)
        self.duplicate_matches = list(found)
        if not found:
            self.hide_duplicates()
            return
        reasons = {
            "name_birth_date": self.tr("same name and birth date"),
            "name_phone": self.tr("same name and phone number"),
            "name_email": self.tr("same name and e-mail address"),
        }
        first = found[0]
        born = f" ({to_qdate(first.birth_date).toString(date_format(self.lang))})" if first.birth_date else ""
        text = self.tr("This person may already be recorded: %1 — %2.")
        text = text.replace("%1", first.name + born).replace("%2", reasons.get(first.reason.value, ""))
        if len(found) > 1:
            text += " " + self.tr("%n more possible match(es).", "", len(found) - 1)
        self.duplicate_text.setText("⚠ " + text)
        self.duplicate_banner.show()

    def hide_duplicates(self) -> None:
        self._duplicate_query += 1
        self.duplicate_matches = []
        self.duplicate_banner.hide()

    def open_existing(self) -> None:
        """Leave this (new) entry and show the client already recorded instead."""
        vault = self.ctx.vault
        if vault is None or not self.duplicate_matches:
            return
        target = self.duplicate_matches[0].id
        if not self.maybe_leave():
            return
        operations.query(self.ctx, _get_client, vault, target, success=self._open_loaded, parent=self)

    def _open_loaded(self, client: Client | None) -> None:
        if client is not None:
            self.load(client)

    def focus_first(self) -> None:
        target = self.anonymous if self.anonymous.isChecked() else self.first_name
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def heading(self) -> str:
        return self.tr("New client") if self.is_new else self.tr("Client's personal data")

    def _saved(self, record: Client | None) -> None:
        if record is not None:
            self._pseudonym_value = record.pseudonym
        self.hide_duplicates()
        super()._saved(record)

    def clear_fields(self) -> None:
        self.anonymous.setChecked(False)
        self._pseudonym_value = ""
        self.hide_duplicates()
        self._duplicate_timer.stop()
        for w in (self.first_name, self.last_name, self.phone, self.email, self.postcode):
            w.clear()
        self.birth_date.set_value(None)
        self.gender.set_value(Gender.NOT_STATED)
        self.nationality.set_value("ZZ")
        self.qualification_country.set_value("ZZ")
        self.arrival_year.setValue(NO_YEAR)
        self.residence_status.set_value(ResidenceStatus.UNKNOWN)
        self.german_level.set_value(GermanLevel.UNKNOWN)
        self.qualification_level.set_value(None)  # a choice to make, not a silent default
        self.occupation.set_value(None)
        self.regulated.setCurrentIndex(0)
        self.consent_date.set_value(None)
        self.consent_scope.set_value(None)
        self.notes.clear()
        self._apply_anonymous()

    def fill(self, c: Client) -> None:
        self._pseudonym_value = c.pseudonym
        self.anonymous.setChecked(c.anonymous)
        self.first_name.setText(c.first_name)
        self.last_name.setText(c.last_name)
        self.birth_date.set_value(c.birth_date)
        self.gender.set_value(c.gender)
        self.phone.setText(c.phone)
        self.email.setText(c.email)
        self.postcode.setText(c.postcode)
        self.nationality.set_value(c.nationality)
        self.qualification_country.set_value(c.qualification_country)
        self.arrival_year.setValue(c.arrival_year or NO_YEAR)
        self.residence_status.set_value(c.residence_status)
        self.german_level.set_value(c.german_level)
        self.qualification_level.set_value(c.qualification_level)
        self.occupation.set_value(c.occupation_code)
        self.regulated.setCurrentIndex(max(0, self.regulated.findData(c.regulated_profession)))
        self.consent_date.set_value(c.consent_date)
        self.consent_scope.set_value(c.consent_scope)
        self.notes.setPlainText(c.notes)
        self._apply_anonymous()

    def collect(self) -> tuple[Client, list[Problem]]:
        anonymous = self.anonymous.isChecked()
        dates = (("consent_date", self.consent_date),) if anonymous else ()
        problems = [
            not_a_date(name)
            for name, w in dates or (("birth_date", self.birth_date), ("consent_date", self.consent_date))
            if w.bad_text
        ]
        if self.qualification_level.value() is None and not anonymous:
            problems.append(
                Problem(
                    "qualification_level",
                    "Choose the qualification (“unknown” if it is not known).",
                    "Bitte die Qualifikation wählen („unbekannt“, wenn sie nicht bekannt ist).",
                )
            )
        year = self.arrival_year.value()
        occupation = self.occupation.value()
        named = not anonymous  # an anonymous client has no name, birth date or contact data
        c = Client(
            first_name=self.first_name.text().strip() if named else "",
            last_name=self.last_name.text().strip() if named else "",
            birth_date=self.birth_date.value() if named else None,
            gender=self.gender.value() or Gender.NOT_STATED,
            phone=self.phone.text().strip() if named else "",
            email=self.email.text().strip() if named else "",
            postcode=self.postcode.text().strip() if named else "",
            nationality=self.nationality.value(),
            qualification_country=self.qualification_country.value(),
            arrival_year=None if year == NO_YEAR else year,
            residence_status=self.residence_status.value() or ResidenceStatus.UNKNOWN,
            german_level=self.german_level.value() or GermanLevel.UNKNOWN,
            qualification_level=self.qualification_level.value() or QualificationLevel.UNKNOWN,
            occupation_code=occupation if occupation is not None else None,
            regulated_profession=self.regulated.currentData(),
            consent_date=self.consent_date.value(),
            consent_scope=self.consent_scope.value(),
            notes=self.notes.toPlainText(),
            id=self.record_id,
            anonymous=anonymous,
            pseudonym=self._pseudonym_value,
        )
        return c, problems

    def check(self, record: Client) -> list[Problem]:
        return validate_client(record, today())

    @staticmethod
    def persist(vault: Vault, record: Client) -> Client:
        from iq_desktop.services import records

        saved: Client = records.save_client(vault, record)
        return saved
