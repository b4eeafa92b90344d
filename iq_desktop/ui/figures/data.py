"""How the figures screen names a quarter (the figures themselves come from
:mod:`iq_desktop.services.figures`)."""

from __future__ import annotations

from datetime import date


def quarter_name(d: date) -> str:
    return f"Q{(d.month - 1) // 3 + 1}/{d.year}"
