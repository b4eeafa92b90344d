"""The figures of "IQ in figures" (``shared/seeds/002``): one definition of every figure, used by the
site's own figures on the laptop, by the contributions the laptop sends, and by the server's report.

* :data:`DEFINITIONS` says in one sentence what each figure counts (GUI tooltips, the report's
  ``definitions`` list, ``docs/privacy.md``).
* :func:`count` computes a site's cells for one period from its records (:class:`SiteFacts`), with the
  person known: distinct-person figures are exact here and nowhere else. With a ``key`` function it
  also sums each cell's unit keys (the cell key method: see ``docs/disclosure-control.md``).
* :func:`derive` adds the figures that are sums of sent cells (schemes in all, completers by the
  reference date); :func:`build_sections` lays out the sections for every renderer.

Cell ids are ``section.figure`` (``initial.total``, ``fi.individuals``, ``occupation.814``,
``training.completers.2019-07``, ...); only the ids :func:`is_cell_id` accepts can be sent.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final

from iq_desktop.domain import reference
from iq_desktop.domain.codes import (
    FAIR_INTEGRATION_TOPICS,
    Audience,
    EventFormat,
    EventTopic,
    SessionKind,
    Topic,
    TrainingFormat,
    TrainingStatus,
)

#: Columns of initial advisory sessions by topic combination (their sum is ``initial.total``).
COLS: Final = ("recognition", "job_training", "combined")
COL_LABELS: Final = {
    "recognition": "of which recognition counselling only",
    "job_training": "of which job-training counselling only",
    "combined": "of which recognition and job-training combined",
}
STAKEHOLDERS: Final = ("labour_market", "business")
STAKEHOLDER_FIGURES: Final = ("trainings", "trainings_participants", "events", "events_participants", "consultations")
KEY_BITS: Final = 32
KEY_MASK: Final = (1 << KEY_BITS) - 1

_FIXED: Final = (
    "initial.total", *(f"initial.{c}" for c in COLS),
    "fi.individuals", "fi.events", "fi.participants",
    "schemes.course_based", "schemes.individual", "training.individuals",
    *(f"stakeholders.{a}.{f}" for a in STAKEHOLDERS for f in STAKEHOLDER_FIGURES),
    "swn.individuals",
)  # fmt: skip
FIXED_CELLS: Final = frozenset(_FIXED)
_OCCUPATION = re.compile(r"^occupation\.([0-9]{3})$")
_COMPLETERS = re.compile(r"^training\.completers\.(20[0-9]{2})-(0[1-9]|1[0-2])$")

#: What every published figure counts, one sentence each (``occupation.*`` and the state rows share one).
DEFINITIONS: Final[dict[str, str]] = {
    "initial.total": "Initial advisory sessions in the period whose topics include recognition and/or job-training "
    "counselling (Fair Integration sessions are counted in their own section).",
    "initial.recognition": "Initial advisory sessions in the period with recognition counselling and no job-training "
    "counselling.",
    "initial.job_training": "Initial advisory sessions in the period with job-training counselling and no recognition "
    "counselling.",
    "initial.combined": "Initial advisory sessions in the period with both recognition and job-training counselling.",
    "fi.individuals": "Distinct people with at least one Fair Integration session (initial or follow-up) in the "
    "period, counted once per site.",
    "fi.events": "Group events for migrants on Fair Integration held in the period.",
    "fi.participants": "Participants in those Fair Integration group events (the sum of each event's participants).",
    "schemes.total": "Job-training schemes started in the period (course-based and individually tailored).",
    "schemes.course_based": "Course-based job-training schemes started in the period (a course counts once, "
    "whatever its number of participants).",
    "schemes.individual": "Individually tailored job-training schemes started in the period (a participation "
    "without a scheme is its own individually tailored scheme).",
    "training.individuals": "Distinct people who started a job-training scheme in the period, counted once per site.",
    "training.completers": "Distinct people who started a scheme in the period and completed it successfully by the "
    "reference date (completions are counted by month: the reference date's whole month counts).",
    **{
        f"stakeholders.{a}.{f}": text.format(who=who)
        for a, who in (("labour_market", "labour-market stakeholders"), ("business", "business stakeholders"))
        for f, text in (
            ("trainings", "Trainings for {who} held in the period."),
            ("trainings_participants", "Participants in those trainings (the sum of each training's participants)."),
            ("events", "Other events (information events, workshops) for {who} held in the period."),
            ("events_participants", "Participants in those events (the sum of each event's participants)."),
            ("consultations", "Advisory sessions (consultations) with {who} in the period."),
        )
    },
    "swn.individuals": "Individuals reached by the regional skilled worker networks (immigration): participants of "
    "all their events, trainings and consultations in the period.",
    "occupation": "Initial advisory sessions counted above, by the reference occupation's KldB 2010 occupational "
    "group (3 digits); the five largest groups are shown.",
    "state": "Initial advisory sessions counted above, by the federal state of the advice site.",
}


#: The same sentences in German (the desktop's tooltips).
DEFINITIONS_DE: Final[dict[str, str]] = {
    "initial.total": "Erstberatungen im Zeitraum mit Anerkennungs- und/oder Qualifizierungsberatung "
    "(Beratungen zur Fairen Integration zählen in ihrem eigenen Abschnitt).",
    "initial.recognition": "Erstberatungen im Zeitraum mit Anerkennungsberatung ohne Qualifizierungsberatung.",
    "initial.job_training": "Erstberatungen im Zeitraum mit Qualifizierungsberatung ohne Anerkennungsberatung.",
    "initial.combined": "Erstberatungen im Zeitraum mit Anerkennungs- und Qualifizierungsberatung.",
    "fi.individuals": "Verschiedene Personen mit mindestens einer Beratung zur Fairen Integration (Erst- oder "
    "Folgeberatung) im Zeitraum, je Beratungsstelle einmal gezählt.",
    "fi.events": "Gruppenveranstaltungen für Migrantinnen und Migranten zu Fair Integration im Zeitraum.",
    "fi.participants": "Teilnehmende dieser Veranstaltungen zur Fairen Integration (Summe der Teilnehmenden).",
    "schemes.total": "Im Zeitraum begonnene Qualifizierungsmaßnahmen (kursförmig und individuell).",
    "schemes.course_based": "Im Zeitraum begonnene kursförmige Qualifizierungsmaßnahmen (ein Kurs zählt einmal, "
    "gleich wie viele teilnehmen).",
    "schemes.individual": "Im Zeitraum begonnene individuelle Qualifizierungsmaßnahmen (eine Teilnahme ohne "
    "Maßnahme ist ihre eigene individuelle Maßnahme).",
    "training.individuals": "Verschiedene Personen, die im Zeitraum eine Qualifizierungsmaßnahme begonnen haben, je "
    "Beratungsstelle einmal gezählt.",
    "training.completers": "Verschiedene Personen, die im Zeitraum eine Maßnahme begonnen und sie bis zum Stichtag "
    "erfolgreich abgeschlossen haben (nach Monaten gezählt: der ganze Monat des Stichtags zählt).",
    **{
        f"stakeholders.{a}.{f}": text.format(who=who)
        for a, who in (("labour_market", "Arbeitsmarktakteure"), ("business", "Unternehmen und Wirtschaft"))
        for f, text in (
            ("trainings", "Schulungen für {who} im Zeitraum."),
            ("trainings_participants", "Teilnehmende dieser Schulungen (Summe der Teilnehmenden)."),
            ("events", "Andere Veranstaltungen (Informationsveranstaltungen, Workshops) für {who} im Zeitraum."),
            ("events_participants", "Teilnehmende dieser Veranstaltungen (Summe der Teilnehmenden)."),
            ("consultations", "Beratungen (Konsultationen) für {who} im Zeitraum."),
        )
    },
    "swn.individuals": "Von den regionalen Fachkräftenetzwerken (Einwanderung) erreichte Personen: Teilnehmende "
    "aller ihrer Veranstaltungen, Schulungen und Beratungen im Zeitraum.",
    "occupation": "Die oben gezählten Erstberatungen nach der Berufsgruppe (KldB 2010, 3-stellig) des "
    "Referenzberufs; die fünf größten Gruppen werden gezeigt.",
    "state": "Die oben gezählten Erstberatungen nach dem Bundesland der Beratungsstelle.",
}


def definition(cell_id: str, lang: str = "en") -> str:
    """The sentence that says what ``cell_id`` counts (``lang`` "en" or "de")."""
    table = DEFINITIONS_DE if lang == "de" else DEFINITIONS
    if cell_id in table:
        return table[cell_id]
    if cell_id.startswith("training.completers"):
        return table["training.completers"]
    head = cell_id.split(".", 1)[0]
    return table.get(head, "")


def is_cell_id(cell_id: str) -> bool:
    """Whether a laptop may send this cell: a fixed figure, an occupational group, a completion month."""
    if cell_id in FIXED_CELLS:
        return True
    m = _OCCUPATION.match(cell_id)
    if m:
        return m.group(1) in reference.occupation_groups()
    return _COMPLETERS.match(cell_id) is not None


def topic_column(topics: Iterable[Topic | str]) -> str | None:
    """Which column of initial advisory sessions a session's topics fall in (None: not counted there)."""
    ts = {str(t) for t in topics}
    rec, jt = "recognition" in ts, "job_training" in ts
    return "combined" if rec and jt else "recognition" if rec else "job_training" if jt else None


# --- the site's records, as the figures see them (built by the services; never sent) ------------------


@dataclass(frozen=True, slots=True)
class SessionFact:
    id: str
    person: str  # the client's id: known on the laptop only
    date: date
    kind: SessionKind
    topics: frozenset[Topic]
    occupation_group: str | None = None


@dataclass(frozen=True, slots=True)
class SchemeFact:
    id: str
    format: TrainingFormat
    start: date


@dataclass(frozen=True, slots=True)
class TrainingFact:
    id: str
    person: str
    start: date
    status: TrainingStatus
    end: date | None
    scheme: SchemeFact  # its scheme, or its own implicit individual scheme


@dataclass(frozen=True, slots=True)
class EventFact:
    id: str
    date: date
    format: EventFormat
    audience: Audience
    topic: EventTopic
    participants: int


@dataclass(frozen=True)
class SiteFacts:
    sessions: Sequence[SessionFact] = ()
    trainings: Sequence[TrainingFact] = ()
    schemes: Sequence[SchemeFact] = ()  # explicit schemes (also those without participants yet)
    events: Sequence[EventFact] = ()

    def dates(self) -> Iterable[date]:
        yield from (s.date for s in self.sessions)
        yield from (t.start for t in self.trainings)
        yield from (s.start for s in self.schemes)
        yield from (e.date for e in self.events)


#: ``key(unit, cell)``: a unit's 32-bit key for one cell (of one period), from a secret on the laptop.
KeyFn = Callable[[str, str], int]


@dataclass
class Cells:
    """Cell id -> count, and (with a key function) cell id -> sum of the counted units' keys."""

    n: dict[str, int] = field(default_factory=dict)
    k: dict[str, int] = field(default_factory=dict)


class _Counter:
    def __init__(self, key: KeyFn | None) -> None:
        self.key = key
        self.cells = Cells()

    def add(self, cell: str, unit: str, amount: int = 1) -> None:
        n = self.cells.n
        n[cell] = n.get(cell, 0) + amount
        if self.key is not None:
            k = self.cells.k
            k[cell] = (k.get(cell, 0) + self.key(unit, cell)) & KEY_MASK


def count(facts: SiteFacts, start: date, end: date, *, key: KeyFn | None = None) -> Cells:
    """The site's cells for the days ``start``..``end`` (inclusive). Cells that count nothing are left
    out (a missing cell is 0)."""
    c = _Counter(key)
    fi_people: set[str] = set()
    for s in facts.sessions:
        if not start <= s.date <= end:
            continue
        if s.kind == SessionKind.INITIAL:
            col = topic_column(s.topics)
            if col is not None:
                c.add("initial.total", s.id)
                c.add(f"initial.{col}", s.id)
                if s.occupation_group:
                    c.add(f"occupation.{s.occupation_group}", s.id)
        if s.topics & FAIR_INTEGRATION_TOPICS:
            fi_people.add(s.person)
    for person in sorted(fi_people):
        c.add("fi.individuals", person)

    schemes: dict[str, SchemeFact] = {s.id: s for s in facts.schemes}
    commencing: set[str] = set()
    completed: dict[str, date] = {}
    for t in facts.trainings:
        schemes.setdefault(t.scheme.id, t.scheme)
        if not start <= t.start <= end:
            continue
        commencing.add(t.person)
        if t.status == TrainingStatus.COMPLETED and t.end is not None:
            first = completed.get(t.person)
            completed[t.person] = t.end if first is None else min(first, t.end)
    for scheme in sorted(schemes.values(), key=lambda s: s.id):
        if start <= scheme.start <= end:
            c.add(f"schemes.{scheme.format.value}", scheme.id)
    for person in sorted(commencing):
        c.add("training.individuals", person)
    for person, day in sorted(completed.items()):
        c.add(f"training.completers.{day.year:04d}-{day.month:02d}", person)

    for e in facts.events:
        if not start <= e.date <= end:
            continue
        if e.audience == Audience.MIGRANTS and e.topic == EventTopic.FAIR_INTEGRATION:
            c.add("fi.events", e.id)
            c.add("fi.participants", e.id, e.participants)
        elif e.audience in (Audience.LABOUR_MARKET, Audience.BUSINESS):
            base = f"stakeholders.{e.audience.value}"
            if e.format == EventFormat.CONSULTATION:
                c.add(f"{base}.consultations", e.id)
            elif e.format == EventFormat.TRAINING:
                c.add(f"{base}.trainings", e.id)
                c.add(f"{base}.trainings_participants", e.id, e.participants)
            else:
                c.add(f"{base}.events", e.id)
                c.add(f"{base}.events_participants", e.id, e.participants)
        elif e.audience == Audience.SKILLED_WORKER_NETWORK:
            c.add("swn.individuals", e.id, e.participants)
    return c.cells


def completion_month(cell_id: str) -> str | None:
    """``training.completers.2019-07`` -> ``2019-07`` (None for other cells)."""
    m = _COMPLETERS.match(cell_id)
    return f"{m.group(1)}-{m.group(2)}" if m else None


#: A cell as summed over sites: (count, key sum modulo 2**32).
Summed = tuple[int, int]


def derive(cells: Mapping[str, Summed], as_of: date) -> dict[str, Summed]:
    """The published base cells from summed sent cells: every fixed cell (0 if absent), the
    occupational groups, and the sums ``schemes.total`` and ``training.completers`` (months up to the
    reference date's month)."""
    out: dict[str, Summed] = {c: cells.get(c, (0, 0)) for c in _FIXED}
    for cid, value in cells.items():
        if cid.startswith("occupation."):
            out[cid] = value

    def total(ids: Iterable[str]) -> Summed:
        n = k = 0
        for cid in ids:
            cn, ck = cells.get(cid, (0, 0))
            n, k = n + cn, (k + ck) & KEY_MASK
        return n, k

    out["schemes.total"] = total(("schemes.course_based", "schemes.individual"))
    limit = f"{as_of.year:04d}-{as_of.month:02d}"
    out["training.completers"] = total(
        cid for cid in cells if (month := completion_month(cid)) is not None and month <= limit
    )
    return out


def top_occupations(values: Mapping[str, int], n: int = 5, minimum: int = 1) -> list[str]:
    """The ``n`` largest occupational groups by value (ties by code), at least ``minimum`` each."""
    ranked = sorted(
        ((v, cid.split(".", 1)[1]) for cid, v in values.items() if cid.startswith("occupation.") and v >= minimum),
        key=lambda t: (-t[0], t[1]),
    )
    return [g for _, g in ranked[:n]]


def build_sections(
    cell: Callable[[str], dict[str, Any]], top_groups: Sequence[str], states: Sequence[str]
) -> list[dict[str, Any]]:
    """The report's sections; ``cell(id)`` gives a cell (``{"value": n}``), ``top_groups`` the ranked
    KldB occupational groups, ``states`` the federal states with rows (their cells are ``state.XX.col``)."""

    def row(rid: str, label: str, *keys: str) -> dict[str, Any]:
        return {"id": rid, "label": label, "cells": [cell(k) for k in keys], "cell_ids": list(keys)}

    titles = reference.occupation_groups()
    state_names = reference.federal_states()
    by_topic = ("total", *COLS)
    stake = ("trainings", "trainings_participants", "events", "events_participants", "consultations")
    return [
        {"id": "initial", "title": "Initial advisory sessions (recognition and job training)", "columns": ["sessions"],
         "rows": [row("total", "initial advisory sessions", "initial.total"),
                  *[row(c, COL_LABELS[c], f"initial.{c}") for c in COLS]]},
        {"id": "fair_integration", "title": "Fair Integration", "columns": ["count"], "rows": [
            row("individuals", "individuals advised", "fi.individuals"),
            row("events", "group events", "fi.events"),
            row("participants", "participants in these events", "fi.participants")]},
        {"id": "job_training", "title": "Job-training schemes", "columns": ["count"], "rows": [
            row("schemes", "job-training schemes started", "schemes.total"),
            row("course_based", "of which course-based", "schemes.course_based"),
            row("individual", "of which individually tailored", "schemes.individual"),
            row("individuals", "individuals commencing", "training.individuals"),
            row("completers", "successful completers (by the reference date)", "training.completers")]},
        {"id": "stakeholders", "title": "Labour-market and business stakeholders",
         "columns": ["trainings", "participants", "other events", "participants", "consultations"], "rows": [
            row(a, label, *[f"stakeholders.{a}.{f}" for f in stake])
            for a, label in (("labour_market", "labour-market stakeholders"), ("business", "business stakeholders"))]},
        {"id": "skilled_worker_networks", "title": "Regional skilled worker networks – immigration",
         "columns": ["individuals"], "rows": [row("individuals", "individuals reached", "swn.individuals")]},
        {"id": "occupations", "title": "Most frequent reference occupations (KldB 2010 occupational groups, "
         "initial sessions)", "columns": ["sessions"], "rows": [
            row(g, f"{g} {titles[g].title_en}" if g in titles else g, f"occupation.{g}") for g in top_groups]},
        {"id": "states", "title": "Initial advisory sessions by federal state", "columns": list(by_topic), "rows": [
            *[row(s, state_names.get(s, {}).get("name_en", s), *[f"state.{s}.{c}" for c in by_topic])
              for s in states],
            row("all", "all states", *[f"initial.{c}" for c in by_topic])]},
    ]  # fmt: skip


def definitions_list(cell_ids: Iterable[str]) -> list[dict[str, str]]:
    """``[{"cell": id, "definition": sentence}]`` for the report's ``definitions``."""
    seen: dict[str, str] = {}
    for cid in cell_ids:
        head = "state" if cid.startswith("state.") else "occupation" if cid.startswith("occupation.") else cid
        seen.setdefault(head, definition(head if head in DEFINITIONS else cid))
    return [{"cell": c, "definition": d} for c, d in seen.items()]
