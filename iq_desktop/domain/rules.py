"""Validation rules and parsing. Messages speak to a counsellor, in German and English.

A message may name a field and a code but never repeats a personal value (names, contact data,
birth dates, notes), so it is safe in a log line or an error dialog.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from iq_desktop.domain import reference
from iq_desktop.domain.codes import (
    Audience,
    Channel,
    ConsentScope,
    EventFormat,
    EventTopic,
    Gender,
    GermanLevel,
    Language,
    Outcome,
    QualificationLevel,
    RecordType,
    ReferredBy,
    ResidenceStatus,
    SessionKind,
    Topic,
    TrainingFormat,
    TrainingStatus,
    TrainingType,
)
from iq_desktop.domain.errors import IQError
from iq_desktop.domain.records import (
    Client,
    CounsellingSession,
    GroupEvent,
    JobTrainingScheme,
    Record,
    TrainingParticipation,
)

MAX_TEXT = {"first_name": 100, "last_name": 100, "phone": 40, "email": 254, "postcode": 10, "notes": 20_000}
MAX_PROVIDER = 200
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_RE = re.compile(r"^[0-9+()/\-. ]{3,40}$")
POSTCODE_RE = re.compile(r"^[0-9]{5}$")
MAX_PARTICIPANTS = 10_000
MAX_DURATION = 600
EARLIEST = date(1900, 1, 1)
MIN_AGE, MAX_AGE = 14, 100  # a plausible client's age in years (counselling is for adults and youths)


def age_on(birth: date, day: date) -> int:
    """Completed years of age on ``day``."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


@dataclass(frozen=True, slots=True)
class Problem:
    field: str
    en: str
    de: str

    def message(self, lang: str = "en") -> str:
        return self.de if lang == "de" else self.en

    def __str__(self) -> str:
        return f"{self.field}: {self.en}"


class ValidationError(IQError, ValueError):
    """A record the user entered is not valid. ``problems`` says what and where (in English and German)."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))

    def message(self, lang: str = "en") -> str:
        return "; ".join(p.message(lang) for p in self.problems)


def _p(field: str, en: str, de: str) -> Problem:
    return Problem(field, en, de)


# --- record-level validation -------------------------------------------------------------------


#: What an anonymous client (counselled without a name) never carries: it would identify the person.
ANONYMOUS_EMPTY = ("first_name", "last_name", "birth_date", "phone", "email", "postcode")
MAX_PSEUDONYM = 60


def pseudonym(day: date, number: int) -> str:
    """The name a counsellor sees for an anonymous client: ``"anonym 2026-12-04 #3"`` (the day it was
    recorded and the running number among that day's anonymous clients)."""
    return f"{PSEUDONYM_WORD} {day.isoformat()} #{number}"


PSEUDONYM_WORD = "anonym"


def validate_client(c: Client, today: date) -> list[Problem]:
    out: list[Problem] = []
    if c.anonymous:
        for name in ANONYMOUS_EMPTY:
            if getattr(c, name):
                out.append(
                    _p(
                        name,
                        "An anonymous client has no name, birth date or contact data; clear the field "
                        "or untick “anonymous”.",
                        "Anonym Beratene haben keinen Namen, kein Geburtsdatum und keine Kontaktdaten; "
                        "bitte das Feld leeren oder „Anonym beraten“ abwählen.",
                    )
                )
        if len(c.pseudonym) > MAX_PSEUDONYM:
            out.append(
                _p(
                    "pseudonym",
                    f"Too long (at most {MAX_PSEUDONYM} characters).",
                    f"Zu lang (höchstens {MAX_PSEUDONYM} Zeichen).",
                )
            )
    else:
        if not c.first_name.strip():
            out.append(_p("first_name", "Enter the first name.", "Bitte den Vornamen eingeben."))
        if not c.last_name.strip():
            out.append(_p("last_name", "Enter the last name.", "Bitte den Nachnamen eingeben."))
    for name, limit in MAX_TEXT.items():
        if len(getattr(c, name)) > limit:
            out.append(_p(name, f"Too long (at most {limit} characters).", f"Zu lang (höchstens {limit} Zeichen)."))
    if c.birth_date is not None:
        if c.birth_date > today:
            out.append(_p("birth_date", "The birth date is in the future.", "Das Geburtsdatum liegt in der Zukunft."))
        elif c.birth_date < EARLIEST:
            out.append(_p("birth_date", "The birth date is before 1900.", "Das Geburtsdatum liegt vor 1900."))
        elif age_on(c.birth_date, today) < MIN_AGE:
            out.append(
                _p(
                    "birth_date",
                    "The person would be younger than 14; check the birth date.",
                    "Die Person wäre jünger als 14 Jahre; bitte das Geburtsdatum prüfen.",
                )
            )
        elif age_on(c.birth_date, today) > MAX_AGE:
            out.append(
                _p(
                    "birth_date",
                    "The person would be older than 100; check the birth date.",
                    "Die Person wäre älter als 100 Jahre; bitte das Geburtsdatum prüfen.",
                )
            )
    if c.email and not EMAIL_RE.match(c.email):
        out.append(
            _p(
                "email",
                "The e-mail address is not valid (name@example.org).",
                "Die E-Mail-Adresse ist ungültig (name@beispiel.de).",
            )
        )
    if c.phone and not PHONE_RE.match(c.phone):
        out.append(
            _p(
                "phone",
                "The phone number may contain only digits, spaces and + ( ) / - .",
                "Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - . enthalten.",
            )
        )
    if c.postcode and not POSTCODE_RE.match(c.postcode):
        out.append(_p("postcode", "A German postcode has five digits.", "Eine Postleitzahl hat fünf Ziffern."))
    countries = reference.countries()
    for name, en, de in (
        ("nationality", "nationality", "Staatsangehörigkeit"),
        ("qualification_country", "country of qualification", "Land des Abschlusses"),
    ):
        code = getattr(c, name)
        if code not in countries:
            out.append(
                _p(
                    name,
                    f"Unknown country code for the {en}; choose a country from the list.",
                    f"Unbekannter Ländercode bei {de}; bitte ein Land aus der Liste wählen.",
                )
            )
    if c.arrival_year is not None and not (1950 <= c.arrival_year <= today.year):
        out.append(
            _p(
                "arrival_year",
                f"The year of arrival must be between 1950 and {today.year}.",
                f"Das Einreisejahr muss zwischen 1950 und {today.year} liegen.",
            )
        )
    if c.birth_date and c.arrival_year and c.arrival_year < c.birth_date.year:
        out.append(
            _p(
                "arrival_year",
                "The year of arrival is before the birth year.",
                "Das Einreisejahr liegt vor dem Geburtsjahr.",
            )
        )
    if c.occupation_code is not None and c.occupation_code not in reference.occupations():
        out.append(
            _p(
                "occupation_code",
                "Unknown reference occupation (KldB 2010); choose one from the list.",
                "Unbekannter Referenzberuf (KldB 2010); bitte einen aus der Liste wählen.",
            )
        )
    if c.consent_date is not None and c.consent_date > today:
        out.append(
            _p("consent_date", "The consent date is in the future.", "Das Datum der Einwilligung liegt in der Zukunft.")
        )
    if (c.consent_date is None) != (c.consent_scope is None):
        out.append(
            _p("consent_scope", "Consent needs both a date and a scope.", "Die Einwilligung braucht Datum und Umfang.")
        )
    return out


#: A second initial session of the same counselling type is a new case only this many months after
#: the client's previous initial session of that type (see docs/records.md).
NEW_CASE_AFTER_MONTHS = 12


class CounsellingType(StrEnum):
    """What "the same counselling" means for initial sessions. IQ counselling (recognition and/or
    job-training counselling: one figure, ``initial.*``, counts its initial sessions by topic column)
    and Fair Integration counselling (its own service and section) are the two types; a session whose
    topics touch both is of both types."""

    IQ = "iq"
    FAIR_INTEGRATION = "fair_integration"


def counselling_types(topics: Iterable[Topic]) -> frozenset[CounsellingType]:
    ts = frozenset(topics)
    out: set[CounsellingType] = set()
    if ts & {Topic.RECOGNITION, Topic.JOB_TRAINING}:
        out.add(CounsellingType.IQ)
    if any(t.is_fair_integration for t in ts):
        out.add(CounsellingType.FAIR_INTEGRATION)
    return frozenset(out)


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months (the 31st becomes the month's last day)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise ValueError("unreachable")  # pragma: no cover


def is_new_case(earlier: date, later: date) -> bool:
    """Whether an initial session on ``later`` opens a new case after one on ``earlier``."""
    return later >= add_months(earlier, NEW_CASE_AFTER_MONTHS)


def second_initial(s: CounsellingSession, other_initials: Iterable[tuple[date, frozenset[Topic]]]) -> list[Problem]:
    """A second initial session of the same counselling type within :data:`NEW_CASE_AFTER_MONTHS`
    of another one (before or after it) is refused: it would count the same case twice."""
    if s.kind is not SessionKind.INITIAL:
        return []
    mine = counselling_types(s.topics)
    for day, topics in other_initials:
        if not (mine & counselling_types(topics)):
            continue
        first, second = sorted((day, s.date))
        if not is_new_case(first, second):
            return [
                _p(
                    "kind",
                    f"This person already has an initial session of this counselling type on {day.isoformat()}. "
                    f"Record this one as a follow-up; a new initial session (a new case) is possible "
                    f"{NEW_CASE_AFTER_MONTHS} months after the previous one.",
                    f"Diese Person hat am {day.strftime('%d.%m.%Y')} schon eine Erstberatung dieser Beratungsart. "
                    f"Bitte diese als Folgeberatung erfassen; eine neue Erstberatung (ein neuer Fall) ist "
                    f"{NEW_CASE_AFTER_MONTHS} Monate nach der vorigen möglich.",
                )
            ]
    return []


#: Deleting a wrong record (a void) needs a reason of this many characters at least, at most the other.
MIN_VOID_REASON = 3
MAX_VOID_REASON = 500


def void_reason_problems(reason: str) -> list[Problem]:
    """What is wrong with the reason given for deleting a wrong record (every kind of record: one rule)."""
    text = reason.strip()
    if len(text) < MIN_VOID_REASON:
        return [
            _p(
                "reason",
                f"Give a reason (at least {MIN_VOID_REASON} characters).",
                f"Bitte einen Grund angeben (mindestens {MIN_VOID_REASON} Zeichen).",
            )
        ]
    if len(text) > MAX_VOID_REASON:
        return [
            _p(
                "reason",
                f"Too long (at most {MAX_VOID_REASON} characters).",
                f"Zu lang (höchstens {MAX_VOID_REASON} Zeichen).",
            )
        ]
    return []


def validate_session(
    s: CounsellingSession,
    today: date,
    *,
    client_exists: bool,
    has_earlier_initial: bool,
    other_initials: Iterable[tuple[date, frozenset[Topic]]] = (),
) -> list[Problem]:
    """``has_earlier_initial``: the client has an initial session on or before ``s.date``
    (other than ``s`` itself). ``other_initials``: ``(date, topics)`` of the client's other initial
    sessions (see :func:`second_initial`)."""
    out: list[Problem] = second_initial(s, other_initials)
    if not client_exists:
        out.append(
            _p(
                "client_id",
                "Choose the client this session is with.",
                "Bitte die Person wählen, mit der die Beratung stattfand.",
            )
        )
    if s.date > today:
        out.append(_p("date", "The session date is in the future.", "Das Beratungsdatum liegt in der Zukunft."))
    if s.date < date(2005, 1, 1):
        out.append(_p("date", "The session date is before 2005.", "Das Beratungsdatum liegt vor 2005."))
    if not s.topics:
        out.append(_p("topics", "Choose at least one topic.", "Bitte mindestens ein Thema wählen."))
    if not (1 <= s.duration_minutes <= MAX_DURATION):
        out.append(
            _p(
                "duration_minutes",
                f"The duration must be between 1 and {MAX_DURATION} minutes.",
                f"Die Dauer muss zwischen 1 und {MAX_DURATION} Minuten liegen.",
            )
        )
    if s.kind is SessionKind.FOLLOW_UP and client_exists and not has_earlier_initial:
        out.append(
            _p(
                "kind",
                "A follow-up needs an initial session for this client first.",
                "Eine Folgeberatung setzt eine Erstberatung dieser Person voraus.",
            )
        )
    if s.next_appointment is not None and s.next_appointment < s.date:
        out.append(
            _p(
                "next_appointment",
                "The next appointment is before the session.",
                "Der nächste Termin liegt vor der Beratung.",
            )
        )
    if len(s.notes) > MAX_TEXT["notes"]:
        out.append(_p("notes", "The notes are too long.", "Die Notizen sind zu lang."))
    return out


def validate_training(
    t: TrainingParticipation, today: date, *, client_exists: bool, scheme_exists: bool = True
) -> list[Problem]:
    """``scheme_exists``: the scheme ``t.scheme_id`` names is in the vault (ignored without a
    ``scheme_id``: such a participation is its own individually tailored scheme)."""
    out: list[Problem] = []
    if not client_exists:
        out.append(_p("client_id", "Choose the participant.", "Bitte die teilnehmende Person wählen."))
    if t.scheme_id is not None and not scheme_exists:
        out.append(
            _p(
                "scheme_id",
                "The job-training scheme it belongs to does not exist; choose a scheme from the list.",
                "Die zugehörige Qualifizierungsmaßnahme gibt es nicht; bitte eine Maßnahme aus der Liste wählen.",
            )
        )
    if t.start < date(2005, 1, 1):
        out.append(_p("start", "The start is before 2005.", "Der Beginn liegt vor 2005."))
    if t.end is not None and t.end < t.start:
        out.append(_p("end", "The training ends before it starts.", "Die Qualifizierung endet vor ihrem Beginn."))
    if t.status is not TrainingStatus.ONGOING and t.end is None:
        out.append(
            _p(
                "end",
                "A completed or dropped training needs an end date.",
                "Eine abgeschlossene oder abgebrochene Qualifizierung braucht ein Enddatum.",
            )
        )
    if t.status is TrainingStatus.ONGOING and t.end is not None and t.end < today:
        out.append(
            _p(
                "status",
                "The training has ended; set it to completed or dropped.",
                "Die Qualifizierung ist beendet; bitte abgeschlossen oder abgebrochen wählen.",
            )
        )
    if (t.start - today).days > 730:
        out.append(_p("start", "The start is more than two years ahead.", "Der Beginn liegt über zwei Jahre voraus."))
    return out


def validate_scheme(s: JobTrainingScheme, today: date) -> list[Problem]:
    """Refuses only impossible things (like the participation's dates): a start before 2005 or more
    than two years ahead, an over-long provider name. A participation starting before its scheme is
    allowed (a late registration of an earlier start is not impossible)."""
    out: list[Problem] = []
    if s.start < date(2005, 1, 1):
        out.append(_p("start", "The scheme starts before 2005.", "Die Maßnahme beginnt vor 2005."))
    if (s.start - today).days > 730:
        out.append(
            _p("start", "The scheme starts more than two years ahead.", "Die Maßnahme beginnt über zwei Jahre voraus.")
        )
    if len(s.provider) > MAX_PROVIDER:
        out.append(
            _p(
                "provider",
                f"Too long (at most {MAX_PROVIDER} characters).",
                f"Zu lang (höchstens {MAX_PROVIDER} Zeichen).",
            )
        )
    return out


def validate_event(e: GroupEvent, today: date) -> list[Problem]:
    out: list[Problem] = []
    if e.date > today:
        out.append(_p("date", "The event date is in the future.", "Das Datum der Veranstaltung liegt in der Zukunft."))
    if e.date < date(2005, 1, 1):
        out.append(_p("date", "The event date is before 2005.", "Das Datum der Veranstaltung liegt vor 2005."))
    if not (1 <= e.participants <= MAX_PARTICIPANTS):
        out.append(
            _p(
                "participants",
                f"The number of participants must be between 1 and {MAX_PARTICIPANTS}.",
                f"Die Zahl der Teilnehmenden muss zwischen 1 und {MAX_PARTICIPANTS} liegen.",
            )
        )
    return out


# --- parsing (import files, forms) ---------------------------------------------------------------

E = TypeVar("E", bound=StrEnum)


def _member(cls: type[E], value: Any) -> E:
    """``cls(value)``, with the common case (an exact value) as one dict lookup: an import of 100,000
    records makes ~550,000 of these. Anything else takes ``cls(value)`` itself (same result or error)."""
    try:
        return cls._value2member_map_[value]  # type: ignore[return-value]
    except (KeyError, TypeError):
        return cls(value)


class _Parser:
    """Collects problems while reading one dict; never echoes personal values."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data
        self.problems: list[Problem] = []

    def text(self, key: str, default: str = "") -> str:
        v = self.data.get(key, default)
        if v is None:
            return default
        if not isinstance(v, str):
            self.problems.append(_p(key, "Must be text.", "Muss Text sein."))
            return default
        return v.strip()

    def date_(self, key: str, *, required: bool = False) -> date | None:
        v = self.data.get(key)
        if v in (None, ""):
            if required:
                self.problems.append(_p(key, "A date is required (YYYY-MM-DD).", "Ein Datum ist nötig (JJJJ-MM-TT)."))
            return None
        if isinstance(v, str):
            try:
                return date.fromisoformat(v)
            except ValueError:
                pass
        self.problems.append(
            _p(key, "Not a date; write it as YYYY-MM-DD.", "Kein Datum; bitte als JJJJ-MM-TT angeben.")
        )
        return None

    def int_(self, key: str, default: int | None = None, *, required: bool = False) -> int | None:
        v = self.data.get(key)
        if v is None:
            if required:
                self.problems.append(_p(key, "A number is required.", "Eine Zahl ist nötig."))
            return default
        if isinstance(v, bool) or not isinstance(v, int):
            self.problems.append(_p(key, "Must be a whole number.", "Muss eine ganze Zahl sein."))
            return default
        return v

    def bool_(self, key: str, default: bool | None) -> bool | None:
        v = self.data.get(key, default)
        if v is None or isinstance(v, bool):
            return v
        self.problems.append(_p(key, "Must be true or false.", "Muss true oder false sein."))
        return default

    def enum(self, key: str, cls: type[E], default: E | None) -> E | None:
        v = self.data.get(key)
        if v is None:
            return default
        try:
            return _member(cls, v)
        except ValueError:
            allowed = ", ".join(m.value for m in cls)
            self.problems.append(
                _p(key, f"Unknown value; allowed: {allowed}.", f"Unbekannter Wert; erlaubt: {allowed}.")
            )
            return default

    def enum_set(self, key: str, cls: type[E], default: frozenset[E]) -> frozenset[E]:
        v = self.data.get(key)
        if v is None:
            return default
        if not isinstance(v, list):
            self.problems.append(_p(key, "Must be a list.", "Muss eine Liste sein."))
            return default
        out = set()
        for item in v:
            try:
                out.add(_member(cls, item))
            except ValueError:
                allowed = ", ".join(m.value for m in cls)
                self.problems.append(
                    _p(
                        key,
                        f"Unknown value in the list; allowed: {allowed}.",
                        f"Unbekannter Wert in der Liste; erlaubt: {allowed}.",
                    )
                )
        return frozenset(out)

    def country(self, key: str) -> str:
        v = self.text(key, "ZZ").upper() or "ZZ"
        return v


def _req(value: E | None, fallback: E) -> E:
    return fallback if value is None else value


def client_from_dict(d: Mapping[str, Any], today: date) -> Client:
    p = _Parser(d)
    c = Client(
        first_name=p.text("first_name"),
        last_name=p.text("last_name"),
        birth_date=p.date_("birth_date"),
        gender=_req(p.enum("gender", Gender, Gender.NOT_STATED), Gender.NOT_STATED),
        phone=p.text("phone"),
        email=p.text("email"),
        postcode=p.text("postcode"),
        nationality=p.country("nationality"),
        qualification_country=p.country("qualification_country"),
        arrival_year=p.int_("arrival_year"),
        residence_status=_req(p.enum("residence_status", ResidenceStatus, None), ResidenceStatus.UNKNOWN),
        german_level=_req(p.enum("german_level", GermanLevel, None), GermanLevel.UNKNOWN),
        qualification_level=_req(p.enum("qualification_level", QualificationLevel, None), QualificationLevel.OTHER),
        occupation_code=p.text("occupation_code") or None,
        regulated_profession=p.bool_("regulated_profession", None),
        consent_date=p.date_("consent_date"),
        consent_scope=p.enum("consent_scope", ConsentScope, None),
        notes=p.text("notes"),
        anonymous=bool(p.bool_("anonymous", False)),
        pseudonym=p.text("pseudonym"),
    )
    _raise(p.problems + validate_client(c, today))
    return c


def session_from_dict(d: Mapping[str, Any], client_id: str, *, site_id: str, counsellor: str) -> CounsellingSession:
    """Parse only; the caller validates with the client's history (:func:`validate_session`)."""
    p = _Parser(d)
    s = CounsellingSession(
        client_id=client_id,
        date=p.date_("date", required=True) or date.min,
        kind=_req(p.enum("kind", SessionKind, SessionKind.INITIAL), SessionKind.INITIAL),
        topics=p.enum_set("topics", Topic, frozenset({Topic.RECOGNITION})),
        duration_minutes=p.int_("duration_minutes", 60) or 0,
        site_id=p.text("site_id") or site_id,
        counsellor=p.text("counsellor") or counsellor,
        channel=_req(p.enum("channel", Channel, Channel.IN_PERSON), Channel.IN_PERSON),
        language=_req(p.enum("language", Language, Language.DE), Language.DE),
        interpreter=bool(p.bool_("interpreter", False)),
        referred_by=_req(p.enum("referred_by", ReferredBy, ReferredBy.SELF), ReferredBy.SELF),
        outcomes=p.enum_set("outcomes", Outcome, frozenset()),
        next_appointment=p.date_("next_appointment"),
        notes=p.text("notes"),
    )
    _raise(p.problems)
    return s


def training_from_dict(d: Mapping[str, Any], client_id: str) -> TrainingParticipation:
    p = _Parser(d)
    t = TrainingParticipation(
        client_id=client_id,
        start=p.date_("start", required=True) or date.min,
        format=_req(p.enum("format", TrainingFormat, TrainingFormat.INDIVIDUAL), TrainingFormat.INDIVIDUAL),
        training_type=_req(p.enum("training_type", TrainingType, None), TrainingType.BRIDGE_TRAINING),
        end=p.date_("end"),
        status=_req(p.enum("status", TrainingStatus, TrainingStatus.ONGOING), TrainingStatus.ONGOING),
        scheme_id=p.text("scheme_id") or None,
    )
    _raise(p.problems)
    return t


def scheme_from_dict(d: Mapping[str, Any], today: date) -> JobTrainingScheme:
    """``format`` and ``training_type`` are required (a scheme is only worth recording with both)."""
    p = _Parser(d)
    fmt = p.enum("format", TrainingFormat, None)
    kind = p.enum("training_type", TrainingType, None)
    for key, value in (("format", fmt), ("training_type", kind)):
        if value is None and d.get(key) is None:
            p.problems.append(_p(key, "A value is required.", "Ein Wert ist nötig."))
    s = JobTrainingScheme(
        format=_req(fmt, TrainingFormat.INDIVIDUAL),
        training_type=_req(kind, TrainingType.BRIDGE_TRAINING),
        start=p.date_("start", required=True) or date.min,
        provider=p.text("provider"),
    )
    _raise(p.problems + validate_scheme(s, today))
    return s


def event_from_dict(d: Mapping[str, Any], today: date, *, site_id: str) -> GroupEvent:
    p = _Parser(d)
    e = GroupEvent(
        date=p.date_("date", required=True) or date.min,
        format=_req(p.enum("format", EventFormat, EventFormat.INFORMATION_EVENT), EventFormat.INFORMATION_EVENT),
        audience=_req(p.enum("audience", Audience, Audience.MIGRANTS), Audience.MIGRANTS),
        topic=_req(p.enum("topic", EventTopic, EventTopic.RECOGNITION), EventTopic.RECOGNITION),
        participants=p.int_("participants", required=True) or 0,
        site_id=p.text("site_id") or site_id,
    )
    _raise(p.problems + validate_event(e, today))
    return e


def _raise(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)


RecordParser = Callable[..., Record]
PARSERS: dict[RecordType, RecordParser] = {
    RecordType.CLIENT: client_from_dict,
    RecordType.SESSION: session_from_dict,
    RecordType.TRAINING: training_from_dict,
    RecordType.EVENT: event_from_dict,
    RecordType.SCHEME: scheme_from_dict,
}


# --- clean records: duplicates and first contacts (issue 11) ---------------------------------------


class DuplicateReason(StrEnum):
    """Why two clients look like the same person (their names match, and ...)."""

    NAME_BIRTH_DATE = "name_birth_date"
    NAME_PHONE = "name_phone"
    NAME_EMAIL = "name_email"


def fold_name(text: str) -> str:
    """A name as duplicates compare it: case, accents and spaces ignored (``"Müller Ştefan"`` and
    ``"mullerstefan"`` are equal)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch) and not ch.isspace())


def phone_key(phone: str) -> str:
    """A phone number's digits, with the German country code as a leading 0 (+49 30 1234 = 030 1234)."""
    digits = re.sub(r"\D", "", phone)
    if phone.strip().startswith("+49"):
        return "0" + digits[2:]
    if digits.startswith("0049"):
        return "0" + digits[4:]
    return digits


def duplicate_reason(
    a: tuple[str, str, date | None, str, str], b: tuple[str, str, date | None, str, str]
) -> DuplicateReason | None:
    """Whether two clients ``(first_name, last_name, birth_date, phone, email)`` look like one person:
    the same first and last name, and the same birth date, phone number or e-mail address."""
    if not (fold_name(a[0]) and fold_name(a[1])):
        return None
    if (fold_name(a[0]), fold_name(a[1])) != (fold_name(b[0]), fold_name(b[1])):
        return None
    if a[2] is not None and a[2] == b[2]:
        return DuplicateReason.NAME_BIRTH_DATE
    if phone_key(a[3]) and len(phone_key(a[3])) >= 5 and phone_key(a[3]) == phone_key(b[3]):
        return DuplicateReason.NAME_PHONE
    if a[4].strip() and a[4].strip().casefold() == b[4].strip().casefold():
        return DuplicateReason.NAME_EMAIL
    return None


def initials_after_removal(sessions: Iterable[CounsellingSession]) -> dict[str, SessionKind]:
    """After an initial session was deleted (voided): the kinds that must change so that the person's
    remaining history keeps the first-contact rule. A follow-up with no initial session on or before it
    becomes the initial session (the first contact now on record); then :func:`reconcile_initials`.
    Returns session id -> new kind."""
    ordered = sorted(sessions, key=lambda x: (x.date, x.id))
    changes: dict[str, SessionKind] = {}
    if ordered and ordered[0].kind is SessionKind.FOLLOW_UP:
        changes[ordered[0].id] = SessionKind.INITIAL
    kinds = [replace(s, kind=changes.get(s.id, s.kind)) for s in ordered]
    return {**changes, **reconcile_initials(kinds)}


def reconcile_initials(sessions: Iterable[CounsellingSession]) -> dict[str, SessionKind]:
    """After two clients were merged: the kinds that must change so that the person's history keeps
    the first-contact rule. Oldest first, an initial session stays initial when it opens a case (no
    initial session of the same counselling type in the :data:`NEW_CASE_AFTER_MONTHS` before it);
    otherwise it becomes a follow-up of the earlier one. Returns session id -> new kind."""
    opened: dict[CounsellingType, date] = {}
    changes: dict[str, SessionKind] = {}
    for s in sorted(sessions, key=lambda x: (x.date, x.id)):
        if s.kind is not SessionKind.INITIAL:
            continue
        types = counselling_types(s.topics)
        if any(t in opened and not is_new_case(opened[t], s.date) for t in types):
            changes[s.id] = SessionKind.FOLLOW_UP
            continue
        for t in types:
            opened[t] = s.date
    return changes
