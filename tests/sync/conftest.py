"""Fixtures for the sync tests: the real server process, real vaults, the fault proxy."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from iq_desktop.crypto import TEST_KDF
from iq_desktop.services import sync_service
from iq_desktop.services import vault as vs
from tests.sync.server import ServerProcess

PASSPHRASE = "correct horse battery staple 42"
LONG = os.environ.get("IQ_LONG_TESTS") == "1"


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    srv = ServerProcess(tmp_path_factory.mktemp("server")).start()
    yield srv
    srv.stop()


def new_vault(where: Path, user: str = "coord") -> vs.Vault:
    vault, _recovery = vs.create_vault(where, user, PASSPHRASE, kdf=TEST_KDF)
    return vault


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[vs.Vault]:
    v = new_vault(tmp_path / "vault")
    yield v
    v.lock()


def enrol(vault: vs.Vault, server: ServerProcess, url: str | None = None, site: str = "site-1") -> str:
    """Enrol ``vault`` with ``server`` (optionally through a proxy URL); returns the device id."""
    st = sync_service.enrol(vault, url or server.url, server.enrolment_code(site))
    assert st.device_id
    return st.device_id
