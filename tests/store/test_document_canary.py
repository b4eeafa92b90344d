"""Canary test for documents (issue 11, item 3): a document whose bytes and file name are unique canaries.

0 hits in every file of the data folder (``vault.db``, ``-wal``, ``-shm``, ``keys.json``, logs) and of the
temp folder (TMPDIR, a fresh folder for this test) after attach, view (the service's read into memory)
and save-as (the chosen path is the only file that has it); after the client is erased, 0 hits even WITH
the key: in every decrypted page of the database file and its WAL (free pages included) and through SQL,
and in a backup made after the erasure (raw and decrypted). Positive controls: before the erasure the
decrypted pages and a backup DO hold the canary; a kept client's document stays readable until it is
detached, after which it is gone from the decrypted pages too. The audit log and the logs never hold the
file name.
"""

from __future__ import annotations

import logging
import tarfile
import tempfile
from datetime import date
from pathlib import Path

import pytest

from iq_desktop.domain.records import Client, CounsellingSession
from iq_desktop.services import documents as D
from iq_desktop.services import records as R
from iq_desktop.services.errors import NotFound
from iq_desktop.services.vault import Vault
from tests.store.sqlcipher_pages import plaintext

CANARY = b"CNRYdocBYTES4711Q"
KEPT = b"CNRYdocKEPT0815Q"
NAME = "CNRYdocNAME9911Q Zeugnis.pdf"
UNIT = 64  # the canary every 64 bytes: every page of the document holds dozens of whole copies


def _content(canary: bytes, size: int) -> bytes:
    unit = canary + b"." * (UNIT - len(canary))
    return (unit * (size // UNIT + 1))[:size]


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _hits(blobs: dict[str, bytes], needles: list[bytes]) -> list[str]:
    return [f"{name}: {n!r}" for name, blob in blobs.items() for n in needles if n in blob]


def _clear(vault: Vault, key: bytes) -> bytes:
    db = vault.data_dir / "vault.db"
    wal = Path(f"{db}-wal")
    return plaintext(db.read_bytes(), wal.read_bytes() if wal.exists() else b"", key)


def _backup(vault: Vault, out: Path, key: bytes) -> tuple[dict[str, bytes], bytes]:
    vault.backup(out)
    blobs: dict[str, bytes] = {}
    with tarfile.open(out) as tar:
        for info in tar.getmembers():
            member = tar.extractfile(info)
            assert member is not None
            blobs[f"backup {info.name}"] = member.read()
    return blobs, plaintext(blobs["backup vault.db"], b"", key)


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return tmp


@pytest.mark.slow
def test_document_canaries(vault: Vault, tmp_path: Path, temp_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    key = vault._require_unlocked().data_key
    needles = [CANARY, NAME.encode()]
    data_dir = vault.data_dir
    assert tempfile.gettempdir() == str(temp_dir)

    client = R.save_client(vault, Client("Erika", "Erased"))
    kept_client = R.save_client(vault, Client("Karl", "Kept"))
    R.save_session(vault, CounsellingSession(client.id, date(2026, 11, 2)))
    source = tmp_path / "scans" / NAME
    source.parent.mkdir()
    content = _content(CANARY, 3 * D.CHUNK_BYTES + 12345)  # four chunks, the last one short
    source.write_bytes(content)
    kept_content = _content(KEPT, 200_000)

    # attach: nothing in clear in the data folder or the temp folder; the pages (with the key) do hold it
    doc = D.attach(vault, client.id, source, "certificate")
    kept = D.attach(vault, kept_client.id, kept_content, "id", file_name="kept.bin")
    assert (doc.file_name, doc.size) == (NAME, len(content))
    assert _hits(_files(data_dir), [*needles, KEPT]) == [], "after attach"
    assert _hits(_files(temp_dir), [*needles, KEPT]) == [], "temp folder after attach"
    before = _clear(vault, key)
    assert CANARY in before and KEPT in before and NAME.encode() in before, "positive control: stored in the pages"

    # view: decrypted into memory only
    info, data = D.read_document(vault, doc.id)
    assert data == content and info.id == doc.id
    del data
    assert _hits(_files(data_dir), needles) == [], "after view"
    assert _hits(_files(temp_dir), needles) == [], "temp folder after view"

    # save as: the chosen path is the only file outside the vault that has it
    chosen = tmp_path / "chosen" / "copy.pdf"
    chosen.parent.mkdir()
    D.save_as(vault, doc.id, chosen)
    assert chosen.read_bytes() == content
    assert sorted(p.name for p in chosen.parent.iterdir()) == ["copy.pdf"]
    assert _hits(_files(data_dir), needles) == [] and _hits(_files(temp_dir), needles) == [], "after save-as"

    # a backup holds the document (encrypted)
    blobs, clear_backup = _backup(vault, tmp_path / "before-erase.tar", key)
    assert _hits(blobs, needles) == [], "backup before erase (raw)"
    assert CANARY in clear_backup, "positive control: the backup holds the document"

    # erase the client: gone for good, even for someone holding the key
    R.erase_client(vault, client.id)
    assert _hits(_files(data_dir), needles) == [], "after erase"
    assert _hits(_files(temp_dir), needles) == [], "temp folder after erase"
    after = _clear(vault, key)
    assert _hits({"decrypted pages": after}, needles) == [], "erased document left in the pages"
    assert KEPT in after, "positive control: the kept client's document is still in the pages"
    with vault._uow(readonly=True) as uow:
        conn = uow.connection
        tables = [r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")]
        dump = b"".join(repr(conn.exec_driver_sql(f'SELECT * FROM "{t}"').fetchall()).encode() for t in tables)
        chunks = conn.exec_driver_sql("SELECT count(*) FROM document_chunk WHERE document_id = ?", (doc.id,))
        assert chunks.scalar_one() == 0
    assert _hits({"sql": dump}, needles) == [], "erased document readable through SQL"
    with pytest.raises(NotFound):
        D.get_document(vault, doc.id)

    # a backup made after the erasure: not in it, raw or decrypted
    blobs, clear_backup = _backup(vault, tmp_path / "after-erase.tar", key)
    assert _hits(blobs, needles) == [], "backup after erase (raw)"
    assert _hits({"decrypted backup": clear_backup}, needles) == [], "backup after erase (decrypted)"
    assert KEPT in clear_backup

    # detach: the kept document goes for good as well
    D.detach(vault, kept.id)
    assert KEPT not in _clear(vault, key), "detached document left in the pages"

    # the audit log has the acts, never the file name; the logs neither
    with vault._uow(readonly=True) as uow:
        entries = [e for e in uow.audit.recent(100) if e.record_type == "document"]
    assert {e.action for e in entries} == {"create", "show", "export", "delete"}
    assert all("size=" in e.detail and NAME not in e.detail and "kept.bin" not in e.detail for e in entries)
    assert _hits({"logs": caplog.text.encode()}, [*needles, b"kept.bin"]) == []
