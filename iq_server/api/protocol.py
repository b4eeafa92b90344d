"""The HTTP/1.1 connection handling of ``iq-server serve``: uvicorn's h11 protocol with two guards that
uvicorn lacks, against clients that open many connections and send slowly:

* a **header timeout**: a connection that has not sent complete request headers within
  ``IQ_SERVER_HEADER_TIMEOUT`` seconds (after it opened, or after the previous answer on a kept-alive
  connection) is closed;
* a **cap on open connections per client address** (``IQ_SERVER_MAX_CONNECTIONS_PER_CLIENT``, per
  server process): a connection beyond it gets 503 and is closed at once. The trusted reverse proxies
  (``IQ_SERVER_FORWARDED_ALLOW_IPS``) are exempt: behind a proxy, limit connections there.

The body timeout is the request guard's (``iq_server.api.middleware``). Nothing here logs an address.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections import Counter
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from iq_server import config

log = logging.getLogger("iq_server.connections")

_BUSY = (
    b"HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\nretry-after: 5\r\n"
    b"connection: close\r\ncontent-length: 56\r\n\r\n"
    b'{"detail": "too many connections from this address"}   '
)


@functools.cache
def _settings() -> tuple[config.Limits, frozenset[str], bool]:
    allowed = {a.strip() for a in config.forwarded_allow_ips().split(",") if a.strip()}
    return config.Limits.from_env(), frozenset(allowed - {"*"}), "*" in allowed


#: Open connections per client address in this process (the event loop's thread only).
_open: Counter[str] = Counter()


class GuardedH11Protocol(H11Protocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._address: str | None = None
        self._refused = False
        self._header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        limits, trusted, all_trusted = _settings()
        host = self.client[0] if self.client else None
        if host is not None and not all_trusted and host not in trusted:
            self._address = host
            _open[host] += 1
            if _open[host] > limits.max_connections_per_client:
                self._refused = True
                log.warning("connection refused: too many open connections from one client address")
                transport.write(_BUSY)
                transport.close()
                return
        self._arm_header_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_header_timer()
        if self._address is not None:
            _open[self._address] -= 1
            if _open[self._address] <= 0:
                del _open[self._address]
            self._address = None
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._refused:
            return
        if self._header_timer is None and self.conn.their_state is h11.IDLE:
            self._arm_header_timer()  # the first bytes of the next request on a kept-alive connection
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:
            self._cancel_header_timer()  # the headers are complete (or the connection is done)

    def _arm_header_timer(self) -> None:
        self._cancel_header_timer()
        self._header_timer = self.loop.call_later(_settings()[0].header_timeout, self._header_timeout)

    def _cancel_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _header_timeout(self) -> None:
        self._header_timer = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            log.warning("connection closed: request headers not complete in time")
            self.transport.close()
