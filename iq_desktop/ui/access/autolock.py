"""Auto-lock: after idle time (default 5 minutes, from the vault's settings) and on system suspend.

Locking (``AppContext.lock``) first emits ``about_to_lock`` so open forms save their encrypted
drafts, then drops the key; the shell clears the models and shows the unlock screen.

Idle time counts time spent in suspend (docs/security.md, "Auto-lock"): :func:`suspend_aware_clock`
is ``CLOCK_BOOTTIME`` on Linux, elsewhere :class:`JumpDetectingClock` (the monotonic clock, which
stops during sleep on macOS, corrected by forward jumps of the wall clock). After a resume the next
check (every 5 s) locks if the idle limit has passed. On Linux the app also locks when logind
announces sleep (``PrepareForSleep`` on the system D-Bus), where a system bus is available.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import SLOT, QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication

from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.ShortcutOverride,
    }
)
CHECK_INTERVAL_MS = 5000

#: The name of the app's own system-bus connection (logind's sleep signal).
LOGIND_CONNECTION = "iq-desktop-logind"

#: A wall-clock step ahead of the monotonic clock by more than this is taken as time asleep.
JUMP_TOLERANCE_S = 2.0


class JumpDetectingClock:
    """Seconds that count suspend where the monotonic clock does not (macOS): between two readings
    the larger of the monotonic and the wall-clock steps counts, unless the wall clock went back (it
    was set back: the monotonic step counts). A wall clock set forward also counts as idle time: it
    errs on the side of locking."""

    def __init__(self, monotonic: Callable[[], float] = time.monotonic, wall: Callable[[], float] = time.time) -> None:
        self._monotonic, self._wall = monotonic, wall
        self._last_m, self._last_w = monotonic(), wall()
        self._elapsed = 0.0

    def __call__(self) -> float:
        m, w = self._monotonic(), self._wall()
        dm, dw = max(0.0, m - self._last_m), w - self._last_w
        self._last_m, self._last_w = m, w
        self._elapsed += dw if dw > dm + JUMP_TOLERANCE_S else dm
        return self._elapsed


def suspend_aware_clock() -> Callable[[], float]:
    """A clock in seconds that keeps counting while the computer sleeps."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if sys.platform.startswith("linux") and boottime is not None:
        return lambda: time.clock_gettime(boottime)
    return JumpDetectingClock()


class AutoLock(QObject):
    def __init__(
        self,
        ctx: AppContext,
        *,
        enabled: bool = True,
        minutes: float | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.enabled = enabled
        self.minutes = float(minutes if minutes is not None else ctx.autolock_minutes())
        self.clock = clock or suspend_aware_clock()
        self.last_input = self.clock()
        self._logind = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        app = QGuiApplication.instance()
        self._app = app
        if app is not None:
            app.installEventFilter(self)
            app.applicationStateChanged.connect(self._state_changed)  # type: ignore[attr-defined]
        if enabled:
            self._timer.start()
            self._logind = self._watch_logind()
        if minutes is None:
            self._reload()
        ctx.settings_changed.connect(self._reload)

    def _reload(self) -> None:
        """The context's value at once (default 5), then the vault's if one is stored there."""
        self.set_minutes(self.ctx.autolock_minutes())
        if self.ctx.vault is not None:
            from iq_desktop.services.vault import stored_auto_lock_minutes

            operations.query(self.ctx, stored_auto_lock_minutes, self.ctx.vault, success=self._stored_minutes)

    def _stored_minutes(self, minutes: int | None) -> None:
        if minutes is not None:
            self.ctx.remember_autolock_minutes(minutes)
            self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        """0 switches the idle lock off (suspend still locks)."""
        self.minutes = float(minutes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self.last_input = self.clock()
        return False

    def idle_seconds(self) -> float:
        return self.clock() - self.last_input

    def _watch_logind(self) -> bool:
        """Subscribe to logind's ``PrepareForSleep`` (Linux, system D-Bus); False where there is none."""
        if not sys.platform.startswith("linux"):
            return False
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return False
        # a named connection of our own: one that failed is dropped, so a later unlock tries again
        address = os.environ.get("DBUS_SYSTEM_BUS_ADDRESS")  # read now (libdbus keeps the first it saw)
        if address:
            bus = QDBusConnection.connectToBus(address, LOGIND_CONNECTION)
        else:
            bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SystemBus, LOGIND_CONNECTION)
        if not bus.isConnected():
            QDBusConnection.disconnectFromBus(LOGIND_CONNECTION)
            return False
        # PySide6's stub wants bytes for the slot; at run time only SLOT()'s str is accepted (tested)
        return bool(
            bus.connect(  # type: ignore[call-overload]
                "org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                "PrepareForSleep", self, SLOT("prepare_for_sleep(bool)"),
            )
        )  # fmt: skip

    @Slot(bool)
    def prepare_for_sleep(self, going_to_sleep: bool) -> None:
        """logind: the system is about to sleep (True: lock now) or has woken up (False: check)."""
        if not self.enabled:
            return
        if going_to_sleep:
            self.lock_now()
        else:
            self.check()

    def check(self) -> None:
        if self.enabled and self.minutes > 0 and self.idle_seconds() >= self.minutes * 60:
            self.lock_now()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended and self.enabled:
            self.lock_now()

    def lock_now(self) -> None:
        self.stop()
        self.ctx.lock()

    def stop(self) -> None:
        self._timer.stop()
        if self._app is not None:
            self._app.removeEventFilter(self)
            with contextlib.suppress(RuntimeError, TypeError):
                self._app.applicationStateChanged.disconnect(self._state_changed)  # type: ignore[attr-defined]
            self._app = None
