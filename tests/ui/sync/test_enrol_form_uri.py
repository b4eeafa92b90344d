"""The enrolment URI of the server's QR code in the sync panel's enrolment form: a handheld scanner types
it (one key at a time, often with Enter at the end) or a coordinator pastes it into the code field; the
form splits it into the server address and the code. Against the real regional server (a subprocess)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence

from iq_server.enrolment_qr import enrolment_uri
from tests.sync.server import ServerProcess

NOTE = "taken from the enrolment code"
CODE = "AS5V-PMF3-QX7B-2KLM-ZZ4A-H6NE-RT5W-YU3C"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    srv = ServerProcess(Path(tmp_path_factory.mktemp("iq-server"))).start()
    yield srv
    srv.stop()


def _panel(qtbot: Any, ctx: Any) -> Any:
    from iq_desktop.ui.sync.panel import SyncPanel

    panel = SyncPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: "Not enrolled" in panel.status_label.text(), timeout=5000)
    return panel


def test_scanner_types_the_uri_into_the_code_field_and_enrols(qtbot: Any, ctx: Any, server: ServerProcess) -> None:
    panel = _panel(qtbot, ctx)
    code = server.enrolment_code()
    panel.code.setFocus()
    qtbot.keyClicks(panel.code, enrolment_uri(code, server.url))  # key by key, as the scanner does
    qtbot.waitUntil(lambda: panel.code.text() == code, timeout=3000)  # once the typing settles
    assert panel.server_url.text() == server.url
    assert NOTE in panel.enrol_result.text()
    qtbot.mouseClick(panel.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Enrolled as site site-1" in panel.enrol_result.text(), timeout=15000)
    assert panel.code.text() == ""


def test_pasted_uri_replaces_a_different_address_at_once_on_enter(qtbot: Any, ctx: Any) -> None:
    panel = _panel(qtbot, ctx)
    qtbot.keyClicks(panel.server_url, "https://old.example.org")
    QGuiApplication.clipboard().setText(enrolment_uri(CODE, "https://iq.example.org:8443/base"))
    panel.code.setFocus()
    qtbot.keySequence(panel.code, QKeySequence.StandardKey.Paste)
    assert panel.code.text().startswith("iq-enrol:?server=")  # pasted as it is, until Enter or a pause
    qtbot.keyClick(panel.code, Qt.Key.Key_Return)  # scanners end with Enter: no waiting then
    assert (panel.server_url.text(), panel.code.text()) == ("https://iq.example.org:8443/base", CODE)
    assert NOTE in panel.enrol_result.text()


def test_uri_without_server_keeps_the_typed_address(qtbot: Any, ctx: Any) -> None:
    panel = _panel(qtbot, ctx)
    qtbot.keyClicks(panel.server_url, "https://iq.example.org")
    qtbot.keyClicks(panel.code, enrolment_uri(CODE, None))
    qtbot.waitUntil(lambda: panel.code.text() == CODE, timeout=3000)
    assert panel.server_url.text() == "https://iq.example.org" and panel.enrol_result.text() == ""
    # the same address in the URI: nothing to point out either
    panel.code.clear()
    qtbot.keyClicks(panel.code, enrolment_uri(CODE, "https://iq.example.org"))
    qtbot.keyClick(panel.code, Qt.Key.Key_Return)
    assert panel.code.text() == CODE and panel.enrol_result.text() == ""


def test_scanned_into_the_address_field_fills_both(qtbot: Any, ctx: Any) -> None:
    panel = _panel(qtbot, ctx)
    panel.server_url.setFocus()
    qtbot.keyClicks(panel.server_url, enrolment_uri(CODE, "https://iq.example.org"))
    qtbot.keyClick(panel.server_url, Qt.Key.Key_Return)
    assert (panel.server_url.text(), panel.code.text()) == ("https://iq.example.org", CODE)


def test_malformed_uri_is_not_sent_and_says_what_to_do(qtbot: Any, ctx: Any) -> None:
    panel = _panel(qtbot, ctx)
    qtbot.keyClicks(panel.server_url, "https://iq.example.org")
    broken = enrolment_uri(CODE, None).replace("code=", "cod=")  # a scan that lost a character
    qtbot.keyClicks(panel.code, broken)
    qtbot.mouseClick(panel.enrol_button, Qt.MouseButton.LeftButton)
    assert "carries no enrolment code" in panel.enrol_result.text()
    assert panel.code.text() == broken and panel.enrol_button.isEnabled()  # nothing was submitted
    panel.code.clear()
    qtbot.keyClicks(panel.code, "iq-enrol:?code=AB&server=ftp%3A%2F%2Fiq.example.org")
    qtbot.keyClick(panel.code, Qt.Key.Key_Return)
    assert "not a web address" in panel.enrol_result.text() and panel.server_url.text() == "https://iq.example.org"
    panel.code.clear()
    qtbot.keyClicks(panel.code, "iq-enrol:?code=AB&code=CD")
    qtbot.waitUntil(lambda: "incomplete or damaged" in panel.enrol_result.text(), timeout=3000)
    assert CODE not in panel.enrol_result.text()


def test_a_plain_code_is_left_alone(qtbot: Any, ctx: Any) -> None:
    panel = _panel(qtbot, ctx)
    qtbot.keyClicks(panel.code, CODE)
    qtbot.keyClick(panel.code, Qt.Key.Key_Return)
    qtbot.wait(400)
    assert panel.code.text() == CODE and panel.server_url.text() == "" and panel.enrol_result.text() == ""
