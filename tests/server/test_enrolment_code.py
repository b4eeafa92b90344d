"""``iq-server enrolment-code``: the code on its own line, the expiry, and a QR code only on a terminal."""

from __future__ import annotations

import os
import pty
import select
import subprocess
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from iq_server import enrolment_qr as enrolqr
from iq_server.db.engine import Database
from iq_server.services import enrolment as admin
from tests.server.conftest import PY, ROOT, run_cli

CODE_LEN = 39  # 32 base32 characters in groups of four


def _db(tmp_path: Path) -> str:
    db = f"sqlite:///{tmp_path / 'codes.db'}"
    out = run_cli(db, "site", "add", "BE-1", "--name", "Berlin 1", "--state", "DE-BE", "--network", "IQ Berlin")
    assert out.returncode == 0, out.stderr
    return db


def _run_on_tty(db: str, *args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """The real command with stdout on a pseudo-terminal (stderr captured apart)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [PY, "-m", "iq_server.cli", "--db", db, *args], cwd=ROOT, stdout=slave, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8", **(env or {})},
    )  # fmt: skip
    os.close(slave)
    chunks: list[bytes] = []
    while True:
        ready, _, _ = select.select([master], [], [], 30)
        if not ready:
            proc.kill()
            raise AssertionError("no output from iq-server within 30 s")
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    _, err = proc.communicate(timeout=30)
    return proc.returncode, b"".join(chunks).decode("utf-8").replace("\r\n", "\n"), err.decode("utf-8")


def _assert_enrols(db: str, code: str) -> None:
    """The code the QR code carries is the live one-time code of the site."""
    engine = Database.open(db)
    try:
        assert admin.enrol(engine, code, None).site.site_id == "BE-1"
    finally:
        engine.dispose()


def test_enrolment_uri_carries_server_and_code() -> None:
    uri = enrolqr.enrolment_uri("AS5V-PMF3", "https://iq.example.org:8443/base")
    parts = urlsplit(uri)
    assert parts.scheme == "iq-enrol"
    assert parse_qs(parts.query) == {"server": ["https://iq.example.org:8443/base"], "code": ["AS5V-PMF3"]}
    assert enrolqr.enrolment_uri("AS5V-PMF3", None) == "iq-enrol:?code=AS5V-PMF3"


def test_not_a_terminal_prints_the_code_alone(tmp_path: Path) -> None:
    db = _db(tmp_path)
    out = run_cli(db, "enrolment-code", "--site", "BE-1", "--server-url", "https://iq.example.org")
    assert out.returncode == 0, out.stderr
    assert len(out.stdout.splitlines()) == 1 and len(out.stdout.strip()) == CODE_LEN
    assert "valid until" in out.stderr and "█" not in out.stdout + out.stderr


def test_terminal_shows_the_qr_code_of_the_enrolment_uri(tmp_path: Path) -> None:
    db = _db(tmp_path)
    rc, out, err = _run_on_tty(db, "enrolment-code", "--site", "BE-1", "--valid-hours", "2",
                               env={"IQ_SERVER_PUBLIC_URL": "https://iq.example.org/"})  # fmt: skip
    assert rc == 0, err
    lines = out.rstrip("\n").split("\n")
    code = lines[-1]
    assert len(code) == CODE_LEN and "█" not in code
    qr = "\n".join(lines[:-1]) + "\n"
    assert qr == enrolqr.qr_text(enrolqr.enrolment_uri(code, "https://iq.example.org"))
    assert "valid until" in err and "server https://iq.example.org and the code" in err
    _assert_enrols(db, code)

    rc, out, err = _run_on_tty(db, "enrolment-code", "--site", "BE-1", "--no-qr")
    assert rc == 0 and "█" not in out and len(out.strip()) == CODE_LEN


@pytest.mark.parametrize(
    ("url", "needle"),
    [
        ("http://iq.example.org", "https://"),
        ("ftp://iq.example.org", "https://iq.example.org"),
        ("https://user:pw@iq.example.org", "user name"),
        ("https://iq.example.org/?code=x", "query"),
        ("https://iq.example.org:99999", "not a valid URL"),
    ],
)
def test_bad_server_url_is_refused_before_a_code_is_made(tmp_path: Path, url: str, needle: str) -> None:
    db = _db(tmp_path)
    out = run_cli(db, "enrolment-code", "--site", "BE-1", "--server-url", url)
    assert out.returncode == 1 and needle in out.stderr and out.stdout == ""
    assert "Traceback" not in out.stderr
    env_bad = run_cli(db, "enrolment-code", "--site", "BE-1", env={"IQ_SERVER_PUBLIC_URL": url})
    assert env_bad.returncode == 1 and "IQ_SERVER_PUBLIC_URL" in env_bad.stderr
