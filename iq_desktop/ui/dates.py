"""The one way the GUI shows dates and times: the user's locale (the UI language's, see
:func:`iq_desktop.ui.i18n.install`), its short format and order, always with a four-digit year
("21.11.2026 23:59" in German, "21/11/2026 23:59" in English), times in local time.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale

_YEAR = re.compile(r"(?<!y)y{1,2}(?!y)")  # "yy" (or a lone "y"), not already "yyyy"


def locale_for(lang: str | None = None) -> QLocale:
    """The UI language's locale (``None``: the default the app installed with the language)."""
    if lang is None:
        return QLocale()
    return QLocale("de_DE" if lang == "de" else "en_GB")


def four_digit_year(fmt: str) -> str:
    """A Qt date(-time) format with ``yyyy`` in place of a two-digit year, everything else as it was."""
    return fmt if "yyyy" in fmt else _YEAR.sub("yyyy", fmt)


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year (``dd.MM.yyyy`` in German)."""
    loc = locale or QLocale()
    return four_digit_year(loc.dateFormat(QLocale.FormatType.ShortFormat))


def datetime_format(locale: QLocale | None = None) -> str:
    """The locale's short date and time format with a four-digit year (``dd.MM.yyyy HH:mm`` in German)."""
    loc = locale or QLocale()
    return four_digit_year(loc.dateTimeFormat(QLocale.FormatType.ShortFormat))


def format_date(d: date | QDate | None, locale: QLocale | None = None) -> str:
    if d is None:
        return ""
    q = d if isinstance(d, QDate) else QDate(d.year, d.month, d.day)
    loc = locale or QLocale()
    return loc.toString(q, date_format(loc))


def format_datetime(value: datetime | QDateTime | str | None, locale: QLocale | None = None) -> str:
    """A moment in local time; ``value`` may be an ISO 8601 text (as stored), an aware datetime (naive
    means UTC here: that is how the app stores times) or a QDateTime. Unreadable text is shown as is."""
    if value is None or value == "":
        return ""
    if isinstance(value, QDateTime):
        q = value.toLocalTime()
    else:
        try:
            moment = datetime.fromisoformat(value) if isinstance(value, str) else value
        except ValueError:
            return str(value)
        aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
        q = QDateTime.fromMSecsSinceEpoch(round(aware.timestamp() * 1000))  # local time
    loc = locale or QLocale()
    return loc.toString(q, datetime_format(loc))
