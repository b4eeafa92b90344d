"""Python's cyclic garbage collector runs on the GUI thread only.

Left automatic, the collector runs on whichever thread happens to allocate when a threshold is
crossed — often the DB or network worker.  If the garbage it finds holds a Qt widget (a closed form
in a reference cycle), the widget's C++ destructor then runs on that worker, and ``QWidget::~QWidget``
waits for the GUI thread, which may itself be waiting for the worker: a deadlock (seen in the tests
as a 30 s hang) or a crash.  As Anki does, automatic collection is switched off while worker
threads exist and a timer on the GUI thread collects, generation by generation, with the same
thresholds Python would use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        g0, g1, g2 = gc.get_count()
        t0, t1, t2 = self.threshold
        if g0 > t0:
            gc.collect(0)
            if g1 > t1:
                gc.collect(1)
                if g2 > t2:
                    gc.collect(2)

    def collect_now(self) -> None:
        gc.collect()


_collector: GuiThreadCollector | None = None


def ensure_installed() -> GuiThreadCollector | None:
    """Install the collector once per application (call on the GUI thread before starting workers)."""
    global _collector
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return None
    if _collector is None or _collector.parent() is not app:
        _collector = GuiThreadCollector(app)
    return _collector
