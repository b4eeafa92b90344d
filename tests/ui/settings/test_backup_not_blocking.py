"""A backup of a big vault (documents live inside it) runs beside the DB worker: the screens' queries do
not wait for it; locking during it stops it, leaving no half-written file and no dialog (issue 11, item 7)."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tests.ui._screens_support import wait_idle

DOC_BYTES = 10 * 1024 * 1024
DOCS = 4  # ~40 MB of document bytes


@pytest.fixture
def big(ctx: Any) -> Any:
    from iq_desktop.domain.records import Client
    from iq_desktop.services import documents, records

    def fill() -> None:
        client = records.save_client(ctx.vault, Client("Dana", "Dokument"))
        for n in range(DOCS):
            data = b"%PDF-1.4\n" + os.urandom(DOC_BYTES)
            documents.attach(ctx.vault, client.id, data, "certificate", file_name=f"z{n}.pdf")

    ctx.db.run_sync(fill, timeout=120)
    return ctx


def _panel(qtbot: Any, ctx: Any) -> Any:
    from iq_desktop.ui.settings.backup_panel import BackupPanel

    panel = BackupPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.status is not None, timeout=5000)
    return panel


def _save_backup(qtbot: Any, panel: Any, out: Path, monkeypatch: Any) -> None:
    """As the user: "Save a backup…", a file chosen in the dialog."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)


def _no_dialogs() -> None:
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_query_answers_while_a_big_backup_runs(qtbot: Any, big: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from iq_desktop.services import auto_backup
    from iq_desktop.ui import operations

    ctx = big
    panel = _panel(qtbot, ctx)
    wait_idle(qtbot, ctx)
    out = tmp_path / "stick" / "mine.tar"
    values: list[int] = []
    panel.progress.valueChanged.connect(values.append)
    _save_backup(qtbot, panel, out, monkeypatch)
    assert panel.backup is not None and panel.backup.running
    assert panel.progress.isVisible()  # the user sees the backup move on

    answers: list[tuple[float, bool]] = []
    started = time.monotonic()
    operations.query(
        ctx, lambda v: v.settings(), ctx.vault,
        success=lambda _s: answers.append((time.monotonic() - started, panel.backup is not None)),
    )  # fmt: skip
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    took, still_running = answers[0]
    assert took < 1.0 and still_running, answers  # the DB worker was free during the backup

    qtbot.waitUntil(lambda: "Saved to" in panel.backup_status.text(), timeout=60000)
    assert not panel.progress.isVisible()  # gone when it is done
    assert values == sorted(values) and len(values) >= 3 and values[-1] >= 99, values  # ~10 a second
    assert auto_backup.verify_backup(out).ok
    assert out.stat().st_size > DOCS * DOC_BYTES
    assert auto_backup.status(ctx.vault).last_ok_at is not None  # recorded as the last backup
    _no_dialogs()


def test_locking_during_a_backup_stops_it_and_leaves_nothing(
    qtbot: Any, big: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    ctx = big
    panel = _panel(qtbot, ctx)
    wait_idle(qtbot, ctx)
    folder = tmp_path / "stick"
    out = folder / "mine.tar"
    _save_backup(qtbot, panel, out, monkeypatch)
    backup = panel.backup
    assert backup is not None
    qtbot.waitUntil(lambda: any(folder.glob(".iq-backup-*/vault.db")), timeout=5000)  # copying
    ctx.lock()
    assert not backup.running  # stopped before the lock was queued on the DB worker
    wait_idle(qtbot, ctx)
    qtbot.wait(200)  # any late result would arrive now
    assert list(folder.iterdir()) == []  # no half-written copy, no .part, no backup
    assert not list(ctx.data_dir.glob("backup-in-progress-*"))
    assert "Saved to" not in panel.backup_status.text()
    _no_dialogs()
