"""TLS end to end with the regional network's own CA.

A throwaway CA and a server certificate for 127.0.0.1/localhost are made here (``cryptography``); the
real server runs with ``iq-server serve --tls-cert --tls-key``; the real ``iq-desktop`` CLI enrols and
syncs in subprocesses. Without the CA bundle the client refuses with one clear line; plain http to
another computer is refused before anything is sent.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import ipaddress
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from iq_desktop.sync.client import SyncClient, check_url
from iq_desktop.sync.errors import InsecureServer, Retryable, SyncError
from tests.sync.server import ROOT, free_port

PASSPHRASE = "correct horse battery staple 42"
NOW = dt.datetime.now(dt.UTC)


# --- a throwaway PKI -----------------------------------------------------------------------------


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "IQ test network"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])  # fmt: skip


def _write_key(key: ec.EllipticCurvePrivateKey, path: Path) -> None:
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))  # fmt: skip


def make_ca(path: Path, cn: str) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(_name(cn)).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1)).not_valid_after(NOW + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                     content_commitment=False, key_encipherment=False, data_encipherment=False,
                                     key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return cert, key


def make_server_cert(ca: x509.Certificate, ca_key: ec.EllipticCurvePrivateKey, cert_path: Path, key_path: Path,
                     *, not_after: dt.datetime | None = None) -> None:  # fmt: skip
    key = ec.generate_private_key(ec.SECP256R1())
    san = x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))])
    cert = (
        x509.CertificateBuilder().subject_name(_name("iq-server test")).issuer_name(ca.subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1)).not_valid_after(not_after or NOW + dt.timedelta(days=30))
        .add_extension(san, critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    _write_key(key, key_path)


# --- the real server over TLS --------------------------------------------------------------------


@dataclass
class TlsServer:
    db: str
    url: str
    ca: Path
    other_ca: Path
    proc: subprocess.Popen[bytes]
    log: Path

    def admin(self, *args: str) -> str:
        from iq_server import cli

        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            rc = cli.main(["--db", self.db, *args])
        assert rc == 0, err.getvalue()
        return out.getvalue()

    def code(self) -> str:
        return self.admin("enrolment-code", "--site", "tls-1").strip()


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TlsServer]:
    tmp = tmp_path_factory.mktemp("tls")
    ca, ca_key = make_ca(tmp / "ca.pem", "IQ test network CA")
    make_ca(tmp / "other-ca.pem", "Someone else's CA")
    make_server_cert(ca, ca_key, tmp / "server.pem", tmp / "server.key")
    port = free_port()
    db = f"sqlite:///{tmp / 'server.db'}"
    log = tmp / "server.log"
    with log.open("ab") as fh:
        proc = subprocess.Popen(
            [sys.executable, "-m", "iq_server.cli", "--db", db, "serve", "--port", str(port),
             "--tls-cert", str(tmp / "server.pem"), "--tls-key", str(tmp / "server.key")],
            cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONPATH": str(ROOT), "IQ_SERVER_RATE_PER_MINUTE": "100000",
                 "IQ_SERVER_RATE_BURST": "100000"},
        )  # fmt: skip
    srv = TlsServer(db, f"https://127.0.0.1:{port}", tmp / "ca.pem", tmp / "other-ca.pem", proc, log)
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                raise RuntimeError("the TLS server exited: " + log.read_text(errors="replace")[-2000:])
            with contextlib.suppress(requests.RequestException):
                if requests.get(srv.url + "/v1/health", verify=str(srv.ca), timeout=1).status_code == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError("the TLS server did not come up: " + log.read_text(errors="replace")[-2000:])
            time.sleep(0.05)
        srv.admin("site", "add", "tls-1", "--name", "TLS site", "--state", "DE-HH", "--network", "IQ Hamburg")
        yield srv
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def desktop(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real ``iq-desktop`` command in a subprocess."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "IQ_PASSPHRASE": PASSPHRASE,
        "IQ_INSECURE_TEST_KDF": os.environ.get("IQ_INSECURE_TEST_KDF", ""),
    }
    return subprocess.run([sys.executable, "-m", "iq_desktop", "--data-dir", str(data_dir), *args],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)  # fmt: skip


def new_vault(where: Path, records: int = 0) -> Path:
    out = desktop(where, "--user", "coord", "init")
    assert out.returncode == 0, out.stderr
    if records:
        out = desktop(where, "demo-data", "--count", str(records), "--seed", "5")
        assert out.returncode == 0, out.stderr
    return where


def _one_line_refusal(out: subprocess.CompletedProcess[str]) -> str:
    assert out.returncode == 1, out
    assert "Traceback" not in out.stderr and "SSLError" not in out.stderr and "urllib3" not in out.stderr
    lines = [ln for ln in out.stderr.splitlines() if ln.strip() and "IQ_INSECURE_TEST_KDF" not in ln]
    assert len(lines) == 1, out.stderr
    return lines[0]


# --- tests ---------------------------------------------------------------------------------------


def test_enrol_and_sync_over_tls_with_the_networks_ca(tls_server: TlsServer, tmp_path: Path) -> None:
    data = new_vault(tmp_path / "vault", records=4)
    out = desktop(data, "enrol", "--server", tls_server.url, "--code", tls_server.code(),
                  "--ca-bundle", str(tls_server.ca))  # fmt: skip
    assert out.returncode == 0, out.stderr
    # later syncs use the CA bundle kept in the vault's settings (no option needed)
    out = desktop(data, "sync", "--verify", "--json")
    assert out.returncode == 0, out.stderr
    summary = json.loads(out.stdout)
    assert summary["sent"] > 0 and summary["pending"] == 0 and summary["rejected"] == 0
    assert summary["reconciled"] is True
    status = json.loads(desktop(data, "status", "--json").stdout)
    assert status["server_url"] == tls_server.url and status["last_error"] is None


def test_without_the_ca_bundle_enrolment_is_refused_in_one_clear_line(tls_server: TlsServer, tmp_path: Path) -> None:
    data = new_vault(tmp_path / "vault")
    code = tls_server.code()
    line = _one_line_refusal(desktop(data, "enrol", "--server", tls_server.url, "--code", code))
    assert "TLS certificate" in line and "--ca-bundle" in line, line
    # someone else's CA does not help either
    line = _one_line_refusal(desktop(data, "enrol", "--server", tls_server.url, "--code", code,
                                     "--ca-bundle", str(tls_server.other_ca)))  # fmt: skip
    assert "TLS certificate" in line, line
    # a file that is not a certificate is named as such
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate\n")
    line = _one_line_refusal(desktop(data, "enrol", "--server", tls_server.url, "--code", code,
                                     "--ca-bundle", str(junk)))  # fmt: skip
    assert "CA bundle" in line and "PEM" in line, line
    # the code was never spent: with the right CA it still works
    out = desktop(data, "enrol", "--server", tls_server.url, "--code", code, "--ca-bundle", str(tls_server.ca))
    assert out.returncode == 0, out.stderr


def test_a_missing_ca_bundle_after_enrolment_stops_sync_with_a_clear_message(
    tls_server: TlsServer, tmp_path: Path
) -> None:
    ca_copy = tmp_path / "network-ca.pem"
    ca_copy.write_bytes(tls_server.ca.read_bytes())
    data = new_vault(tmp_path / "vault", records=1)
    out = desktop(data, "enrol", "--server", tls_server.url, "--code", tls_server.code(), "--ca-bundle", str(ca_copy))
    assert out.returncode == 0, out.stderr
    ca_copy.unlink()
    out = desktop(data, "sync")
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "CA bundle" in out.stderr and "network-ca.pem" in out.stderr and "--ca-bundle" in out.stderr, out.stderr
    assert "pending" in out.stdout


def test_client_refuses_the_wrong_ca_as_retryable(tls_server: TlsServer) -> None:
    """In a sync (not enrolment) a certificate failure is retried later (a captive portal passes), with the
    same advice as its reason."""
    with SyncClient(tls_server.url, "t" * 43, ca_bundle=str(tls_server.other_ca)) as client, \
            pytest.raises(Retryable) as info:  # fmt: skip
        client.sync_state()
    assert "TLS certificate" in info.value.reason and "\n" not in info.value.reason
    with SyncClient(tls_server.url, ca_bundle=str(tls_server.ca)) as client:
        assert client.health()


@pytest.mark.parametrize("url", ["http://iq.example.org", "http://10.0.0.5:8443", "http://192.168.1.10",
                                 "ftp://iq.example.org", "iq.example.org", "http://localhost.example.org",
                                 "http://127.0.0.1.nip.io", ""])  # fmt: skip
def test_plain_http_to_another_computer_is_refused(url: str) -> None:
    with pytest.raises(InsecureServer):
        check_url(url)
    with pytest.raises(SyncError):
        SyncClient(url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:8443", "http://localhost:8443/", "http://[::1]:8443",
                                 "https://iq.example.org", "HTTPS://IQ.example.org/base/"])  # fmt: skip
def test_https_anywhere_and_http_to_this_computer_are_allowed(url: str) -> None:
    assert check_url(url) == url.strip().rstrip("/")


# --- the scheduler never fails silently on TLS or a lost CA bundle -------------------------------------


def _scheduler_results(vault: object, seconds: float = 1.5) -> list[object]:
    from iq_desktop.sync.backoff import Backoff
    from iq_desktop.sync.scheduler import SyncScheduler

    results: list[object] = []
    sched = SyncScheduler(vault, interval=0.05, backoff=Backoff(base=0.01, cap=0.05), on_result=results.append,
                          run_kwargs={"timeout": (2.0, 5.0)}).start()  # fmt: skip
    try:
        time.sleep(seconds)  # many probes: each finds the same problem
    finally:
        sched.stop()
    return results


def test_the_scheduler_reports_a_tls_failure_once_as_such(tls_server: TlsServer, tmp_path: Path) -> None:
    from iq_desktop.services import sync_service
    from tests.sync.conftest import new_vault as open_new_vault
    from tests.sync.helpers import add_records

    vault = open_new_vault(tmp_path / "vault")
    try:
        # enrolled with the network's CA, which is later replaced by someone else's (a wrong file chosen)
        ca_copy = tmp_path / "network-ca.pem"
        ca_copy.write_bytes(tls_server.ca.read_bytes())
        sync_service.enrol(vault, tls_server.url, tls_server.code(), str(ca_copy))
        add_records(vault, 2, seed=70)
        ca_copy.write_bytes(tls_server.other_ca.read_bytes())
        results = _scheduler_results(vault)
        assert len(results) == 1, results  # reported once, not on every probe
        summary = results[0]
        assert summary.error_kind == "retry" and summary.retry_cause == "tls", summary
        assert "TLS certificate" in summary.error and summary.pending == sync_service.status(vault).pending > 0
        st = sync_service.status(vault)
        assert st.last_error_kind == "retry" and st.last_error_cause == "tls"
        # the command line says what it means (the real CLI, on the same vault)
        out = desktop(tmp_path / "vault", "status")
        assert "the server's certificate could not be verified; temporary: sync tries again by itself" in out.stdout
        status = json.loads(desktop(tmp_path / "vault", "status", "--json").stdout)
        assert status["last_error_kind"] == "retry" and status["last_error_cause"] == "tls"
        # the CA file disappears: a new problem, reported once, with what to do
        ca_copy.unlink()
        results = _scheduler_results(vault)
        assert [r.error_kind for r in results] == ["ca_bundle"], results
        assert "network-ca.pem" in results[0].error and "--ca-bundle" in results[0].error
        assert sync_service.status(vault).last_error_kind == "ca_bundle"
        # the file is put back: the scheduler sends everything, and the problem is gone
        ca_copy.write_bytes(tls_server.ca.read_bytes())
        results = _scheduler_results(vault, seconds=3.0)
        assert any(r.complete for r in results), results
        st = sync_service.status(vault)
        assert st.pending == 0 and st.last_error is None and st.last_error_cause is None
    finally:
        vault.lock()
