"""Anonymous and short contacts in the client form (issue 11, item 4), driven like a counsellor with the
keyboard: Shift+Tab and Space tick "Counselled anonymously" (above the names), the name fields are
disabled, only what the figures need is asked, Ctrl+S saves with the day's pseudonym; later the person
is given a name."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from iq_desktop.domain.records import Client
from tests.ui._screens_support import run, wait_idle


def records() -> Any:
    from iq_desktop.services import records as r

    return r


def test_an_anonymous_client_is_saved_with_a_pseudonym_and_named_later(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.forms.client_form import ClientForm

    form = ClientForm(ctx)
    qtbot.addWidget(form)
    form.resize(1000, 680)
    form.show()
    form.activateWindow()
    qtbot.waitActive(form)
    assert form.focusWidget() is form.first_name
    qtbot.keyClick(form.first_name, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)  # the box above
    assert form.focusWidget() is form.anonymous
    qtbot.keyClick(form.anonymous, Qt.Key.Key_Space)
    assert form.anonymous.isChecked()
    assert not form.first_name.isEnabled() and not form.last_name.isEnabled()
    assert not form.phone.isVisible() and not form.consent_date.isVisible() and not form.gender.isVisible()
    assert form.occupation.isVisible() and form.pseudonym.isVisible()
    # the only fact the figures need of a person: the reference occupation
    form.occupation.lineEdit().selectAll()
    qtbot.keyClicks(form.occupation.lineEdit(), "81302")
    popup = form.occupation.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    with qtbot.waitSignal(form.saved, timeout=5000) as saved:
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    client: Client = saved.args[0]
    expected = f"anonym {date.today().isoformat()} #1"
    assert client.anonymous and client.pseudonym == expected and client.occupation_code == "81302"
    assert [r.display_name for r in run(ctx, records().find_clients, "anonym")] == [expected]

    # later: the person tells their name
    form.load(run(ctx, records().get_client, client.id))
    assert form.anonymous.isChecked() and form.pseudonym.text() == expected
    qtbot.keyClick(form.anonymous, Qt.Key.Key_Space)  # untick the box
    assert not form.anonymous.isChecked() and form.first_name.isEnabled() and form.phone.isVisible()
    form.first_name.setFocus()
    qtbot.keyClicks(form.first_name, "Amira")
    qtbot.keyClick(form.first_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.focusWidget(), "Haddad")
    form.qualification_level.setCurrentIndex(1)
    with qtbot.waitSignal(form.saved, timeout=5000):
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    named = run(ctx, records().get_client, client.id)
    assert (named.anonymous, named.display_name, named.occupation_code) == (False, "Haddad, Amira", "81302")
    wait_idle(qtbot, ctx)


def test_names_are_required_unless_anonymous(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.forms.client_form import ClientForm

    form = ClientForm(ctx)
    qtbot.addWidget(form)
    form.show()
    form.qualification_level.setCurrentIndex(1)
    qtbot.keyClick(form.first_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "first name" in form.problem_text("first_name")
    wait_idle(qtbot, ctx)
    assert run(ctx, records().find_clients, "") == []


def test_sessions_of_anonymous_clients_count_in_the_figures(ctx: Any) -> None:
    from iq_desktop.domain.codes import Topic
    from iq_desktop.domain.records import CounsellingSession

    c = run(ctx, records().save_client, Client("", "", anonymous=True, occupation_code="81302"))
    run(ctx, records().save_session, CounsellingSession(c.id, date(2024, 5, 6), topics=frozenset({Topic.RECOGNITION})))
    run(ctx, lambda v: v.prepare_outbox())

    def cells(vault: Any) -> dict[str, int]:
        import json

        with vault._uow(readonly=True) as uow:
            for e in uow.outbox.current():
                data = json.loads(e.payload)
                if data.get("period") == "2024-Q2":
                    return {k: v["n"] for k, v in data["cells"].items()}
        return {}

    assert run(ctx, cells) == {"initial.total": 1, "initial.recognition": 1, "occupation.813": 1}
