"""Accessibility sweep: every input on every screen, form and dialog has an accessible name and a
visible label (a label whose buddy it is, or its own text).  Real widgets, offscreen."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from iq_desktop.crypto import TEST_KDF
from iq_desktop.ui.context import Change
from tests.ui._screens_support import run, wait_idle

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QCheckBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


def _inner(w: QWidget) -> bool:
    """Parts of a compound widget (a combo's or date edit's line edit, a combo's popup list, a calendar)."""
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, (QComboBox, QAbstractSpinBox, QCalendarWidget)):
            return True
        p = p.parentWidget()
    return (
        isinstance(w, QAbstractItemView)
        and w.parentWidget() is not None
        and w.parentWidget().inherits("QComboBoxPrivateContainer")
    )


CHECKED: dict[str, int] = {}


def problems(root: QWidget, where: str) -> list[str]:
    buddies = {id(lab.buddy()) for lab in root.findChildren(QLabel) if lab.buddy() is not None}
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INPUTS) or isinstance(w, QHeaderView) or _inner(w):
            continue
        name = f"{where}: {type(w).__name__} {w.objectName() or ''}".strip()
        CHECKED[where] = CHECKED.get(where, 0) + 1
        if not w.accessibleName().strip():
            out.append(f"{name} has no accessible name")
        own_text = isinstance(w, QCheckBox) and bool(w.text().strip())
        labelled = own_text or isinstance(w, QAbstractItemView)  # a view is named by its heading/box
        p: QWidget | None = w
        while not labelled and p is not None and p is not root:
            labelled = id(p) in buddies
            p = p.parentWidget()
        if not labelled:
            out.append(f"{name} ({w.accessibleName()!r}) has no label (buddy) and no text of its own")
    return out


@pytest.fixture
def shell(qapp: Any, made_vault: Path) -> Any:
    from iq_desktop.ui.shell.app import Shell

    s = Shell(made_vault, "en", kdf=TEST_KDF)
    yield s
    s.shutdown()
    if s.window is not None:
        s.window.close()
        s.window.deleteLater()


def test_every_input_has_a_name_and_a_label(qtbot: Any, shell: Any, tmp_path: Path) -> None:
    from iq_desktop.domain.codes import SessionKind, Topic
    from iq_desktop.domain.records import Client, CounsellingSession
    from iq_desktop.services import records
    from iq_desktop.ui.access.first_run import FirstRunWizard
    from iq_desktop.ui.access.unlock import RecoveryDialog
    from iq_desktop.ui.shell.main_window import PAGES
    from iq_desktop.ui.shell.self_test import SELF_TEST_FORMS
    from iq_desktop.ui.sync.what_is_sent import WhatIsSentDialog
    from tests.ui.shell.test_shell import _unlock

    found: list[str] = []
    shell.start()
    unlock_win = shell.window
    found += problems(unlock_win, "unlock")
    dlg = RecoveryDialog(shell.data_dir, shell.db, ["anna"], "anna", unlock_win)
    found += problems(dlg, "recovery")
    dlg.deleteLater()
    wiz = FirstRunWizard(tmp_path / "new", shell.db, kdf=TEST_KDF)
    qtbot.addWidget(wiz)
    for page_id in wiz.pageIds():
        found += problems(wiz.page(page_id), f"first run {page_id}")

    main = _unlock(qtbot, shell)
    ctx = shell.ctx
    client = run(ctx, records.save_client, Client(first_name="Test", last_name="Person", nationality="SY"))
    session = run(
        ctx,
        records.save_session,
        CounsellingSession(
            client_id=client.id, date=date(2025, 3, 4), kind=SessionKind.INITIAL, topics=frozenset({Topic.RECOGNITION})
        ),
    )
    ctx.notify(Change.RECORDS)
    for key, *_rest in PAGES:
        found += problems(main.show_page(key), key)
    for module, cls in SELF_TEST_FORMS:
        form = main.open_form(module, cls)
        assert form is not None, cls
        found += problems(form, cls)
        main._close_forms()
    main.open_client(client.id)
    qtbot.waitUntil(lambda: type(main.stack.currentWidget()).__name__ == "ClientPage", timeout=5000)
    found += problems(main.stack.currentWidget(), "client page")
    main._close_forms()
    sent = WhatIsSentDialog(ctx, session.id, main)
    found += problems(sent, "what is sent")
    sent.deleteLater()
    wait_idle(qtbot, ctx)
    assert found == [], "\n".join(found)
    # the walk saw the inputs: the forms' fields, the lists' filters and tables, the unlock fields
    assert CHECKED["SessionForm"] >= 8 and CHECKED["ClientForm"] >= 10 and CHECKED["sessions"] >= 4, CHECKED
    assert CHECKED["unlock"] >= 2 and CHECKED["settings"] >= 3 and CHECKED["what is sent"] == 2, CHECKED
