"""GUI test setup: an unlocked vault with fast KDF. (Offscreen Qt: tests/conftest.py; a Qt warning fails
the test: pytest-qt's ``qt_log_level_fail`` in pyproject.toml.)"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    monkeypatch.setenv("IQ_DATA_DIR", str(d))
    return d


PASSPHRASE = "correct horse battery staple 7"
USER = "anna.coordinator"


@pytest.fixture
def db_worker(qapp: Any) -> Iterator[Any]:
    from iq_desktop.ui.workers import DbWorker

    w = DbWorker()
    yield w
    w.stop()


@pytest.fixture
def made_vault(data_dir: Path) -> Path:
    """A vault created (fast test KDF) and locked again; returns its data dir."""
    from iq_desktop.crypto import TEST_KDF
    from iq_desktop.services.vault import create_vault

    vault, _key = create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    vault.lock()
    return data_dir


@pytest.fixture
def ctx(data_dir: Path, db_worker: Any, qapp: Any) -> Iterator[Any]:
    """An AppContext with a vault opened on the DB worker thread."""
    from iq_desktop.crypto import TEST_KDF
    from iq_desktop.services.vault import create_vault
    from iq_desktop.ui.context import AppContext

    vault, _key = db_worker.run_sync(lambda: create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF))
    c = AppContext(data_dir, vault, db_worker, language="en")
    yield c
    if c.vault is not None:
        db_worker.run_sync(c.vault.lock)
    c.net.stop()


logging.getLogger("iq_desktop").setLevel(logging.INFO)
