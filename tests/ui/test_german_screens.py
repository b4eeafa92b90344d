"""Every screen in German: no English text left (labels, buttons, group titles, headers, list words,
placeholders, tooltips), and no label cut off."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from iq_desktop.domain.codes import Audience, EventFormat, SessionKind, Topic
from iq_desktop.domain.records import Client, CounsellingSession, GroupEvent, TrainingParticipation
from tests.ui._screens_support import run, wait_idle

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "iq_desktop_de.ts"


def _plain(text: str) -> str:
    return re.sub(r"&(?!&)", "", text).strip()


def english_only() -> list[re.Pattern[str]]:
    """Patterns of the English source texts whose German differs (one on a German screen is a bug);
    placeholders (%1, %n) match anything."""
    out = []
    for msg in ET.parse(TS).getroot().iter("message"):
        source = _plain(msg.findtext("source") or "")
        tr = msg.find("translation")
        forms = (
            [_plain(f.text or "") for f in tr.iter("numerusform")]
            if tr is not None and len(tr)
            else [_plain(tr.text or "") if tr is not None else ""]
        )
        if not source or source in forms:
            continue
        parts = re.split(r"%\d|%n", source)
        if sum(len(re.sub(r"\W", "", part)) for part in parts) < 3:
            continue  # nothing but a placeholder and punctuation
        pattern = ".*".join(re.escape(part) for part in parts)
        if any(re.fullmatch(pattern, f) for f in forms):
            continue
        out.append(re.compile(pattern))
    return out


def texts(root: QWidget) -> Iterator[tuple[str, QWidget]]:
    for w in [root, *root.findChildren(QWidget)]:
        for t in (w.toolTip(), w.accessibleName()):
            yield t, w
        if isinstance(w, QLabel | QAbstractButton):
            yield w.text(), w
        elif isinstance(w, QGroupBox):
            yield w.title(), w
        elif isinstance(w, QLineEdit):
            yield w.placeholderText(), w
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield w.itemText(i), w
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            try:
                cols = m.columnCount(QModelIndex())
            except TypeError:  # a list model: one column
                cols = 1
            for c in range(cols):
                yield str(m.headerData(c, Qt.Orientation.Horizontal) or ""), w
            for r in range(min(m.rowCount(QModelIndex()), 5)):
                for c in range(cols):
                    yield str(m.index(r, c).data() or ""), w


def english_left(root: QWidget, english: list[re.Pattern[str]]) -> list[str]:
    found = []
    seen = set()
    for text, w in texts(root):
        whole = _plain(text)
        # a label of several messages (one per line, "⚠ …", "• …") is checked line by line too
        lines = [re.sub(r"^[⚠•✔ℹ]\s*", "", line.strip()) for line in whole.splitlines()] if "\n" in whole else []
        for t in (whole, *lines):
            if not t or t in seen:
                continue
            seen.add(t)
            if any(p.fullmatch(t) for p in english):
                found.append(f"{type(w).__name__}: {t!r}")
    return sorted(set(found))


def clipped(root: QWidget) -> list[str]:
    """Visible labels narrower than their text."""
    out = []
    for lab in root.findChildren(QLabel):
        if lab.isVisible() and not lab.wordWrap() and lab.text() and "<" not in lab.text() and lab.pixmap().isNull():
            need = lab.fontMetrics().horizontalAdvance(_plain(lab.text()))
            if lab.width() + 1 < need:
                out.append(f"{_plain(lab.text())!r}: {lab.width()} < {need}")
    return out


@pytest.fixture
def german(ctx: Any, qapp: Any) -> Iterator[Any]:
    from iq_desktop.ui import i18n

    ctx.language = i18n.install("de")
    try:
        yield ctx
    finally:
        i18n.install("en")


def _records(ctx: Any) -> tuple[Client, CounsellingSession]:
    from iq_desktop.services import records

    c = run(ctx, records.save_client, Client(first_name="Lina", last_name="Haddad", nationality="SY",
                                             birth_date=date(1990, 5, 1)))  # fmt: skip
    s = run(ctx, records.save_session, CounsellingSession(client_id=c.id, date=date(2025, 2, 3),
                                                          kind=SessionKind.INITIAL,
                                                          topics=frozenset({Topic.RECOGNITION})))  # fmt: skip
    run(ctx, records.save_training, TrainingParticipation(client_id=c.id, start=date(2025, 3, 1)))
    run(ctx, records.save_event, GroupEvent(date=date(2025, 2, 10), format=EventFormat.WORKSHOP,
                                            audience=Audience.MIGRANTS, participants=12))  # fmt: skip
    return c, s


def test_every_screen_is_german(qtbot: Any, german: Any) -> None:
    from iq_desktop.ui.records.client_page import ClientPage
    from iq_desktop.ui.shell.main_window import PAGES, MainWindow
    from iq_desktop.ui.sync.what_is_sent import WhatIsSent

    client, session = _records(german)
    english = english_only()
    win = MainWindow(german)
    qtbot.addWidget(win)
    win.show()
    problems: dict[str, list[str]] = {}
    for key, *_ in PAGES:
        page = win.show_page(key)
        qtbot.wait(50)
        wait_idle(qtbot, german)
        problems[key] = english_left(win, english) + clipped(page)
        if hasattr(page, "new_record") and key != "sessions":
            win.new_record()
            wait_idle(qtbot, german)
            form = win.stack.currentWidget()
            problems[key + " form"] = english_left(form, english) + clipped(form)
            win._close_forms()
    win.show_page("sessions")
    win.new_record()
    wait_idle(qtbot, german)
    problems["session form"] = english_left(win.stack.currentWidget(), english) + clipped(win.stack.currentWidget())
    win._close_forms()
    page = ClientPage(german)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.show_client(client.id)
    qtbot.waitUntil(lambda: page.sessions_table.rowCount() == 1, timeout=5000)
    problems["client page"] = english_left(page, english) + clipped(page)
    view = WhatIsSent(german)
    qtbot.addWidget(view)
    view.show()
    view.show_record(session.id)
    wait_idle(qtbot, german)
    problems["what is sent"] = english_left(view, english)
    assert not {k: v for k, v in problems.items() if v}


def test_dialogs_errors_and_exports_are_german(qtbot: Any, german: Any, tmp_path: Path) -> None:
    """Beyond the screens: enrolment errors (a malformed code that the server answers with a bare
    "HTTP 422", a server that cannot be reached), a weak passphrase's reasons, the "what is sent" dialog
    and the figures export (also tests/ui/figures/test_figures_fresh.py) read German."""
    from PySide6.QtCore import Qt

    from iq_desktop.ui.settings.page import SettingsPage
    from iq_desktop.ui.sync.enrol_form import EnrolBox
    from iq_desktop.ui.sync.what_is_sent import WhatIsSentDialog
    from tests.sync.server import ServerProcess, free_port
    from tests.ui.conftest import PASSPHRASE

    english = english_only()
    problems: dict[str, list[str]] = {}
    _client, session = _records(german)

    server = ServerProcess(tmp_path / "server").start()
    try:
        box = EnrolBox(german)
        qtbot.addWidget(box)
        box.show()
        qtbot.keyClicks(box.server_url, server.url)
        qtbot.keyClicks(box.code, "ABC-123")  # too short: the server answers HTTP 422
        qtbot.mouseClick(box.enrol_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Anmeldecode" in box.enrol_result.text(), timeout=15000)
        assert "HTTP" not in box.enrol_result.text()
        problems["enrolment code refused"] = english_left(box, english)
    finally:
        server.stop()
    box.server_url.setText(f"http://127.0.0.1:{free_port()}")
    box.code.setText("A" * 20)
    qtbot.mouseClick(box.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "nicht erreichbar" in box.enrol_result.text(), timeout=15000)
    problems["server unreachable"] = english_left(box, english)

    page = SettingsPage(german)
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.old_pass, PASSPHRASE)
    qtbot.keyClicks(page.new_pass, "kurz")
    qtbot.keyClicks(page.new_pass2, "kurz")
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.change_problem.isVisible(), timeout=15000)
    assert "mindestens 10 Zeichen" in page.change_problem.text()
    problems["weak passphrase"] = english_left(page, english)

    dialog = WhatIsSentDialog(german, session.id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, german)
    problems["what is sent dialog"] = english_left(dialog, english)
    assert not {k: v for k, v in problems.items() if v}
