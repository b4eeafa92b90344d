"""Automatic sync in the GUI against the real regional server (a subprocess on 127.0.0.1): a record
saved while the server is down is sent by itself once the server is back, and the status bar and the
sync panel show it; the network-information signal triggers a sync at once; lock stops the scheduler.
What is sent are the site's figures per period: a session on 6 May 2025 is counted in 2025-Q2, 2025-H1
and 2025, three items."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from iq_desktop.domain.codes import SessionKind, Topic
from iq_desktop.domain.records import Client, CounsellingSession
from iq_desktop.sync.backoff import Backoff
from iq_desktop.ui.context import Change
from tests.sync.server import ServerProcess
from tests.ui._screens_support import server_figures
from tests.ui.conftest import PASSPHRASE, USER


class _Longest(random.Random):
    """Full jitter that always waits the longest: the scheduler would sleep the whole ceiling."""

    def uniform(self, a: float, b: float) -> float:
        return b


@pytest.fixture(scope="module")
def module_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    srv = ServerProcess(Path(tmp_path_factory.mktemp("iq-server"))).start()
    yield srv
    srv.stop()


@pytest.fixture
def server(module_server: ServerProcess) -> ServerProcess:
    """The module's server, running when the test starts (a test that failed while it was stopped must
    not fail the next test's enrolment with "the server could not be reached")."""
    if module_server.proc is None or module_server.proc.poll() is not None:
        module_server.start()
    return module_server


@pytest.fixture
def enrolled_dir(data_dir: Path, server: ServerProcess) -> Path:
    """A vault enrolled with the running server, then locked."""
    from iq_desktop.crypto import TEST_KDF
    from iq_desktop.services import sync_service
    from iq_desktop.services.vault import create_vault

    vault, _key = create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    sync_service.enrol(vault, server.url, server.enrolment_code())
    vault.lock()
    return data_dir


def _open(qtbot: Any, data_dir: Path, backoff: Backoff) -> Any:
    from iq_desktop.services.vault import open_vault
    from iq_desktop.ui import i18n
    from iq_desktop.ui.shell.app import Shell

    shell = Shell(data_dir, i18n.install("en"), sync_options={"backoff": backoff, "interval": 120.0})
    vault = shell.db.run_sync(lambda: open_vault(data_dir, USER, PASSPHRASE))
    shell.open_main(vault)
    qtbot.addWidget(shell.main)
    return shell


def _save_session(shell: Any) -> CounsellingSession:
    from iq_desktop.services import records

    def save(vault: Any) -> CounsellingSession:
        c = records.save_client(vault, Client(first_name="Amal", last_name="Nasser", nationality="SY"))
        return records.save_session(
            vault,
            CounsellingSession(
                client_id=c.id, date=date(2025, 5, 6), kind=SessionKind.INITIAL, topics=frozenset({Topic.RECOGNITION})
            ),
        )

    session = shell.db.run_sync(lambda: save(shell.ctx.vault))
    shell.ctx.notify(Change.RECORDS)
    return session


def _assert_counted(server: ServerProcess, session: CounsellingSession) -> None:
    """The server holds the session as a count of its site's figures (and nothing of the session)."""
    held = server_figures(server.db_path)
    assert set(held) == {"2025-Q2", "2025-H1", "2025"}
    for period in held:
        assert held[period] == {"initial.total": 1, "initial.recognition": 1}
    assert session.id not in server.db_path.read_bytes().decode("latin-1")


def _close(qtbot: Any, shell: Any) -> None:
    sched = shell.autosync.scheduler
    shell.ctx.lock()
    assert shell.autosync.scheduler is None  # stopped at once, without waiting on the GUI thread
    qtbot.waitUntil(lambda: shell.db.pending() == 0, timeout=15000)
    assert sched is None or not sched.running  # joined on the DB worker before the lock
    shell.shutdown()


def test_saved_offline_is_sent_by_itself_when_the_server_returns(
    qtbot: Any, enrolled_dir: Path, server: ServerProcess
) -> None:
    from iq_desktop.ui.sync.panel import SyncPanel

    server.stop()
    shell = _open(qtbot, enrolled_dir, Backoff(base=0.2, cap=0.5))
    try:
        bar = shell.main.status
        session = _save_session(shell)
        qtbot.waitUntil(lambda: bar.waiting_count == 3, timeout=5000)
        qtbot.waitUntil(lambda: shell.autosync.running, timeout=5000)
        qtbot.waitUntil(lambda: bar.online.text.text() == "Offline", timeout=10000)
        assert bar.waiting.text.text() == "3 periods of figures waiting to be sent"
        assert bar.last_sync.text.text() == "Never synced"
        panel = shell.main.show_page("sync")
        assert isinstance(panel, SyncPanel)

        server.start()  # no click: the scheduler's probe finds it and sends
        qtbot.waitUntil(lambda: bar.waiting_count == 0, timeout=20000)
        _assert_counted(server, session)
        qtbot.waitUntil(lambda: bar.online.text.text() == "Online", timeout=5000)
        assert bar.waiting.text.text() == "Nothing waiting to be sent"
        assert bar.last_sync.text.text().startswith("Last sync: ")
        qtbot.waitUntil(lambda: panel.history_table.rowCount() == 1, timeout=5000)
        assert panel.history_table.item(0, 1).text() == "3"
        assert "sent: 3" in panel.status_label.text()
    finally:
        _close(qtbot, shell)


def test_network_coming_back_triggers_a_sync_at_once(qtbot: Any, enrolled_dir: Path, server: ServerProcess) -> None:
    from PySide6.QtNetwork import QNetworkInformation

    server.stop()
    shell = _open(qtbot, enrolled_dir, Backoff(base=600.0, cap=600.0, rng=_Longest()))
    try:
        bar = shell.main.status
        session = _save_session(shell)
        qtbot.waitUntil(lambda: bar.online.text.text() == "Offline", timeout=10000)  # then it sleeps 10 min
        server.start()
        qtbot.wait(300)
        assert bar.waiting_count == 3  # still asleep
        shell.autosync.reachability_changed(QNetworkInformation.Reachability.Online)  # what Qt reports
        qtbot.waitUntil(lambda: bar.waiting_count == 0, timeout=15000)
        _assert_counted(server, session)
        shell.autosync.reachability_changed(QNetworkInformation.Reachability.Disconnected)
        assert bar.online.text.text() == "Offline"
    finally:
        _close(qtbot, shell)


def test_not_enrolled_runs_no_scheduler_until_enrolment(qtbot: Any, made_vault: Path, server: ServerProcess) -> None:
    from PySide6.QtCore import Qt

    shell = _open(qtbot, made_vault, Backoff(base=0.2, cap=0.5))
    try:
        qtbot.waitUntil(lambda: shell.db.pending() == 0, timeout=5000)
        assert not shell.autosync.running
        session = _save_session(shell)
        panel = shell.main.show_page("sync")
        qtbot.keyClicks(panel.server_url, server.url)
        qtbot.keyClicks(panel.code, server.enrolment_code())
        qtbot.mouseClick(panel.enrol_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: shell.autosync.running, timeout=15000)  # enrolment starts it
        qtbot.waitUntil(lambda: shell.main.status.waiting_count == 0, timeout=15000)
        _assert_counted(server, session)
    finally:
        _close(qtbot, shell)
