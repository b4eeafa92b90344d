"""The sync panel against the real regional server (a subprocess on 127.0.0.1): enrol, sync now,
summary, history, quarantine and retry, what is sent afterwards. What waits and is sent are the site's
figures, one item per period of the lattice (a session on 2 April 2025 is counted in 2025-Q2, 2025-H1
and 2025: three items), never a record of a person."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from iq_desktop.domain.codes import SessionKind, Topic
from iq_desktop.domain.records import Client, CounsellingSession
from tests.sync.server import ServerProcess
from tests.ui._screens_support import run, server_figures, wait_idle


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    srv = ServerProcess(Path(tmp_path_factory.mktemp("iq-server"))).start()
    yield srv
    srv.stop()


def _session(ctx: Any, day: date = date(2025, 4, 2)) -> CounsellingSession:
    from iq_desktop.services import records

    c = run(ctx, records.save_client, Client(first_name="Omar", last_name="Saleh", nationality="SY"))
    s = CounsellingSession(
        client_id=c.id,
        date=day,
        kind=SessionKind.INITIAL,
        topics=frozenset({Topic.RECOGNITION, Topic.JOB_TRAINING}),
    )
    return run(ctx, records.save_session, s)


def test_not_enrolled_panel_says_so_and_keeps_records(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.sync.panel import SyncPanel

    _session(ctx)
    panel = SyncPanel(ctx)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: "Not enrolled" in panel.status_label.text(), timeout=5000)
    assert "figures stay queued" in panel.status_label.text()
    assert "Periods of figures waiting to be sent: 3 " in panel.status_label.text()  # 2025-Q2, 2025-H1, 2025
    assert panel.sync_button.isEnabled() and panel.enrol_button.isEnabled()  # a coordinator acts
    qtbot.mouseClick(panel.enrol_button, Qt.MouseButton.LeftButton)
    assert "server address" in panel.enrol_result.text()


def test_enrol_sync_and_see_it_sent(qtbot: Any, ctx: Any, server: ServerProcess) -> None:
    from iq_desktop.ui.sync.panel import SyncPanel
    from iq_desktop.ui.sync.what_is_sent import SENT, WhatIsSent

    session = _session(ctx)
    panel = SyncPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.keyClicks(panel.server_url, server.url)
    qtbot.keyClicks(panel.code, server.enrolment_code())
    qtbot.keyClicks(panel.enrol_box.label, "Laptop Raum 3")  # the server's name for it, not the hostname
    qtbot.mouseClick(panel.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Enrolled as site" in panel.enrol_result.text(), timeout=15000)
    qtbot.waitUntil(lambda: "Enrolled with" in panel.status_label.text(), timeout=5000)
    assert server.query("SELECT name FROM device") == [("Laptop Raum 3",)]

    finished: list[Any] = []
    ctx.sync_finished.connect(finished.append)
    qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
    assert panel.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: panel.last_summary is not None, timeout=30000)
    assert panel.last_summary.sent == 3 and panel.last_summary.pending == 0
    assert "Sent: 3" in panel.summary_label.text() and "✔" in panel.summary_label.text()
    assert finished
    qtbot.waitUntil(lambda: panel.history_table.rowCount() == 1, timeout=5000)
    assert panel.history_table.item(0, 1).text() == "3"
    held = server_figures(server.db_path)  # the server holds the site's counts per period, nothing else
    assert set(held) == {"2025-Q2", "2025-H1", "2025"}
    assert held["2025-Q2"] == {"initial.total": 1, "initial.combined": 1}

    view = WhatIsSent(ctx)
    qtbot.addWidget(view)
    view.show_record(session.id)
    qtbot.waitUntil(lambda: view.state == SENT, timeout=5000)
    assert "Sent" in view.state_text.text() and "2025-Q2" in view.state_text.text()


def test_quarantine_shows_reason_and_retry_requeues(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.services import sync_service
    from iq_desktop.ui import i18n
    from iq_desktop.ui.sync.panel import SyncPanel

    i18n.install("en")  # as the app does in English: "1 period", not "1 period(s)" (whatever test ran before)

    session = _session(ctx)

    def quarantine(vault: Any) -> None:  # the server refused the figures of the session's quarter
        _period, entry = sync_service.what_is_sent(vault, session.id)
        with vault._uow() as uow:
            uow.outbox.mark_quarantined(entry.record_id, entry.revision, "unknown quarter")

    ctx.db.run_sync(lambda: quarantine(ctx.vault))
    panel = SyncPanel(ctx)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.quarantine_table.rowCount() == 1, timeout=5000)
    assert panel.quarantine_table.item(0, 0).text() == "2025-Q2"  # the period, not an id
    assert panel.quarantine_table.item(0, 1).text() == "the period's figures"
    assert "unknown quarter" in panel.quarantine_table.item(0, 3).text()
    panel.quarantine_table.selectRow(0)
    qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.quarantine_table.rowCount() == 0, timeout=5000)
    assert "1 period of figures put back in the queue" in panel.summary_label.text()
    wait_idle(qtbot, ctx)
    period, entry = run(ctx, sync_service.what_is_sent, session.id)
    assert period == "2025-Q2" and entry.state == "pending"


def test_last_problem_is_worded_by_its_kind_in_german(qtbot: Any, ctx: Any, server: ServerProcess) -> None:
    """status() carries the kind of the last problem; German screens word it, not the English text."""
    from iq_desktop.ui import i18n
    from iq_desktop.ui.sync import adapter as sync_adapter
    from iq_desktop.ui.sync.panel import SyncPanel

    _session(ctx)
    st = ctx.db.run_sync(lambda: sync_adapter.enrol(ctx.vault, server.url, server.enrolment_code(), None))
    assert st.last_error is None and st.last_error_kind is None
    server.revoke(st.device_id)
    summary = ctx.db.run_sync(lambda: sync_adapter.run(ctx.vault, lambda _d, _t: None, lambda: False))
    assert summary.error_kind == "revoked"
    st = run(ctx, sync_adapter.status)
    assert st.last_error_kind == "revoked" and "revoked" in (st.last_error or "")
    i18n.install("de")
    try:
        ctx.language = "de"
        panel = SyncPanel(ctx)
        qtbot.addWidget(panel)
        qtbot.waitUntil(lambda: "Letztes Problem" in panel.status_label.text(), timeout=5000)
        text = panel.status_label.text()
        assert "gesperrt" in text and st.last_error not in text
        qtbot.waitUntil(lambda: panel.history_table.rowCount() == 1, timeout=5000)
        assert "gesperrt" in panel.history_table.item(0, 5).text()
    finally:
        i18n.install("en")


def test_quarantine_reasons_and_sync_causes_are_worded_in_german(qtbot: Any, ctx: Any) -> None:
    """The server's reasons (English, shared with the server in domain.reasons) and the causes of a
    temporary failure read in the user's language; the English text stays in the tooltip."""
    from iq_desktop.domain import reasons
    from iq_desktop.ui import i18n
    from iq_desktop.ui.sync import words as sync_words
    from iq_desktop.ui.sync.panel import SyncPanel

    cases = {
        reasons.SERVER + reasons.SCHEMA + ": payload.age_band: Input should be 'under_25'": "payload.age_band",
        reasons.SERVER + reasons.OTHER_SITE: "anderen Standort",
        reasons.SERVER + reasons.CONFLICT + "; send a new revision": "neue Version",
        reasons.DAMAGED: "beschädigt",
        reasons.TOO_LARGE: "zu groß",
    }
    from iq_desktop.services import sync_service

    _session(ctx, date(2024, 4, 2))
    _session(ctx, date(2025, 4, 2))  # six items: 2024-Q2, 2024-H1, 2024 and the same of 2025

    def quarantine(vault: Any) -> None:
        items = sync_service.outbox_listing(vault)
        assert len(items) == 6
        with vault._uow() as uow:
            for it, reason in zip(items, cases, strict=False):
                uow.outbox.mark_quarantined(it.record_id, it.revision, reason)

    ctx.db.run_sync(lambda: quarantine(ctx.vault))
    i18n.install("de")
    try:
        ctx.language = "de"
        panel = SyncPanel(ctx)
        qtbot.addWidget(panel)
        qtbot.waitUntil(lambda: panel.quarantine_table.rowCount() == len(cases), timeout=5000)
        shown = {panel.quarantine_table.item(r, 3).toolTip(): panel.quarantine_table.item(r, 3).text()
                 for r in range(len(cases))}  # fmt: skip
        for reason, word in cases.items():
            assert word in shown[reason], (reason, shown[reason])
            assert reason not in shown[reason]
        for cause in ("offline", "timeout", "tls", "server", "rate_limited", "unclear"):
            german = sync_words.problem_text("retry", "the English text", cause)
            assert german != "the English text" and ("Server" in german or "Synchronisation" in german), german
        assert "Zertifikat" in sync_words.problem_text("retry", "x", "tls")
        assert "CA-Zertifikatsdatei" in sync_words.problem_text("ca_bundle", "x")
    finally:
        i18n.install("en")
        ctx.language = "en"
