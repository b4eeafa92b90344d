"""The sync client never follows a redirect (issue 10, item 4).

Two real HTTP servers on 127.0.0.1: the "server" answers every request with 307 (and 301/302/308) to
a second one on another port, which records whether anything reached it. Nothing may: no enrolment
code, no token, no batch. The client says what is wrong in one line.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from iq_desktop.services.messages import user_message
from iq_desktop.sync.client import OutgoingRecord, Redirected, SyncClient
from iq_desktop.sync.errors import EnrolmentFailed


class _Recorder(BaseHTTPRequestHandler):
    hits: list[str] = []

    def _answer(self) -> None:
        self.hits.append(f"{self.command} {self.path}")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b"{}")

    do_GET = do_POST = _answer

    def log_message(self, *args: object) -> None:
        pass


def _redirector(target: str, status: int) -> type[BaseHTTPRequestHandler]:
    class Redirect(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            self.send_response(status)
            self.send_header("Location", target + self.path)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_GET = do_POST = _answer

        def log_message(self, *args: object) -> None:
            pass

    return Redirect


def _serve(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def target() -> Iterator[list[str]]:
    _Recorder.hits = []
    gen = _serve(_Recorder)
    url = next(gen)
    _Recorder.url = url  # type: ignore[attr-defined]
    yield _Recorder.hits
    next(gen, None)


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirects_are_never_followed(target: list[str], status: int) -> None:
    gen = _serve(_redirector(_Recorder.url, status))  # type: ignore[attr-defined]
    server = next(gen)
    try:
        with SyncClient(server, token="device-token") as client:
            with pytest.raises(EnrolmentFailed) as enrol:
                client.enrol("ABCD-EFGH-IJKL")
            assert enrol.value.problem == "redirect"
            assert "redirect" in str(enrol.value) and "server address" in str(enrol.value)
            with pytest.raises(Redirected):
                client.post_batch("SITE-1", [OutgoingRecord("id-1", 1, '{"x":1}')])
            with pytest.raises(Redirected):
                client.probe()
            with pytest.raises(Redirected):
                client.sync_state()
    finally:
        next(gen, None)
    assert target == []  # nothing reached the other host
    assert "redirect" in user_message(Redirected()).lower()


def test_the_target_would_have_been_reached(target: list[str]) -> None:
    """Positive control: the recorder really records what reaches it."""
    with SyncClient(_Recorder.url) as client:  # type: ignore[attr-defined]
        client._request("GET", "/v1/health")
    assert target == ["GET /v1/health"]
