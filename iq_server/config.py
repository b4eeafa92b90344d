"""Server settings: the database URL and the limits, from the command line and the environment.

Environment variables (all optional):

* ``IQ_SERVER_DATABASE_URL``: ``sqlite:///path/to/file.db`` or ``postgresql+psycopg://user@host/db``
  (``--db`` wins; default: a SQLite file in the user data directory of "iq-server").
* ``IQ_SERVER_RETENTION_MONTHS``: how long contributions are kept after their period ends (default 24).
* ``IQ_SERVER_MAX_BODY_BYTES``: largest request body (default 2 MiB; larger -> 413).
* ``IQ_SERVER_RATE_PER_MINUTE`` / ``IQ_SERVER_RATE_BURST``: per-device request rate (default 600/min,
  bursts of 300; more -> 429 with Retry-After).
* ``IQ_SERVER_RECORDS_PER_MINUTE`` / ``IQ_SERVER_RECORDS_BURST``: per-device budget in records (items
  sent), a token bucket (default 5,000/min, up to 200,000 at once: a laptop back from weeks offline
  sends its whole queue in one sync; more -> 429 with Retry-After).
* ``IQ_SERVER_ENROL_FAILURES_PER_MINUTE``: failed enrolments per client address before 429 (default 10).
  All these limits are kept in the database, so several server processes share them.
* ``IQ_SERVER_HEADER_TIMEOUT`` / ``IQ_SERVER_BODY_TIMEOUT``: seconds a client may take to send the
  request headers (default 10) and the whole body (default 60); then the connection is closed / 408.
* ``IQ_SERVER_MAX_CONNECTIONS_PER_CLIENT``: open connections per client address (default 32; the
  trusted proxies of ``IQ_SERVER_FORWARDED_ALLOW_IPS`` are exempt); ``IQ_SERVER_MAX_CONNECTIONS``:
  requests in progress per server process before 503 (default 1000).
* ``IQ_SERVER_FORWARDED_ALLOW_IPS``: reverse proxies whose X-Forwarded-For is trusted (default 127.0.0.1).
* ``IQ_SERVER_PUBLIC_URL``: the address laptops use to reach this server (``https://...``); put into the
  enrolment QR code (``--server-url`` wins).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import platformdirs

from iq_desktop.domain.wire import MAX_BATCH
from iq_server.errors import ConfigError

DEFAULT_RETENTION_MONTHS = 24


def _int_env(name: str, default: int, lo: int, hi: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number from {lo} to {hi}") from None
    if not lo <= value <= hi:
        raise ConfigError(f"{name} must be a whole number from {lo} to {hi}")
    return value


def default_db_url() -> str:
    path = Path(platformdirs.user_data_dir("iq-server", appauthor=False)) / "iq-server.db"
    return f"sqlite:///{path}"


def normalise_db_url(url: str) -> str:
    """Accept a SQLAlchemy URL, a ``postgresql://`` URL or a bare path to a SQLite file."""
    url = url.strip()
    if not url:
        raise ConfigError("the database URL is empty; pass --db sqlite:///FILE or postgresql+psycopg://...")
    if url.startswith(("postgres://", "postgresql://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if url.startswith(("postgresql+psycopg://", "sqlite://")):
        return url
    if "://" in url:
        raise ConfigError("unsupported database URL; use sqlite:///FILE or postgresql+psycopg://USER@HOST/DB")
    return f"sqlite:///{Path(url).expanduser().resolve()}"


def resolve_db_url(cli_value: str | None) -> str:
    return normalise_db_url(cli_value or os.environ.get("IQ_SERVER_DATABASE_URL") or default_db_url())


def retention_months(cli_value: int | None = None) -> int:
    months = (
        cli_value
        if cli_value is not None
        else _int_env("IQ_SERVER_RETENTION_MONTHS", DEFAULT_RETENTION_MONTHS, 1, 1200)
    )
    if not 1 <= months <= 1200:
        raise ConfigError("the retention period must be from 1 to 1200 months")
    return months


@dataclass(frozen=True)
class Limits:
    max_body_bytes: int = 2 * 1024 * 1024
    rate_per_minute: int = 600
    rate_burst: int = 300
    records_per_minute: int = 5_000
    records_burst: int = 200_000
    enrol_failures_per_minute: int = 10
    header_timeout: int = 10
    body_timeout: int = 60
    max_connections_per_client: int = 32
    max_connections: int = 1000

    @classmethod
    def from_env(cls) -> Limits:
        return cls(
            max_body_bytes=_int_env("IQ_SERVER_MAX_BODY_BYTES", cls.max_body_bytes, 1024, 256 * 1024 * 1024),
            rate_per_minute=_int_env("IQ_SERVER_RATE_PER_MINUTE", cls.rate_per_minute, 1, 1_000_000),
            rate_burst=_int_env("IQ_SERVER_RATE_BURST", cls.rate_burst, 1, 1_000_000),
            records_per_minute=_int_env("IQ_SERVER_RECORDS_PER_MINUTE", cls.records_per_minute, 1, 100_000_000),
            # a full batch must always fit into the bucket, else a device could never send it
            records_burst=_int_env("IQ_SERVER_RECORDS_BURST", cls.records_burst, MAX_BATCH, 100_000_000),
            enrol_failures_per_minute=_int_env(
                "IQ_SERVER_ENROL_FAILURES_PER_MINUTE", cls.enrol_failures_per_minute, 1, 1_000_000
            ),
            header_timeout=_int_env("IQ_SERVER_HEADER_TIMEOUT", cls.header_timeout, 1, 3600),
            body_timeout=_int_env("IQ_SERVER_BODY_TIMEOUT", cls.body_timeout, 1, 3600),
            max_connections_per_client=_int_env(
                "IQ_SERVER_MAX_CONNECTIONS_PER_CLIENT", cls.max_connections_per_client, 1, 100_000
            ),
            max_connections=_int_env("IQ_SERVER_MAX_CONNECTIONS", cls.max_connections, 1, 1_000_000),
        )


def forwarded_allow_ips() -> str:
    return os.environ.get("IQ_SERVER_FORWARDED_ALLOW_IPS", "127.0.0.1")


LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def public_url(cli_value: str | None = None) -> str | None:
    """The server's public base URL for enrolment codes, checked as the laptops check it: https, or plain
    http only to this computer; no user, query or fragment. ``None`` if not configured."""
    raw = (cli_value if cli_value is not None else os.environ.get("IQ_SERVER_PUBLIC_URL", "")).strip()
    if not raw:
        return None
    source = "--server-url" if cli_value is not None else "IQ_SERVER_PUBLIC_URL"
    try:
        parts = urlsplit(raw)
        host = (parts.hostname or "").lower()
        _ = parts.port  # raises ValueError for a bad port
    except ValueError:
        raise ConfigError(f"{source} is not a valid URL; use e.g. https://iq.example.org") from None
    if parts.scheme not in ("https", "http") or not host:
        raise ConfigError(f"{source} must be an address such as https://iq.example.org")
    if parts.scheme == "http" and host not in LOCAL_HOSTS:
        raise ConfigError(f"{source} must start with https:// (laptops refuse plain http to another computer)")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise ConfigError(f"{source} must not carry a user name, password, query or fragment")
    return raw.rstrip("/")
