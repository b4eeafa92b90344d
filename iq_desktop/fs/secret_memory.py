"""Best-effort wiping of secrets in this process's memory (the data key after a lock).

Python offers no secure memory: ``bytes`` and ``str`` are immutable, copied freely and freed without
being cleared. What this module can do, and what it is used for:

* :func:`wipe` zeroes a mutable buffer (``bytearray``): the one place the data key lives while the
  vault is unlocked (``crypto.Unlocked``) and the engine's key buffer.
* :func:`wipe_immutable` overwrites the contents of a ``bytes`` object (or an ASCII ``str``) that *we*
  created and nobody else references (e.g. the data key as AES-GCM's decrypt returned it). CPython only
  (it writes into the object through ``ctypes``); elsewhere it does nothing and returns False.
* :func:`release_freed_memory` collects garbage and returns whole free pages of the C heap to the
  operating system (glibc's ``malloc_trim``), so freed memory that held decrypted pages or records
  reads as zeros afterwards. Freed blocks inside pages still in use keep their old contents until
  they are reused: Python cannot clear those (see docs/security.md, "Memory after lock").
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys

__all__ = ["release_freed_memory", "wipe", "wipe_immutable"]

_CPYTHON = sys.implementation.name == "cpython"
_BYTES_HEADER = sys.getsizeof(b"") - 1  # PyBytesObject up to ob_sval (the terminating NUL is counted)


def wipe(buf: bytearray | memoryview) -> None:
    """Zero a mutable buffer in place."""
    view = memoryview(buf).cast("B")
    view[:] = bytes(len(view))


def wipe_immutable(obj: bytes | str) -> bool:
    """Overwrite the contents of an immutable ``bytes`` (or ASCII-only ``str``) object in place.

    Only for objects this program created and holds the only reference to: everything else that
    shares the object sees zeros afterwards. Returns False where it cannot (not CPython, a non-ASCII
    str, an empty object)."""
    if not _CPYTHON or not obj:
        return False
    if isinstance(obj, bytes):
        ctypes.memset(id(obj) + _BYTES_HEADER, 0, len(obj))
        return True
    if isinstance(obj, str) and obj.isascii():
        # a compact ASCII str: its characters follow the header, then a NUL
        header = sys.getsizeof(obj) - len(obj) - 1
        ctypes.memset(id(obj) + header, 0x30, len(obj))  # "0"s: still valid ASCII
        return True
    return False


def _malloc_trim() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (e.g. musl)
        return False
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    trim(0)
    return True


#: Per size class of pymalloc (16..512 bytes in steps of 16), the zero-filled memory allocated and
#: freed again by :func:`release_freed_memory`: 32 classes x 1 MiB = 32 MiB for a moment.
SCRUB_BYTES_PER_CLASS = 1 << 20


def _scrub_small_blocks(budget: int) -> None:
    """Overwrite freed blocks of Python's small-object allocator (pymalloc keeps freed blocks and
    empty pools with their old contents) by allocating zero-filled objects of every size class,
    then freeing them again."""
    header = _BYTES_HEADER + 1
    hold: list[bytes] = []
    for size_class in range(16, 513, 16):
        payload = max(1, size_class - header)
        hold.extend(bytes(payload) for _ in range(budget // size_class))
    hold.clear()


def release_freed_memory(*, collect: bool = True, scrub_bytes_per_class: int = SCRUB_BYTES_PER_CLASS) -> bool:
    """After a lock, once the caller dropped its references to personal data: collect garbage,
    overwrite freed small-object blocks (:func:`_scrub_small_blocks`), and hand whole free pages of
    the C heap back to the OS (glibc's ``malloc_trim``; they read as zeros afterwards). True if the
    C heap was trimmed. Freed C-heap blocks inside pages still in use keep their contents until
    reused (e.g. SQLite's freed page buffers): the measured rest is in docs/security.md.

    ``collect=False`` off the GUI thread: the GUI collects cycles on its own thread only (ui/gui_gc.py)."""
    if collect:
        gc.collect()
    if scrub_bytes_per_class > 0:
        _scrub_small_blocks(scrub_bytes_per_class)
    return _malloc_trim()
