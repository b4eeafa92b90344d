"""Issue 11, item 1: the agenda ("Termine") as a counsellor uses it, keyboard only: after unlock it is the
first screen when something is due; Enter on a row opens the person's page; the page is reached with its
Ctrl+number; the appointments are exported as an .ics file (initials only) and read back; the
coordinator keeps the stops, which the session form offers as the place."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from iq_desktop.domain.codes import SessionKind
from iq_desktop.domain.records import Client, CounsellingSession
from tests.ui.conftest import PASSPHRASE, USER
from tests.ui.shell.test_shell import _unlock, shell  # noqa: F401 - the shell fixture

TODAY = dt.date.today()
CTRL = Qt.KeyboardModifier.ControlModifier


def _seed(data_dir: Path) -> str:
    from iq_desktop.services import records
    from iq_desktop.services.vault import open_vault

    vault = open_vault(data_dir, USER, PASSPHRASE)
    try:
        c = records.save_client(vault, Client("Tara", "Termin", phone="0170 555 1234", email="tara@example.org"))
        records.save_session(
            vault,
            CounsellingSession(
                c.id,
                TODAY - dt.timedelta(days=7),
                kind=SessionKind.INITIAL,
                next_appointment=TODAY,
                appointment_time=dt.time(9, 30),
                appointment_place="Passau, Caritas",
                notes="CNRYnotes",
            ),
        )
        return c.id
    finally:
        vault.lock()


def _agenda_key() -> Qt.Key:
    from iq_desktop.ui.shell.main_window import PAGES

    n = next(i for i, p in enumerate(PAGES, start=1) if p[0] == "agenda")
    return Qt.Key(Qt.Key.Key_0.value + n)


def _on_dialog(cls_name: str, act: Any) -> None:
    """Act on the modal dialog of class ``cls_name`` once it is shown (as a user would)."""

    def poll() -> None:
        for w in QApplication.topLevelWidgets():
            if type(w).__name__ == cls_name and w.isVisible():
                act(w)
                return
        QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)


def _parse(text: str) -> list[dict[str, str]]:
    events: list[dict[str, str]] = []
    for line in text.replace("\r\n ", "").split("\r\n"):
        if line == "BEGIN:VEVENT":
            events.append({})
        elif events and ":" in line and line != "END:VEVENT":
            name, value = line.split(":", 1)
            events[-1][name.split(";")[0]] = value
    return events


def test_agenda_first_enter_opens_the_client_and_the_calendar_export(
    qtbot: Any,
    shell: Any,  # noqa: F811
    made_vault: Path,
    tmp_path: Path,
) -> None:
    from iq_desktop.ui.records.agenda_page import AgendaPage, ExportDialog
    from iq_desktop.ui.records.client_page import ClientPage

    client_id = _seed(made_vault)
    shell.start()
    main = _unlock(qtbot, shell)
    main.activateWindow()  # offscreen: the window a user would be typing in
    qtbot.waitUntil(main.isActiveWindow, timeout=2000)
    # something is due today: the agenda is the first screen
    qtbot.waitUntil(lambda: isinstance(main.stack.currentWidget(), AgendaPage), timeout=5000)
    page = main.stack.currentWidget()
    qtbot.waitUntil(lambda: page.agenda is not None and page.tree.currentItem() is not None, timeout=5000)
    assert page.tree.topLevelItem(0).text(0) == "Today (1)"
    row = page.tree.currentItem()
    assert row.text(1) == "Termin, Tara" and row.text(0).endswith("09:30") and row.text(2) == "Passau, Caritas"
    assert page.show_first.isChecked()

    # Enter on the row opens the person's page
    page.tree.setFocus()
    QTest.keyClick(page.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(main.stack.currentWidget(), ClientPage), timeout=5000)
    qtbot.waitUntil(lambda: main.stack.currentWidget().client is not None, timeout=5000)
    assert main.stack.currentWidget().client.id == client_id

    # back with the page's Ctrl+number; export the appointments as a calendar, initials only
    main.activateWindow()  # offscreen: the client page's first show leaves no window active
    qtbot.waitUntil(main.isActiveWindow, timeout=2000)
    QTest.keyClick(main, _agenda_key(), CTRL)
    qtbot.waitUntil(lambda: main.stack.currentWidget() is page, timeout=5000)
    out = tmp_path / "export" / "termine.ics"
    out.parent.mkdir()

    def fill(dialog: ExportDialog) -> None:
        assert not dialog.full_names.isChecked() and dialog.places.isChecked()
        dialog.path.setFocus()
        dialog.path.selectAll()
        QTest.keyClicks(dialog.path, str(out))
        QTest.keyClick(dialog.path, Qt.Key.Key_Return)  # Save is the default button

    _on_dialog("ExportDialog", fill)
    QTest.keyClick(page, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)  # E&xport as calendar…
    qtbot.waitUntil(out.exists, timeout=5000)
    qtbot.waitUntil(lambda: "exported" in page.summary.text(), timeout=5000)
    text = out.read_bytes().decode("utf-8")
    [event] = _parse(text)
    assert event["SUMMARY"] == "Counselling T. T."  # the GUI's language (German: "Beratung")
    assert event["DTSTART"] == TODAY.strftime("%Y%m%d") + "T093000"
    assert event["LOCATION"] == "Passau\\, Caritas"
    for personal in ("Tara", "Termin", "0170", "tara@example.org", "CNRYnotes"):
        assert personal not in text


def test_stops_for_the_session_form_and_the_show_first_setting(qtbot: Any, shell: Any) -> None:  # noqa: F811
    from iq_desktop.services import agenda
    from iq_desktop.ui.forms.session_form import SessionForm
    from iq_desktop.ui.records.agenda_page import StopsDialog

    shell.start()
    main = _unlock(qtbot, shell)
    main.activateWindow()  # offscreen: the window a user would be typing in
    qtbot.waitUntil(main.isActiveWindow, timeout=2000)
    assert main.current_key() == "sessions"  # nothing due: the usual first page
    QTest.keyClick(main, _agenda_key(), CTRL)
    page = main.pages["agenda"]
    qtbot.waitUntil(lambda: page.agenda is not None, timeout=5000)
    assert page.summary.text() == "Nothing due." and page.stops_button.isVisible()
    main.activateWindow()  # offscreen: a page's first show can leave no window active
    qtbot.waitUntil(main.isActiveWindow, timeout=2000)

    def type_stops(dialog: StopsDialog) -> None:
        QTest.keyClicks(dialog.edit, "Passau, Caritas")
        QTest.keyClick(dialog.edit, Qt.Key.Key_Return)
        QTest.keyClicks(dialog.edit, "Landshut, Rathaus")
        dialog.accept()

    _on_dialog("StopsDialog", type_stops)
    QTest.keyClick(page, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # S&tops…
    vault = shell.ctx.vault
    expected = ["Passau, Caritas", "Landshut, Rathaus"]
    qtbot.waitUntil(lambda: shell.ctx.db.run_sync(lambda: agenda.stops(vault)) == expected, timeout=5000)

    page.show_first.setFocus()
    QTest.keyClick(page.show_first, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not shell.ctx.db.run_sync(lambda: agenda.show_first(vault)), timeout=5000)

    form = main.open_form("iq_desktop.ui.forms.session_form", "SessionForm")
    assert isinstance(form, SessionForm)
    combo = form.appointment_place
    qtbot.waitUntil(lambda: combo.count() == 3, timeout=5000)
    assert [combo.itemText(i) for i in range(combo.count())] == ["(no place)", "Passau, Caritas", "Landshut, Rathaus"]
    assert not combo.isEditable()  # a stop from the list, no free text
    qtbot.keyClicks(form.appointment_time, "25:00")
    QTest.keyClick(form, Qt.Key.Key_S, CTRL)
    assert form.problem_text("appointment_time")


def test_the_agenda_never_replaces_the_page_the_user_has_started_on(
    qtbot: Any,
    shell: Any,  # noqa: F811
    made_vault: Path,
) -> None:
    """Something is due, but the answer comes late (the DB worker is held) and the user has already clicked
    into the session list: the page stays where the user is working."""
    import threading

    from iq_desktop.ui.access.unlock import UnlockWindow

    _seed(made_vault)
    shell.start()
    win = shell.window
    assert isinstance(win, UnlockWindow)
    qtbot.waitUntil(lambda: win.user.count() > 0, timeout=5000)
    qtbot.keyClicks(win.passphrase, PASSPHRASE)
    release = threading.Event()
    with qtbot.waitSignal(shell.main_shown, timeout=10000) as blocker:
        qtbot.keyClick(win.passphrase, Qt.Key.Key_Return)
        shell.db.submit(release.wait, 10.0)  # queued behind the unlock, ahead of the agenda's question
    main = blocker.args[0]
    qtbot.waitExposed(main)
    sessions = main.stack.currentWidget()
    assert sessions is main.pages["sessions"]
    QTest.mouseClick(sessions.table.viewport(), Qt.MouseButton.LeftButton)  # the user starts working
    release.set()
    shell.db.run_sync(lambda: None)  # the agenda's question has been answered ...
    qtbot.wait(200)  # ... and its answer delivered
    assert main.stack.currentWidget() is sessions
