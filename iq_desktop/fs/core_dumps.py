"""No crash dumps: a dump of this process would hold the data key, the passphrase and personal data.

:func:`disable_core_dumps` runs first thing in :func:`iq_desktop.launcher.main` (GUI and CLI):

* Linux: ``RLIMIT_CORE`` 0 (no core file) and ``prctl(PR_SET_DUMPABLE, 0)``: no core dump even where
  ``core_pattern`` pipes to systemd-coredump or apport, and other processes of the same user can no
  longer attach a debugger (ptrace) or read ``/proc/<pid>/mem`` and ``/proc/<pid>/environ``.
* macOS (and other POSIX systems): ``RLIMIT_CORE`` 0. The macOS crash reporter writes a report
  (stack traces, no memory contents) that cannot be turned off from within the process.
* Windows: ``SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)``: no Windows Error Reporting
  dialog that offers to send a dump. A machine whose administrator configured WER "LocalDumps" still
  writes full dumps; that is outside the app's reach (docs/security.md, "Crash dumps").

Best effort: a step that fails is reported in the result, never raised (the app still starts).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import sys

__all__ = ["disable_core_dumps"]

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002


def _rlimit_core_zero() -> bool:
    import resource

    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        return False
    return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


def _linux_not_dumpable() -> bool:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            return False
        return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def _windows_no_error_box() -> bool:
    with contextlib.suppress(OSError, AttributeError):
        kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined,unused-ignore]
        old = kernel32.SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
        kernel32.SetErrorMode(old | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)
        return True
    return False


def disable_core_dumps() -> dict[str, bool]:
    """Turn crash dumps of this process off (see the module docstring); which steps worked."""
    done: dict[str, bool] = {}
    if os.name == "nt":
        done["error_mode"] = _windows_no_error_box()
        return done
    done["rlimit_core"] = _rlimit_core_zero()
    if sys.platform.startswith("linux"):
        done["not_dumpable"] = _linux_not_dumpable()
    return done
