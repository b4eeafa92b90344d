"""Screens show the last real result (issue 12, items 4 and 5), against the real regional server (a
subprocess on 127.0.0.1): a manual sync with the server down says "cannot be reached" at once (no
retrying inside the run the user started); when the automatic sync later sends, the sync page, the
status bar and the sessions list follow without a click; a revoked laptop is no longer shown as
"✔ Enrolled"."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from iq_desktop.domain.codes import SessionKind, Topic
from iq_desktop.domain.records import Client, CounsellingSession
from iq_desktop.sync.backoff import Backoff
from tests.sync.server import ServerProcess
from tests.ui.conftest import PASSPHRASE, USER


class _Longest(random.Random):
    """Full jitter that always waits the longest: the scheduler sleeps until it is triggered."""

    def uniform(self, a: float, b: float) -> float:
        return b


@pytest.fixture
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    srv = ServerProcess(Path(tmp_path_factory.mktemp("iq-server"))).start()
    yield srv
    srv.stop()


@pytest.fixture
def enrolled_dir(data_dir: Path, server: ServerProcess) -> Path:
    from iq_desktop.crypto import TEST_KDF
    from iq_desktop.services import sync_service
    from iq_desktop.services.vault import create_vault

    vault, _key = create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    sync_service.enrol(vault, server.url, server.enrolment_code())
    vault.lock()
    return data_dir


def _open(qtbot: Any, data_dir: Path) -> Any:
    from iq_desktop.services.vault import open_vault
    from iq_desktop.ui import i18n
    from iq_desktop.ui.shell.app import Shell

    options = {"backoff": Backoff(base=600.0, cap=600.0, rng=_Longest()), "interval": 600.0}
    shell = Shell(data_dir, i18n.install("en"), sync_options=options)
    vault = shell.db.run_sync(lambda: open_vault(data_dir, USER, PASSPHRASE))
    shell.open_main(vault)
    qtbot.addWidget(shell.main)
    shell.main.show()
    return shell


def _save_session(shell: Any) -> CounsellingSession:
    """Saved as the session form does: through ``operations.change`` (the views hear ``data_changed``)."""
    from iq_desktop.services import records
    from iq_desktop.ui import operations

    def save(vault: Any) -> CounsellingSession:
        c = records.save_client(vault, Client(first_name="Amal", last_name="Nasser", nationality="SY"))
        return records.save_session(
            vault,
            CounsellingSession(
                client_id=c.id, date=date(2025, 5, 6), kind=SessionKind.INITIAL, topics=frozenset({Topic.RECOGNITION})
            ),
        )

    saved: list[CounsellingSession] = []
    operations.change(shell.ctx, save, shell.ctx.vault, success=saved.append)
    return saved


def _close(qtbot: Any, shell: Any) -> None:
    shell.ctx.lock()
    qtbot.waitUntil(lambda: shell.db.pending() == 0, timeout=15000)
    shell.shutdown()


def test_manual_sync_reports_unreachable_then_views_follow_the_automatic_resend(
    qtbot: Any, enrolled_dir: Path, server: ServerProcess
) -> None:
    from iq_desktop.ui.records.session_list import SessionListPage
    from iq_desktop.ui.sync.panel import SyncPanel

    server.stop()
    shell = _open(qtbot, enrolled_dir)
    try:
        bar = shell.main.status
        sessions = shell.main.show_page("sessions")
        assert isinstance(sessions, SessionListPage)
        saved = _save_session(shell)
        qtbot.waitUntil(lambda: bool(saved) and sessions.model.rowCount() == 1, timeout=5000)
        qtbot.waitUntil(lambda: sessions.model.index(0, 4).data() == "Waiting", timeout=5000)

        panel = shell.main.show_page("sync")
        assert isinstance(panel, SyncPanel)
        attempts: list[Any] = []
        shell.ctx.sync_reported.connect(attempts.append)
        qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.sync_button.isEnabled(), timeout=20000)  # was ~41 s of retrying
        summary = panel.last_summary
        assert summary is not None and summary.error_kind == "retry" and summary.pending == 3
        assert summary.retry_cause == "offline"
        assert "cannot be reached" in panel.summary_label.text()
        assert bar.online.text.text() == "Offline"  # the last real result, not an earlier "Online"

        server.start()
        shell.autosync.reachability_changed(_online())  # what Qt reports when the network is back
        qtbot.waitUntil(lambda: bar.waiting_count == 0, timeout=20000)
        # the page the user looks at follows the automatic run: no stale "cannot be reached"
        qtbot.waitUntil(lambda: panel.summary_label.text().startswith("✔"), timeout=5000)
        assert "cannot be reached" not in panel.summary_label.text()
        assert "Sent: 3" in panel.summary_label.text()
        assert bar.online.text.text() == "Online"
        assert attempts[0].error_kind == "retry" and attempts[-1].complete

        shell.main.show_page("sessions")  # no filter touched: the session's state is fresh
        qtbot.waitUntil(lambda: sessions.model.index(0, 4).data() == "Sent", timeout=5000)
    finally:
        _close(qtbot, shell)


def _online() -> Any:
    from PySide6.QtNetwork import QNetworkInformation

    return QNetworkInformation.Reachability.Online


def test_revoked_laptop_is_not_shown_as_enrolled(qtbot: Any, enrolled_dir: Path, server: ServerProcess) -> None:
    from iq_desktop.services import sync_service
    from iq_desktop.ui.sync.panel import SyncPanel

    shell = _open(qtbot, enrolled_dir)
    try:
        panel = shell.main.show_page("sync")
        assert isinstance(panel, SyncPanel)
        qtbot.waitUntil(lambda: "✔ Enrolled with" in panel.status_label.text(), timeout=5000)
        st = shell.db.run_sync(lambda: sync_service.status(shell.ctx.vault))
        server.revoke(st.device_id)
        saved = _save_session(shell)
        qtbot.waitUntil(lambda: bool(saved), timeout=5000)
        qtbot.waitUntil(lambda: panel.sync_button.isEnabled(), timeout=20000)  # the sync at opening is over
        panel.last_summary = None  # so the wait below is for the run the click starts
        qtbot.mouseClick(panel.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.sync_button.isEnabled() and panel.last_summary is not None, timeout=20000)
        assert panel.last_summary.error_kind == "revoked"
        qtbot.waitUntil(lambda: "revoked" in panel.status_label.text(), timeout=5000)
        assert "✔" not in panel.status_label.text()  # no green "enrolled" for a laptop the server refuses
        assert "refuses this laptop" in panel.status_label.text()
    finally:
        _close(qtbot, shell)


def test_sync_client_gives_up_connecting_within_seconds() -> None:
    """The connect timeout is a few seconds (the read timeout stays long for a slow answer)."""
    import inspect

    from iq_desktop.sync import engine
    from iq_desktop.sync.client import SyncClient

    connect, read = SyncClient("https://iq.example.org").timeout
    assert connect <= 3.05 < read
    assert inspect.signature(engine.run_sync).parameters["timeout"].default[0] <= 3.05
