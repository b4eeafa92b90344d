"""What can go wrong while talking to the regional server.

Messages are safe to show and to log: they never carry a payload, a token or anything personal.
:class:`SyncError` is a known error (:class:`~iq_desktop.domain.errors.IQError`); ``Retryable``,
``TooLarge`` and ``Refused`` are signals inside the sync engine, handled there, never shown as such.
"""

from __future__ import annotations

from iq_desktop.domain.errors import IQError


class SyncError(IQError):
    """Sync cannot go on until someone acts (the message says what to do)."""


class InsecureServer(SyncError):
    def __init__(self) -> None:
        super().__init__("The server address must start with https:// (plain http only for a server on this computer).")


class NotEnrolled(SyncError):
    def __init__(self) -> None:
        super().__init__(
            "This laptop is not enrolled with the regional server yet; a coordinator runs "
            "'iq-desktop enrol --server URL --code CODE'. Records stay queued until then."
        )


class DeviceRevoked(SyncError):
    def __init__(self) -> None:
        super().__init__(
            "The regional server has revoked this laptop (HTTP 401). Nothing more is sent; records stay "
            "queued. Ask the network's administrator, then enrol the laptop again."
        )


class WrongSite(SyncError):
    def __init__(self) -> None:
        super().__init__(
            "The regional server refused records for this site (HTTP 403): this laptop is enrolled for "
            "another site. Records stay queued; ask the network's administrator."
        )


class AppOutdated(SyncError):
    """The server takes a newer wire schema than this app sends (HTTP 426)."""

    def __init__(self) -> None:
        super().__init__(
            "The regional server takes a newer data format than this version of IQ Desktop sends. "
            "Nothing was lost: the records stay on this laptop. Install the current IQ Desktop, then sync again."
        )


class EnrolmentFailed(SyncError):
    """``problem`` says why, so the GUI can word it in the user's language (``services.messages``):
    ``code_refused`` (wrong, used or expired, or malformed: HTTP 401/403/422...), ``unreachable``, ``tls``,
    ``rate_limited``, ``not_understood``."""

    def __init__(self, message: str, problem: str = "other") -> None:
        super().__init__(message)
        self.problem = problem


#: Why a temporary failure happened (``Retryable.cause``, ``SyncSummary.retry_cause``), so the GUI and
#: the CLI can say it precisely: only ``offline`` and ``timeout`` mean "no connection"; the others mean
#: the server was reached but could not be used.
RETRY_CAUSES = ("offline", "timeout", "tls", "server", "rate_limited", "unclear")
CONNECTION_CAUSES = frozenset({"offline", "timeout"})


class Retryable(Exception):
    """A temporary failure: try again later (``retry_after`` seconds if the server said so)."""

    cause = "offline"

    def __init__(self, reason: str, retry_after: float | None = None, *, cause: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after
        if cause is not None:
            self.cause = cause


class Unclear(Retryable):
    """A 2xx answer we cannot trust completely (partial, mismatched, not JSON): nothing is marked sent."""

    cause = "unclear"


class TooLarge(Exception):
    """413: the batch must be smaller."""


class Refused(Exception):
    """400/422 for a whole batch: the server could not read it (split it to find the culprit)."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
