"""Child process of test_memory_after_lock: unlock, read every record (as the list and the detail
pages do), lock, drop the references, then wait while the parent scans this process's memory.

argv: data_dir user. stdin: the passphrase line, then EOF to exit."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from iq_desktop.domain.records import Client
from iq_desktop.fs.secret_memory import release_freed_memory
from iq_desktop.services import queries as Q
from iq_desktop.services.vault import open_vault


def main() -> None:
    data_dir, user = Path(sys.argv[1]), sys.argv[2]
    vault = open_vault(data_dir, user, sys.stdin.readline().rstrip("\n"))
    records = Q.all_records(vault)
    clients = [Q.get_client(vault, r.id) for r in records if isinstance(r, Client)]
    shown = [f"{c.last_name}, {c.first_name} <{c.email}> {c.notes}" for c in clients if c is not None]
    print(f"read {len(records)} records, {len(shown)} clients", flush=True)
    vault.lock()
    del records, clients, shown, vault
    release_freed_memory()  # what the app does once its views have dropped their rows
    print("locked", flush=True)
    sys.stdin.read()
    gc.collect()


if __name__ == "__main__":
    main()
