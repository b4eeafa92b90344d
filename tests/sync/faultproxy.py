"""A small fault-injecting HTTP/1.1 proxy of our own, between the sync client and the real server.

One request per client connection (the proxy answers with ``Connection: close``), which is all
``requests`` needs. For each request it takes the next :class:`Fault` from a schedule (then passes
everything once the schedule is used up, so every schedule heals) and can:

* ``drop_before``   close the connection without forwarding: the server never saw the request
                    (a server killed before its commit);
* ``drop_after``    forward, let the server commit and answer, then close without answering
                    (a server killed after its commit: the client never learns the outcome);
* ``reset_req``     forward only the first N bytes of the request, then reset both sides;
* ``reset_resp``    forward, then send only the first N bytes of the response and reset;
* ``status``        answer with a synthesised 500/503/408 (never forwarded);
* ``throttle``      answer 429 with ``Retry-After``;
* ``latency``       sleep before forwarding;
* ``duplicate``     forward the request twice (the second copy's answer is discarded);
* ``capture``       forward, and keep a copy of the request to replay later;
* ``replay``        before forwarding, deliver a previously captured request again (reordering);
* ``partial``       forward, then answer 200 with the last per-record result cut off (a partial answer);
* ``garbage``       forward, then answer 200 with a body that is not JSON (an unclear answer).

Everything the client sends is recorded in :attr:`FaultProxy.sent` (for the canary check).
"""

from __future__ import annotations

import contextlib
import random
import socket
import struct
import threading
import time
from dataclasses import dataclass, field

KINDS = (
    "pass", "drop_before", "drop_after", "reset_req", "reset_resp", "status", "throttle", "latency",
    "duplicate", "capture", "replay", "partial", "garbage",
)  # fmt: skip


@dataclass
class Fault:
    kind: str = "pass"
    status: int = 503
    retry_after: int = 0
    delay: float = 0.0
    offset: int = 0  # for the resets: how many bytes get through


@dataclass
class Schedule:
    """A list of faults, one per request, applied in order; ``pass`` after the end."""

    faults: list[Fault] = field(default_factory=list)
    only_paths: tuple[str, ...] = ("/v1/records", "/v1/sync-state", "/v1/health")

    @classmethod
    def seeded(cls, seed: int, length: int = 12, *, max_delay: float = 0.05) -> Schedule:
        """A random schedule: mostly faults, some passes, always healing at the end."""
        rng = random.Random(seed)
        faults = []
        for _ in range(length):
            kind = rng.choice(KINDS)
            faults.append(
                Fault(
                    kind=kind,
                    status=rng.choice((500, 502, 503, 504, 408)),
                    retry_after=rng.choice((0, 0, 1)),
                    delay=rng.uniform(0, max_delay),
                    offset=rng.randint(0, 400),
                )
            )
        return cls(faults)


def _reset(sock: socket.socket) -> None:
    """Close with RST instead of FIN (SO_LINGER 0): the peer sees ``connection reset``."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.close()


def _read_message(sock: socket.socket) -> bytes | None:
    """Read one HTTP message (head + Content-Length body). None if the peer closed first."""
    buf = b""
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        buf += chunk
    head, _, body = buf.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        body += chunk
    return head + b"\r\n\r\n" + body


def _with_close(message: bytes) -> bytes:
    """The same request, asking the upstream to close after answering."""
    head, _, body = message.partition(b"\r\n\r\n")
    lines = [ln for ln in head.split(b"\r\n") if not ln.lower().startswith(b"connection:")]
    lines.append(b"Connection: close")
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def synthesise(status: int, *, retry_after: int | None = None, body: bytes = b'{"detail":"injected"}') -> bytes:
    reason = {
        408: "Request Timeout",
        429: "Too Many Requests",
        500: "Internal Server Error",
        502: "Bad Gateway",
        503: "Service Unavailable",
        504: "Gateway Timeout",
    }.get(status, "Error")
    head = [
        f"HTTP/1.1 {status} {reason}",
        "content-type: application/json",
        f"content-length: {len(body)}",
        "connection: close",
    ]
    if retry_after is not None:
        head.append(f"retry-after: {retry_after}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def _rewrite(response: bytes, kind: str) -> bytes:
    import json

    body = response.partition(b"\r\n\r\n")[2]
    if kind == "garbage":
        return synthesise(200, body=b"<html>proxy says hello</html>")
    try:
        data = json.loads(body)
        if isinstance(data, dict) and isinstance(data.get("results"), list) and data["results"]:
            data["results"] = data["results"][:-1]
        return synthesise(200, body=json.dumps(data).encode())
    except ValueError:
        return response


class FaultProxy:
    def __init__(self, upstream_port: int, schedule: Schedule | None = None, upstream_host: str = "127.0.0.1"):
        self.upstream = (upstream_host, upstream_port)
        self.schedule = schedule or Schedule()
        self.sent: list[bytes] = []  # every request the client sent (raw bytes)
        self.log: list[tuple[str, str]] = []  # (path, fault kind)
        self.captured: list[bytes] = []
        self._lock = threading.Lock()
        self._index = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept_loop, name="faultproxy", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._listener.close()
        self._thread.join(timeout=5)

    def set_schedule(self, schedule: Schedule) -> None:
        with self._lock:
            self.schedule = schedule
            self._index = 0

    def remaining(self) -> int:
        with self._lock:
            return max(0, len(self.schedule.faults) - self._index)

    # --- internals ---------------------------------------------------------------------------

    def _next_fault(self, path: str) -> Fault:
        with self._lock:
            if not path.startswith(self.schedule.only_paths) or self._index >= len(self.schedule.faults):
                return Fault("pass")
            fault = self.schedule.faults[self._index]
            self._index += 1
            return fault

    def _accept_loop(self) -> None:
        self._listener.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _upstream_exchange(self, message: bytes, *, partial: int | None = None) -> bytes | None:
        up = socket.create_connection(self.upstream, timeout=30)
        try:
            if partial is not None:
                up.sendall(message[:partial])
                _reset(up)
                return None
            up.sendall(_with_close(message))
            chunks = []
            while True:
                chunk = up.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
            return b"".join(chunks)
        finally:
            with contextlib.suppress(OSError):
                up.close()

    def _handle(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(30)
            message = _read_message(conn)
            if message is None:
                conn.close()
                return
            with self._lock:
                self.sent.append(message)
            path = message.split(b" ", 2)[1].decode("latin-1")
            fault = self._next_fault(path)
            with self._lock:
                self.log.append((path, fault.kind))
            self._apply(conn, message, fault)
        except OSError:
            with contextlib.suppress(OSError):
                conn.close()

    def _apply(self, conn: socket.socket, message: bytes, fault: Fault) -> None:
        kind = fault.kind
        if kind == "drop_before":
            conn.close()
            return
        if kind == "status":
            conn.sendall(synthesise(fault.status))
            conn.close()
            return
        if kind == "throttle":
            conn.sendall(synthesise(429, retry_after=fault.retry_after))
            conn.close()
            return
        if kind == "reset_req":
            self._upstream_exchange(message, partial=min(fault.offset, max(0, len(message) - 1)))
            _reset(conn)
            return
        if kind == "latency":
            time.sleep(fault.delay)
        if kind == "replay":
            with self._lock:
                old = self.captured.pop(0) if self.captured else None
            if old is not None:
                self._upstream_exchange(old)
        response = self._upstream_exchange(message)
        if kind == "duplicate":
            self._upstream_exchange(message)
        if kind == "capture":
            with self._lock:
                self.captured.append(message)
        if response is None or kind == "drop_after":
            conn.close()
            return
        if kind in ("partial", "garbage") and response.startswith(b"HTTP/1.1 200"):
            response = _rewrite(response, kind)
        if kind == "reset_resp":
            conn.sendall(response[: min(fault.offset, max(0, len(response) - 1))])
            _reset(conn)
            return
        conn.sendall(response)
        conn.close()

    def replay_captured(self) -> int:
        """Deliver every captured request again, now (late, out of order). Returns how many."""
        with self._lock:
            old, self.captured = self.captured, []
        for message in old:
            self._upstream_exchange(message)
        return len(old)
