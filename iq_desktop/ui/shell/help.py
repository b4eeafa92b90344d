"""Help: "About IQ Desktop" (version, licence, data folder, schema versions) and a short built-in help
page per screen (F1), in the UI language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from iq_desktop import __version__

LICENCE = "EUPL-1.2"


class HelpTexts(QObject):
    """The help pages (``self.tr``: one translation context for all of them)."""

    def title(self, key: str) -> str:
        titles = {
            "sessions": self.tr("Help: Sessions"),
            "clients": self.tr("Help: Clients"),
            "trainings": self.tr("Help: Trainings"),
            "events": self.tr("Help: Events"),
            "sync": self.tr("Help: Sync"),
            "figures": self.tr("Help: Figures"),
            "settings": self.tr("Help: Settings"),
            "form": self.tr("Help: Entering a record"),
        }
        return titles.get(key, self.tr("Help"))

    def body(self, key: str) -> str:
        bodies = {
            "sessions": self.tr(
                "The list of counselling sessions, newest first. Ctrl+N records a new session; Enter or a "
                "double-click opens the selected one. The column “Sync” says whether a session is already "
                "counted in what was sent to the regional network."
            ),
            "clients": self.tr(
                "The people you counsel. Ctrl+F finds a client by part of the name; Enter opens the client's "
                "page with their sessions and trainings. Personal data stays encrypted on this laptop."
            ),
            "trainings": self.tr(
                "Job-training participations (compensation measures and bridge trainings) and their schemes. "
                "A training that has ended needs an end date and the status completed or dropped."
            ),
            "events": self.tr(
                "Group events (information events, workshops) with the number of participants; no names."
            ),
            "sync": self.tr(
                "Sending the site's anonymous counts to the regional server. Enrol this laptop once with the "
                "code from your coordinator; afterwards counts are sent automatically. “What is sent” shows "
                "exactly what leaves the laptop."
            ),
            "figures": self.tr(
                "Your site's own figures for a period, as the network publishes them. Choose the period and "
                "export them as CSV or Excel."
            ),
            "settings": self.tr(
                "Language, automatic lock, users and passphrases, the server and backups. Some settings are "
                "for coordinators only."
            ),
            "form": self.tr(
                "Tab moves to the next field, Ctrl+S saves, Esc closes the form. Dates can be typed as "
                "1.1.90, 01.01.1990 or chosen from the calendar (Alt+Down). What you type is kept as an "
                "encrypted draft until you save, also when the laptop locks."
            ),
        }
        common = self.tr("Ctrl+1 … Ctrl+8 switch screens, Ctrl+L locks, F1 shows this help.")
        return bodies.get(key, "") + "\n\n" + common

    def about(self, data_dir: Path, schema: int, wire_schema: int) -> str:
        return (
            self.tr("IQ Desktop, version %1").replace("%1", __version__)
            + "\n\n"
            + self.tr(
                "Records counselling for the Network “Integration through Qualification (IQ)”. Personal data "
                "stays encrypted on this laptop; only the site's anonymous counts are sent."
            )
            + "\n\n"
            + self.tr("Licence: %1").replace("%1", LICENCE)
            + "\n"
            + self.tr("Data folder: %1").replace("%1", str(data_dir))
            + "\n"
            + self.tr("Vault schema version: %1").replace("%1", str(schema))
            + "\n"
            + self.tr("Wire schema version (what is sent): %1").replace("%1", str(wire_schema))
        )


def schema_versions() -> tuple[int, int]:
    """The vault's schema version this program writes and the wire schema of what it sends."""
    from iq_desktop.domain.wire import SCHEMA_VERSION as WIRE_SCHEMA_VERSION
    from iq_desktop.services.vault import vault_schema_version

    return vault_schema_version(), WIRE_SCHEMA_VERSION


class TextDialog(QDialog):
    """A small text window centred on its parent (Help and About)."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QTextBrowser(self)
        self.text.setPlainText(text)
        self.text.setOpenExternalLinks(False)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        heading = QLabel(title, self)
        heading.setObjectName("heading")
        lay = QVBoxLayout(self)
        lay.addWidget(heading)
        lay.addWidget(self.text, 1)
        lay.addWidget(buttons)
        fm = self.fontMetrics()
        self.resize(fm.averageCharWidth() * 70, fm.lineSpacing() * 18)


def help_dialog(key: str, parent: QWidget | None = None) -> TextDialog:
    texts = HelpTexts()
    return TextDialog(texts.title(key), texts.body(key), parent)


def about_dialog(data_dir: Path, parent: QWidget | None = None) -> TextDialog:
    texts = HelpTexts()
    schema, wire = schema_versions()
    dlg = TextDialog(texts.tr("About IQ Desktop"), texts.about(data_dir, schema, wire), parent)
    dlg.setObjectName("aboutDialog")
    return dlg
