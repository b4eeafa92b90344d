"""Closed lists of the IQ record model.

Every value that may ever leave the laptop is one of these codes; the server's wire schema
(:mod:`iq_desktop.domain.wire`) is built from the same enums, so both sides share one definition.
Labels for the GUI live in :mod:`iq_desktop.domain.labels`.
"""

from __future__ import annotations

from enum import StrEnum


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    DIVERSE = "diverse"
    NOT_STATED = "not_stated"


class ResidenceStatus(StrEnum):
    EU_CITIZEN = "eu_citizen"
    SETTLEMENT_PERMIT = "settlement_permit"
    RESIDENCE_PERMIT = "residence_permit"
    BLUE_CARD = "blue_card"
    VISA = "visa"
    HUMANITARIAN_PROTECTION = "humanitarian_protection"
    ASYLUM_SEEKER = "asylum_seeker"
    TOLERATION = "toleration"
    GERMAN_CITIZEN = "german_citizen"
    OTHER = "other"
    UNKNOWN = "unknown"


class ResidenceGroup(StrEnum):
    """At most five groups, the only residence information that leaves the laptop."""

    EU_OR_GERMAN = "eu_or_german"
    RESIDENCE_TITLE = "residence_title"
    HUMANITARIAN = "humanitarian"
    ASYLUM_OR_TOLERATION = "asylum_or_toleration"
    OTHER_UNKNOWN = "other_unknown"


RESIDENCE_GROUP: dict[ResidenceStatus, ResidenceGroup] = {
    ResidenceStatus.EU_CITIZEN: ResidenceGroup.EU_OR_GERMAN,
    ResidenceStatus.GERMAN_CITIZEN: ResidenceGroup.EU_OR_GERMAN,
    ResidenceStatus.SETTLEMENT_PERMIT: ResidenceGroup.RESIDENCE_TITLE,
    ResidenceStatus.RESIDENCE_PERMIT: ResidenceGroup.RESIDENCE_TITLE,
    ResidenceStatus.BLUE_CARD: ResidenceGroup.RESIDENCE_TITLE,
    ResidenceStatus.VISA: ResidenceGroup.RESIDENCE_TITLE,
    ResidenceStatus.HUMANITARIAN_PROTECTION: ResidenceGroup.HUMANITARIAN,
    ResidenceStatus.ASYLUM_SEEKER: ResidenceGroup.ASYLUM_OR_TOLERATION,
    ResidenceStatus.TOLERATION: ResidenceGroup.ASYLUM_OR_TOLERATION,
    ResidenceStatus.OTHER: ResidenceGroup.OTHER_UNKNOWN,
    ResidenceStatus.UNKNOWN: ResidenceGroup.OTHER_UNKNOWN,
}


class GermanLevel(StrEnum):
    NONE = "none"
    A1 = "A1"
    A2 = "A2"
    B1 = "B1"
    B2 = "B2"
    C1 = "C1"
    C2 = "C2"
    UNKNOWN = "unknown"


class QualificationLevel(StrEnum):
    ACADEMIC = "academic"
    VOCATIONAL = "vocational"
    OTHER = "other"
    NONE = "none"
    UNKNOWN = "unknown"  # not known (yet); the form asks to choose, "unknown" is a choice


class ConsentScope(StrEnum):
    COUNSELLING = "counselling"
    COUNSELLING_AND_CONTACT = "counselling_and_contact"
    COUNSELLING_CONTACT_AND_REFERRAL = "counselling_contact_and_referral"


class SessionKind(StrEnum):
    INITIAL = "initial"
    FOLLOW_UP = "follow_up"


class Topic(StrEnum):
    RECOGNITION = "recognition"
    JOB_TRAINING = "job_training"
    FI_WAGES = "fi_wages"
    FI_WORKING_TIME = "fi_working_time"
    FI_LEAVE = "fi_leave"
    FI_DISMISSAL = "fi_dismissal"
    FI_HEALTH_INSURANCE = "fi_health_insurance"
    FI_EMPLOYMENT_CONTRACT = "fi_employment_contract"
    FI_OTHER = "fi_other"

    @property
    def is_fair_integration(self) -> bool:
        return self.value.startswith("fi_")


FAIR_INTEGRATION_TOPICS = frozenset(t for t in Topic if t.is_fair_integration)


class Channel(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    EMAIL = "email"


class ReferredBy(StrEnum):
    JOB_CENTRE = "job_centre"
    EMPLOYMENT_AGENCY = "employment_agency"
    OTHER_COUNSELLING = "other_counselling"
    SELF = "self"
    OTHER = "other"


class Outcome(StrEnum):
    RECOGNITION_APPLICATION_FILED = "recognition_application_filed"
    REFERRED_TO_AUTHORITY = "referred_to_authority"
    JOB_TRAINING_RECOMMENDED = "job_training_recommended"
    REFERRED_ELSEWHERE = "referred_elsewhere"
    INFORMATION_GIVEN = "information_given"
    FURTHER_SESSION_NEEDED = "further_session_needed"


class Language(StrEnum):
    """Language the session was held in (ISO 639-1)."""

    DE = "de"
    EN = "en"
    AR = "ar"
    FA = "fa"
    TR = "tr"
    RU = "ru"
    UK = "uk"
    FR = "fr"
    ES = "es"
    PT = "pt"
    PL = "pl"
    RO = "ro"
    BG = "bg"
    SQ = "sq"
    SR = "sr"
    KU = "ku"
    PS = "ps"
    TI = "ti"
    SO = "so"
    VI = "vi"
    ZH = "zh"
    HI = "hi"
    UR = "ur"
    IT = "it"
    EL = "el"
    OTHER = "other"


class TrainingFormat(StrEnum):
    COURSE_BASED = "course_based"
    INDIVIDUAL = "individual"


class TrainingType(StrEnum):
    COMPENSATION_MEASURE = "compensation_measure"
    BRIDGE_TRAINING = "bridge_training"


class TrainingStatus(StrEnum):
    ONGOING = "ongoing"
    COMPLETED = "completed"
    DROPPED = "dropped"


class EventFormat(StrEnum):
    INFORMATION_EVENT = "information_event"
    WORKSHOP = "workshop"
    TRAINING = "training"
    CONSULTATION = "consultation"


class Audience(StrEnum):
    MIGRANTS = "migrants"
    LABOUR_MARKET = "labour_market"
    BUSINESS = "business"
    SKILLED_WORKER_NETWORK = "skilled_worker_network"


class EventTopic(StrEnum):
    RECOGNITION = "recognition"
    JOB_TRAINING = "job_training"
    FAIR_INTEGRATION = "fair_integration"
    INTERCULTURAL_COMPETENCE = "intercultural_competence"
    ANTI_DISCRIMINATION = "anti_discrimination"
    SKILLED_WORKER_RECRUITMENT = "skilled_worker_recruitment"
    ORGANISATIONAL_DEVELOPMENT = "organisational_development"
    OTHER = "other"


class AgeBand(StrEnum):
    UNDER_25 = "under_25"
    A25_29 = "25_29"
    A30_34 = "30_34"
    A35_39 = "35_39"
    A40_44 = "40_44"
    A45_49 = "45_49"
    A50_54 = "50_54"
    A55_59 = "55_59"
    A60_PLUS = "60_plus"
    UNKNOWN = "unknown"


class Role(StrEnum):
    COUNSELLOR = "counsellor"
    COORDINATOR = "coordinator"


class RecordType(StrEnum):
    CLIENT = "client"
    SESSION = "session"
    TRAINING = "training"
    EVENT = "event"
    SCHEME = "scheme"


FEDERAL_STATES: tuple[str, ...] = (
    "DE-BW", "DE-BY", "DE-BE", "DE-BB", "DE-HB", "DE-HH", "DE-HE", "DE-MV",
    "DE-NI", "DE-NW", "DE-RP", "DE-SL", "DE-SN", "DE-ST", "DE-SH", "DE-TH",
)  # fmt: skip


# -- recognition procedure (laptop only: none of these leave the laptop) ---------------------------


class ProcedureDecision(StrEnum):
    """The competent authority's decision on a recognition application."""

    PENDING = "pending"
    FULL = "full"  # full equivalence
    PARTIAL = "partial"  # partial equivalence: a compensation measure is required
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class Compensation(StrEnum):
    """What follows a partial equivalence: a compensation measure or a bridge training."""

    NONE = "none"
    ADAPTATION_PERIOD = "adaptation_period"  # Anpassungslehrgang
    APTITUDE_TEST = "aptitude_test"  # Eignungs- oder Kenntnisprüfung
    BRIDGE_TRAINING = "bridge_training"  # Anpassungsqualifizierung (non-regulated occupations)


# -- documents (laptop only: a document, its kind and its name never leave the laptop) ---------------


class DocumentKind(StrEnum):
    """What an attached document is (the checklist of a recognition procedure counts these)."""

    CERTIFICATE = "certificate"
    TRANSCRIPT = "transcript"
    TRANSLATION = "translation"
    DECISION = "decision"
    CONSENT = "consent"
    ID = "id"
    OTHER = "other"
