"""Issue 11, item 2: a counsellor records a recognition procedure on the client's page with the keyboard
(the tab's mnemonic, New, the fields' mnemonics, Ctrl+S), sees it as a timeline, edits it with Enter and
deletes it with Del (a reason, a confirmation). The sessions table says who recorded each session."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from iq_desktop.domain.codes import Compensation, ProcedureDecision, Topic
from iq_desktop.ui.context import Change
from tests.ui.records.test_client_page_return import _open_client_page
from tests.ui.records.test_lists import _add
from tests.ui.shell.test_shell import _unlock, shell  # noqa: F401 - the shell fixture

ALT = Qt.KeyboardModifier.AltModifier


def _procedures(ctx: Any, client_id: str) -> list[Any]:
    from iq_desktop.services import procedures

    return ctx.db.run_sync(lambda: procedures.list_procedures(ctx.vault, client_id))


def test_a_procedure_entered_with_the_keyboard_shows_as_a_timeline(qtbot: Any, shell: Any) -> None:  # noqa: F811
    from iq_desktop.services import records
    from iq_desktop.ui.forms.procedure_form import ProcedureForm
    from iq_desktop.ui.records.procedures_panel import DeleteProcedureDialog

    shell.start()
    main = _unlock(qtbot, shell)
    client = _add(shell.ctx, "Vera", "Verfahren", frozenset({Topic.RECOGNITION}), days_ago=30)
    client.occupation_code = "81302"
    shell.ctx.db.run_sync(lambda: records.save_client(shell.ctx.vault, client))
    shell.ctx.notify(Change.RECORDS)
    page = _open_client_page(qtbot, main, client.id)
    assert page.sessions_table.horizontalHeaderItem(4).text() == "Recorded by"

    # the tab by its mnemonic, then "New procedure" by its own
    QTest.keyClick(page, Qt.Key.Key_P, ALT)
    assert page.tabs.currentWidget() is page.procedures_panel
    panel = page.procedures_panel
    qtbot.waitUntil(lambda: panel.empty.isVisible(), timeout=3000)
    QTest.keyClick(panel, Qt.Key.Key_N, ALT)  # &New procedure (a mnemonic clicks after a short animation)
    qtbot.waitUntil(lambda: isinstance(page.stack.currentWidget(), ProcedureForm), timeout=3000)
    form = page.stack.currentWidget()
    assert form.occupation.value() == "81302"  # the client's reference occupation is the default
    assert "Verfahren, Vera" in form.title.text()

    QTest.keyClick(form, Qt.Key.Key_A, ALT)  # Competent &authority
    assert form.authority.hasFocus()
    qtbot.keyClicks(form.authority, "Landesamt Pflege")
    QTest.keyClick(form, Qt.Key.Key_L, ALT)  # Application fi&led on
    applied = date.today() - timedelta(days=200)
    decided = date.today() - timedelta(days=20)
    qtbot.keyClicks(form.applied.edit, applied.strftime("%d.%m.%Y"))
    QTest.keyClick(form, Qt.Key.Key_D, ALT)  # &Documents complete
    QTest.keyClick(form.documents_complete, Qt.Key.Key_Space)
    QTest.keyClick(form, Qt.Key.Key_C, ALT)  # De&cision: pending -> full -> partial
    assert form.decision.hasFocus()
    QTest.keyClick(form.decision, Qt.Key.Key_Down)
    QTest.keyClick(form.decision, Qt.Key.Key_Down)
    assert form.decision.value() is ProcedureDecision.PARTIAL

    # saved without a decision date: the form says where the problem is
    QTest.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.problem_text("decided") and page.stack.currentWidget() is form

    QTest.keyClick(form, Qt.Key.Key_T, ALT)  # Decision da&te
    qtbot.keyClicks(form.decided.edit, decided.strftime("%d.%m.%Y"))
    QTest.keyClick(form, Qt.Key.Key_M, ALT)  # Compensation &measure: none -> adaptation period -> aptitude test
    QTest.keyClick(form.compensation, Qt.Key.Key_Down)
    QTest.keyClick(form.compensation, Qt.Key.Key_Down)
    QTest.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 0, timeout=5000)
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=5000)
    assert page.tabs.currentWidget() is panel

    (saved,) = _procedures(shell.ctx, client.id)
    assert saved.decision is ProcedureDecision.PARTIAL and saved.compensation is Compensation.APTITUDE_TEST
    assert saved.authority == "Landesamt Pflege" and saved.documents_complete
    assert (saved.applied, saved.decided) == (applied, decided)
    text = panel.list.item(0).text()
    assert "81302" in text and "Landesamt Pflege" in text
    assert "● Documents complete" in text and "partial equivalence" in text and "aptitude or knowledge test" in text
    assert text.index("Application") < text.index("Documents") < text.index("Decision") < text.index("aptitude")

    # Enter on the procedure opens it; Esc closes it unchanged
    panel.list.setFocus()
    QTest.keyClick(panel.list, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is form and not form.is_new
    assert form.authority.text() == "Landesamt Pflege" and "Created on" in form.meta.text()
    QTest.keyClick(form, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 0, timeout=3000)

    # Del asks for a reason; Delete stays disabled until there is one
    seen: list[bool] = []

    def confirm() -> None:
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, DeleteProcedureDialog)
        seen.append(dlg.delete_button.isEnabled())
        qtbot.keyClicks(dlg.reason, "doppelt erfasst")
        seen.append(dlg.delete_button.isEnabled())
        dlg.delete_button.click()

    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=3000)
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    QTimer.singleShot(0, confirm)
    QTest.keyClick(panel.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: panel.list.count() == 0, timeout=5000)
    assert seen == [False, True]
    assert _procedures(shell.ctx, client.id) == []
    assert panel.empty.isVisible()
