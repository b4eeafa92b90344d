"""'What is sent' reads as a table in the user's language with exactly the values sent, the raw JSON one
click away, says which record it is and words waiting data as "will be sent" (issue 12, item 12)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from iq_desktop.domain.codes import SessionKind, Topic
from iq_desktop.domain.records import Client, CounsellingSession
from tests.ui._screens_support import run, wait_idle


def test_what_is_sent_is_a_german_table_of_the_exact_values(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.services import records, sync_service
    from iq_desktop.ui import i18n
    from iq_desktop.ui.sync.what_is_sent import WhatIsSentDialog

    c = run(ctx, records.save_client, Client(first_name="Hana", last_name="Test", nationality="IQ"))
    s = run(ctx, records.save_session, CounsellingSession(
        client_id=c.id, date=date(2025, 4, 2), kind=SessionKind.INITIAL,
        topics=frozenset({Topic.RECOGNITION, Topic.FI_WAGES})))  # fmt: skip
    _period, entry = run(ctx, sync_service.what_is_sent, s.id)
    sent = json.loads(entry.payload)["cells"]
    ctx.language = i18n.install("de")
    try:
        dialog = WhatIsSentDialog(ctx, s.id)
        qtbot.addWidget(dialog)
        dialog.show()
        view = dialog.view
        qtbot.waitUntil(lambda: view.table.rowCount() == len(sent), timeout=5000)
        wait_idle(qtbot, ctx)
        table = {view.table.item(r, 0).text(): (view.table.item(r, 1).text(), view.table.item(r, 2).text())
                 for r in range(view.table.rowCount())}  # fmt: skip
        assert table["Erstberatungen"] == (str(sent["initial.total"]["n"]), str(sent["initial.total"]["k"]))
        assert table["Erstberatungen: nur Anerkennungsberatung"][0] == "1"
        assert table["Faire Integration: beratene Personen"][0] == "1"
        shown = sorted(v for pair in table.values() for v in pair)
        assert shown == sorted(str(x) for cell in sent.values() for x in (cell["n"], cell["k"]))  # the same values
        assert not any("." in label and label.split(".")[0] in ("initial", "fi") for label in table)  # no codes
        assert view.table.item(0, 0).toolTip()  # what the figure counts
        assert view.record_text.text() == "Datensatz: Beratung vom 02.04.2025"
        assert view.payload_label.text() == "Daten, die gesendet werden:"  # waiting: not "Gesendete Daten"
        assert "Gesendete" not in view.payload_label.text()
        assert view.tabs.currentWidget() is view.table
        qtbot.mouseClick(view.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=view.tabs.tabBar().tabRect(1).center())
        assert view.tabs.currentWidget() is view.payload  # the raw JSON, one click away
        assert json.loads(view.payload.toPlainText()) == json.loads(entry.payload)
    finally:
        i18n.install("en")
        ctx.language = "en"
