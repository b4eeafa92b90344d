"""The server's log configuration, with bounded logging of repeated errors.

A flood of bad requests (slow or broken connections, wrong tokens, oversize bodies) must not fill the
disk with the same line. :class:`RepeatFilter` lets through at most ``burst`` lines of the same kind
per ``window`` seconds (a kind: the logger and message template of a warning or error; for the access
log, the status of a refused request) and tells how many it left out with the next line of that kind.
Successful requests are always logged.
"""

from __future__ import annotations

import logging
import time
from typing import Any

Kind = tuple[str, str, int]


class RepeatFilter(logging.Filter):
    def __init__(self, burst: int = 20, window: float = 60.0) -> None:
        super().__init__()
        self.burst = burst
        self.window = window
        self._seen: dict[Kind, tuple[float, int, int]] = {}  # kind -> (window start, passed, suppressed)

    def _kind(self, record: logging.LogRecord) -> Kind | None:
        status = getattr(record, "status", None)
        if isinstance(status, int):
            return (record.name, str(record.msg), status) if status >= 400 else None
        if record.levelno >= logging.WARNING:
            return (record.name, str(record.msg), 0)
        return None

    def filter(self, record: logging.LogRecord) -> bool:
        kind = self._kind(record)
        if kind is None:
            return True
        now = time.monotonic()
        start, passed, suppressed = self._seen.get(kind, (now, 0, 0))
        if now - start >= self.window:
            if suppressed:
                record.msg = f"{record.msg} [{suppressed} more like this in the last minute not logged]"
            start, passed, suppressed = now, 0, 0
        if passed >= self.burst:
            self._seen[kind] = (start, passed, suppressed + 1)
            return False
        if len(self._seen) > 1000:
            self._seen.clear()
        self._seen[kind] = (start, passed + 1, suppressed)
        return True


def log_config(workers: int = 1) -> dict[str, Any]:
    """``logging.config.dictConfig`` settings for ``iq-server serve`` (uvicorn applies them in every
    worker process; with several workers each line names its process)."""
    fmt = "%(asctime)s %(levelname)s %(name)s" + ("[%(process)d]" if workers > 1 else "") + ": %(message)s"
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"repeats": {"()": "iq_server.api.logs.RepeatFilter"}},
        "formatters": {"plain": {"format": fmt}},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stderr",
                "formatter": "plain",
                "filters": ["repeats"],
            }
        },
        "root": {"level": "INFO", "handlers": ["stderr"]},
        "loggers": {
            "uvicorn": {"level": "INFO", "handlers": [], "propagate": True},
            "uvicorn.error": {"level": "INFO", "handlers": [], "propagate": True},
            "uvicorn.access": {"level": "WARNING", "handlers": [], "propagate": True},
        },
    }
