"""The crash log: what an unexpected error (a bug) leaves on this laptop, for the GUI and the CLI (no Qt).

One file per crash in the given folder (``<data dir>/logs``), holding only the exception's type, the
types of the exceptions it happened during, and the traceback's frames (file from the package on, line,
function): never an exception message, never a local variable, never a path with the user's name, so no
personal data can end up in it. It stays on the laptop.
"""

from __future__ import annotations

import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

__all__ = ["crash_report", "write_crash_log"]

#: Where a frame's file name starts to be ours (or the toolkit's); what comes before may hold the user name.
_ANCHORS = ("iq_desktop", "iq_server", "PySide6")


def _safe_file(name: str) -> str:
    """Only the part of a path from our package on (no home directory, no user name)."""
    parts = Path(name).parts
    for anchor in _ANCHORS:
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) :])
    return Path(name).name


def _describe(exc_type: type[BaseException], tb: TracebackType | None) -> list[str]:
    lines = [f"type: {exc_type.__module__}.{exc_type.__qualname__}", "frames:"]
    lines += [f"  {_safe_file(f.filename)}:{f.lineno} in {f.name}" for f in traceback.extract_tb(tb)]
    return lines


def crash_report(
    exc_type: type[BaseException], tb: TracebackType | None, during: BaseException | None = None, *, where: str = ""
) -> str:
    """The report's text; ``during`` is the exception this one happened during (its cause or context),
    followed down its own chain; ``where`` names the program part (e.g. "command line")."""
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    lines = [f"IQ Desktop crash report {stamp}" + (f" ({where})" if where else ""), *_describe(exc_type, tb)]
    seen: set[int] = set()
    while during is not None and id(during) not in seen:
        seen.add(id(during))
        lines += ["while handling:", *_describe(type(during), during.__traceback__)]
        during = during.__cause__ or during.__context__
    return "\n".join(lines) + "\n"


def write_crash_log(
    folder: Path,
    exc_type: type[BaseException],
    tb: TracebackType | None,
    during: BaseException | None = None,
    *,
    where: str = "",
) -> Path | None:
    """Write the report to a new file in ``folder``; its path, or None if the folder cannot be written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{datetime.now(UTC):%Y%m%d-%H%M%S-%f}.log"
        path.write_text(crash_report(exc_type, tb, during, where=where), encoding="utf-8")
    except OSError:
        return None
    return path
