"""How a sync run ended, as kinds the GUI and the CLI word in the user's language and the vault keeps
(settings ``last_sync_error_kind`` and ``last_sync_error_cause``): the values are stored, never change them.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["CONNECTION_CAUSES", "STOPPING_PROBLEMS", "ProblemKind", "RetryCause"]


class ProblemKind(StrEnum):
    """Why a sync run stopped (``SyncSummary.error_kind``, ``SyncStatus.last_error_kind``)."""

    NOT_ENROLLED = "not_enrolled"
    REVOKED = "revoked"  # 401: the server revoked this laptop
    WRONG_SITE = "wrong_site"  # 403: enrolled for another site
    BUSY = "busy"  # another sync of this vault was running
    RETRY = "retry"  # a temporary failure (see RetryCause): retried by itself
    RECONCILE = "reconcile"  # server and laptop still differ after re-sending
    CA_BUNDLE = "ca_bundle"  # the CA file chosen at enrolment is gone or unusable
    ERROR = "error"  # anything else


class RetryCause(StrEnum):
    """Why a temporary failure happened (``Retryable.cause``, ``SyncSummary.retry_cause``): only
    ``offline`` and ``timeout`` mean "no connection"; the others mean the server was reached but could
    not be used."""

    OFFLINE = "offline"
    TIMEOUT = "timeout"
    TLS = "tls"
    SERVER = "server"
    RATE_LIMITED = "rate_limited"
    UNCLEAR = "unclear"


#: Causes that mean "no connection at all".
CONNECTION_CAUSES = frozenset({RetryCause.OFFLINE, RetryCause.TIMEOUT})
#: Problems that stop automatic syncing until someone acts (a new enrolment).
STOPPING_PROBLEMS = frozenset({ProblemKind.REVOKED, ProblemKind.WRONG_SITE})
