"""The data-entry forms' encrypted drafts: offered when a form opens, saved while typing and before a
lock, discarded once the record is saved (a mixin of :class:`iq_desktop.ui.forms.base.RecordForm`)."""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, SignalInstance
from PySide6.QtWidgets import QLabel

from iq_desktop.ui import operations
from iq_desktop.ui.context import AppContext
from iq_desktop.ui.forms import drafts
from iq_desktop.ui.forms.drafts import Draft

log = logging.getLogger(__name__)


class DraftSupport:
    """Needs the form's ``ctx``, ``KIND``, ``record_id``, ``is_new``, ``_dirty``, ``_loading``,
    ``notice``, ``dirty_changed``, ``_draft_timer`` and ``state()``/``restore()``."""

    if TYPE_CHECKING:  # provided by RecordForm / QWidget
        ctx: AppContext
        KIND: str
        record_id: str
        is_new: bool
        _dirty: bool
        _loading: bool
        notice: QLabel
        dirty_changed: SignalInstance
        _draft_timer: QTimer

        def state(self) -> dict[str, object]: ...
        def restore(self, data: dict[str, object]) -> None: ...

    def _draft_key(self) -> str:
        return "new" if self.is_new else self.record_id

    def _offer_draft(self, key: str) -> None:
        vault = self.ctx.vault
        if vault is None:
            return
        operations.query(
            self.ctx,
            drafts.load_draft,
            vault,
            self.KIND,
            key,
            success=partial(self._restore_draft, key),
            failure=self._draft_failed,
        )

    def _restore_draft(self, key: str, data: Draft | None) -> None:
        if not data or key != self._draft_key() or self._dirty:
            return
        self._loading = True
        try:
            if self.is_new and data.get("__id__"):
                self.record_id = str(data["__id__"])
            fields = data.get("fields", {})
            self.restore(fields if isinstance(fields, dict) else {})
        finally:
            self._loading = False
        self._dirty = True
        self.dirty_changed.emit(True)
        self.notice.setText(
            QCoreApplication.translate(
                "RecordForm", "ℹ Restored the unsaved entries from your last session. Save them or press Esc."
            )
        )
        self.notice.show()

    def save_draft(self) -> None:
        """Queue the encrypted draft on the DB worker (ahead of a lock, if one follows)."""
        vault = self.ctx.vault
        if not self._dirty or vault is None:
            return
        data: Draft = {"__id__": self.record_id, "fields": self.state()}
        operations.query(
            self.ctx, drafts.save_draft, vault, self.KIND, self._draft_key(), data, failure=self._draft_failed
        )

    def _discard_draft(self) -> None:
        vault = self.ctx.vault
        if vault is None:
            return
        operations.query(
            self.ctx, drafts.discard_draft, vault, self.KIND, self._draft_key(), failure=self._draft_failed
        )

    def _draft_failed(self, exc: BaseException) -> None:
        log.warning("draft not saved or loaded: %s", type(exc).__name__)

    def _on_about_to_lock(self) -> None:
        self._draft_timer.stop()
        self.save_draft()
