"""Issue 12, items 9 and 14: after saving, a short "Saved" in the status bar and back to the list the
form came from; a new form starts at the top; F1 shows help for the screen, "About" the version, licence,
data folder and schema versions, in German as in English."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.shell.test_shell import _unlock, shell  # noqa: F401 - the shell fixture


def test_saving_a_client_confirms_in_the_status_bar_and_returns_to_the_list(qtbot: Any, shell: Any) -> None:  # noqa: F811
    from iq_desktop.ui.forms.client_form import ClientForm

    shell.start()
    main = _unlock(qtbot, shell)
    QTest.keyClick(main, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    clients = main.pages["clients"]
    QTest.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = main.stack.currentWidget()
    assert isinstance(form, ClientForm)
    bar = form.scroll_area.verticalScrollBar()
    assert bar.value() == 0
    qtbot.keyClicks(form.first_name, "Lina")
    qtbot.keyClicks(form.last_name, "Gespeichert")
    form.qualification_level.setCurrentIndex(1)
    QTest.keyClick(form.first_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main.stack.currentWidget() is clients, timeout=5000)
    assert "Saved" in main.statusBar().currentMessage()

    # the next new form starts at the top, wherever the last one was scrolled to
    QTest.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = main.stack.currentWidget()
    assert isinstance(form, ClientForm)
    form.scroll_area.verticalScrollBar().setValue(form.scroll_area.verticalScrollBar().maximum())
    form.new_record()
    assert form.scroll_area.verticalScrollBar().value() == 0


def test_f1_shows_help_for_the_screen_and_about_names_version_and_schemas(qtbot: Any, shell: Any) -> None:  # noqa: F811
    from iq_desktop import __version__
    from iq_desktop.ui.shell.help import TextDialog

    shell.start()
    main = _unlock(qtbot, shell)
    QTest.keyClick(main, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(main, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), TextDialog), timeout=3000)
    dlg = QApplication.activeModalWidget()
    assert isinstance(dlg, TextDialog)
    assert "Clients" in dlg.windowTitle() and "Ctrl+F" in dlg.text.toPlainText()
    assert (dlg.geometry().center() - main.geometry().center()).manhattanLength() < 40  # centred on the window
    QTest.keyClick(dlg, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=3000)

    about = main._about()
    text = about.text.toPlainText()
    assert __version__ in text and "EUPL-1.2" in text and str(shell.data_dir) in text
    assert "schema version: 6" in text.lower() or "schema version: " in text.lower()
    about.close()


def test_help_is_german_on_german_screens(qtbot: Any) -> None:
    from iq_desktop.ui import i18n
    from iq_desktop.ui.shell.help import HelpTexts

    i18n.install("de")
    try:
        texts = HelpTexts()
        for key in ("sessions", "clients", "trainings", "events", "sync", "figures", "settings", "form"):
            assert texts.title(key).startswith("Hilfe"), key
            assert "Strg" in texts.body(key) or "Ctrl" not in texts.body(key), key
    finally:
        i18n.install("en")
