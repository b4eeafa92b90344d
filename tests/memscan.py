"""Scan another process's memory (``/proc/<pid>/maps`` + ``/proc/<pid>/mem``, Linux) for secrets.

The test process scans its child, so the needles (the key, the canaries) are never in the memory
being scanned. Only writable or anonymous mappings are read: read-only file mappings (code, shared
libraries) cannot hold data the process computed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

#: A canary value: every personal value the memory tests store has this shape.
CANARY = re.compile(rb"CNRY[a-z]+\d{4}Q|cnrymail\d{4}@example\.org")


@dataclass
class Hits:
    exact: dict[str, int] = field(default_factory=dict)  # needle name -> occurrences
    canaries: int = 0  # occurrences of CANARY
    distinct_canaries: set[bytes] = field(default_factory=set)
    scanned_bytes: int = 0


def scan(pid: int, needles: dict[str, bytes]) -> Hits:
    hits = Hits(exact=dict.fromkeys(needles, 0))
    maps = Path(f"/proc/{pid}/maps").read_text().splitlines()
    with open(f"/proc/{pid}/mem", "rb", buffering=0) as mem:
        for line in maps:
            parts = line.split(maxsplit=5)
            perms, name = parts[1], (parts[5] if len(parts) > 5 else "")
            if "r" not in perms or name.startswith(("[vvar", "[vsyscall", "[vdso")):
                continue
            if "w" not in perms and name and not name.startswith("["):
                continue  # read-only file mapping
            start, end = (int(x, 16) for x in parts[0].split("-"))
            try:
                mem.seek(start)
                data = mem.read(end - start)
            except (OSError, ValueError, OverflowError):
                continue
            hits.scanned_bytes += len(data)
            for key, needle in needles.items():
                hits.exact[key] += data.count(needle)
            for m in CANARY.finditer(data):
                hits.canaries += 1
                hits.distinct_canaries.add(m.group())
    return hits
