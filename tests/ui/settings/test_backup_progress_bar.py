"""While a backup of the backup panel runs, a progress bar shows how far it is ("42 %", beside "Die
Sicherung wird gespeichert…"); it goes when the backup ends: saved, failed, or stopped by the lock. The
backup thread tells the percentage at most about ten times a second."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.ui._screens_support import wait_idle
from tests.ui.settings.test_backup_not_blocking import _panel as _shown_panel
from tests.ui.settings.test_backup_not_blocking import _save_backup, big  # noqa: F401 - the fixture


@pytest.fixture
def german(qapp: Any) -> Iterator[None]:
    from iq_desktop.ui import i18n

    i18n.install("de")
    yield
    i18n.install("en")


def _panel(qtbot: Any, ctx: Any) -> Any:
    panel = _shown_panel(qtbot, ctx)
    wait_idle(qtbot, ctx)
    return panel


def test_the_bar_shows_the_percentage_while_the_backup_runs_and_goes_at_the_end(
    qtbot: Any,
    german: None,
    big: Any,  # noqa: F811 - the fixture
    tmp_path: Path,
    monkeypatch: Any,
) -> None:
    from iq_desktop.services import auto_backup

    panel = _panel(qtbot, big)
    assert not panel.progress.isVisible()
    texts: list[str] = []
    panel.progress.valueChanged.connect(lambda _v: texts.append(panel.progress.text()))
    out = tmp_path / "stick" / "meine.tar"
    _save_backup(qtbot, panel, out, monkeypatch)

    assert panel.progress.isVisible()
    assert panel.progress.accessibleName() == "Fortschritt der Sicherung"
    assert (panel.progress.minimum(), panel.progress.maximum()) == (0, 100)
    qtbot.waitUntil(lambda: 0 < panel.progress.value() < 99, timeout=20000)
    assert re.fullmatch(r"\d{1,3} %", panel.progress.text()), panel.progress.text()
    assert panel.backup_status.text() == "Die Sicherung wird gespeichert…"

    qtbot.waitUntil(lambda: panel.backup is None, timeout=60000)
    assert not panel.progress.isVisible()  # gone when it is done
    assert len(texts) >= 2 and all(re.fullmatch(r"\d{1,3} %", t) for t in texts), texts
    assert auto_backup.verify_backup(out).ok


def test_the_bar_goes_when_the_backup_fails(qtbot: Any, big: Any, tmp_path: Path, monkeypatch: Any) -> None:  # noqa: F811 - the fixture
    panel = _panel(qtbot, big)
    (tmp_path / "a-file").write_text("not a folder")
    _save_backup(qtbot, panel, tmp_path / "a-file" / "mine.tar", monkeypatch)
    qtbot.waitUntil(lambda: panel.backup is None, timeout=60000)
    assert not panel.progress.isVisible()
    assert panel.backup_status.text().startswith("⚠")
    assert panel.backup_button.isEnabled()


def test_the_bar_goes_when_the_lock_stops_the_backup(qtbot: Any, big: Any, tmp_path: Path, monkeypatch: Any) -> None:  # noqa: F811 - the fixture
    panel = _panel(qtbot, big)
    folder = tmp_path / "stick"
    _save_backup(qtbot, panel, folder / "mine.tar", monkeypatch)
    assert panel.progress.isVisible()
    qtbot.waitUntil(lambda: any(folder.glob(".iq-backup-*/vault.db")), timeout=5000)  # copying
    big.lock()
    assert not panel.progress.isVisible() and panel.backup is None
    wait_idle(qtbot, big)
    assert list(folder.iterdir()) == []


def test_the_thread_tells_the_percentage_at_most_about_ten_times_a_second(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.ui.settings.backup_thread import PROGRESS_EVERY_S, BackupThread

    def job(_cancel: Any, progress: Any) -> str:  # a fast backup: a hundred percentages in ~0.3 s
        for percent in range(101):
            progress(percent)
            time.sleep(0.003)
        return "done"

    told: list[int] = []
    results: list[str] = []
    started = time.monotonic()
    backup = BackupThread(ctx, job, success=results.append, failure=lambda e: results.append(repr(e)))
    backup.progressed.connect(told.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    took = time.monotonic() - started
    assert results == ["done"]
    assert told == sorted(set(told)) and told[-1] == 100, told  # rising, the end always told
    assert len(told) <= took / PROGRESS_EVERY_S + 3, (len(told), took)  # + 99 and 100 at the end
