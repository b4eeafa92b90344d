"""Use cases of IQ Desktop (no Qt): the GUI and the CLI call these, never the store directly.

* :mod:`.vault` -- ``vault_exists``, ``list_users``, ``create_vault`` (-> vault, recovery key),
  ``open_vault``, ``recover_vault``; :class:`~.vault.Vault` (``user``, ``role``, ``site``, ``uow()``,
  ``lock()``, ``add_user``, ``remove_user``, ``change_passphrase``, ``backup``, settings helpers).
* :mod:`.records` -- ``save_client/session/training/event``, ``delete_record``, ``erase_client``,
  ``get_*``, ``list_sessions``/``count_sessions``, ``find_clients``, ``client_history``,
  ``outbox_entry``/``pending_outbox``/``quarantined_outbox``/``outbox_summary``, ``site_figures``.
* :mod:`.bulk` -- ``save_batch`` (import, demo data: one transaction).
* :mod:`.backup` -- ``restore_backup``; :mod:`.maintenance` -- ``purge_retention``;
  :mod:`.drafts` -- form drafts.
* :mod:`.errors` -- :class:`~.errors.KnownError` and subclasses: ``str(e)`` is a message for the user
  without personal data; anything else is a bug.

Every function takes the unlocked :class:`~.vault.Vault`; each use case is one transaction.
"""
