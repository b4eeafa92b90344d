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


_SEPARATED = re.compile(r"^\s*(\d{1,2})\s*[./\-]\s*(?:(\d{1,2})\s*[./\-]?\s*(\d{2}|\d{4})?)?\s*\.?\s*$")
_DIGITS = re.compile(r"^\s*(\d{2})(\d{2})(\d{2}|\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DAY = re.compile(r"^\s*(\d{1,2})\s*\.?\s*$")


def full_year(yy: int, *, past: bool, today: date) -> int:
    """A two-digit year as a four-digit one: for a date in the past (a birth date) the latest such year
    not after this year (90 -> 1990, 05 -> 2005); otherwise 20yy up to 20 years ahead, else 19yy."""
    century = 2000 + yy
    if past:
        return century if century <= today.year else century - 100
    return century if century <= today.year + 20 else century - 100


def _year(digits: str, *, past: bool, today: date) -> int:
    return int(digits) if len(digits) == 4 else full_year(int(digits), past=past, today=today)


def parse_date(
    text: str, *, past: bool = False, today: date | None = None, reference: date | None = None
) -> date | None:
    """A date as people type it, day first (German and British order): ``1.1.90``, ``01.01.1990``,
    ``1.1.1990``, ``1/1/1990``, ``01011990``, ``010190``, ISO ``1990-01-01``; ``28`` or ``28.2.`` take the
    missing month and year from ``reference`` (the field's previous date, else today). Two-digit years
    see :func:`full_year` (``past``: a birth date). ``None`` when the text is not a date."""
    now = today or date.today()
    ref = reference or now
    day: int
    month: int
    year: int
    if m := _ISO.match(text):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif m := _DIGITS.match(text):
        day, month = int(m[1]), int(m[2])
        year = _year(m[3], past=past, today=now)
    elif m := _SEPARATED.match(text):
        day = int(m[1])
        month = int(m[2]) if m[2] else ref.month
        year = ref.year if m[3] is None else _year(m[3], past=past, today=now)
    elif m := _DAY.match(text):
        day, month, year = int(m[1]), ref.month, ref.year
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
