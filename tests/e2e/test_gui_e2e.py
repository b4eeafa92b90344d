"""The desktop app end to end, driven like a user (offscreen, keyboard and clicks, German UI):

first run (user, passphrase twice, recovery key confirmed) → a client and an initial session entered →
lock (Ctrl+L) → unlock → the client found by name → "what is sent" shows the payload (no personal
value in it) → enrolled with a code from ``iq-server enrolment-code`` and synced to the real server
process ("Sync now") → shown as sent.  Qt warnings fail the test.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard

from iq_desktop.crypto import TEST_KDF
from iq_desktop.domain import lattice
from iq_desktop.domain.codes import Topic
from tests.sync.helpers import item_of
from tests.sync.server import ServerProcess

USER = "maria.koordination"
PASSPHRASE = "Beratung am Dienstag in Cottbus 7"
PERSONAL = {
    "first": "Yasmin",
    "last": "Nassereddin",
    "phone": "0170 5550199",
    "postcode": "03046",
    "notes": "Kinderbetreuung klaeren",
}  # fmt: skip (QTest types ASCII only)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    srv = ServerProcess(tmp_path / "iq-server").start()
    yield srv
    srv.stop()


@pytest.fixture
def shell(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    from iq_desktop.ui import i18n
    from iq_desktop.ui.shell.app import Shell

    data_dir = tmp_path / "laptop"
    monkeypatch.setenv("IQ_DATA_DIR", str(data_dir))
    s = Shell(data_dir, i18n.install("de"), kdf=TEST_KDF)  # German: the default
    yield s
    s.shutdown()
    if s.window is not None:
        s.window.close()
        s.window.deleteLater()
    i18n.install("en")


def activate(qtbot: Any, window: Any) -> None:
    """Offscreen, a closed completer popup leaves no window active; a user's click would activate it."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def _key(widget: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def first_run(qtbot: Any, shell: Any) -> Any:
    from iq_desktop.ui.access.first_run import FirstRunWizard

    shell.start()
    wiz = shell.window
    assert isinstance(wiz, FirstRunWizard)
    qtbot.waitExposed(wiz)
    next_button = wiz.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(wiz.account.user, USER)
    _key(wiz.account.user, Qt.Key.Key_Tab)
    qtbot.keyClicks(wiz.account.fields.first, PASSPHRASE)
    qtbot.keyClicks(wiz.account.fields.second, PASSPHRASE)
    assert next_button.isEnabled()
    with qtbot.waitSignal(wiz.currentIdChanged, timeout=15000):
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wiz.currentPage() is wiz.key_page and len(wiz.key_page.key_label.text().split()) == 14
    finish = wiz.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # only after the key is confirmed as stored
    wiz.key_page.stored.setFocus()
    _key(wiz.key_page.stored, Qt.Key.Key_Space)
    with qtbot.waitSignal(shell.main_shown, timeout=15000) as blocker:
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    main = blocker.args[0]
    qtbot.waitExposed(main)
    activate(qtbot, main)  # the window the user now types in (window shortcuts need it active)
    return main


def enter_client(qtbot: Any, main: Any) -> None:
    _key(main, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # clients
    _key(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = main.stack.currentWidget()
    assert type(form).__name__ == "ClientForm"
    qtbot.keyClicks(form.first_name, PERSONAL["first"])
    _key(form.first_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), PERSONAL["last"])
    qtbot.keyClicks(form.birth_date.edit, "14.03.1988")
    qtbot.keyClicks(form.phone, PERSONAL["phone"])
    qtbot.keyClicks(form.postcode, PERSONAL["postcode"])
    form.nationality.setFocus()
    form.nationality.lineEdit().selectAll()  # over "unbekannt"
    qtbot.keyClicks(form.nationality.lineEdit(), "syri")
    popup = form.nationality.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    _key(popup, Qt.Key.Key_Down)
    _key(popup, Qt.Key.Key_Return)
    assert form.nationality.value() == "SY"
    form.qualification_level.setFocus()  # a required choice ("bitte wählen" first): the next entry
    _key(form.qualification_level, Qt.Key.Key_Down)
    assert form.qualification_level.value() is not None
    form.notes.setFocus()
    qtbot.keyClicks(form.notes, PERSONAL["notes"])
    with qtbot.waitSignal(form.saved, timeout=10000):
        _key(form.first_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def enter_initial_session(qtbot: Any, main: Any) -> None:
    activate(qtbot, main)
    _key(main, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # sessions
    qtbot.waitUntil(lambda: main.stack.currentWidget() is main.pages["sessions"], timeout=5000)
    _key(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = main.stack.currentWidget()
    assert type(form).__name__ == "SessionForm"
    activate(qtbot, main)
    form.client.setFocus()
    qtbot.keyClicks(form.client, PERSONAL["last"][:5])
    popup = form.client.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    _key(popup, Qt.Key.Key_Down)
    _key(popup, Qt.Key.Key_Return)
    assert form.client.client_id
    assert form.kind.currentText() == "Erstberatung"  # an initial session is the default
    box = form.topics.boxes[Topic.RECOGNITION]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.height() // 2, box.height() // 2))
    with qtbot.waitSignal(form.saved, timeout=10000):
        _key(form.client, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    sessions = main.pages["sessions"]
    qtbot.waitUntil(lambda: sessions.model.rowCount() == 1, timeout=5000)


def lock_and_unlock(qtbot: Any, shell: Any, main: Any) -> Any:
    from iq_desktop.ui.access.unlock import UnlockWindow

    vault = shell.ctx.vault
    with qtbot.waitSignal(shell.unlock_shown, timeout=10000) as blocker:
        _key(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: vault.locked, timeout=10000)
    win = blocker.args[0]
    assert isinstance(win, UnlockWindow)
    qtbot.waitUntil(lambda: win.user.count() > 0, timeout=5000)
    assert win.user.currentText() == USER
    qtbot.keyClicks(win.passphrase, PASSPHRASE)
    with qtbot.waitSignal(shell.main_shown, timeout=15000) as blocker:
        _key(win.passphrase, Qt.Key.Key_Return)
    main = blocker.args[0]
    qtbot.waitExposed(main)
    activate(qtbot, main)  # the window the user now types in (window shortcuts need it active)
    return main


def find_client(qtbot: Any, main: Any) -> Any:
    from iq_desktop.ui.records.client_page import ClientPage

    _key(main, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    clients = main.pages["clients"]
    qtbot.keyClicks(clients.find_edit, PERSONAL["last"][:6].lower())
    qtbot.waitUntil(lambda: not clients._debounce.isActive() and clients.model.rowCount() == 1, timeout=5000)
    qtbot.wait(50)  # the search's answer
    _key(clients.find_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(main.stack.currentWidget(), ClientPage), timeout=5000)
    page = main.stack.currentWidget()
    qtbot.waitUntil(lambda: page.sessions_table.rowCount() == 1, timeout=5000)
    assert page.heading.text() == f"{PERSONAL['last']}, {PERSONAL['first']}"
    return page


def what_is_sent(qtbot: Any, page: Any, state: str) -> Any:
    from iq_desktop.ui.sync.what_is_sent import WhatIsSentDialog

    page.sessions_table.selectRow(0)
    qtbot.mouseClick(page.sent_button, Qt.MouseButton.LeftButton)
    dialogs = [d for d in page.findChildren(WhatIsSentDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitUntil(lambda: dialog.view.state == state, timeout=10000)
    return dialog


def test_first_run_to_sent(qtbot: Any, shell: Any, server: ServerProcess) -> None:
    from iq_desktop.ui.sync.what_is_sent import SENT, WAITING

    main = first_run(qtbot, shell)
    assert shell.ctx.user == USER and shell.ctx.is_coordinator
    enter_client(qtbot, main)
    enter_initial_session(qtbot, main)
    # the session's quarter, half-year and year: three periods of figures wait to be sent
    qtbot.waitUntil(lambda: main.status.waiting_count == 3, timeout=5000)

    main = lock_and_unlock(qtbot, shell, main)
    page = find_client(qtbot, main)
    session = page.sessions[0]
    quarter, half, year = (p.label for p in lattice.periods_of(session.date))

    dialog = what_is_sent(qtbot, page, WAITING)
    text = dialog.view.payload.toPlainText()
    payload = json.loads(text)  # the exact JSON that will leave the laptop: the quarter's counts ...
    assert payload["type"] == "contribution" and payload["period"] == quarter
    assert {c: v["n"] for c, v in payload["cells"].items()} == {"initial.total": 1, "initial.recognition": 1}
    assert session.id not in text and page.sessions[0].client_id not in text
    for value in (*PERSONAL.values(), "1988-03-14", "14.03.1988", USER):  # ... nothing personal
        assert value.lower() not in text.lower()
    assert "nächsten Synchronisation" in dialog.view.state_text.text()
    dialog.close()

    activate(qtbot, main)
    _key(main, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # sync (closes the client page)
    panel = main.pages["sync"]
    assert main.stack.currentWidget() is panel
    qtbot.keyClicks(panel.server_url, server.url)
    qtbot.keyClicks(panel.code, server.enrolment_code())  # `iq-server enrolment-code --site site-1`
    qtbot.mouseClick(panel.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Angemeldet als Standort" in panel.enrol_result.text(), timeout=15000)
    qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.last_summary is not None, timeout=30000)
    # The automatic sync starts right after enrolment too; one of the two sends it, exactly once.
    qtbot.waitUntil(lambda: main.status.waiting_count == 0, timeout=30000)
    vault = shell.ctx.vault
    held = server.rows()
    assert {held[item_of(vault, p)][::2] for p in (quarter, half, year)} == {(1, "contribution")}
    assert len(held) == 3
    assert {c: n for c, (n, _) in server.cells(site_id="site-1")[quarter].items()} == {
        "initial.total": 1, "initial.recognition": 1}  # fmt: skip
    assert main.status.online.text.text() == "Online"
    assert main.status.last_sync.text.text().startswith("Letzte Synchronisation: ")

    activate(qtbot, main)
    page = find_client(qtbot, main)
    dialog = what_is_sent(qtbot, page, SENT)
    assert "Gesendet" in dialog.view.state_text.text()
    dialog.close()
