"""Run inside a private mount namespace with a small tmpfs at ``MNT`` (see test_disk_full.py): create a
vault there, fill the disk to leave ``FREE`` bytes, import, free the space, count, import again, count.
Prints one JSON line with every step's exit code and output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PASS = "correct horse battery staple 42"


def cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IQ_")}
    env.update(
        {
            "IQ_INSECURE_TEST_KDF": os.environ.get("IQ_INSECURE_TEST_KDF", ""),
            "IQ_PASSPHRASE": PASS,
            "TMPDIR": str(data.parent),
        }
    )
    return subprocess.run([sys.executable, "-m", "iq_desktop", "--data-dir", str(data), *args],
                          capture_output=True, text=True, env=env, timeout=300, stdin=subprocess.DEVNULL)  # fmt: skip


def sessions(data: Path) -> int:
    listed = cli(data, "list", "--type", "session", "--json")
    assert listed.returncode == 0, listed.stderr
    return len(json.loads(listed.stdout))


def main() -> None:
    mnt, import_file, free = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    data = mnt / "data"
    assert cli(data, "init", "--user", "anna").returncode == 0
    filler = mnt / "filler"
    st = os.statvfs(mnt)
    with open(filler, "wb") as fh:
        fh.truncate(0)
        left = st.f_bavail * st.f_frsize - free
        chunk = b"\0" * (1 << 20)
        while left > 0:
            fh.write(chunk[: min(left, len(chunk))])
            left -= len(chunk)
    first = cli(data, "add", import_file)
    filler.unlink()
    after_first = sessions(data)
    retry = cli(data, "add", import_file)
    after_retry = sessions(data)
    print(json.dumps({
        "first": [first.returncode, first.stdout.count("\n"), first.stderr],
        "after_first": after_first,
        "retry": [retry.returncode, retry.stdout.count("\n"), retry.stderr],
        "after_retry": after_retry,
    }))  # fmt: skip


if __name__ == "__main__":
    main()
