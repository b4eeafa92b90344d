"""Issue 9, item 7 (the laptop's side): a large backlog goes out in ONE sync under the server's rate
limit: the run keeps going while batches are accepted, honouring 429 Retry-After, with a progress line.

The real server process with a small rate budget (a burst of 2 requests, then 2 a second)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from iq_desktop.cli.sync import _Progress
from iq_desktop.services import sync_service
from iq_desktop.sync.backoff import Backoff
from tests.sync.conftest import enrol, new_vault
from tests.sync.helpers import add_records, assert_converged
from tests.sync.server import ServerProcess


@pytest.fixture(scope="module")
def slow_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    env = {"IQ_SERVER_RATE_PER_MINUTE": "120", "IQ_SERVER_RATE_BURST": "2"}
    srv = ServerProcess(tmp_path_factory.mktemp("slow-server"), env=env).start()
    yield srv
    srv.stop()


def test_a_backlog_larger_than_the_rate_budget_goes_out_in_one_run(tmp_path: Path, slow_server: ServerProcess) -> None:
    vault = new_vault(tmp_path / "vault")
    try:
        device = enrol(vault, slow_server)
        backlog = add_records(vault, 120, seed=7)
        seen: list[tuple[int, int]] = []
        # batches of 2 -> many more requests than the burst; 429 answers ask for a second's wait each;
        # the run would have given up after 1.5 s, but every accepted batch starts the retry window again
        summary = sync_service.sync_now(vault, batch_size=2, retry_for=1.5, backoff=Backoff(base=0.05),
                                        progress=lambda done, total: seen.append((done, total)))  # fmt: skip
        assert summary.complete and summary.error is None, summary
        assert summary.sent == backlog and summary.pending == 0
        assert seen[-1] == (backlog, backlog) and [d for d, _ in seen] == sorted(d for d, _ in seen)
        assert_converged(vault, slow_server, device)
    finally:
        vault.lock()
    refused = [line for line in slow_server.log_path.read_text().splitlines() if "/v1/records 429 " in line]
    assert len(refused) >= 3  # the rate limit did stop it, several times


def test_the_progress_line(capsys: pytest.CaptureFixture[str]) -> None:
    progress = _Progress()
    for done in range(0, 5001, 400):
        progress(done, 5000)
    progress.end()
    lines = capsys.readouterr().err.splitlines()
    assert "sent 1,200 of 5,000…" in lines
    assert len(lines) <= 10
