"""Auto-lock counts time asleep (issue 10, item 9).

The idle clock is injectable: a suspend is the clock moving on with no input event and no timer tick
in between. The jump-detecting clock (macOS, Windows) is fed monotonic and wall readings as a sleeping
laptop gives them. On Linux the default clock is CLOCK_BOOTTIME, which counts suspend.
"""

from __future__ import annotations

import sys
import time
from typing import Any

import pytest

from iq_desktop.ui.access.autolock import AutoLock, JumpDetectingClock, suspend_aware_clock
from tests.ui._screens_support import wait_idle


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_idle_limit_passed_in_suspend_locks_on_resume(qtbot: Any, ctx: Any) -> None:
    clock = FakeClock()
    lock = AutoLock(ctx, enabled=True, minutes=5, clock=clock)
    wait_idle(qtbot, ctx)
    lock.set_minutes(5)
    clock.now += 60  # a minute of use...
    lock.check()
    assert not ctx.is_locked
    clock.now += 10 * 60  # ...then the lid closed for ten minutes: no event, no timer tick
    with qtbot.waitSignal(ctx.locked, timeout=5000):
        lock.check()  # the first tick after the resume
    assert ctx.is_locked


def test_input_resets_the_idle_time(qtbot: Any, ctx: Any) -> None:
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QWidget

    clock = FakeClock()
    lock = AutoLock(ctx, enabled=True, minutes=5, clock=clock)
    wait_idle(qtbot, ctx)
    lock.set_minutes(5)
    w = QWidget()
    qtbot.addWidget(w)
    clock.now += 4 * 60
    move = QMouseEvent(QEvent.Type.MouseMove, QPointF(1, 1), QPointF(1, 1), Qt.MouseButton.NoButton,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    lock.eventFilter(w, move)
    clock.now += 4 * 60
    lock.check()
    assert not ctx.is_locked and lock.idle_seconds() == 4 * 60
    lock.stop()


def test_logind_resume_checks_and_sleep_locks(qtbot: Any, ctx: Any) -> None:
    clock = FakeClock()
    lock = AutoLock(ctx, enabled=True, minutes=5, clock=clock)
    wait_idle(qtbot, ctx)
    lock.set_minutes(5)
    lock.prepare_for_sleep(False)  # woke up before the limit: stays open
    assert not ctx.is_locked
    with qtbot.waitSignal(ctx.locked, timeout=5000):
        lock.prepare_for_sleep(True)  # about to sleep: lock now
    assert ctx.is_locked


def test_jump_detecting_clock_counts_sleep_not_clock_changes() -> None:
    m, w = [100.0], [1_700_000_000.0]
    clock = JumpDetectingClock(monotonic=lambda: m[0], wall=lambda: w[0])
    start = clock()
    m[0] += 10
    w[0] += 10
    assert clock() - start == pytest.approx(10)  # awake: both clocks agree
    m[0] += 0.5
    w[0] += 3600  # asleep for an hour: the monotonic clock (macOS) stood still
    assert clock() - start == pytest.approx(3610)
    m[0] += 5
    w[0] -= 7200  # the clock was set back two hours: only real time counts
    assert clock() - start == pytest.approx(3615)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="CLOCK_BOOTTIME is Linux's")
def test_linux_default_clock_is_boottime() -> None:
    clock = suspend_aware_clock()
    assert abs(clock() - time.clock_gettime(time.CLOCK_BOOTTIME)) < 1


FAKE_LOGIND = """
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection, QDBusMessage
app = QCoreApplication([])
bus = QDBusConnection.connectToBus(sys.argv[1], "fake-logind")
assert bus.isConnected() and bus.registerService("org.freedesktop.login1")
print("ready", flush=True)
for line in sys.stdin:
    msg = QDBusMessage.createSignal("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep")
    msg.setArguments([line.strip() == "sleep"])
    bus.send(msg)
    app.processEvents()
    print("sent", flush=True)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="logind is Linux's")
def test_logind_prepare_for_sleep_over_dbus_locks(
    qtbot: Any, ctx: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A private D-Bus daemon as the system bus and a fake logind (we don't own logind) announce sleep."""
    import shutil
    import subprocess

    if shutil.which("dbus-daemon") is None:
        pytest.skip("no dbus-daemon")
    address = f"unix:path={tmp_path / 'system_bus'}"
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", f"--address={address}", "--print-address=1"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    logind = subprocess.Popen([sys.executable, "-c", FAKE_LOGIND, address], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert logind.stdin is not None and logind.stdout is not None
        assert logind.stdout.readline().strip() == "ready"
        monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", address)
        lock = AutoLock(ctx, enabled=True, minutes=5, clock=FakeClock())
        if not lock._logind:
            pytest.fail("the logind signal was not subscribed")
        wait_idle(qtbot, ctx)
        with qtbot.waitSignal(ctx.locked, timeout=10000):
            logind.stdin.write("sleep\n")
            logind.stdin.flush()
        assert ctx.is_locked
    finally:
        logind.kill()
        logind.wait()
        daemon.kill()
        daemon.wait()
