"""Synthetic demo records for training and benchmarks: plausible, valid, and about nobody.

``generate(n)`` makes *n* counselling sessions for about *n*/2 clients (one initial session each,
then follow-ups), job-training participations for about one client in six and a group event per
twenty sessions, dated within the last two years. Course-based participations are grouped into
job-training schemes (about one scheme per twelve participants); most individual participations
have no scheme (each is its own individually tailored scheme), a few an explicit individual one.
Events include consultations with labour-market and business stakeholders and events of the regional
skilled worker networks. Names come from small built-in lists of invented names; contact data uses
``example.org`` addresses and ``0000``-padded numbers; providers are invented "Demo" names.

On top (from a second random stream, so the records above stay the same for a seed): a few clients are
anonymous (no name, birth date or contact data; a pseudonym), next appointments get a time and one of
a few invented stops, and about a third of the clients counselled on recognition get a recognition
procedure in some state (pending, decided, with a compensation measure linked to their training).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Any

from iq_desktop.domain import reference, rules
from iq_desktop.domain.codes import (
    Audience,
    Channel,
    Compensation,
    ConsentScope,
    EventFormat,
    EventTopic,
    Gender,
    GermanLevel,
    Language,
    Outcome,
    ProcedureDecision,
    QualificationLevel,
    ReferredBy,
    ResidenceStatus,
    SessionKind,
    Topic,
    TrainingFormat,
    TrainingStatus,
    TrainingType,
)
from iq_desktop.domain.records import (
    Client,
    CounsellingSession,
    GroupEvent,
    JobTrainingScheme,
    RecognitionProcedure,
    TrainingParticipation,
)
from iq_desktop.services.vault import Vault

FIRST_NAMES = (
    "Amina", "Samir", "Olena", "Dmytro", "Leyla", "Karim", "Nour", "Yusuf", "Mariam", "Tarek", "Ana", "Mateo",
    "Priya", "Arjun", "Chen", "Mei", "Fatma", "Emre", "Zainab", "Idris", "Sofia", "Luca", "Irina", "Pavel",
    "Hadiya", "Omid", "Selam", "Dawit", "Ngozi", "Chidi", "Rosa", "Tiago", "Linh", "Minh", "Aylin", "Bekir",
)  # fmt: skip
LAST_NAMES = (
    "Demotrova", "Beispielova", "Musterhan", "Testaoui", "Probenko", "Fiktivi", "Exempelez", "Dummyoglu",
    "Sampleton", "Platzhalter", "Vorlagic", "Erfundeni", "Trainingsky", "Schulungsen", "Modellova", "Attrappe",
    "Simulatoru", "Probstein", "Demirdemo", "Kunstmann", "Fabelli", "Entwurfowa", "Skizzenko", "Phantasio",
)  # fmt: skip
_TOPIC_MIX: tuple[tuple[frozenset[Topic], int], ...] = (
    (frozenset({Topic.RECOGNITION}), 50),
    (frozenset({Topic.JOB_TRAINING}), 12),
    (frozenset({Topic.RECOGNITION, Topic.JOB_TRAINING}), 14),
    (frozenset({Topic.FI_WAGES}), 5),
    (frozenset({Topic.FI_WORKING_TIME, Topic.FI_WAGES}), 3),
    (frozenset({Topic.FI_DISMISSAL}), 3),
    (frozenset({Topic.FI_EMPLOYMENT_CONTRACT}), 4),
    (frozenset({Topic.FI_HEALTH_INSURANCE}), 2),
    (frozenset({Topic.FI_LEAVE}), 2),
    (frozenset({Topic.FI_OTHER}), 2),
)
_RESIDENCE = {
    ResidenceStatus.RESIDENCE_PERMIT: 25, ResidenceStatus.HUMANITARIAN_PROTECTION: 18, ResidenceStatus.EU_CITIZEN: 12,
    ResidenceStatus.SETTLEMENT_PERMIT: 8, ResidenceStatus.BLUE_CARD: 6, ResidenceStatus.VISA: 6,
    ResidenceStatus.ASYLUM_SEEKER: 8, ResidenceStatus.TOLERATION: 4, ResidenceStatus.GERMAN_CITIZEN: 5,
    ResidenceStatus.OTHER: 3, ResidenceStatus.UNKNOWN: 5,
}  # fmt: skip
_GERMAN = {
    GermanLevel.NONE: 6,
    GermanLevel.A1: 12,
    GermanLevel.A2: 15,
    GermanLevel.B1: 25,
    GermanLevel.B2: 20,
    GermanLevel.C1: 12,
    GermanLevel.C2: 4,
    GermanLevel.UNKNOWN: 6,
}
_QUALIFICATION = {
    QualificationLevel.ACADEMIC: 55,
    QualificationLevel.VOCATIONAL: 35,
    QualificationLevel.OTHER: 7,
    QualificationLevel.NONE: 3,
}
_GENDER = {Gender.FEMALE: 48, Gender.MALE: 48, Gender.DIVERSE: 1, Gender.NOT_STATED: 3}
_CHANNEL = {Channel.IN_PERSON: 55, Channel.PHONE: 20, Channel.VIDEO: 15, Channel.EMAIL: 10}
_REFERRED = {
    ReferredBy.JOB_CENTRE: 30,
    ReferredBy.EMPLOYMENT_AGENCY: 15,
    ReferredBy.OTHER_COUNSELLING: 20,
    ReferredBy.SELF: 30,
    ReferredBy.OTHER: 5,
}
_LANGUAGES = (
    Language.DE,
    Language.DE,
    Language.DE,
    Language.EN,
    Language.AR,
    Language.UK,
    Language.RU,
    Language.FA,
    Language.TR,
)
EU_COUNTRIES = ("PL", "RO", "BG", "IT", "GR", "ES", "HR", "HU", "PT", "FR")
_AUDIENCE = {
    Audience.MIGRANTS: 50,
    Audience.LABOUR_MARKET: 20,
    Audience.BUSINESS: 15,
    Audience.SKILLED_WORKER_NETWORK: 15,
}
#: event formats per audience: consultations only with organisations (labour market, business)
_FORMATS: dict[Audience, dict[EventFormat, int]] = {
    Audience.MIGRANTS: {EventFormat.INFORMATION_EVENT: 60, EventFormat.WORKSHOP: 30, EventFormat.TRAINING: 10},
    Audience.LABOUR_MARKET: {
        EventFormat.TRAINING: 35, EventFormat.INFORMATION_EVENT: 15, EventFormat.WORKSHOP: 10,
        EventFormat.CONSULTATION: 40,
    },
    Audience.BUSINESS: {
        EventFormat.TRAINING: 20, EventFormat.INFORMATION_EVENT: 15, EventFormat.WORKSHOP: 15,
        EventFormat.CONSULTATION: 50,
    },
    Audience.SKILLED_WORKER_NETWORK: {EventFormat.INFORMATION_EVENT: 60, EventFormat.WORKSHOP: 40},
}  # fmt: skip
PROVIDERS = ("Demo-Bildungsträger Nord", "Beispiel-Akademie", "Muster-Qualifizierung gGmbH", "Demo-Kolleg Süd")
COURSE_SIZE = (8, 16)  # participants per course-based scheme: about 12
EXPLICIT_INDIVIDUAL = 0.2  # share of individual participations with an explicit scheme record
ANONYMOUS = 0.05  # share of anonymous clients (at least one among ten or more)
PROCEDURE_SHARE = 0.35  # share of clients counselled on recognition with a recognition procedure
STOPS = ("Demo-Rathaus Nord", "Beispiel-Jobcenter Mitte", "Muster-Bibliothek Süd", "Demo-Bürgerhaus West")
AUTHORITIES = (
    "Demo-Landesamt für Gesundheit", "Beispiel-Kammer (IHK FOSA)", "Muster-Bezirksregierung",
    "Demo-Handwerkskammer", "Beispiel-Landesprüfungsamt",
)  # fmt: skip


@dataclass(slots=True)
class DemoRecords:
    clients: list[Client] = field(default_factory=list)
    sessions: list[CounsellingSession] = field(default_factory=list)
    trainings: list[TrainingParticipation] = field(default_factory=list)
    events: list[GroupEvent] = field(default_factory=list)
    schemes: list[JobTrainingScheme] = field(default_factory=list)
    procedures: list[RecognitionProcedure] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "clients": len(self.clients),
            "sessions": len(self.sessions),
            "trainings": len(self.trainings),
            "events": len(self.events),
            "schemes": len(self.schemes),
            "procedures": len(self.procedures),
        }


def _weighted(rng: random.Random, table: dict[Any, int], k: int) -> list[Any]:
    return rng.choices(list(table), weights=list(table.values()), k=k)


class _Gen:
    def __init__(self, rng: random.Random, today: date, site_id: str, counsellor: str) -> None:
        self.rng = rng
        self.today = today
        self.site_id = site_id
        self.counsellor = counsellor
        third = sorted(reference.frequent_third_countries())
        known = reference.countries()
        self.countries = [c for c in third if c in known] or ["ZZ"]
        self.eu = [c for c in EU_COUNTRIES if c in known] or ["ZZ"]
        self.occupations = sorted(reference.occupations())
        self.topic_sets = [t for t, _ in _TOPIC_MIX]
        self.topic_weights = [w for _, w in _TOPIC_MIX]
        self.start = today - timedelta(days=730)

    def client(self, i: int, first_contact: date) -> Client:
        rng = self.rng
        nationality = rng.choice(self.eu) if rng.random() < 0.15 else rng.choice(self.countries)
        age = rng.randint(19, 62)
        birth = date(self.today.year - age, rng.randint(1, 12), rng.randint(1, 28))
        arrival = rng.randint(max(1950, birth.year + 16), self.today.year) if rng.random() < 0.9 else None
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        consent = rng.random() < 0.95
        return Client(
            first_name=first,
            last_name=last,
            birth_date=birth,
            gender=_weighted(rng, _GENDER, 1)[0],
            phone=f"+49 151 {rng.randint(0, 9999):04d} 0000" if rng.random() < 0.8 else "",
            email=f"{first.lower()}.{last.lower()}.{i}@example.org" if rng.random() < 0.7 else "",
            postcode=f"{rng.randint(1067, 99998):05d}" if rng.random() < 0.9 else "",
            nationality=nationality,
            qualification_country=nationality if rng.random() < 0.85 else rng.choice(self.countries),
            arrival_year=arrival,
            residence_status=(
                ResidenceStatus.EU_CITIZEN if nationality in self.eu else _weighted(rng, _RESIDENCE, 1)[0]
            ),
            german_level=_weighted(rng, _GERMAN, 1)[0],
            qualification_level=_weighted(rng, _QUALIFICATION, 1)[0],
            occupation_code=rng.choice(self.occupations) if self.occupations and rng.random() < 0.92 else None,
            regulated_profession=rng.random() < 0.45,
            consent_date=first_contact if consent else None,
            consent_scope=rng.choice(list(ConsentScope)) if consent else None,
            notes="Synthetic demo record." if rng.random() < 0.3 else "",
        )

    def session(self, client_id: str, day: date, kind: SessionKind) -> CounsellingSession:
        rng = self.rng
        topics = rng.choices(self.topic_sets, weights=self.topic_weights, k=1)[0]
        outcomes = {Outcome.INFORMATION_GIVEN}
        if Topic.RECOGNITION in topics and rng.random() < 0.3:
            outcomes.add(rng.choice((Outcome.RECOGNITION_APPLICATION_FILED, Outcome.REFERRED_TO_AUTHORITY)))
        if Topic.JOB_TRAINING in topics and rng.random() < 0.4:
            outcomes.add(Outcome.JOB_TRAINING_RECOMMENDED)
        if rng.random() < 0.3:
            outcomes.add(Outcome.FURTHER_SESSION_NEEDED)
        language = rng.choice(_LANGUAGES)
        nxt = day + timedelta(days=rng.randint(7, 60)) if Outcome.FURTHER_SESSION_NEEDED in outcomes else None
        return CounsellingSession(
            client_id=client_id,
            date=day,
            kind=kind,
            topics=topics,
            duration_minutes=rng.choice((30, 45, 60, 60, 75, 90, 120)),
            site_id=self.site_id,
            counsellor=self.counsellor,
            channel=_weighted(rng, _CHANNEL, 1)[0],
            language=language,
            interpreter=language is not Language.DE and rng.random() < 0.2,
            referred_by=_weighted(rng, _REFERRED, 1)[0],
            outcomes=frozenset(outcomes),
            next_appointment=nxt,
            notes="Demo: discussed the next steps." if rng.random() < 0.2 else "",
        )

    def day_between(self, start: date, end: date) -> date:
        span = max(0, (end - start).days)
        return start + timedelta(days=self.rng.randint(0, span))

    def training(self, client_id: str, after: date) -> TrainingParticipation:
        rng = self.rng
        start = self.day_between(after, min(self.today, after + timedelta(days=120)))
        end_planned = start + timedelta(days=rng.randint(60, 400))
        if end_planned >= self.today:
            status, end = TrainingStatus.ONGOING, (end_planned if rng.random() < 0.5 else None)
        else:
            status, end = (TrainingStatus.DROPPED if rng.random() < 0.12 else TrainingStatus.COMPLETED), end_planned
        return TrainingParticipation(
            client_id=client_id,
            start=start,
            format=rng.choice(list(TrainingFormat)),
            training_type=rng.choice(list(TrainingType)),
            end=end,
            status=status,
        )

    def event(self) -> GroupEvent:
        rng = self.rng
        audience = _weighted(rng, _AUDIENCE, 1)[0]
        fmt = _weighted(rng, _FORMATS[audience], 1)[0]
        return GroupEvent(
            date=self.day_between(self.start, self.today),
            format=fmt,
            audience=audience,
            topic=rng.choice(list(EventTopic)),
            participants=rng.randint(1, 4) if fmt is EventFormat.CONSULTATION else rng.randint(4, 60),
            site_id=self.site_id,
        )

    def schemes(self, trainings: list[TrainingParticipation]) -> list[JobTrainingScheme]:
        """Group the course-based participations (per training type, in order of start) into courses of
        about twelve; give a few individual participations an explicit scheme. Sets their
        ``scheme_id`` (and a course's type on its participants)."""
        rng = self.rng
        out: list[JobTrainingScheme] = []
        for kind in TrainingType:
            course = sorted(
                (t for t in trainings if t.format is TrainingFormat.COURSE_BASED and t.training_type is kind),
                key=lambda t: (t.start, t.id),
            )
            while course:
                size = rng.randint(*COURSE_SIZE)
                members, course = course[:size], course[size:]
                scheme = JobTrainingScheme(
                    format=TrainingFormat.COURSE_BASED,
                    training_type=kind,
                    start=members[0].start,
                    provider=rng.choice(PROVIDERS),
                )
                out.append(scheme)
                for t in members:
                    t.scheme_id = scheme.id
        for t in trainings:
            if t.format is TrainingFormat.INDIVIDUAL and rng.random() < EXPLICIT_INDIVIDUAL:
                scheme = JobTrainingScheme(
                    format=TrainingFormat.INDIVIDUAL,
                    training_type=t.training_type,
                    start=t.start,
                    provider=rng.choice(PROVIDERS) if rng.random() < 0.5 else "",
                )
                out.append(scheme)
                t.scheme_id = scheme.id
        return out


def generate(
    count: int, *, seed: int | None = None, today: date | None = None, site_id: str = "", counsellor: str = ""
) -> DemoRecords:
    """*count* sessions with their clients, some trainings and events; deterministic for a seed."""
    today = today or date.today()
    gen = _Gen(random.Random(seed), today, site_id, counsellor)  # noqa: S311 - synthetic data, not security
    rng = gen.rng
    out = DemoRecords()
    remaining = count
    i = 0
    while remaining > 0:
        sessions_for_client = min(remaining, 1 + min(6, int(rng.expovariate(0.7))))
        first = gen.day_between(gen.start, today)
        client = gen.client(i, first)
        out.clients.append(client)
        day = first
        for n in range(sessions_for_client):
            out.sessions.append(gen.session(client.id, day, SessionKind.INITIAL if n == 0 else SessionKind.FOLLOW_UP))
            day = gen.day_between(day, min(today, day + timedelta(days=90)))
        if rng.random() < 0.17:
            out.trainings.append(gen.training(client.id, first))
        remaining -= sessions_for_client
        i += 1
    out.events = [gen.event() for _ in range(max(1, count // 20))]
    out.schemes = gen.schemes(out.trainings)
    _extras(out, random.Random(rng.random()), today)  # noqa: S311 - a second stream: the records above stay
    return out


def _extras(out: DemoRecords, rng: random.Random, today: date) -> None:
    """Anonymous clients, appointment times and places, recognition procedures (see the module text)."""
    first_contact: dict[str, date] = {}
    recognition: set[str] = set()
    for s in out.sessions:
        first_contact[s.client_id] = min(s.date, first_contact.get(s.client_id, s.date))
        if Topic.RECOGNITION in s.topics:
            recognition.add(s.client_id)
        if s.next_appointment is not None:
            s.appointment_time = time(rng.choice((9, 10, 11, 13, 14, 15, 16)), rng.choice((0, 15, 30, 45)))
            s.appointment_place = rng.choice(STOPS)
    anonymous = [c for c in out.clients if rng.random() < ANONYMOUS]
    if not anonymous and len(out.clients) >= 10:
        anonymous = [rng.choice(out.clients)]
    per_day: dict[date, int] = {}
    for c in anonymous:
        day = first_contact.get(c.id, today)
        per_day[day] = per_day.get(day, 0) + 1
        c.first_name = c.last_name = c.phone = c.email = c.postcode = ""
        c.birth_date = None
        c.arrival_year = None
        c.anonymous, c.pseudonym = True, rules.pseudonym(day, per_day[day])
    trainings: dict[str, TrainingParticipation] = {}
    for t in out.trainings:
        trainings.setdefault(t.client_id, t)
    occupations = sorted(reference.occupations())
    for c in out.clients:
        if c.id in recognition and rng.random() < PROCEDURE_SHARE and occupations:
            out.procedures.append(_procedure(rng, c, first_contact[c.id], trainings.get(c.id), today, occupations))


def _procedure(
    rng: random.Random,
    c: Client,
    first: date,
    training: TrainingParticipation | None,
    today: date,
    occupations: list[str],
) -> RecognitionProcedure:
    p = RecognitionProcedure(
        client_id=c.id,
        occupation_code=c.occupation_code or rng.choice(occupations),
        regulated=c.regulated_profession,
        authority=rng.choice(AUTHORITIES) if rng.random() < 0.8 else "",
    )
    if rng.random() < 0.15:  # still preparing the application
        p.documents_complete = rng.random() < 0.3
        return p
    applied = first + timedelta(days=rng.randint(0, max(0, min(90, (today - first).days))))
    p.applied = applied
    p.documents_complete = rng.random() < 0.8
    p.grant_applied = rng.random() < 0.25
    waited = (today - applied).days
    if waited < 60 or rng.random() < 0.35:
        return p  # pending (some for many months: the agenda shows them)
    p.documents_complete = True
    p.decided = applied + timedelta(days=rng.randint(30, min(waited, 240)))
    p.decision = rng.choices(
        (ProcedureDecision.FULL, ProcedureDecision.PARTIAL, ProcedureDecision.REJECTED, ProcedureDecision.WITHDRAWN),
        weights=(45, 35, 12, 8),
    )[0]
    if p.decision is ProcedureDecision.PARTIAL and rng.random() < 0.7:
        if training is not None:
            p.compensation = (
                Compensation.BRIDGE_TRAINING
                if training.training_type is TrainingType.BRIDGE_TRAINING
                else rng.choice((Compensation.ADAPTATION_PERIOD, Compensation.APTITUDE_TEST))
            )
            p.training_id = training.id
        else:
            p.compensation = rng.choice(list(Compensation)[1:])
    return p


def create_demo_data(vault: Vault, count: int, *, seed: int | None = None) -> dict[str, int]:
    """Generate and save demo records in one transaction (the bulk path; audited as an import); returns
    the counts."""
    from iq_desktop.services.batch import save_batch
    from iq_desktop.services.importing import paused_gc

    site = vault.site
    with paused_gc():
        records = generate(count, seed=seed, site_id=site.site_id if site else "", counsellor=vault.user)
        save_batch(
            vault,
            clients=records.clients,
            sessions=records.sessions,
            trainings=records.trainings,
            events=records.events,
            schemes=records.schemes,
            procedures=records.procedures,  # laptop only: no figure counts them
            action="import",
        )
    return records.counts()
