"""The site's own "IQ in figures", computed on the laptop from the de-identified outbox payloads.

Same sections, rows and cell layout as the server's report (``iq_server.services.report.build``), so one
renderer serves both. Counted from the latest revision of every record (retracted records are in
no figure; records purged by retention still count, as on the server). Quarters overlapping the
period are counted. No disclosure control: these are the site's own figures, shown only to it.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from typing import Any

from iq_desktop.domain.figures import COLS, build_sections, topic_column
from iq_desktop.services.vault import Vault

__all__ = ["site_figures"]

def _q(d: date) -> int:
    return d.year * 4 + (d.month - 1) // 3


def _qs(text: str | None) -> int | None:
    if not text:
        return None
    year, q = text.split("-Q")
    return int(year) * 4 + int(q) - 1


def site_figures(vault: Vault, start: date, end: date) -> dict[str, Any]:
    if end < start:
        raise ValueError("the end of the period is before its start")
    lo, hi = _q(start), _q(end)
    with vault.uow(readonly=True) as uow:
        payloads = [json.loads(e.payload) for e in uow.outbox.current()]
    v: Counter[str] = Counter()
    occupations: Counter[str] = Counter()

    def inside(q: int | None) -> bool:
        return q is not None and lo <= q <= hi

    for p in payloads:
        kind = p.get("type")
        if kind == "session" and inside(_qs(p["quarter"])):
            topics = p["topics"]
            if p["kind"] == "initial":
                v["initial.total"] += 1
                v[f"initial.{topic_column(topics)}"] += 1
                group = p["person"].get("occupation_group")
                if group:
                    occupations[group] += 1
            if p["first_contact"] and any(t.startswith("fi_") for t in topics):
                v["fi.individuals"] += 1
        elif kind == "training":
            if inside(_qs(p["start_quarter"])):
                v[f"training.{p['format']}"] += 1
                v["training.participants"] += 1
            if p["status"] == "completed" and inside(_qs(p.get("end_quarter"))):
                v["training.completers"] += 1
        elif kind == "event" and inside(_qs(p["quarter"])):
            if p["audience"] == "migrants" and p["topic"] == "fair_integration":
                v["fi.events"] += 1
                v["fi.participants"] += p["participants"]
            if p["audience"] in ("labour_market", "business"):
                v[f"events.{p['audience']}.count"] += 1
                v[f"events.{p['audience']}.participants"] += p["participants"]

    site = vault.site
    state = site.state if site and site.state else None
    if state:  # the site's own state is its only row in "sessions by federal state"
        for c in ("total", *COLS):
            v[f"state.{state}.{c}"] = v[f"initial.{c}"]
    top = sorted(occupations.items(), key=lambda t: (-t[1], t[0]))[:5]
    for g, n in top:
        v[f"occupation.{g}"] = n
    sections = build_sections(lambda k: {"value": v[k]}, [g for g, _ in top], [state] if state else [])
    return {
        "title": "IQ in figures (this site)",
        "params": {
            "from": start.isoformat(), "to": end.isoformat(), "state": state,
            "site": site.site_id if site else None, "network": site.network if site else None,
        },
        "note": "Computed on this laptop from the de-identified records; quarters overlapping the period are "
        "counted; not disclosure-controlled (for this site only, not for publication).",
        "sections": sections,
    }
