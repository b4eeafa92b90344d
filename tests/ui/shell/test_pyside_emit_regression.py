"""Guard against the PySide6 6.12.0 + CPython 3.11 crash (bool_dealloc after many signal emits).

Runs in a subprocess: if the interpreter crashes, the test fails instead of taking pytest down.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import os
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    class Emitter(QObject):
        fired = Signal(bool)
        fired_obj = Signal(object)

    app = QCoreApplication([])
    e = Emitter()
    seen = [0, 0]

    def slot(flag):
        seen[0] += 1

    def slot_obj(value):
        seen[1] += 1

    e.fired.connect(slot)
    e.fired_obj.connect(slot_obj)
    for i in range(200_000):
        e.fired.emit(i % 2 == 0)
    for i in range(20_000):
        e.fired_obj.emit(i % 3 == 0)
    assert seen == [200_000, 20_000], seen
    print("ok", seen[0])
    """
)


def test_200k_emits_to_a_python_slot_do_not_crash() -> None:
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, f"interpreter died (rc={proc.returncode}): {proc.stderr[-2000:]}"
    assert proc.stdout.strip() == "ok 200000"
