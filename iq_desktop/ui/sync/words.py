"""The sync module's outcomes in the user's language: why a run stopped (by ``error_kind`` and, for
temporary failures, ``retry_cause``) and why a period's figures are in quarantine (by the reason's known
beginning). What is queued and sent are the site's figures per period, never a record of a person.
The sync module's own English text stays available as the detail (a tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from iq_desktop.domain import reasons as why

translate = QCoreApplication.translate


def problem_text(kind: str | None, error: str, cause: str | None = None) -> str:
    """Why a run stopped and what happens now or what to do; ``error`` when the kind is unknown."""
    if kind == "retry" and cause:
        causes = {
            "offline": translate(
                "SyncWords",
                "The server cannot be reached (no network, or the server is down). The figures stay queued and "
                "are sent automatically when it answers again.",
            ),
            "timeout": translate(
                "SyncWords",
                "The server did not answer in time. The figures stay queued and are sent automatically when it "
                "answers again.",
            ),
            "tls": translate(
                "SyncWords",
                "The server's certificate could not be checked, so nothing was sent. Check this laptop's date and "
                "time; if the regional network uses its own certificate authority, a coordinator enrols the "
                "laptop again with its CA certificate. The figures stay queued.",
            ),
            "server": translate(
                "SyncWords",
                "The server has a problem right now. The figures stay queued and are sent automatically later.",
            ),
            "rate_limited": translate(
                "SyncWords",
                "The server asked to wait a little (too many requests). The figures are sent automatically later.",
            ),
            "unclear": translate(
                "SyncWords",
                "The server's answer could not be trusted completely, so nothing was marked as sent. Sync tries "
                "again by itself.",
            ),
        }
        if cause in causes:
            return causes[cause]
    known = {
        "busy": translate(
            "SyncWords",
            "Another sync is running right now (the automatic one); this page updates when it ends.",
        ),
        "retry": translate(
            "SyncWords",
            "The server cannot be reached right now. The figures stay queued and are sent automatically when it "
            "answers again.",
        ),
        "ca_bundle": translate(
            "SyncWords",
            "The network's CA certificate file chosen at enrolment can no longer be read. Put the file back, or a "
            "coordinator enrols the laptop again with it. The figures stay queued.",
        ),
        "not_enrolled": translate(
            "SyncWords",
            "This laptop is not enrolled yet; a coordinator enrols it below.",
        ),
        "revoked": translate(
            "SyncWords",
            "The regional server has revoked this laptop's access. A coordinator must enrol it again with a new code.",
        ),
        "wrong_site": translate(
            "SyncWords",
            "The server refused the figures: they belong to another site. Ask the regional network's administrator.",
        ),
        "reconcile": translate(
            "SyncWords",
            "The server still holds different figures than this laptop; everything was sent again. If this "
            "stays, ask the regional network's administrator.",
        ),
        "error": translate(
            "SyncWords",
            "Sync stopped: the server's address or its answer needs attention. Check the enrolment below or ask "
            "the regional network's administrator.",
        ),
    }
    if not kind:  # runs remembered before kinds were kept
        return error
    return known.get(kind, known["error"])


def quarantine_reason(reason: str | None) -> str:
    """Why a period's figures are in quarantine and what to do, in the user's language; the reason itself
    when it is not one the app knows (it is always safe to show: never a value of a record)."""
    if not reason:
        return QCoreApplication.translate("SyncWords", "No reason was given.")
    if reason.startswith(why.DAMAGED):
        return translate(
            "SyncWords",
            "The queued copy of these figures was damaged on this laptop, so it was not sent. Ask the regional "
            "network's administrator.",
        )
    if reason.startswith(why.TOO_LARGE):
        return translate(
            "SyncWords",
            "These figures are too large for the server. Ask the regional network's administrator.",
        )
    server = reason.removeprefix(why.SERVER)
    if server.startswith(why.SCHEMA):
        detail = server.removeprefix(why.SCHEMA).lstrip(": ")
        return translate(
            "SyncWords",
            "The server does not accept part of these figures (%1). Ask the regional network's administrator "
            "whether this app needs an update.",
        ).replace("%1", detail)
    if server.startswith(why.OTHER_SITE):
        return translate(
            "SyncWords",
            "The server holds these figures for another site. Ask the regional network's administrator.",
        )
    if server.startswith(why.CONFLICT):
        return translate(
            "SyncWords",
            "The server already holds this version of the figures with other content. They are sent as a new "
            "version when the period's records next change; if this stays, ask the regional network's "
            "administrator.",
        )
    if reason.startswith(why.REFUSED) or reason.startswith(why.SERVER):
        return translate(
            "SyncWords",
            "The server refused the figures: %1",
        ).replace("%1", server.removeprefix(why.REFUSED).strip(" ()"))
    return reason
