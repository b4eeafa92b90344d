"""The sections of "IQ in figures" (``shared/seeds/002``), shared by the server's published report
(``iq_server.services.report``) and the site's own figures on the laptop (``iq_desktop.services.figures``).

Both sides compute a flat mapping of value keys (``initial.total``, ``fi.individuals``,
``state.DE-BE.combined``, ``occupation.814``, ...) and hand a ``cell`` function to
:func:`build_sections`, which lays out the same sections, rows and columns for both, so one renderer
(text, CSV, XLSX, the GUI) serves both.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from iq_desktop.domain import reference

#: The columns of initial advisory sessions by topic combination.
COLS = ("recognition", "job_training", "combined", "other")
COL_LABELS = {
    "recognition": "recognition counselling only",
    "job_training": "job-training counselling only",
    "combined": "recognition and job-training combined",
    "other": "other topics only",
}


def topic_column(topics: Sequence[str]) -> str:
    """Which column of initial advisory sessions a session's topics fall in."""
    rec, jt = "recognition" in topics, "job_training" in topics
    return "combined" if rec and jt else "recognition" if rec else "job_training" if jt else "other"


def build_sections(
    cell: Callable[[str], dict[str, Any]], top_groups: Sequence[str], states: Sequence[str]
) -> list[dict[str, Any]]:
    """The report's sections; ``cell(key)`` gives a cell (``{"value": n}`` or a suppressed cell),
    ``top_groups`` the ranked KldB occupational groups, ``states`` the federal states with rows."""

    def row(rid: str, label: str, *keys: str) -> dict[str, Any]:
        return {"id": rid, "label": label, "cells": [cell(k) for k in keys]}

    titles = reference.occupation_groups()
    state_names = reference.federal_states()
    by_topic = ("total", *COLS)
    return [
        {"id": "initial", "title": "Initial advisory sessions", "columns": ["sessions"], "rows": [
            row("total", "initial advisory sessions", "initial.total"),
            *[row(c, f"of which {COL_LABELS[c]}", f"initial.{c}") for c in COLS]]},
        {"id": "fair_integration", "title": "Fair Integration", "columns": ["count"], "rows": [
            row("individuals", "individuals advised", "fi.individuals"),
            row("events", "group events for migrants", "fi.events"),
            row("participants", "participants in these events", "fi.participants")]},
        {"id": "job_training", "title": "Job-training schemes", "columns": ["count"], "rows": [
            row("course_based", "course-based schemes started (participants)", "training.course_based"),
            row("individual", "individually tailored schemes started", "training.individual"),
            row("participants", "participants commencing", "training.participants"),
            row("completers", "successful completers", "training.completers")]},
        {"id": "stakeholders", "title": "Events for labour-market and business stakeholders",
         "columns": ["events", "participants"], "rows": [
            row("labour_market", "labour-market stakeholders", "events.labour_market.count",
                "events.labour_market.participants"),
            row("business", "business stakeholders", "events.business.count", "events.business.participants")]},
        {"id": "occupations", "title": "Most frequent reference occupations (initial sessions)",
         "columns": ["sessions"], "rows": [
            row(g, f"{g} {titles[g].title_en}" if g in titles else g, f"occupation.{g}") for g in top_groups]},
        {"id": "states", "title": "Initial advisory sessions by federal state", "columns": list(by_topic), "rows": [
            *[row(s, state_names.get(s, {}).get("name_en", s), *[f"state.{s}.{c}" for c in by_topic])
              for s in states],
            row("all", "all states", *[f"initial.{c}" for c in by_topic])]},
    ]  # fmt: skip
