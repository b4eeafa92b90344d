"""Canary test: 1,000 records with unique canary strings in every personal field.

After save, edit and erase: 0 hits in the raw bytes of ``vault.db``, ``-wal``, ``-shm``, backups
and log output. After erase, 0 hits of the erased clients' canaries even WITH the key: neither
through SQL (every table) nor in any decrypted page of the database file and its WAL, including
free pages. A positive control (a kept client's canary IS found in the decrypted pages) shows the
page decryption really sees the data. The 5-digit postcode is checked through SQL only: five
digits occur by chance in decrypted ids and timestamps.
"""

from __future__ import annotations

import io
import json
import logging
import tarfile
from datetime import date
from pathlib import Path

import pytest

from iq_desktop.domain.codes import SessionKind
from iq_desktop.domain.records import Client, CounsellingSession, TrainingParticipation
from iq_desktop.services import records as R
from iq_desktop.services.batch import save_batch
from iq_desktop.services.vault import Vault
from tests.store.sqlcipher_pages import plaintext

CLIENTS = 250  # x (1 client + 2 sessions + 1 training) = 1,000 records
ERASED = 10


def _canaries(i: int, gen: str) -> dict[str, str]:
    return {
        "first_name": f"CNRY{gen}first{i:04d}Q",
        "last_name": f"CNRY{gen}last{i:04d}Q",
        "phone": f"+49 151 {8 if gen == 'b' else 7}{i:06d}",
        "email": f"cnry{gen}mail{i:04d}@example.org",
        "postcode": f"{(60000 if gen == 'a' else 70000) + i}",
        "notes": f"CNRY{gen}notes{i:04d}Q private remarks",
    }


def _birth(i: int, gen: str = "a") -> date:
    return date((1940 if gen == "a" else 1975) + i // 12 % 30, 1 + i % 12, 1 + i % 27)


def _needles(i: int, gen: str, *, with_postcode: bool = True) -> list[bytes]:
    values = dict(_canaries(i, gen))
    if not with_postcode:
        values.pop("postcode")
    values["session_notes"] = f"CNRY{gen}session{i:04d}Q"
    return [v.encode("utf-8") for v in values.values()] + [_birth(i, gen).isoformat().encode()]


def _files(vault: Vault) -> dict[str, bytes]:
    db = vault.data_dir / "vault.db"
    return {p.name: p.read_bytes() for p in db.parent.iterdir() if p.name.startswith("vault.db")}


def _hits(blobs: dict[str, bytes], needles: list[bytes]) -> list[str]:
    return [f"{name}: {n!r}" for name, blob in blobs.items() for n in needles if n in blob]


def _backup_hits(blobs: dict[str, bytes], needles: list[bytes]) -> list[str]:
    """Hits in a backup. The two clear-text members (manifest and key file) are checked without the
    5-digit postcodes: the manifest's creation time has microseconds, and six digits such as
    ``600123`` contain a postcode by chance (about one backup in a hundred)."""
    no_postcodes = [n for n in needles if not (len(n) == 5 and n.isdigit())]
    encrypted = {k: v for k, v in blobs.items() if k == "backup vault.db"}
    clear = {k: v for k, v in blobs.items() if k != "backup vault.db"}
    return _hits(encrypted, needles) + _hits(clear, no_postcodes)


def _backup_bytes(vault: Vault, out: Path) -> dict[str, bytes]:
    """The backup's members; the tar headers (names, octal sizes and times) are checked apart, as
    their digits can match a 5-digit postcode by chance."""
    vault.backup(out)
    blobs: dict[str, bytes] = {}
    with tarfile.open(out) as tar:
        headers = b"".join(m.tobuf(tarfile.PAX_FORMAT) for m in tar.getmembers())
        assert b"CNRY" not in headers and b"cnry" not in headers
        for info in tar.getmembers():
            member = tar.extractfile(info)
            assert member is not None
            blobs[f"backup {info.name}"] = member.read()
    assert set(blobs) == {"backup vault.db", "backup keys.json", "backup iq-desktop-backup.json"}
    manifest = json.loads(blobs["backup iq-desktop-backup.json"])
    assert set(manifest) == {"format", "version", "created_at", "schema_version"}
    return blobs


@pytest.mark.slow
def test_canaries(vault: Vault, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    log = io.StringIO()
    handler = logging.StreamHandler(log)
    logging.getLogger().addHandler(handler)
    try:
        _run(vault, tmp_path)
    finally:
        logging.getLogger().removeHandler(handler)
    every = [n for i in range(CLIENTS) for gen in "ab" for n in _needles(i, gen)]
    logged = (caplog.text + log.getvalue()).encode()
    assert _hits({"logs": logged}, every) == []


def _run(vault: Vault, tmp_path: Path) -> None:
    key = vault._require_unlocked().data_key
    clients = [Client(birth_date=_birth(i), nationality="IR", **_canaries(i, "a")) for i in range(CLIENTS)]
    sessions, trainings = [], []
    for i, c in enumerate(clients):
        sessions.append(CounsellingSession(c.id, date(2024, 1, 1 + i % 28), notes=f"CNRYasession{i:04d}Q"))
        sessions.append(CounsellingSession(c.id, date(2024, 2, 1 + i % 28), kind=SessionKind.FOLLOW_UP))
        trainings.append(TrainingParticipation(c.id, date(2024, 3, 1)))
    assert save_batch(vault, clients=clients, sessions=sessions, trainings=trainings) == 1000
    old = [n for i in range(CLIENTS) for n in _needles(i, "a")]
    assert _hits(_files(vault), old) == [], "after save"

    # edit every client's personal fields, and the first session's notes, through the GUI's path
    for i, c in enumerate(clients):
        for field, value in _canaries(i, "b").items():
            setattr(c, field, value)
        c.birth_date = _birth(i, "b")
        R.save_client(vault, c)
        s = sessions[2 * i]
        s.notes = f"CNRYbsession{i:04d}Q"
        R.save_session(vault, s)
    new = [n for i in range(CLIENTS) for n in _needles(i, "b")]
    assert _hits(_files(vault), old + new) == [], "after edit"
    assert _backup_hits(_backup_bytes(vault, tmp_path / "after-edit.tar"), old + new) == [], "backup after edit"
    for view in R.pending_outbox(vault):
        assert _hits({"outbox": view.payload.encode()}, old + new) == []

    # erase some clients: gone for good, even for someone holding the key
    for i in range(ERASED):
        R.erase_client(vault, clients[i].id)
    assert _hits(_files(vault), old + new) == [], "after erase"
    erased_no_postcode = [n for i in range(ERASED) for gen in "ab" for n in _needles(i, gen, with_postcode=False)]
    with vault._uow(readonly=True) as uow:
        conn = uow.connection
        tables = [r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")]
        dump = "\n".join(repr(conn.exec_driver_sql(f'SELECT * FROM "{t}"').fetchall()) for t in tables)
    assert _hits({"sql": dump.encode()}, erased_no_postcode) == [], "erased data readable through SQL"
    postcodes = [_canaries(i, gen)["postcode"] for i in range(ERASED) for gen in "ab"]
    with vault._uow(readonly=True) as uow:
        rows = uow.connection.exec_driver_sql(
            f"SELECT count(*) FROM client WHERE postcode IN ({','.join('?' * len(postcodes))})", tuple(postcodes)
        )
        assert rows.scalar_one() == 0
    files = _files(vault)
    clear = plaintext(files["vault.db"], files.get("vault.db-wal", b""), key)
    assert _hits({"decrypted pages": clear}, erased_no_postcode) == [], "erased data left in pages"
    kept = _needles(ERASED, "b", with_postcode=False)[:2]
    assert all(n in clear for n in kept), "positive control: the page decryption must see kept data"
    backup = _backup_bytes(vault, tmp_path / "after-erase.tar")
    assert _backup_hits(backup, old + new) == [], "backup after erase (raw)"
    clear_backup = plaintext(backup["backup vault.db"], b"", key)
    assert _hits({"decrypted backup": clear_backup}, erased_no_postcode) == []
    assert all(n in clear_backup for n in kept)
