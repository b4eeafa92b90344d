"""Entering and editing a client's personal data (kept only in the encrypted vault)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from iq_desktop.domain.codes import ConsentScope, Gender, GermanLevel, QualificationLevel, ResidenceStatus
from iq_desktop.domain.records import Client
from iq_desktop.domain.rules import Problem, validate_client
from iq_desktop.ui.context import AppContext
from iq_desktop.ui.forms.base import RecordForm, today
from iq_desktop.ui.forms.choosers import CountryChooser, OccupationChooser
from iq_desktop.ui.forms.fields import EnumCombo, OptionalDate, not_a_date

if TYPE_CHECKING:
    from iq_desktop.services.vault import Vault

NO_YEAR = 1949  # the spin box's "unknown" value


class ClientForm(RecordForm[Client]):
    KIND = "client"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lang = self.lang
        person = QGroupBox(self.tr("Person"), self.body)
        f = QFormLayout(person)
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

        for box in (person, contact, background, consent, notes_box):
            self.body_layout.addWidget(box)
        self.body_layout.addStretch(1)
        self.finish_building()

    def heading(self) -> str:
        return self.tr("New client") if self.is_new else self.tr("Client's personal data")

    def clear_fields(self) -> None:
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

    def fill(self, c: Client) -> None:
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

    def collect(self) -> tuple[Client, list[Problem]]:
        problems = [
            not_a_date(name)
            for name, w in (("birth_date", self.birth_date), ("consent_date", self.consent_date))
            if w.bad_text
        ]
        if self.qualification_level.value() is None:
            problems.append(
                Problem(
                    "qualification_level",
                    "Choose the qualification (“unknown” if it is not known).",
                    "Bitte die Qualifikation wählen („unbekannt“, wenn sie nicht bekannt ist).",
                )
            )
        year = self.arrival_year.value()
        occupation = self.occupation.value()
        c = Client(
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            birth_date=self.birth_date.value(),
            gender=self.gender.value() or Gender.NOT_STATED,
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            postcode=self.postcode.text().strip(),
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
        )
        return c, problems

    def check(self, record: Client) -> list[Problem]:
        return validate_client(record, today())

    @staticmethod
    def persist(vault: Vault, record: Client) -> Client:
        from iq_desktop.services import records

        saved: Client = records.save_client(vault, record)
        return saved
