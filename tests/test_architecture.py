"""The architecture's rules, checked on every test run (see docs/architecture.md).

* import-linter: the contracts in pyproject.toml (``[tool.importlinter]``): the layers
  launcher -> ui | cli -> services -> store | sync | crypto -> domain -> fs | resources and the
  server's, Qt only in ``iq_desktop/ui``, SQL only in the store and the server's db, the desktop never
  imports the server, no import cycles (imports inside functions included).
* ruff (check and format) and mypy (strict for domain/, crypto/, store/, services/, sync/) pass.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "iq_desktop"


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} is not installed; install the test extra: pip install -e '.[test]'")
    return found


def test_import_contracts() -> None:
    """``lint-imports`` with the contracts in pyproject.toml; on failure, its report names each
    broken contract and the import chain that breaks it."""
    result = subprocess.run(
        [_tool("lint-imports"), "--no-cache", "--no-logo"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout[-8000:] + result.stderr[-2000:]


def test_main_window_stays_small() -> None:
    main_window = PKG / "ui" / "shell" / "main_window.py"
    assert len(main_window.read_text(encoding="utf-8").splitlines()) <= 420


def test_ruff() -> None:
    result = subprocess.run([_tool("ruff"), "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = subprocess.run([_tool("ruff"), "format", "--check", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, "run `ruff format .`:\n" + result.stdout + result.stderr


def test_imports_inside_functions_are_contracts_too() -> None:
    """The contracts see imports inside functions: the launcher imports the GUI only inside
    ``_run_gui`` (so the commands never load Qt), and that import is in the graph the contracts check."""
    import grimp

    graph = grimp.build_graph("iq_desktop", cache_dir=None)
    assert graph.direct_import_exists(importer="iq_desktop.launcher", imported="iq_desktop.ui.shell.app")


@pytest.mark.slow
def test_mypy() -> None:
    result = subprocess.run([_tool("mypy"), "iq_desktop", "iq_server"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-8000:] + result.stderr[-2000:]


def test_no_unit_of_work_outside_services_and_sync() -> None:
    """The GUI and the CLI call use cases; only the services (and sync, through its ports) open the
    vault's unit of work. import-linter cannot see a method call, so this looks for it."""
    offenders = [
        f"{path.relative_to(ROOT)}:{n}"
        for layer in ("ui", "cli")
        for path in sorted((PKG / layer).rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "_uow(" in line or ".uow(" in line
    ]
    assert offenders == []
