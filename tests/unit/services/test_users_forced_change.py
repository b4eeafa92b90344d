"""The forced passphrase change is the user's own passphrase, in every front end: the service refuses to
keep the one a coordinator gave (the GUI checked it, the command line did not)."""

from __future__ import annotations

from pathlib import Path

import pytest

from iq_desktop.services.errors import PassphraseChangeRequired, WeakPassphrase
from iq_desktop.services.users import change_passphrase_and_open
from iq_desktop.services.vault import Vault, open_vault

GIVEN = "given by the coordinator 2026"
OWN = "only I know this one 2026"


def test_the_given_passphrase_cannot_be_kept(vault: Vault) -> None:
    vault.add_user("neu", "counsellor", GIVEN, must_change=True)
    data_dir: Path = vault.data_dir
    with pytest.raises(WeakPassphrase, match="other than the one you were given"):
        change_passphrase_and_open(data_dir, "neu", GIVEN, GIVEN)
    with pytest.raises(PassphraseChangeRequired):  # still to be changed
        open_vault(data_dir, "neu", GIVEN)
    change_passphrase_and_open(data_dir, "neu", GIVEN, OWN).lock()
    open_vault(data_dir, "neu", OWN).lock()
