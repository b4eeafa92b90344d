"""The data-entry forms' encrypted drafts: offered when a form opens, saved while typing and before a
lock, discarded once the record is saved (a mixin of :class:`iq_desktop.ui.forms.base.RecordForm`)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from iq_desktop.ui.forms import drafts

log = logging.getLogger(__name__)


class DraftSupport:
    """Needs the form's ``ctx``, ``KIND``, ``record_id``, ``is_new``, ``_dirty``, ``_loading``,
    ``notice``, ``dirty_changed``, ``_draft_timer`` and ``state()``/``restore()``."""

    if TYPE_CHECKING:  # provided by RecordForm / QWidget
        ctx: Any
        KIND: str
        record_id: str
        is_new: bool
        _dirty: bool
        _loading: bool
        notice: Any
        dirty_changed: Any
        _draft_timer: Any

        def state(self) -> dict[str, Any]: ...
        def restore(self, data: dict[str, Any]) -> None: ...

    def _draft_key(self) -> str:
        return "new" if self.is_new else self.record_id

    def _offer_draft(self, key: str) -> None:
        vault = getattr(self.ctx, "vault", None)
        if vault is None or not drafts.drafts_available():
            return
        self.ctx.db.submit(drafts.load_draft, vault, self.KIND, key,
                           on_done=lambda data, k=key: self._restore_draft(k, data), on_error=self._draft_failed)

    def _restore_draft(self, key: str, data: dict[str, Any] | None) -> None:
        if not data or key != self._draft_key() or self._dirty:
            return
        self._loading = True
        try:
            if self.is_new and data.get("__id__"):
                self.record_id = str(data["__id__"])
            self.restore(data.get("fields", {}))
        finally:
            self._loading = False
        self._dirty = True
        self.dirty_changed.emit(True)
        self.notice.setText(QCoreApplication.translate(
            "RecordForm", "ℹ Restored the unsaved entries from your last session. Save them or press Esc."))
        self.notice.show()

    def save_draft(self) -> None:
        """Queue the encrypted draft on the DB worker (ahead of a lock, if one follows)."""
        vault = getattr(self.ctx, "vault", None)
        if not self._dirty or vault is None or not drafts.drafts_available():
            return
        data = {"__id__": self.record_id, "fields": self.state()}
        self.ctx.db.submit(drafts.save_draft, vault, self.KIND, self._draft_key(), data,
                           on_error=self._draft_failed)

    def _discard_draft(self) -> None:
        vault = getattr(self.ctx, "vault", None)
        if vault is None or not drafts.drafts_available():
            return
        self.ctx.db.submit(drafts.discard_draft, vault, self.KIND, self._draft_key(), on_error=self._draft_failed)

    def _draft_failed(self, exc: BaseException) -> None:
        log.warning("draft not saved or loaded: %s", type(exc).__name__)

    def _on_about_to_lock(self) -> None:
        self._draft_timer.stop()
        self.save_draft()

