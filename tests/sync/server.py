"""The real regional server as a subprocess (``python -m iq_server.cli``) on 127.0.0.1, for sync tests."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
PY = sys.executable


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ServerProcess:
    def __init__(self, workdir: Path, *, env: dict[str, str] | None = None) -> None:
        self.workdir = Path(workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.db_path = self.workdir / "server.db"
        self.db = f"sqlite:///{self.db_path}"
        self.log_path = self.workdir / "server.log"
        self.env = {
            **os.environ, "PYTHONPATH": str(ROOT), "IQ_SERVER_RATE_PER_MINUTE": "1000000",
            "IQ_SERVER_RATE_BURST": "1000000", "IQ_SERVER_ENROL_FAILURES_PER_MINUTE": "1000",
            **(env or {}),
        }  # fmt: skip
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self._sites: set[str] = set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def cli(self, *args: str) -> str:
        out = subprocess.run(
            [PY, "-m", "iq_server.cli", "--db", self.db, *args], cwd=ROOT, env=self.env,
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        if out.returncode != 0:
            raise RuntimeError(f"iq-server {args[0]} failed: {out.stderr.strip()}")
        with self.log_path.open("a") as fh:
            fh.write(out.stderr)
        return out.stdout

    def add_site(self, site_id: str = "site-1", state: str = "DE-BE", network: str = "IQ Berlin") -> str:
        if site_id not in self._sites:
            self.cli("site", "add", site_id, "--name", f"Advice site {site_id}", "--state", state, "--network", network)
            self._sites.add(site_id)
        return site_id

    def enrolment_code(self, site_id: str = "site-1") -> str:
        self.add_site(site_id)
        return self.cli("enrolment-code", "--site", site_id).strip().splitlines()[0].strip()

    def start(self) -> ServerProcess:
        self.add_site("site-1")
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            [PY, "-m", "iq_server.cli", "--db", self.db, "serve", "--port", str(self.port)],
            cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        log.close()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("the server exited: " + self.log_path.read_text()[-2000:])
            with contextlib.suppress(requests.RequestException):
                if requests.get(self.url + "/v1/health", timeout=1).status_code == 200:
                    return self
            time.sleep(0.05)
        raise RuntimeError("the server did not come up")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)
        self.proc = None

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()
        self.proc = None

    def revoke(self, device_id: str) -> None:
        self.cli("device", "revoke", device_id)

    # --- what the server holds --------------------------------------------------------------

    def query(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        """Rows of a read-only query on the server's database (what someone holding it could read)."""
        con = sqlite3.connect(f"file:{self.db_path}?mode=ro", uri=True, timeout=30)
        try:
            return [tuple(r) for r in con.execute(sql, params)]
        finally:
            con.close()

    def rows(self, device_id: str | None = None) -> dict[str, tuple[int, str, str]]:
        """record_id -> (revision, payload_hash, rtype) of every item held (its current revision),
        optionally of the items whose current revision ``device_id`` delivered."""
        q = "SELECT record_id, revision, payload_hash, rtype FROM item"
        params: tuple[str, ...] = ()
        if device_id is not None:
            q += " WHERE device_id = ?"
            params = (device_id,)
        return {str(r[0]): (int(r[1]), str(r[2]), str(r[3])) for r in self.query(q, params)}  # type: ignore[call-overload]

    def periods(self, device_id: str) -> dict[str, list[str]]:
        """period -> record ids of the device's current contributions of it (more than one: counted twice)."""
        out: dict[str, list[str]] = {}
        q = "SELECT period, record_id FROM item WHERE device_id = ? AND rtype = 'contribution'"
        for period, rid in self.query(q, (device_id,)):
            out.setdefault(str(period), []).append(str(rid))
        return out

    def cells(
        self, *, device_id: str | None = None, site_id: str | None = None
    ) -> dict[str, dict[str, tuple[int, int]]]:
        """period -> cell -> (n, k) summed over the stored cells (``item_cell``) of the current items a
        device delivered, or of a site (k modulo 2**32, as the report sums it)."""
        q = "SELECT c.period, c.cell, c.n, c.k FROM item_cell c JOIN item i ON i.record_id = c.record_id"
        if device_id is not None:
            q, params = q + " WHERE i.device_id = ?", (device_id,)
        elif site_id is not None:
            q, params = q + " WHERE c.site_id = ?", (site_id,)
        else:
            raise TypeError("give device_id or site_id")
        out: dict[str, dict[str, tuple[int, int]]] = {}
        for period, cell, n, k in self.query(q, params):
            per = out.setdefault(str(period), {})
            n0, k0 = per.get(str(cell), (0, 0))
            per[str(cell)] = (n0 + int(n), (k0 + int(k)) % 2**32)  # type: ignore[call-overload]
        return out
