"""iq_desktop.fs: the one data folder of the GUI and the CLI, and the one crash-safe file write."""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from pathlib import Path

import platformdirs
import platformdirs.windows
import pytest
from platformdirs.macos import MacOS
from platformdirs.unix import Unix
from platformdirs.windows import Windows

from iq_desktop.fs import atomic, paths

PLATFORMS = {"win32": Windows, "darwin": MacOS, "linux": Unix}


@pytest.fixture
def on_platform(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], Path]:
    """Pretend to run on ``win32``/``darwin``/``linux`` (platformdirs' class for it, a user folder
    under ``tmp_path``); returns the platform's base folder of user data."""

    def use(platform: str) -> Path:
        monkeypatch.delenv("IQ_DATA_DIR", raising=False)
        monkeypatch.setattr("sys.platform", platform)
        monkeypatch.setattr(platformdirs, "PlatformDirs", PLATFORMS[platform])
        home = tmp_path / "home"
        monkeypatch.setenv("HOME", str(home))
        if platform == "linux":
            monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
        else:  # platformdirs honours it on macOS too
            monkeypatch.delenv("XDG_DATA_HOME", raising=False)
        local_appdata = home / "AppData" / "Local"
        monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda _csidl: str(local_appdata))
        return {
            "win32": local_appdata,
            "darwin": home / "Library" / "Application Support",
            "linux": home / ".local" / "share",
        }[platform]

    return use


def gui_data_dir() -> Path:
    from iq_desktop.ui.shell.app import default_data_dir

    return default_data_dir(None)


def cli_data_dir() -> Path:
    from iq_desktop.cli.common import data_dir

    return data_dir(argparse.Namespace(data_dir=None))


@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_the_gui_and_the_cli_use_the_same_data_folder(platform: str, on_platform: Callable[[str], Path]) -> None:
    base = on_platform(platform)
    assert gui_data_dir() == cli_data_dir() == base / "iq-desktop"


def test_before_the_fix_the_gui_looked_one_level_deeper_on_windows(on_platform: Callable[[str], Path]) -> None:
    base = on_platform("win32")
    assert paths.legacy_gui_data_dir() == base / "iq-desktop" / "iq-desktop"
    assert paths.platform_data_dir() == base / "iq-desktop"


@pytest.mark.parametrize("platform", ["darwin", "linux"])
def test_elsewhere_the_old_gui_folder_was_already_the_cli_folder(
    platform: str, on_platform: Callable[[str], Path]
) -> None:
    on_platform(platform)
    assert paths.legacy_gui_data_dir() == paths.platform_data_dir()


def test_a_vault_only_in_the_guis_old_windows_folder_is_still_found(on_platform: Callable[[str], Path]) -> None:
    base = on_platform("win32")
    new, old = base / "iq-desktop", base / "iq-desktop" / "iq-desktop"
    assert gui_data_dir() == cli_data_dir() == new  # no vault anywhere: the new folder
    old.mkdir(parents=True)
    (old / "vault.db").write_bytes(b"x")
    assert gui_data_dir() == cli_data_dir() == old  # upgraded from a GUI-made vault: no vault lost
    (new / "vault.db").write_bytes(b"x")
    assert gui_data_dir() == cli_data_dir() == new  # a vault in the new folder wins


def test_data_dir_option_then_environment(on_platform: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:  # fmt: skip
    on_platform("linux")
    monkeypatch.setenv("IQ_DATA_DIR", str(tmp_path / "env"))
    assert gui_data_dir() == cli_data_dir() == tmp_path / "env"
    assert paths.default_data_dir(str(tmp_path / "opt")) == tmp_path / "opt"
    monkeypatch.setenv("HOME", str(tmp_path))
    assert paths.default_data_dir("~/x") == tmp_path / "x"
    monkeypatch.setenv("IQ_DATA_DIR", "~/y")
    assert paths.default_data_dir() == tmp_path / "y"


# --- crash-safe writes ------------------------------------------------------------------------------


def test_atomic_replace_writes_a_private_file_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    atomic.atomic_replace(target, b"one")
    atomic.atomic_replace(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600


def test_atomic_create_refuses_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "keys.json"
    atomic.atomic_create(target, b"first")
    with pytest.raises(FileExistsError):
        atomic.atomic_create(target, b"second")
    assert target.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["keys.json"]


def test_a_failed_write_leaves_the_old_content_and_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "report.csv"
    target.write_bytes(b"old")
    with pytest.raises(OSError), atomic.atomic_writer(target, suffix=".part") as fh:
        fh.write(b"half")
        raise OSError(28, "No space left on device")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]


def test_a_crash_before_the_rename_keeps_the_old_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "keys.json"
    target.write_bytes(b"old")

    def crash(*_args: object) -> None:
        raise OSError(5, "I/O error")

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(OSError):
        atomic.atomic_replace(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["keys.json"]


def test_stale_temp_files_are_removed_fresh_ones_kept(tmp_path: Path) -> None:
    target = tmp_path / "keys.json"
    stale, fresh = tmp_path / ".keys.json.abc.tmp", tmp_path / ".keys.json.def.tmp"
    stale.write_bytes(b"")
    fresh.write_bytes(b"")
    old = time.time() - 2 * atomic.STALE_TEMP_AGE_S
    os.utime(stale, (old, old))
    atomic.remove_stale_temp_files(target)
    assert not stale.exists() and fresh.exists()
