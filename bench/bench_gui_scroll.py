"""Unlock (KDF included) -> session list shown with 100,000 sessions; then scroll the whole list.

    /tmp/v/bin/python bench/bench_gui_scroll.py [--records 100000] [--cache DIR]

The vault (KDF calibrated on this machine at creation, as in production: 0.5–1 s) is made once in
a child process and cached (default ``$TMPDIR/iq-bench-gui-calibrated-<n>``), so its creation does
not count towards this process's memory.
Measured here, offscreen: unlock -> first page of the session list painted (target ≤ 1.5 s); then the
list is scrolled top to bottom (in 200 jumps, like dragging the scroll bar's thumb, waiting at each
for the rows to show) while a 5 ms timer records the longest event-loop stall (target ≤ 50 ms);
resident memory while scrolling (target ≤ 250 MB; the process's peak, which includes
the Argon2id buffer of the unlock, is printed too).  A bare QTableView over 100,000 in-memory rows
is measured in a child
process for comparison.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
USER, PASSPHRASE = "bench", "bench passphrase 123"

MAKE = """
import sys
from pathlib import Path
from iq_desktop.services import demo
from iq_desktop.services.vault import create_vault
vault, _ = create_vault(Path(sys.argv[1]), sys.argv[2], sys.argv[3], kdf=None)
demo.create_demo_data(vault, int(sys.argv[4]), seed=42)
vault.lock()
"""

STEPS = 200  # like dragging the scroll bar's thumb from top to bottom

BARE = """
import sys, time
STEPS = int(sys.argv[1])
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView
app = QApplication([])
rows = [(f"2025-01-{i % 28 + 1:02d}", f"Name {i}", "initial", "recognition", "pending") for i in range(100_000)]
class M(QAbstractTableModel):
    def rowCount(self, p=QModelIndex()): return 0 if p.isValid() else len(rows)
    def columnCount(self, p=QModelIndex()): return 0 if p.isValid() else 5
    def data(self, ix, role=Qt.ItemDataRole.DisplayRole):
        return rows[ix.row()][ix.column()] if role == Qt.ItemDataRole.DisplayRole else None
view = QTableView(); view.setModel(M()); view.resize(1000, 700); view.show(); app.processEvents()
bar = view.verticalScrollBar(); t0 = time.perf_counter()
for k in range(STEPS + 1):
    bar.setValue(bar.maximum() * k // STEPS); app.processEvents()
hwm = [l for l in open("/proc/self/status") if l.startswith("VmHWM")][0].split()[1]
print(time.perf_counter() - t0, int(hwm) / 1024)
"""


def current_rss_mb() -> float:
    """VmRSS now (the scroll's memory, without the KDF's transient Argon2 buffer)."""
    try:
        with open("/proc/self/status") as f:
            return int(next(line for line in f if line.startswith("VmRSS")).split()[1]) / 1024
    except (OSError, StopIteration):
        return 0.0


def peak_rss_mb() -> float:
    """VmHWM (peak resident set); unlike ru_maxrss it is not inherited across fork + exec."""
    try:
        with open("/proc/self/status") as f:
            return int(next(line for line in f if line.startswith("VmHWM")).split()[1]) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ensure_vault(cache: Path, n: int) -> Path:
    if (cache / "vault.db").is_file():
        return cache
    tmp = cache.with_name(cache.name + ".part")
    if tmp.exists():
        import shutil

        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", MAKE, str(tmp), USER, PASSPHRASE, str(n)],
        check=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    print(f"(made a vault with {n:,} sessions in {time.perf_counter() - t0:.1f} s)")
    tmp.rename(cache)
    return cache


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--cache", type=Path, default=None)
    args = ap.parse_args()
    cache = args.cache or Path(tempfile.gettempdir()) / f"iq-bench-gui-calibrated-{args.records}"
    data_dir = ensure_vault(cache, args.records)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from iq_desktop.ui.shell.app import Shell, make_app

    app = make_app(["bench"])
    shell = Shell(data_dir, "en")
    shell.start()
    win = shell.window
    while win.user.count() == 0:
        app.processEvents()
    win.passphrase.setText(PASSPHRASE)

    t0 = time.perf_counter()
    win.try_unlock()
    while shell.main is None:
        app.processEvents()
        time.sleep(0.001)
    t_main = time.perf_counter() - t0
    page = shell.main.pages["sessions"]
    model, view = page.model, page.table
    while not (model.loaded_once and model.row_values(0) is not None):
        app.processEvents()
        time.sleep(0.001)
    view.viewport().repaint()
    t_list = time.perf_counter() - t0
    rows = model.rowCount()
    # the user clicks into the list to start scrolling: from then on the agenda (shown first after unlock
    # when something is due) no longer takes the screen; if it came first, the user goes to the list
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton)
    shell.db.run_sync(lambda: None)
    for _ in range(20):
        app.processEvents()
    if shell.main.stack.currentWidget() is not page:
        shell.main.show_page("sessions")
        app.processEvents()

    # -- scroll the whole list, measuring event-loop stalls with a 5 ms timer ---------------------
    gaps: list[float] = []
    busy: list[float] = []  # GUI-thread CPU time within each gap: our own work, not the OS scheduler's
    last = [time.perf_counter(), time.thread_time()]

    rss_samples: list[float] = [current_rss_mb()]

    def tick() -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if len(gaps) % 20 == 0:
            rss_samples.append(current_rss_mb())
        gaps.append(now - last[0])
        busy.append(cpu - last[1])
        last[0], last[1] = now, cpu

    gc_times: list[tuple[int, float]] = []
    if os.environ.get("IQ_BENCH_DEBUG"):
        import gc

        gc_t0 = [0.0]

        def gc_cb(phase: str, info: dict) -> None:
            if phase == "start":
                gc_t0[0] = time.perf_counter()
            else:
                gc_times.append((info["generation"], time.perf_counter() - gc_t0[0]))

        gc.callbacks.append(gc_cb)
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    bar = view.verticalScrollBar()
    waits = 0
    stall_at: list[tuple[float, int]] = []
    t1 = time.perf_counter()
    last[0], last[1] = t1, time.thread_time()
    for k in range(STEPS + 1):
        bar.setValue(bar.maximum() * k // STEPS)
        n = len(gaps)
        app.processEvents()
        top = view.rowAt(0)
        deadline = time.perf_counter() + 2.0
        while top >= 0 and model.row_values(top) is None and time.perf_counter() < deadline:
            waits += 1
            app.processEvents()
            time.sleep(0.0005)
        if len(gaps) > n:
            stall_at.append((max(gaps[n:]), k))
    t_scroll = time.perf_counter() - t1
    timer.stop()
    bottom_loaded = model.row_values(rows - 1) is not None
    max_stall = max(gaps) * 1000 if gaps else 0.0
    max_busy = max(busy) * 1000 if busy else 0.0
    load = os.getloadavg()[0]
    rss_samples.append(current_rss_mb())
    rss = max(rss_samples)  # resident memory while the list is unlocked and scrolled
    rss_peak = peak_rss_mb()  # since process start: includes the Argon2id buffer during unlock
    shell.shutdown()
    QApplication.processEvents()

    if os.environ.get("IQ_BENCH_DEBUG"):
        print(sorted(stall_at)[-5:], sorted(gaps)[-5:])
        print("gc", sorted(gc_times, key=lambda g: g[1])[-5:], len(gc_times))
    bare = subprocess.run(
        [sys.executable, "-c", BARE, str(STEPS)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout.split()
    bare_scroll, bare_rss = float(bare[0]), float(bare[1])

    print(f"{'measure':52} {'value':>10} {'target':>10}   (machine load average {load:.1f})")
    print(f"{'sessions in the vault':52} {rows:>10,}")
    print(f"{'unlock (KDF incl.) -> main window shown, s':52} {t_main:10.3f}")
    print(f"{'unlock (KDF incl.) -> session list painted, s':52} {t_list:10.3f} {'≤ 1.5':>10}")
    print(f"{f'scroll top to bottom in {STEPS} steps (waits for data), s':52} {t_scroll:10.2f}")
    print(f"{'  bottom row loaded':52} {bottom_loaded!s:>10}")
    print(f"{'longest event-loop stall while scrolling, ms':52} {max_stall:10.1f} {'≤ 50':>10}")
    print(f"{'  of it GUI-thread CPU time (our own work), ms':52} {max_busy:10.1f}")
    print(f"{'resident memory while scrolling (max of samples), MB':52} {rss:10.0f} {'≤ 250':>10}")
    print(f"{'  peak RSS since start (incl. the KDF buffer), MB':52} {rss_peak:10.0f}")
    print(f"{f'bare QTableView 100k in-memory rows: scroll in {STEPS} steps, s':52} {bare_scroll:10.3f}")
    print(f"{'bare QTableView 100k in-memory rows: peak RSS, MB':52} {bare_rss:10.0f}")
    ok = t_list <= 1.5 and max_stall <= 50 and rss <= 250 and bottom_loaded
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
