"""Drafts belong to the user who typed them (schema 6): another user of the same vault is never offered
them; a draft from before schema 6 (no known owner) is offered to nobody; erasure removes everyone's."""

from __future__ import annotations

from pathlib import Path

from iq_desktop.crypto import TEST_KDF
from iq_desktop.services import drafts
from iq_desktop.services import vault as V
from iq_desktop.store import Store
from tests.conftest import PASSPHRASE, USER

OTHER = "bert.counsellor"
OTHER_PASSPHRASE = "a second long passphrase 42"


def test_each_user_sees_only_their_own_drafts(data_dir: Path) -> None:
    vault, _ = V.create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    vault.add_user(OTHER, "counsellor", OTHER_PASSPHRASE, kdf=TEST_KDF)
    drafts.save_draft(vault, "client", "", '{"first_name": "coordinator typing"}')
    vault.lock()

    other = V.open_vault(data_dir, OTHER, OTHER_PASSPHRASE)
    assert drafts.load_draft(other, "client", "") is None
    assert drafts.list_drafts(other) == []
    drafts.save_draft(other, "client", "", '{"first_name": "counsellor typing"}')  # the same form, new
    assert drafts.load_draft(other, "client", "") == '{"first_name": "counsellor typing"}'
    drafts.delete_draft(other, "client", "")
    other.lock()

    vault = V.open_vault(data_dir, USER, PASSPHRASE)
    assert drafts.load_draft(vault, "client", "") == '{"first_name": "coordinator typing"}'
    vault.lock()


def test_a_draft_from_schema_5_is_kept_but_offered_to_nobody(data_dir: Path) -> None:
    vault, _ = V.create_vault(data_dir, USER, PASSPHRASE, kdf=TEST_KDF)
    key = vault._require_unlocked().data_key
    vault.lock()
    (data_dir / "vault.db").unlink()
    old = Store.create(data_dir / "vault.db", key, schema=5)
    with old.uow() as uow:
        uow.connection.exec_driver_sql(
            "INSERT INTO draft (kind, record_id, data, updated_at) VALUES ('client', '', '{}', '2025-01-01 08:00:00')"
        )
    old.close()
    vault = V.open_vault(data_dir, USER, PASSPHRASE)
    try:
        assert drafts.load_draft(vault, "client", "") is None
        with vault._uow(readonly=True) as uow:
            assert uow.drafts.list() == [("client", "", uow.drafts.list()[0][2])]
            assert uow.drafts.get("client", "", user="") == "{}"
    finally:
        vault.lock()
