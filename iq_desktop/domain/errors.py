"""The one root of IQ Desktop's known errors.

An :class:`IQError` is an expected problem: ``str(exc)`` is a message fit for the user (a dialog box or
one line on stderr) that never holds personal data, a secret, SQL or a traceback. Each subsystem has
its own base deriving from it (``crypto.CryptoError``, ``store.StoreError``, ``sync.SyncError``,
``services.errors.ServiceError``; the domain's ``rules.ValidationError``), and each concept is defined
once, in the lowest layer that raises it. Any other exception is a bug: it gets a crash log
(:mod:`iq_desktop.services.crash_log`), never a message. Turning an error into words for the user is
done in one place, :mod:`iq_desktop.services.messages`.
"""

from __future__ import annotations

__all__ = ["IQError"]


class IQError(Exception):
    """Base class of every known error of IQ Desktop; ``str(exc)`` is safe to show (no personal data)."""
