"""What every screen gets: the unlocked vault, the workers, the language and app-wide signals.

Each screen is ``QWidget`` subclass taking ``(ctx: AppContext, parent=None)``.

* ``ctx.vault`` is the unlocked :class:`iq_desktop.services.vault.Vault` (``None`` once locked).
  Use it ONLY inside jobs on ``ctx.db``, run through :mod:`iq_desktop.ui.operations`:
  ``operations.query(ctx, queries.list_sessions, ctx.vault, success=...)``.
* ``ctx.net`` is the network worker (sync).
* ``ctx.settings`` is a ``QSettings`` (ini file in the data dir, nothing personal): key
  ``ui/language`` ("de"/"en").  The auto-lock minutes are a vault setting (``auto_lock_minutes``):
  :meth:`AppContext.autolock_minutes` is the value last read or written (default 5).
* Signals: ``records_changed`` (emit after saving/deleting anything), ``about_to_lock`` (connected
  handlers run synchronously before the key is dropped: save drafts then), ``locked``,
  ``language_changed(str)``, ``online_changed(object)`` (True/False/None=unknown),
  ``sync_finished(object)`` (a datetime of the last successful sync), ``outbox_changed`` (re-count),
  ``settings_changed`` (emit after changing vault settings such as ``auto_lock_minutes``),
  ``enrolled`` (emit after this laptop was enrolled: automatic sync starts),
  ``data_changed(Change)`` (emitted by :func:`iq_desktop.ui.operations.change` after a change
  succeeded, and by the sync screens after a run changed what was sent; re-emitted as the matching
  ``records_changed`` / ``settings_changed`` / ``outbox_changed``). Views that show data refresh on it
  (a list of sessions shows their sync state: it listens for ``RECORDS | OUTBOX``); a view that is not
  visible refreshes when it is shown again.
* ``restore_requested(object)``: a coordinator confirmed "Restore from backup…" (a checked
  :class:`iq_desktop.ui.settings.restore_dialog.RestoreRequest`); the shell locks this vault, restores
  and opens the restored one.
* ``sync_reported(object)``: the summary of every finished sync run, the one the user started and the
  automatic ones alike, so every screen shows the last real result.
* ``ctx.autosync`` is the automatic sync (:class:`iq_desktop.ui.sync.autosync.AutoSync`) while the
  vault is open (or None).
"""

from __future__ import annotations

import enum
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QSettings, Signal

from iq_desktop.ui.workers import DbWorker, NetWorker

if TYPE_CHECKING:
    from iq_desktop.services.vault import Vault

log = logging.getLogger(__name__)

DEFAULT_AUTOLOCK_MINUTES = 5


class Change(enum.Flag):
    """What a change operation changed (which views have to refresh)."""

    NONE = 0
    RECORDS = enum.auto()
    SETTINGS = enum.auto()
    OUTBOX = enum.auto()


class AutoSyncControl(Protocol):
    """What screens may ask of the automatic sync (``ui.sync.autosync.AutoSync``)."""

    def trigger(self) -> bool: ...


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
    data_changed = Signal(object)  # Change
    sync_reported = Signal(object)  # RunSummary of the last run (manual or automatic)
    restore_requested = Signal(object)  # a checked ui.settings.restore_dialog.RestoreRequest: the shell does it

    def __init__(
        self,
        data_dir: Path,
        vault: Vault | None,
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
        self.autosync: AutoSyncControl | None = None
        self._autolock_minutes = DEFAULT_AUTOLOCK_MINUTES
        self.data_changed.connect(self._data_changed)

    @property
    def user(self) -> str:
        return self.vault.user if self.vault is not None else ""

    @property
    def role(self) -> str:
        return str(self.vault.role) if self.vault is not None else ""

    @property
    def is_coordinator(self) -> bool:
        return self.role == "coordinator"

    @property
    def is_locked(self) -> bool:
        return self.vault is None

    def autolock_minutes(self) -> int:
        """The idle minutes before the app locks (0: never), as last read from or written to the vault."""
        return self._autolock_minutes

    def remember_autolock_minutes(self, minutes: int) -> None:
        """The value read from the vault (``services.vault.stored_auto_lock_minutes``) or just set."""
        self._autolock_minutes = max(0, int(minutes))

    def _data_changed(self, changes: Change) -> None:
        if Change.RECORDS in changes:
            self.records_changed.emit()
        if Change.SETTINGS in changes:
            self.settings_changed.emit()
        if Change.OUTBOX in changes:
            self.outbox_changed.emit()

    def notify(self, changes: Change) -> None:
        """Tell every view that ``changes`` happened (work done outside :func:`operations.change`, e.g. a
        sync run reported by the scheduler's thread)."""
        if changes:
            self.data_changed.emit(changes)

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
