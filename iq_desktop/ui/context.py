"""What every screen gets: the unlocked vault, the workers, the language and app-wide signals.

Each screen is ``QWidget`` subclass taking ``(ctx: AppContext, parent=None)``.

* ``ctx.vault`` is the unlocked :class:`iq_desktop.services.vault.Vault` (``None`` once locked).
  Use it ONLY inside jobs on ``ctx.db``: ``ctx.db.submit(records.list_sessions, ctx.vault, on_done=...)``.
* ``ctx.net`` is the network worker (sync).
* ``ctx.settings`` is a ``QSettings`` (ini file in the data dir, nothing personal): keys
  ``ui/language`` ("de"/"en"), ``security/autolock_minutes`` (int, default 5).
* Signals: ``records_changed`` (emit after saving/deleting anything), ``about_to_lock`` (connected
  handlers run synchronously before the key is dropped: save drafts then), ``locked``,
  ``language_changed(str)``, ``online_changed(object)`` (True/False/None=unknown),
  ``sync_finished(object)`` (a datetime of the last successful sync), ``outbox_changed`` (re-count),
  ``settings_changed`` (emit after changing vault settings such as ``auto_lock_minutes``),
  ``enrolled`` (emit after this laptop was enrolled: automatic sync starts).
* ``ctx.autosync`` is the :class:`iq_desktop.ui.sync.autosync.AutoSync` while the vault is open (or None).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from iq_desktop.ui.workers import DbWorker, NetWorker

log = logging.getLogger(__name__)

DEFAULT_AUTOLOCK_MINUTES = 5


class AppContext(QObject):
    records_changed = Signal()
    about_to_lock = Signal()
    locked = Signal()
    language_changed = Signal(str)
    online_changed = Signal(object)
    sync_finished = Signal(object)
    outbox_changed = Signal()
    settings_changed = Signal()
    enrolled = Signal()

    def __init__(
        self,
        data_dir: Path,
        vault: Any,
        db: DbWorker,
        net: NetWorker | None = None,
        *,
        language: str = "de",
        demo: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.vault = vault
        self.db = db
        self.net = net if net is not None else NetWorker(self)
        self.language = language
        self.demo = demo
        self.settings = settings_for(self.data_dir)
        self.autosync: Any = None

    @property
    def user(self) -> str:
        return str(getattr(self.vault, "user", "") or "")

    @property
    def role(self) -> str:
        role = getattr(self.vault, "role", "") or ""
        return str(getattr(role, "value", role))

    @property
    def is_coordinator(self) -> bool:
        return self.role == "coordinator"

    @property
    def is_locked(self) -> bool:
        return self.vault is None

    def autolock_minutes(self) -> int:
        try:
            value = int(str(self.settings.value("security/autolock_minutes", DEFAULT_AUTOLOCK_MINUTES)))
        except ValueError:
            value = DEFAULT_AUTOLOCK_MINUTES
        return max(0, value)

    def lock(self) -> None:
        """Save drafts (``about_to_lock``), drop pending results, lock the vault on the DB worker."""
        if self.vault is None:
            return
        self.about_to_lock.emit()
        vault, self.vault = self.vault, None
        self.db.cancel_all()
        self.db.submit(vault.lock, on_error=lambda exc: log.warning("locking failed: %s", type(exc).__name__))
        self.locked.emit()


def settings_for(data_dir: Path) -> QSettings:
    return QSettings(str(Path(data_dir) / "settings.ini"), QSettings.Format.IniFormat)
