"""Shared fixtures: a real, fresh SQLCipher vault in a temporary folder (fast test KDF)."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from iq_desktop.crypto import TEST_KDF

# The GUI tests run offscreen (set before any QApplication exists). A Qt warning fails the test that
# caused it: pytest-qt's ``qt_log_level_fail`` and ``qt_log_ignore`` in pyproject.toml.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# The fast, insecure TEST_KDF is honoured only with this token (tests/insecure-kdf.token, a file no
# wheel or bundle has; crypto/kdf.py insecure_kdf_allowed): set for this process and its children.
os.environ["IQ_INSECURE_TEST_KDF"] = (Path(__file__).parent / "insecure-kdf.token").read_text("ascii").strip()

PASSPHRASE = "correct horse battery staple 42"
USER = "coordinator"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder (no vault yet)."""
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def new_vault(data_dir: Path) -> Iterator[tuple[object, str]]:
    """``(vault, recovery_key)``: a fresh vault, not enrolled (no site)."""
    from iq_desktop.services.vault import create_vault

    vault, recovery = create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    try:
        yield vault, recovery
    finally:
        vault.lock()


@pytest.fixture
def vault(data_dir: Path) -> Iterator[object]:
    """A fresh vault (user ``coordinator``, passphrase :data:`PASSPHRASE`) with a site set
    (``site_id=TEST-SITE-01``, state ``DE-BY``, network ``IQ Bayern``). Locked after the test."""
    from iq_desktop.services.vault import create_vault

    v, _recovery = create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    v.set_settings({"site_id": "TEST-SITE-01", "state": "DE-BY", "network": "IQ Bayern"})
    try:
        yield v
    finally:
        v.lock()


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_main_thread() -> Iterator[None]:
    """Once a GUI worker exists, the app collects cycles only on the GUI thread (ui/gui_gc.py) from a
    timer; tests share one process, so collect after every test too (on this, the GUI, thread)."""
    yield
    if not gc.isenabled():
        gc.collect()
