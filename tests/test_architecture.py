"""The architecture's rules, checked on every test run (see DEVELOPERS.md / README "Architecture").

* Qt only in ``iq_desktop/ui``; SQL (sqlalchemy/sqlmodel/sqlcipher3/sqlite3) only in the store and the
  server; the desktop never imports the server; dependencies point ui -> services -> {store, sync,
  crypto} -> domain; nothing imports ui.
* ruff and mypy (strict for domain/, crypto/, store/) pass.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "iq_desktop"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _layer(path: Path) -> str:
    rel = path.relative_to(PKG)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


FORBIDDEN: dict[str, tuple[str, ...]] = {
    # layer -> import prefixes it must not use
    "domain": ("PySide6", "sqlalchemy", "sqlmodel", "sqlcipher3", "sqlite3", "iq_desktop.store",
               "iq_desktop.services", "iq_desktop.sync", "iq_desktop.crypto", "iq_desktop.ui", "requests"),
    "crypto": ("PySide6", "sqlalchemy", "sqlmodel", "sqlcipher3", "sqlite3", "iq_desktop.store",
               "iq_desktop.services", "iq_desktop.sync", "iq_desktop.ui"),
    "store": ("PySide6", "iq_desktop.services", "iq_desktop.sync", "iq_desktop.ui", "requests"),
    "sync": ("PySide6", "sqlalchemy", "sqlmodel", "sqlcipher3", "sqlite3", "iq_desktop.ui", "iq_desktop.services"),
    "services": ("PySide6", "sqlalchemy", "sqlmodel", "sqlcipher3", "sqlite3", "iq_desktop.ui"),
    "cli": ("PySide6", "sqlalchemy", "sqlmodel", "sqlcipher3", "sqlite3"),
    "cli_common": ("PySide6", "sqlalchemy", "sqlmodel", "sqlcipher3", "sqlite3"),
    "cli_vault": ("PySide6", "sqlalchemy", "sqlmodel", "sqlcipher3", "sqlite3"),
    "cli_records": ("PySide6", "sqlalchemy", "sqlmodel", "sqlcipher3", "sqlite3"),
    "cli_sync": ("PySide6", "sqlalchemy", "sqlmodel", "sqlcipher3", "sqlite3", "iq_desktop.ui"),
    "gui_preflight": ("PySide6", "sqlalchemy", "sqlmodel", "sqlcipher3", "sqlite3", "iq_desktop.ui"),  # runs before Qt
    "ui": ("sqlalchemy", "sqlmodel", "sqlcipher3", "sqlite3", "iq_desktop.store"),
}


def _violations() -> list[str]:
    out = []
    for path in sorted(PKG.rglob("*.py")):
        layer = _layer(path)
        banned = (*FORBIDDEN.get(layer, ()), "iq_server")
        for name in _imports(path):
            if any(name == b or name.startswith(b + ".") for b in banned):
                out.append(f"{path.relative_to(ROOT)} ({layer}) imports {name}")
    return out


def test_layers_keep_their_direction() -> None:
    assert _violations() == []


def test_server_never_imports_desktop_internals() -> None:
    bad = []
    for path in sorted((ROOT / "iq_server").rglob("*.py")):
        for name in _imports(path):
            if name.startswith("iq_desktop") and not (
                name.startswith("iq_desktop.domain") or name == "iq_desktop.resources"
            ):
                bad.append(f"{path.relative_to(ROOT)} imports {name}")
            if name.startswith("PySide6"):
                bad.append(f"{path.relative_to(ROOT)} imports {name}")
    assert bad == []


def test_main_window_stays_small() -> None:
    main_window = PKG / "ui" / "main_window.py"
    if main_window.exists():
        assert len(main_window.read_text(encoding="utf-8").splitlines()) <= 420


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} is not installed; install the test extra: pip install -e '.[test]'")
    return found


def test_ruff() -> None:
    result = subprocess.run([_tool("ruff"), "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy() -> None:
    result = subprocess.run(
        [_tool("mypy"), "iq_desktop", "iq_server"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout[-8000:] + result.stderr[-2000:]
