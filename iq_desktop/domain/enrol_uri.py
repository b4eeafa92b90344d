"""The enrolment URI of the server's QR code (docs/server.md, "QR code")::

    iq-enrol:?server=https%3A%2F%2Fiq.example.org&code=AS5V-PMF3-...
    iq-enrol:?code=AS5V-PMF3-...

A coordinator scans it with a handheld scanner (which types it like a keyboard) or pastes it into the
enrolment code field, or gives it to ``iq-desktop enrol --code``. ``server`` is optional; both values
are percent-encoded query parameters; parameters we do not know are ignored.

The scheme is written here again on purpose: the desktop never imports ``iq_server``
(tests/unit/domain/test_enrol_uri.py builds URIs with the server's builder and parses them here, so the two
cannot drift). Error messages never repeat the code: it is a one-time secret.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import parse_qsl, urlsplit

SCHEME = "iq-enrol"

#: The code's characters: the server prints base32 in groups of four (``AS5V-PMF3-...``); spaces and
#: dashes are optional when typed, and the server ignores case.
_CODE_RE = re.compile(r"[A-Za-z0-9 -]+")
_MAX_FIELDS = 20


class Problem(StrEnum):
    """What is wrong with an enrolment URI (the GUI words each in the user's language)."""

    NOT_AN_ENROLMENT_URI = "not_an_enrolment_uri"
    MALFORMED = "malformed"
    NO_CODE = "no_code"
    BAD_CODE = "bad_code"
    BAD_SERVER = "bad_server"


class EnrolUriError(ValueError):
    """A malformed enrolment URI; ``str(exc)`` names the problem (English, no secret), ``problem`` its kind."""

    def __init__(self, problem: Problem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


@dataclass(frozen=True, slots=True)
class EnrolUri:
    code: str
    server: str | None = None  # the server's address, when the URI carries it


def is_enrol_uri(text: str) -> bool:
    """True if ``text`` is meant as an enrolment URI (it starts with ``iq-enrol:``), complete or not."""
    return text.strip().lower().startswith(SCHEME + ":")


def parse(text: str) -> EnrolUri:
    """The code and (if present) the server address of an enrolment URI.

    Raises :class:`EnrolUriError` (a ``ValueError``) naming the problem for anything that is not a
    complete, well-formed enrolment URI.
    """
    raw = text.strip()
    if not is_enrol_uri(raw):
        raise EnrolUriError(Problem.NOT_AN_ENROLMENT_URI, f"not an enrolment URI (it must start with {SCHEME}:?)")
    if any(ch.isspace() or not ch.isprintable() for ch in raw):
        raise EnrolUriError(Problem.MALFORMED, "the enrolment URI contains spaces or control characters")
    try:
        parts = urlsplit(raw)
    except ValueError:
        raise EnrolUriError(Problem.MALFORMED, "the enrolment URI is malformed") from None
    if parts.netloc or parts.path or not raw[len(SCHEME) + 1 :].lstrip("/").startswith("?"):
        raise EnrolUriError(Problem.MALFORMED, f"the enrolment URI must continue with '?' after {SCHEME}:")
    if parts.fragment:
        raise EnrolUriError(Problem.MALFORMED, "the enrolment URI must not end with a '#' part")
    try:
        fields = parse_qsl(
            parts.query, keep_blank_values=True, strict_parsing=True, errors="strict", max_num_fields=_MAX_FIELDS
        )
    except ValueError:
        raise EnrolUriError(Problem.MALFORMED, "the enrolment URI's parameters are malformed") from None
    values: dict[str, str] = {}
    for name, value in fields:
        if name not in ("code", "server"):
            continue  # readers ignore parameters they do not know (docs/server.md)
        if name in values:
            raise EnrolUriError(Problem.MALFORMED, f"the enrolment URI carries '{name}' more than once")
        values[name] = value.strip()
    code = values.get("code")
    if code is None:
        raise EnrolUriError(Problem.NO_CODE, "the enrolment URI carries no code (code=...)")
    if not code or not _CODE_RE.fullmatch(code):
        raise EnrolUriError(Problem.BAD_CODE, "the code in the enrolment URI is empty or has characters other "
                                              "than letters, digits and dashes")  # fmt: skip
    server = values.get("server")
    if server is not None:
        server = _check_server(server)
    return EnrolUri(code=code, server=server)


def _check_server(server: str) -> str:
    """The form of the address only; whether plain http is allowed is decided when enrolling."""
    problem = "the server address in the enrolment URI must be a web address such as https://iq.example.org"
    try:
        parts = urlsplit(server)
        _ = parts.port  # raises ValueError for a bad port
    except ValueError:
        raise EnrolUriError(Problem.BAD_SERVER, problem) from None
    if parts.scheme.lower() not in ("https", "http") or not parts.hostname:
        raise EnrolUriError(Problem.BAD_SERVER, problem)
    if parts.username is not None or parts.password is not None or parts.query or parts.fragment:
        raise EnrolUriError(Problem.BAD_SERVER, "the server address in the enrolment URI must not carry a user "
                                                "name, password, query or fragment")  # fmt: skip
    return server.rstrip("/")
