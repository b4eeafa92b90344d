"""Words for the closed lists of :mod:`iq_desktop.domain.codes`, translated through Qt (context "Labels").

The strings are marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` collects them; :func:`label`
translates at run time, so a language switch shows the new words after the screen is rebuilt.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from iq_desktop.domain import codes as c

_C = "Labels"

_PAIRS: list[tuple[StrEnum, Any]] = [  # QT_TRANSLATE_NOOP returns its text (typed as object)
    (c.Gender.FEMALE, QT_TRANSLATE_NOOP("Labels", "female")),
    (c.Gender.MALE, QT_TRANSLATE_NOOP("Labels", "male")),
    (c.Gender.DIVERSE, QT_TRANSLATE_NOOP("Labels", "diverse")),
    (c.Gender.NOT_STATED, QT_TRANSLATE_NOOP("Labels", "not stated")),
    (c.ResidenceStatus.EU_CITIZEN, QT_TRANSLATE_NOOP("Labels", "EU/EEA/Swiss citizen")),
    (c.ResidenceStatus.SETTLEMENT_PERMIT, QT_TRANSLATE_NOOP("Labels", "settlement permit")),
    (c.ResidenceStatus.RESIDENCE_PERMIT, QT_TRANSLATE_NOOP("Labels", "residence permit")),
    (c.ResidenceStatus.BLUE_CARD, QT_TRANSLATE_NOOP("Labels", "EU Blue Card")),
    (c.ResidenceStatus.VISA, QT_TRANSLATE_NOOP("Labels", "visa")),
    (c.ResidenceStatus.HUMANITARIAN_PROTECTION, QT_TRANSLATE_NOOP("Labels", "humanitarian protection")),
    (c.ResidenceStatus.ASYLUM_SEEKER, QT_TRANSLATE_NOOP("Labels", "asylum seeker")),
    (c.ResidenceStatus.TOLERATION, QT_TRANSLATE_NOOP("Labels", "toleration (Duldung)")),
    (c.ResidenceStatus.GERMAN_CITIZEN, QT_TRANSLATE_NOOP("Labels", "German citizen")),
    (c.ResidenceStatus.OTHER, QT_TRANSLATE_NOOP("Labels", "other")),
    (c.ResidenceStatus.UNKNOWN, QT_TRANSLATE_NOOP("Labels", "unknown")),
    (c.GermanLevel.NONE, QT_TRANSLATE_NOOP("Labels", "no German")),
    (c.GermanLevel.A1, "A1"),
    (c.GermanLevel.A2, "A2"),
    (c.GermanLevel.B1, "B1"),
    (c.GermanLevel.B2, "B2"),
    (c.GermanLevel.C1, "C1"),
    (c.GermanLevel.C2, "C2"),
    (c.GermanLevel.UNKNOWN, QT_TRANSLATE_NOOP("Labels", "unknown")),
    (c.QualificationLevel.ACADEMIC, QT_TRANSLATE_NOOP("Labels", "academic degree")),
    (c.QualificationLevel.VOCATIONAL, QT_TRANSLATE_NOOP("Labels", "vocational qualification")),
    (c.QualificationLevel.OTHER, QT_TRANSLATE_NOOP("Labels", "other")),
    (c.QualificationLevel.NONE, QT_TRANSLATE_NOOP("Labels", "none")),
    (c.QualificationLevel.UNKNOWN, QT_TRANSLATE_NOOP("Labels", "unknown")),
    (c.ConsentScope.COUNSELLING, QT_TRANSLATE_NOOP("Labels", "counselling")),
    (c.ConsentScope.COUNSELLING_AND_CONTACT, QT_TRANSLATE_NOOP("Labels", "counselling and contact")),
    (c.ConsentScope.COUNSELLING_CONTACT_AND_REFERRAL, QT_TRANSLATE_NOOP("Labels", "counselling, contact and referral")),
    (c.SessionKind.INITIAL, QT_TRANSLATE_NOOP("Labels", "initial session")),
    (c.SessionKind.FOLLOW_UP, QT_TRANSLATE_NOOP("Labels", "follow-up session")),
    (c.Topic.RECOGNITION, QT_TRANSLATE_NOOP("Labels", "Recognition counselling")),
    (c.Topic.JOB_TRAINING, QT_TRANSLATE_NOOP("Labels", "Job-training counselling")),
    (c.Topic.FI_WAGES, QT_TRANSLATE_NOOP("Labels", "wages")),
    (c.Topic.FI_WORKING_TIME, QT_TRANSLATE_NOOP("Labels", "working time")),
    (c.Topic.FI_LEAVE, QT_TRANSLATE_NOOP("Labels", "leave")),
    (c.Topic.FI_DISMISSAL, QT_TRANSLATE_NOOP("Labels", "dismissal")),
    (c.Topic.FI_HEALTH_INSURANCE, QT_TRANSLATE_NOOP("Labels", "health insurance")),
    (c.Topic.FI_EMPLOYMENT_CONTRACT, QT_TRANSLATE_NOOP("Labels", "employment contract")),
    (c.Topic.FI_OTHER, QT_TRANSLATE_NOOP("Labels", "other labour-law question")),
    (c.Channel.IN_PERSON, QT_TRANSLATE_NOOP("Labels", "in person")),
    (c.Channel.PHONE, QT_TRANSLATE_NOOP("Labels", "phone")),
    (c.Channel.VIDEO, QT_TRANSLATE_NOOP("Labels", "video")),
    (c.Channel.EMAIL, QT_TRANSLATE_NOOP("Labels", "e-mail")),
    (c.ReferredBy.JOB_CENTRE, QT_TRANSLATE_NOOP("Labels", "job centre")),
    (c.ReferredBy.EMPLOYMENT_AGENCY, QT_TRANSLATE_NOOP("Labels", "employment agency")),
    (c.ReferredBy.OTHER_COUNSELLING, QT_TRANSLATE_NOOP("Labels", "other counselling service")),
    (c.ReferredBy.SELF, QT_TRANSLATE_NOOP("Labels", "came on their own")),
    (c.ReferredBy.OTHER, QT_TRANSLATE_NOOP("Labels", "other")),
    (c.Outcome.RECOGNITION_APPLICATION_FILED, QT_TRANSLATE_NOOP("Labels", "recognition application filed")),
    (c.Outcome.REFERRED_TO_AUTHORITY, QT_TRANSLATE_NOOP("Labels", "referred to the competent authority")),
    (c.Outcome.JOB_TRAINING_RECOMMENDED, QT_TRANSLATE_NOOP("Labels", "job training recommended")),
    (c.Outcome.REFERRED_ELSEWHERE, QT_TRANSLATE_NOOP("Labels", "referred elsewhere")),
    (c.Outcome.INFORMATION_GIVEN, QT_TRANSLATE_NOOP("Labels", "information given")),
    (c.Outcome.FURTHER_SESSION_NEEDED, QT_TRANSLATE_NOOP("Labels", "further session needed")),
    (c.TrainingFormat.COURSE_BASED, QT_TRANSLATE_NOOP("Labels", "course-based")),
    (c.TrainingFormat.INDIVIDUAL, QT_TRANSLATE_NOOP("Labels", "individual")),
    (c.TrainingType.COMPENSATION_MEASURE, QT_TRANSLATE_NOOP("Labels", "compensation measure")),
    (c.TrainingType.BRIDGE_TRAINING, QT_TRANSLATE_NOOP("Labels", "bridge training")),
    (c.TrainingStatus.ONGOING, QT_TRANSLATE_NOOP("Labels", "ongoing")),
    (c.TrainingStatus.COMPLETED, QT_TRANSLATE_NOOP("Labels", "completed successfully")),
    (c.TrainingStatus.DROPPED, QT_TRANSLATE_NOOP("Labels", "dropped out")),
    (c.EventFormat.INFORMATION_EVENT, QT_TRANSLATE_NOOP("Labels", "information event")),
    (c.EventFormat.WORKSHOP, QT_TRANSLATE_NOOP("Labels", "workshop")),
    (c.EventFormat.TRAINING, QT_TRANSLATE_NOOP("Labels", "training")),
    (c.EventFormat.CONSULTATION, QT_TRANSLATE_NOOP("Labels", "consultation")),
    (c.Audience.MIGRANTS, QT_TRANSLATE_NOOP("Labels", "migrants")),
    (c.Audience.LABOUR_MARKET, QT_TRANSLATE_NOOP("Labels", "labour-market stakeholders")),
    (c.Audience.BUSINESS, QT_TRANSLATE_NOOP("Labels", "businesses")),
    (c.Audience.SKILLED_WORKER_NETWORK, QT_TRANSLATE_NOOP("Labels", "regional skilled worker networks – immigration")),
    (c.EventTopic.RECOGNITION, QT_TRANSLATE_NOOP("Labels", "recognition")),
    (c.EventTopic.JOB_TRAINING, QT_TRANSLATE_NOOP("Labels", "job training")),
    (c.EventTopic.FAIR_INTEGRATION, QT_TRANSLATE_NOOP("Labels", "Fair Integration")),
    (c.EventTopic.INTERCULTURAL_COMPETENCE, QT_TRANSLATE_NOOP("Labels", "intercultural competence")),
    (c.EventTopic.ANTI_DISCRIMINATION, QT_TRANSLATE_NOOP("Labels", "anti-discrimination")),
    (c.EventTopic.SKILLED_WORKER_RECRUITMENT, QT_TRANSLATE_NOOP("Labels", "skilled-worker recruitment")),
    (c.EventTopic.ORGANISATIONAL_DEVELOPMENT, QT_TRANSLATE_NOOP("Labels", "organisational development")),
    (c.EventTopic.OTHER, QT_TRANSLATE_NOOP("Labels", "other")),
    (c.Role.COUNSELLOR, QT_TRANSLATE_NOOP("Labels", "counsellor")),
    (c.Role.COORDINATOR, QT_TRANSLATE_NOOP("Labels", "coordinator")),
]
#: Keyed by (enum class, value): StrEnum members of different lists compare equal as strings.
LABELS: dict[tuple[type[StrEnum], str], str] = {(type(m), m.value): str(text) for m, text in _PAIRS}

_LANG_NAMES: dict[str, tuple[str, str]] = {
    "de": ("Deutsch", "German"), "en": ("Englisch", "English"), "ar": ("Arabisch", "Arabic"),
    "fa": ("Persisch", "Persian"), "tr": ("Türkisch", "Turkish"), "ru": ("Russisch", "Russian"),
    "uk": ("Ukrainisch", "Ukrainian"), "fr": ("Französisch", "French"), "es": ("Spanisch", "Spanish"),
    "pt": ("Portugiesisch", "Portuguese"), "pl": ("Polnisch", "Polish"), "ro": ("Rumänisch", "Romanian"),
    "bg": ("Bulgarisch", "Bulgarian"), "sq": ("Albanisch", "Albanian"), "sr": ("Serbisch", "Serbian"),
    "ku": ("Kurdisch", "Kurdish"), "ps": ("Paschtu", "Pashto"), "ti": ("Tigrinya", "Tigrinya"),
    "so": ("Somali", "Somali"), "vi": ("Vietnamesisch", "Vietnamese"), "zh": ("Chinesisch", "Chinese"),
    "hi": ("Hindi", "Hindi"), "ur": ("Urdu", "Urdu"), "it": ("Italienisch", "Italian"),
    "el": ("Griechisch", "Greek"), "other": ("andere Sprache", "other language"),
}  # fmt: skip


def label(value: StrEnum, lang: str = "en") -> str:
    """The words for a code in the UI language."""
    if isinstance(value, c.Language):
        de, en = _LANG_NAMES.get(value.value, (value.value, value.value))
        return de if lang == "de" else en
    text = LABELS.get((type(value), value.value))
    if text is None:
        return str(value.value)
    return QCoreApplication.translate(_C, text)


def tr(text: str) -> str:
    """Translate a ``Labels`` string marked elsewhere with ``QT_TRANSLATE_NOOP("Labels", ...)``."""
    return QCoreApplication.translate(_C, text)
