"""Auto-lock: after idle time (default 5 minutes, from the vault's settings) and on system suspend.

Locking (``AppContext.lock``) first emits ``about_to_lock`` so open forms save their encrypted
drafts, then drops the key; the shell clears the models and shows the unlock screen.
"""

from __future__ import annotations

import contextlib
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
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


class AutoLock(QObject):
    def __init__(self, ctx: AppContext, *, enabled: bool = True, minutes: float | None = None) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.enabled = enabled
        self.minutes = float(minutes if minutes is not None else ctx.autolock_minutes())
        self.last_input = time.monotonic()
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
            self.last_input = time.monotonic()
        return False

    def idle_seconds(self) -> float:
        return time.monotonic() - self.last_input

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
