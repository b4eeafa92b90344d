"""Benchmark: documents inside the encrypted vault (issue 11, item 3).

* **attach 10 MB**: ``services.documents.attach`` of a 10 MB file (read 1 MiB at a time, SHA-256, one
  SQLCipher transaction with ``synchronous=FULL``), median of ``--runs``. Baseline in the same run, sample
  by sample: what any encrypted copy of the file must do at least: a plain file copy with fsync, plus
  AES-256-GCM of the bytes and their SHA-256 (``cryptography``/``hashlib``). Target: <= 1 s.
* **save-as 10 MB**: ``save_as`` (decrypt, SHA-256 check, private temp file beside the target, fsync,
  rename) against the plain copy. For information.
* **open**: ``open_vault`` (fast test KDF on both vaults, so the key derivation does not hide anything) of
  a vault holding ``IQ_BENCH_DOC_GB`` GB of documents (default 1; ``--gb`` overrides) and of an empty one,
  alternated, median of ``--opens``. Target: ratio ~1 (open time unaffected by the documents). What the
  vault does at open: chmod of its files, key + PRAGMAs (no ``integrity_check``/``quick_check``, no
  ``VACUUM``), schema version, the unlock audit entry, leftovers of killed backups (a glob), and once a
  day the retention check (a scan of the clients, not of the documents).
* **backup** (information): ``Vault.backup`` copies the whole file, so it DOES scale with the documents;
  the GUI's daily automatic backup (``services.auto_backup``) runs it on the DB worker.

    PYTHONPATH=. python bench/bench_documents.py [--gb 1] [--runs 5] [--opens 7] [--json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("IQ_INSECURE_TEST_KDF", (ROOT / "tests" / "insecure-kdf.token").read_text("ascii").strip())

from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: E402

from iq_desktop.crypto import TEST_KDF  # noqa: E402
from iq_desktop.domain.records import Client  # noqa: E402
from iq_desktop.services import documents, records  # noqa: E402
from iq_desktop.services.vault import create_vault, open_vault  # noqa: E402

USER, PASSPHRASE = "bench", "benchmark passphrase 2026 ok"
ATTACH_S = 1.0
MB = 1024 * 1024


def _baseline(src: Path, dst: Path) -> float:
    """Plain copy with fsync + AES-256-GCM + SHA-256 of the same bytes."""
    start = time.perf_counter()
    data = src.read_bytes()
    hashlib.sha256(data).hexdigest()
    AESGCM(os.urandom(32)).encrypt(os.urandom(12), data, None)
    with open(dst, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    took = time.perf_counter() - start
    dst.unlink()
    return took


def _plain_copy(src: Path, dst: Path) -> float:
    start = time.perf_counter()
    with open(src, "rb") as a, open(dst, "wb") as b:
        shutil.copyfileobj(a, b, MB)
        b.flush()
        os.fsync(b.fileno())
    took = time.perf_counter() - start
    dst.unlink()
    return took


def bench_attach(work: Path, runs: int) -> dict[str, float]:
    vault, _ = create_vault(work / "attach", USER, PASSPHRASE, kdf=TEST_KDF)
    try:
        client = records.save_client(vault, Client("Bench", "Attach"))
        src = work / "scan-10mb.pdf"
        src.write_bytes(os.urandom(10 * 1000 * 1000))
        attach, base, save, copy = [], [], [], []
        for i in range(runs):
            start = time.perf_counter()
            info = documents.attach(vault, client.id, src, "certificate")
            attach.append(time.perf_counter() - start)
            base.append(_baseline(src, work / "baseline.bin"))
            out = work / f"saved-{i}.pdf"
            start = time.perf_counter()
            documents.save_as(vault, info.id, out)
            save.append(time.perf_counter() - start)
            out.unlink()
            copy.append(_plain_copy(src, work / "copy.bin"))
    finally:
        vault.lock()
    return {
        "attach_10mb_s": statistics.median(attach),
        "attach_10mb_max_s": max(attach),
        "baseline_copy_aes_sha_s": statistics.median(base),
        "save_as_10mb_s": statistics.median(save),
        "plain_copy_s": statistics.median(copy),
    }


def _fill(data_dir: Path, gb: float) -> tuple[int, float]:
    vault, _ = create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    total, start = 0, time.perf_counter()
    try:
        block = os.urandom(documents.MAX_DOCUMENT_BYTES)
        clients = [records.save_client(vault, Client("Bench", f"Docs{i}")) for i in range(20)]
        n, target = 0, int(gb * 1024**3)
        while total < target:
            size = min(documents.MAX_DOCUMENT_BYTES, target - total)
            data = n.to_bytes(8, "big") + block[8:size]
            documents.attach(vault, clients[n % len(clients)].id, data, "certificate", file_name=f"doc{n}.pdf")
            total += size
            n += 1
        vault.store.checkpoint()
    finally:
        vault.lock()
    return total, time.perf_counter() - start


def _open_once(data_dir: Path) -> float:
    start = time.perf_counter()
    vault = open_vault(data_dir, USER, PASSPHRASE)
    took = time.perf_counter() - start
    vault.lock()
    return took


def bench_open(work: Path, gb: float, opens: int) -> dict[str, float]:
    full, empty = work / "full", work / "empty"
    total, fill_s = _fill(full, gb)
    vault, _ = create_vault(empty, USER, PASSPHRASE, kdf=TEST_KDF)
    records.save_client(vault, Client("Bench", "Empty"))
    vault.lock()
    _open_once(full), _open_once(empty)  # the day's first open runs the retention check: not timed
    t_full, t_empty = [], []
    for _ in range(opens):
        t_full.append(_open_once(full))
        t_empty.append(_open_once(empty))
    out = {
        "documents_gb": total / 1024**3,
        "vault_file_gb": (full / "vault.db").stat().st_size / 1024**3,
        "fill_s": fill_s,
        "open_full_s": statistics.median(t_full),
        "open_empty_s": statistics.median(t_empty),
    }
    for name, folder in (("backup_full_s", full), ("backup_empty_s", empty)):
        vault = open_vault(folder, USER, PASSPHRASE)
        try:
            start = time.perf_counter()
            vault.backup(work / f"{folder.name}.tar")
            out[name] = time.perf_counter() - start
        finally:
            vault.lock()
        (work / f"{folder.name}.tar").unlink()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gb", type=float, default=float(os.environ.get("IQ_BENCH_DOC_GB", "1")),
                        help="documents in the full vault, GB (default: IQ_BENCH_DOC_GB or 1)")  # fmt: skip
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--opens", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="iq-bench-docs-") as tmp:
        work = Path(tmp)
        res = bench_attach(work, args.runs)
        res |= bench_open(work, args.gb, args.opens)
    if args.json:
        print(json.dumps(res, indent=1))
        return 0
    ratio_attach = res["attach_10mb_s"] / res["baseline_copy_aes_sha_s"]
    ratio_open = res["open_full_s"] / res["open_empty_s"]
    rows = [
        ("attach 10 MB (median)", f"{res['attach_10mb_s'] * 1000:.0f} ms", f"<= {ATTACH_S * 1000:.0f} ms",
         f"{ratio_attach:.1f}x copy+AES+SHA ({res['baseline_copy_aes_sha_s'] * 1000:.0f} ms)",
         "PASS" if res["attach_10mb_s"] <= ATTACH_S else "MISS"),
        ("attach 10 MB (max)", f"{res['attach_10mb_max_s'] * 1000:.0f} ms", "", "", ""),
        ("save-as 10 MB (median)", f"{res['save_as_10mb_s'] * 1000:.0f} ms", "",
         f"{res['save_as_10mb_s'] / res['plain_copy_s']:.1f}x plain copy ({res['plain_copy_s'] * 1000:.0f} ms)", ""),
        (f"open, {res['documents_gb']:.2f} GB of documents", f"{res['open_full_s'] * 1000:.1f} ms", "~ empty",
         f"{ratio_open:.2f}x empty ({res['open_empty_s'] * 1000:.1f} ms)", "PASS" if ratio_open <= 1.5 else "MISS"),
        ("backup, with documents", f"{res['backup_full_s']:.1f} s", "(info)",
         f"empty: {res['backup_empty_s'] * 1000:.0f} ms", ""),
        ("filling the vault", f"{res['fill_s']:.0f} s", "(info)",
         f"{res['documents_gb'] * 1024 / res['fill_s']:.0f} MB/s; file {res['vault_file_gb']:.2f} GB", ""),
    ]  # fmt: skip
    for row in rows:
        print(f"{row[0]:<34} {row[1]:>10}  {row[2]:<10} {row[3]:<44} {row[4]}")
    print(f"load: {os.getloadavg()[0]:.2f} (1 min)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
