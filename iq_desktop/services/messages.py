"""How an error reads for the user: the one place for the GUI and the CLI (no Qt here).

:func:`user_message` matches on the error's class (never on a class name). In a dialog or status line
(``Surface.DIALOG``) a known error gets a short plain-language text, an invalid record the list of its
problems in the user's language; on the command line (``Surface.COMMAND_LINE``) the error's own message
(English) plus what to do there. Anything that is not an
:class:`~iq_desktop.domain.errors.IQError` is a bug: it gets a crash log
(:mod:`iq_desktop.services.crash_log`), not a message (:func:`is_known`).

The dialog texts are the English source strings of the GUI's Qt catalogue (context ``Errors``; marked
with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` collects them from this file): the GUI passes its
``translate`` and gets German where the catalogue has it.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from iq_desktop.services.backup import BackupDamaged
from iq_desktop.services.documents import DocumentDamaged, DocumentTooLarge
from iq_desktop.services.errors import (
    InsecureKeyFile,
    IQError,
    KeyFileDamaged,
    NotAllowed,
    PassphraseChangeRequired,
    UnknownUser,
    ValidationError,
    VaultDamaged,
    VaultExists,
    VaultMissing,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)

__all__ = ["TRANSLATION_CONTEXT", "Surface", "Translate", "is_known", "user_message"]

#: ``translate(source_text) -> text in the user's language``
Translate = Callable[[str], str]
#: The Qt translation context of the texts below.
TRANSLATION_CONTEXT = "Errors"


class Surface(StrEnum):
    DIALOG = "dialog"  # the GUI: a message box, a status line
    COMMAND_LINE = "command_line"  # the CLI: one line on stderr


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Marks ``text`` for the translation catalogue; the text itself is translated where it is shown."""
    return text


def _untranslated(text: str) -> str:
    return text


#: Dialog texts by error class; the first class the error is an instance of wins.
_DIALOG_TEXTS: tuple[tuple[type[BaseException], str], ...] = (
    (WrongPassphrase, QT_TRANSLATE_NOOP(
        "Errors", "The passphrase is not correct. Check Caps Lock and the keyboard layout, then try again.")),
    (UnknownUser, QT_TRANSLATE_NOOP("Errors", "There is no user with this name in this vault.")),
    (VaultDamaged, QT_TRANSLATE_NOOP(
        "Errors", "The vault file is damaged. Restore a backup, or ask your coordinator for help.")),
    (InsecureKeyFile, QT_TRANSLATE_NOOP(
        "Errors", "The key file uses a key derivation meant for tests only and is not opened. Set a new passphrase "
        "with the recovery key, or restore the key file from a backup.")),
    (KeyFileDamaged, QT_TRANSLATE_NOOP(
        "Errors", "The key file is damaged. Restore a backup, or open the vault with the recovery key.")),
    (VaultMissing, QT_TRANSLATE_NOOP("Errors", "No vault was found in the data folder.")),
    (BackupDamaged, QT_TRANSLATE_NOOP(
        "Errors", "The file is not a usable IQ Desktop backup. Choose the .tar file that “Save an encrypted "
        "backup” wrote.")),
    (VaultExists, QT_TRANSLATE_NOOP("Errors", "A vault already exists in this data folder; it was not overwritten.")),
    (NotAllowed, QT_TRANSLATE_NOOP("Errors", "Your role does not allow this. Ask a coordinator.")),
    (PassphraseChangeRequired, QT_TRANSLATE_NOOP(
        "Errors", "Your passphrase was set by a coordinator. Choose your own passphrase now.")),
    (WrongRecoveryKey, QT_TRANSLATE_NOOP(
        "Errors", "The recovery key is not correct. Check each group of characters and try again.")),
    (WeakPassphrase, QT_TRANSLATE_NOOP(
        "Errors", "The passphrase is not strong enough. Use at least 10 characters, not a common word.")),
    (DocumentTooLarge, QT_TRANSLATE_NOOP(
        "Errors", "The file is larger than 25 MB; documents up to 25 MB can be attached. Scan it at a lower "
        "resolution, or split it into several files.")),
    (DocumentDamaged, QT_TRANSLATE_NOOP(
        "Errors", "The stored document does not match its checksum: it is damaged or was altered. Nothing was "
        "written. Restore a backup to get it back.")),
)  # fmt: skip
_CORRECT_THESE = QT_TRANSLATE_NOOP("Errors", "Please correct the following:")

#: Dialog texts of errors that name their ``problem`` (enrolment: ``sync.errors.EnrolmentFailed`` and the
#: service's ``SyncRefused``), so no English server text (such as a bare "HTTP 422") reaches a German screen.
_PROBLEM_TEXTS: dict[str, str] = {
    "code_refused": QT_TRANSLATE_NOOP(
        "Errors", "The server did not accept the enrolment code: it is wrong, already used or expired. Check it, "
        "or ask the regional network's administrator for a new one."),
    "unreachable": QT_TRANSLATE_NOOP(
        "Errors", "The server could not be reached. Check the server address and the network, then try again."),
    "tls": QT_TRANSLATE_NOOP(
        "Errors", "The server's certificate could not be checked. Check this laptop's date and time; if the regional "
        "network uses its own certificate authority, choose its CA certificate (CA bundle)."),
    "rate_limited": QT_TRANSLATE_NOOP(
        "Errors", "Too many enrolment attempts. Wait a few minutes, then try again."),
    "not_understood": QT_TRANSLATE_NOOP(
        "Errors", "The server's answer to the enrolment was not understood. Check the server address."),
    "insecure_address": QT_TRANSLATE_NOOP(
        "Errors", "The server address must start with https:// (plain http only for a server on this computer)."),
    "ca_bundle_missing": QT_TRANSLATE_NOOP(
        "Errors", "The CA certificate file (CA bundle) was not found. Choose the file again."),
    "redirect": QT_TRANSLATE_NOOP(
        "Errors", "The server answered with a redirect, which is never followed. Check the server address."),
}  # fmt: skip

#: What to do on the command line, after the error's own message.
_COMMAND_LINE_HINTS: tuple[tuple[type[BaseException], str], ...] = (
    (WrongPassphrase, " Check it and the user name (--user); if it is forgotten, a coordinator can set a new one "
                      "with “iq-desktop recover” and the recovery key."),
)  # fmt: skip


def is_known(exc: BaseException) -> bool:
    """A known error (a message for the user), as opposed to a bug (a crash log)."""
    return isinstance(exc, IQError)


def user_message(
    exc: BaseException,
    language: str = "en",
    surface: Surface = Surface.DIALOG,
    translate: Translate = _untranslated,
) -> str:
    """The words for ``exc``: for a dialog (texts through ``translate``, an invalid record's problems in
    ``language``) or for the command line (one line, English). No personal data: the texts are fixed or
    the error's own message, which is safe by the rule of :class:`~iq_desktop.domain.errors.IQError`."""
    if surface is Surface.COMMAND_LINE:
        return _command_line(exc)
    for cls, text in _DIALOG_TEXTS:
        if isinstance(exc, cls):
            return translate(text)
    problem = getattr(exc, "problem", None)
    if isinstance(problem, str) and problem in _PROBLEM_TEXTS:
        return translate(_PROBLEM_TEXTS[problem])
    if isinstance(exc, ValidationError) and exc.problems:
        lines = [f"• {p.message(language)}" for p in exc.problems]
        return translate(_CORRECT_THESE) + "\n" + "\n".join(lines)
    return str(exc)


def _command_line(exc: BaseException) -> str:
    text = exc.message("en") if isinstance(exc, ValidationError) else str(exc)
    for cls, hint in _COMMAND_LINE_HINTS:
        if isinstance(exc, cls):
            text += hint
    return text
