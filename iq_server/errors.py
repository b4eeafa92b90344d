"""The server program's errors: one root, :class:`ServerError`, and a base per subsystem.

Every message is safe to show (to the admin on the command line, or to a device in an HTTP answer):
it says what went wrong and what to do, and never carries a record, a token or a password.

Two places turn these errors into something else: ``iq_server.api.errors`` maps them to HTTP status
codes, ``iq_server.cli.main`` to exit code 1 and one line on stderr.
"""

from __future__ import annotations


class ServerError(Exception):
    """The root of the server's errors; the message is safe to show."""


# ---------------------------------------------------------------- settings and database


class ConfigError(ServerError):
    """A setting is unusable; the message names it and says what to do."""


class DatabaseError(ServerError):
    """The database cannot be opened or used; the message says which and why, without secrets."""


class SchemaError(DatabaseError):
    """The database cannot be used by this version of the server."""


# ---------------------------------------------------------------- refusals


class Refused(ServerError):
    """An operation was refused as asked; the message says why and what to do."""


class AdminError(Refused):
    """An admin operation (sites, enrolment codes, devices) was refused."""


class ReportError(Refused):
    """The report cannot be produced as asked."""


class EnrolmentRefused(Refused):
    """The enrolment code is unknown, used or expired."""


class NotAuthenticated(Refused):
    """The request carries no device token, an unknown one or a revoked device's."""


class WrongSite(Refused):
    """The device asked to write for another site than its own."""


class OutdatedClient(Refused):
    """The batch uses an older wire schema than this server takes (HTTP 426: update the app)."""


class TooManyRequests(Refused):
    """Too many requests (or failed enrolments); ``retry_after`` says how many seconds to wait."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Unavailable(ServerError):
    """The server cannot serve now (HTTP 503), e.g. its database cannot write; ``retry_after`` seconds."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after
