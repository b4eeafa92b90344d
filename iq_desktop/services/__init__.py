"""Use cases of IQ Desktop (no Qt): the GUI and the CLI call these, never the store directly.

* :mod:`.vault` -- ``vault_exists``, ``list_users``, ``create_vault`` (-> vault, recovery key),
  ``open_vault``, ``recover_vault``; :class:`~.vault.Vault` (``user``, ``role``, ``site``,
  ``lock()``, ``add_user``, ``remove_user``, ``change_passphrase``, ``backup``, settings helpers).
* :mod:`.records` -- ``save_client/session/training/event``, ``delete_record``, ``erase_client``,
  ``get_*``, ``list_sessions``/``count_sessions``, ``find_clients``, ``client_history``,
  ``outbox_entry``/``pending_outbox``/``quarantined_outbox``/``outbox_summary``, ``site_figures``.
* :mod:`.batch` -- ``save_batch`` (import, demo data: one transaction).
* :mod:`.backup` -- ``restore_backup``; :mod:`.retention` -- ``purge_retention``;
  :mod:`.drafts` -- form drafts; :mod:`.sync_service` -- enrol, sync now, status, the automatic sync.
* The store's unit of work (``Vault._uow()``) is plumbing for the services and sync
  (:class:`iq_desktop.sync.ports.SyncVault`): the GUI and the CLI call the use cases above.
* :mod:`.errors` -- the known errors (:class:`~iq_desktop.domain.errors.IQError` and subclasses, each
  defined once, re-exported here): ``str(e)`` is a message for the user without personal data; anything
  else is a bug. :mod:`.messages` -- an error in words for the GUI and the CLI; :mod:`.crash_log` -- the
  crash log of a bug; :mod:`.keys` -- passphrase policy, recovery key check, test-only KDF.

Every function takes the unlocked :class:`~.vault.Vault`; each use case is one transaction.
"""
