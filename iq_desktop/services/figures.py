"""The site's own "IQ in figures", computed on the laptop from its records.

Counted with the one definition of every figure (:mod:`iq_desktop.domain.figures`) that also makes the
contributions the laptop sends (:mod:`iq_desktop.services.contributions`), laid out in the same
sections as the server's report so one renderer serves both. Exact (no perturbation): these are the
site's own figures, shown only to it. Any period of days may be asked; the figures screen asks for
whole quarters. Deleted and erased records are in no figure.

No disclosure control is applied (unlike the server's published figures): a month or a quarter may hold a
count of 1, which can point to one person. So these figures, on the screen and in an export, are labelled
internal and not for publication (:data:`INTERNAL_NOTE`), never "free of personal data".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, cast

from iq_desktop.domain import figures as fig
from iq_desktop.services import contributions
from iq_desktop.services.vault import Vault

__all__ = ["INTERNAL_NOTE", "ExportWords", "site_figures"]

#: What every copy of the site's own figures says about itself (the GUI shows the same in the user's language).
INTERNAL_NOTE = (
    "Internal – not for publication: the exact counts of this site; small counts are not protected "
    "(no disclosure control), so a count of 1 or 2 may point to a person."
)


def site_figures(vault: Vault, start: date, end: date, *, as_of: date | None = None) -> dict[str, Any]:
    """The site's figures for the days ``start``..``end``; completers are counted by ``as_of``
    (default: today)."""
    if end < start:
        raise ValueError("the end of the period is before its start")
    with vault._uow(readonly=True) as uow:
        facts = contributions.load_facts(uow)
    cells = fig.count(facts, start, end)
    reference_day = as_of or date.today()
    v = {c: n for c, (n, _) in fig.derive({c: (n, 0) for c, n in cells.n.items()}, reference_day).items()}
    site = vault.site
    state = site.state if site and site.state else None
    if state:  # the site's own state is its only row in "sessions by federal state"
        for c in ("total", *fig.COLS):
            v[f"state.{state}.{c}"] = v[f"initial.{c}"]
    top = fig.top_occupations(v)
    sections = fig.build_sections(lambda k: {"value": v.get(k, 0)}, top, [state] if state else [])
    return {
        "title": "IQ in figures (this site)",
        "params": {
            "from": start.isoformat(),
            "to": end.isoformat(),
            "as_of": reference_day.isoformat(),
            "state": state,
            "site": site.site_id if site else None,
            "network": site.network if site else None,
        },
        "note": INTERNAL_NOTE,
        "internal": True,
        "definitions": fig.definitions_list(v),
        "sections": sections,
    }


# --- for the figures screen: whole quarters, sessions per month, export to CSV / XLSX ---------------------
TOPIC_GROUPS = ("recognition", "job_training", "fair_integration")
FigureCell = tuple[str, str, str, object]  # (section, row, column, value); value None = suppressed


def quarter_period(start: date, end: date) -> tuple[date, date]:
    """The period widened to whole quarters: the figures count by quarter (the grain of the records
    that leave the laptop and of the network's figures), so the table, the charts and the export all
    cover the same whole quarters."""
    import calendar

    first = date(start.year, 3 * ((start.month - 1) // 3) + 1, 1)
    last_month = 3 * ((end.month - 1) // 3) + 3
    return first, date(end.year, last_month, calendar.monthrange(end.year, last_month)[1])


def sessions_per_month(vault: Vault, start: date, end: date) -> dict[str, dict[str, int]]:
    """Sessions per month (``YYYY-MM``) by topic group; a session with several groups counts in each."""
    from iq_desktop.domain.codes import RecordType, Topic
    from iq_desktop.domain.records import CounsellingSession
    from iq_desktop.services import queries

    out: dict[str, dict[str, int]] = {}
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        out[f"{y:04d}-{m:02d}"] = dict.fromkeys(TOPIC_GROUPS, 0)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    for s in queries.all_records(vault, RecordType.SESSION):
        if not isinstance(s, CounsellingSession) or not start <= s.date <= end:
            continue
        month = out[f"{s.date.year:04d}-{s.date.month:02d}"]
        if Topic.RECOGNITION in s.topics:
            month["recognition"] += 1
        if Topic.JOB_TRAINING in s.topics:
            month["job_training"] += 1
        if any(t.is_fair_integration for t in s.topics):
            month["fair_integration"] += 1
    return out


def figures_for_period(vault: Vault, start: date, end: date) -> dict[str, Any]:
    """:func:`site_figures` for the whole quarters around the period, with ``period`` and ``monthly``
    (sessions per month by topic group, for the chart)."""
    start, end = quarter_period(start, end)
    data = dict(site_figures(vault, start, end))
    data.setdefault("period", [start.isoformat(), end.isoformat()])
    data["monthly"] = sessions_per_month(vault, start, end)
    return data


def figure_cells(data: dict[str, Any]) -> list[FigureCell]:
    """(section, row, column, value) for every cell; ``None`` for a suppressed cell."""
    out: list[FigureCell] = []
    for section in data.get("sections", []):
        for row in section.get("rows", []):
            for col, cell in zip(section.get("columns", []), row.get("cells", []), strict=False):
                out.append((section.get("title", ""), row.get("label", ""), col, cell.get("value")))
    return out


@dataclass(frozen=True)
class ExportWords:
    """The words of an export, in the user's language (the GUI passes its translations; the sections' titles,
    labels and columns are the data's own, which the GUI words before exporting)."""

    header: tuple[str, str, str, str] = ("Section", "Figure", "Column", "Value")
    sheet: str = "IQ in figures"
    data_sheet: str = "Figures"
    monthly_sheet: str = "Per month"
    period: str = "period"
    month: str = "month"
    groups: tuple[str, str, str] = TOPIC_GROUPS
    internal: str = INTERNAL_NOTE
    suppressed: str = "x"


def export_figures(data: dict[str, Any], path: Path, words: ExportWords, fmt: str) -> Path:
    """Write figures (as from :func:`figures_for_period`) to ``path`` as ``"csv"`` or ``"xlsx"``, rendered by
    the one report renderer the server uses too (:mod:`iq_desktop.domain.report_render`): the internal note,
    the period, one line per cell (section, row, column, value; suppressed cells empty), then the sessions
    per month."""
    from iq_desktop.domain import report_render
    from iq_desktop.fs.atomic import atomic_replace

    sections = cast(list[report_render.Section], data.get("sections", []))
    labels = report_render.Labels(
        fields=("section_title", "label", "column", "value"), header=words.header, sheet=words.sheet[:31],
        data_sheet=words.data_sheet[:31], suppressed=words.suppressed,
    )  # fmt: skip
    period: list[report_render.Value] = [words.period, *data.get("period", [])]
    monthly: list[list[report_render.Value]] = [[words.month, *words.groups]]
    monthly += [[month, *[counts.get(g, 0) for g in TOPIC_GROUPS]] for month, counts in data.get("monthly", {}).items()]
    if fmt == "csv":
        body = report_render.to_csv(
            sections, labels, preamble=[[words.internal], period], appendix=[[], *monthly], line_end="\r\n", bom=True
        )
    else:
        heading = [words.internal, " ".join(str(v) for v in period)]
        body = report_render.to_xlsx(sections, heading, labels, extra_sheets=[(words.monthly_sheet[:31], monthly)])
    atomic_replace(Path(path), body)
    return Path(path)


#: The JSON-like figures (``title``, ``period``, ``sections`` of ``rows`` of ``cells``, ``monthly``), and one
#: section, row or cell of them: the shape the server's report has too.
Figures = dict[str, Any]
FigurePart = dict[str, Any]
