"""The backup copy runs in steps through its own connection (issue 11, item 7): writes made meanwhile by
other connections neither break nor enter it; a cancel stops it and leaves nothing behind."""

from __future__ import annotations

import os
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from iq_desktop.domain.records import Client
from iq_desktop.services import documents
from iq_desktop.services import records as R
from iq_desktop.services import vault as V
from iq_desktop.services.backup import CopyCancelled, restore_backup, write_backup
from tests.conftest import PASSPHRASE, USER


def _big(vault: Any) -> Any:
    c = R.save_client(vault, Client("Schritt", "Kopie", birth_date=date(1990, 1, 1)))
    for n in range(3):
        documents.attach(vault, c.id, b"%PDF-1.4\n" + os.urandom(4 * 1024 * 1024), "certificate", file_name=f"{n}.pdf")
    return c.id


def test_writes_during_the_copy_do_not_enter_or_break_it(vault: Any, tmp_path: Path) -> None:
    kept = _big(vault)
    during: list[Any] = []
    steps = 0
    written = threading.Event()

    def cancel() -> bool:  # asked between steps: write from another connection in the middle of the copy
        nonlocal steps
        steps += 1
        if steps == 3:
            worker = threading.Thread(target=lambda: during.append(R.save_client(vault, Client("During", "Backup"))))
            worker.start()
            worker.join(10)
            written.set()
        return False

    out = write_backup(vault.store, vault._require_unlocked().key_buffer, vault.data_dir, tmp_path / "b.tar",
                       cancel=cancel)  # fmt: skip
    assert written.is_set() and steps > 3
    vault.lock()
    restore_backup(out, tmp_path / "restored")
    copy = V.open_vault(tmp_path / "restored", USER, PASSPHRASE)
    try:
        assert copy.store.integrity_check() == []
        assert during and R.get_client(copy, kept) is not None
        assert R.get_client(copy, during[0].id) is None  # the snapshot at the start of the copy
    finally:
        copy.lock()


def test_a_cancel_between_steps_leaves_nothing(vault: Any, tmp_path: Path) -> None:
    _big(vault)
    folder = tmp_path / "stick"
    asked = 0

    def cancel() -> bool:
        nonlocal asked
        asked += 1
        return asked >= 2

    with pytest.raises(CopyCancelled):
        write_backup(vault.store, vault._require_unlocked().key_buffer, vault.data_dir, folder / "b.tar",
                     cancel=cancel)  # fmt: skip
    assert list(folder.iterdir()) == []
    assert not list(vault.data_dir.glob("backup-in-progress-*"))
    assert vault.store.integrity_check() == []  # the vault goes on


def test_progress_is_told_in_rising_percentages_up_to_100(vault: Any, tmp_path: Path) -> None:
    _big(vault)
    seen: list[int] = []
    out = write_backup(
        vault.store, vault._require_unlocked().key_buffer, vault.data_dir, tmp_path / "b.tar", progress=seen.append
    )
    assert out.is_file()
    assert seen == sorted(set(seen)), seen  # each percentage once, rising
    assert seen[-1] == 100 and len(seen) > 20  # 12 MB in 256-page steps and 10 KiB reads: many steps
    assert any(0 < p < 60 for p in seen) and any(60 <= p < 100 for p in seen)  # the copy, then the file


def test_an_erase_during_a_backup_empties_the_wal_when_the_backup_ends(
    vault: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """The backup's snapshot keeps the erase's checkpoint from emptying the WAL (its old page images of the
    person): the checkpoint is owed and done as soon as the backup ends, not left to chance."""
    from iq_desktop.services import auto_backup
    from iq_desktop.store import database

    monkeypatch.setattr(database, "CHECKPOINT_WAIT_S", 0.2)  # the erase need not wait 3 s for the copy
    _big(vault)  # enough pages for several copy steps
    gone = R.save_client(vault, Client("Erase", "Me", birth_date=date(1991, 2, 3))).id
    wal = Path(f"{vault.data_dir / 'vault.db'}-wal")
    after_erase: list[int] = []
    steps = 0

    def cancel() -> bool:  # between two copy steps, the coordinator erases the person
        nonlocal steps
        steps += 1
        if steps == 3:
            worker = threading.Thread(target=lambda: R.erase_client(vault, gone))
            worker.start()
            worker.join(20)
            after_erase.append(wal.stat().st_size if wal.exists() else 0)
        return False

    auto_backup.backup_now(vault, tmp_path / "b.tar", cancel=cancel)
    assert R.get_client(vault, gone) is None
    assert after_erase and after_erase[0] > 0  # the backup's snapshot held the WAL during the erase
    # emptied when the backup ended: what is there now are only the frames written since (the backup's
    # own record), not the erase's old page images
    assert not vault._checkpoint_owed
    assert wal.stat().st_size < min(after_erase[0], 64 * 1024), (wal.stat().st_size, after_erase)
