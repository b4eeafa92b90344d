"""Loading the Qt translations (German by default, English) and switching at run time."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from iq_desktop.resources import resource

log = logging.getLogger(__name__)

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"
_installed: list[QTranslator] = []


def normalise(language: str | None) -> str:
    lang = (language or "").strip().lower()[:2]
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def install(language: str | None) -> str:
    """Install the app's translator for ``language`` (replacing any earlier one); returns the language.

    The source strings are English, so "en" needs no catalogue (one is shipped anyway for completeness).
    Dates and numbers follow the chosen language's locale.
    """
    app = QCoreApplication.instance()
    lang = normalise(language)
    if app is None:
        return lang
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qm = resource("translations", f"iq_desktop_{lang}.qm")
    if qm.is_file():
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("could not load translation %s", qm.name)
    # Qt's own strings (dialog buttons: "Cancel", "OK", ...).
    qt_tr = QTranslator(app)
    from PySide6.QtCore import QLibraryInfo

    if qt_tr.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_tr)
        _installed.append(qt_tr)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.German if lang == "de" else QLocale.Language.English,
            QLocale.Country.Germany if lang == "de" else QLocale.Country.UnitedKingdom,
        )
    )
    return lang


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
