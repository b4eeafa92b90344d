"""Issue 10, item 13: the recovery-key PDF defaults to removable media, never the home folder, and the
user is warned when it is saved on the same disk as the vault."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from iq_desktop.crypto import TEST_KDF
from iq_desktop.fs.removable import beside_vault, removable_media_dirs
from iq_desktop.ui.access.first_run import FirstRunWizard

GOOD = "Mein Fahrrad ist blau 2024"


def test_removable_media_are_the_writable_folders_under_the_mount_roots(tmp_path: Path) -> None:
    media = tmp_path / "media" / "anna"
    (media / "USB-STICK").mkdir(parents=True)
    (media / "a-file").write_text("")
    assert removable_media_dirs([media, tmp_path / "run" / "media" / "anna"], system=None) == [media / "USB-STICK"]
    # a folder on the system's own file system is no medium (what /media/$USER holds when nothing is mounted)
    assert removable_media_dirs([media], system=tmp_path) == []


def test_beside_vault(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    assert beside_vault(data / "key.pdf", data)
    assert beside_vault(tmp_path / "home" / "key.pdf", data)  # same file system
    assert not beside_vault(Path("/proc/key.pdf"), data)  # another file system (procfs)


def _key_page(qtbot: Any, data_dir: Path, db_worker: Any) -> FirstRunWizard:
    wiz = FirstRunWizard(data_dir, db_worker, kdf=TEST_KDF)
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    next_button = wiz.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(wiz.account.user, "anna")
    qtbot.keyClicks(wiz.account.fields.first, GOOD)
    qtbot.keyClicks(wiz.account.fields.second, GOOD)
    with qtbot.waitSignal(wiz.currentIdChanged, timeout=10000):
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wiz.currentPage() is wiz.key_page
    return wiz


def test_the_dialog_never_proposes_the_home_folder_and_saving_beside_the_vault_warns(
    qtbot: Any, data_dir: Path, db_worker: Any, tmp_path: Path
) -> None:
    wiz = _key_page(qtbot, data_dir, db_worker)
    try:
        proposed = wiz.key_page.default_pdf_path()
        assert Path(proposed).parent != Path.home()
        assert proposed == "iq-recovery-key.pdf" or Path(proposed).parent in removable_media_dirs()
        pdf = tmp_path / "key.pdf"  # the same disk as the vault (tmp_path holds data_dir)
        wiz.key_page.save_pdf(pdf)
        assert pdf.read_bytes().startswith(b"%PDF")
        assert "same disk as the vault" in wiz.key_page.saved_to.text()
    finally:
        assert wiz.vault is not None
        db_worker.run_sync(wiz.vault.lock)
