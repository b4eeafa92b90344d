"""The stepped backup copy tells how far it is: ``Store.copy_to`` calls ``progress(pages done, pages in
all)`` after each step, done rising to the total (the backup panel's bar is fed from it)."""

from __future__ import annotations

import itertools
import os
from pathlib import Path
from typing import Any

from iq_desktop.domain.records import Client
from iq_desktop.services import documents
from iq_desktop.services import records as R
from iq_desktop.store.database import COPY_STEP_PAGES


def _documents(vault: Any, megabytes: int) -> None:
    c = R.save_client(vault, Client("Fortschritt", "Kopie"))
    for n in range(megabytes):
        documents.attach(vault, c.id, b"%PDF-1.4\n" + os.urandom(1024 * 1024), "certificate", file_name=f"{n}.pdf")


def _copy(vault: Any, out: Path, pages: int | None = None) -> list[tuple[int, int]]:
    seen: list[tuple[int, int]] = []
    vault.store.copy_to(
        out, vault._require_unlocked().key_buffer, pages=pages, progress=lambda d, t: seen.append((d, t))
    )
    return seen


def _rising_to_the_total(seen: list[tuple[int, int]]) -> None:
    done = [d for d, _ in seen]
    totals = {t for _, t in seen}
    assert len(totals) == 1, totals  # one snapshot: the total does not move
    total = totals.pop()
    assert all(a < b for a, b in itertools.pairwise(done)), done  # each step moves on
    assert done[0] > 0 and done[-1] == total


def test_each_step_of_the_copy_reports_pages_done_up_to_the_total(vault: Any, tmp_path: Path) -> None:
    _documents(vault, 4)  # ~1000 pages of 4 KiB: several steps of COPY_STEP_PAGES
    seen = _copy(vault, tmp_path / "copy.db")
    assert len(seen) >= 3, seen
    _rising_to_the_total(seen)
    assert all(b - a <= COPY_STEP_PAGES for (a, _), (b, _) in itertools.pairwise(seen))
    assert (tmp_path / "copy.db").is_file()


def test_a_smaller_step_reports_more_often(vault: Any, tmp_path: Path) -> None:
    _documents(vault, 1)
    seen = _copy(vault, tmp_path / "copy.db", pages=16)
    total = seen[-1][1]
    assert len(seen) == -(-total // 16), (len(seen), total)  # one report per step of 16 pages
    _rising_to_the_total(seen)
