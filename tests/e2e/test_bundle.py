"""The packaged app: ``build.spec`` builds a one-folder bundle that runs on its own.

Builds with PyInstaller into a temporary folder (about 35 s from cold on 2 cores, about 25 s when
PyInstaller's own cache is warm), then runs the bundled program outside the source tree: the GUI's
``--self-test`` offscreen, and the command line on a real SQLCipher vault.  PyInstaller comes with
the ``package`` extra; without it the tests are skipped, except under CI, where they fail.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
EXE = "iq-desktop.exe" if sys.platform == "win32" else "iq-desktop"
PASSPHRASE = "bundle test passphrase 2024"
# Never in the bundle: the server and its web/database stack, test tools, Qt modules the GUI does not use.
FORBIDDEN_MODULES = ("iq_server", "fastapi", "uvicorn", "starlette", "psycopg", "alembic", "tkinter", "pytest")
FORBIDDEN_QT_LIBS = ("Qt6WebEngine", "Qt6Quick", "Qt6Qml", "Qt63D", "Qt6Multimedia", "Qt6PdfQuick")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        reason = "PyInstaller is not installed (pip install '.[package]')"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}: CI must build and run the bundle")
        pytest.skip(reason)
    tmp = tmp_path_factory.mktemp("bundle")
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(ROOT / "build.spec"),
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(tmp / "dist"),
        "--workpath",
        str(tmp / "work"),
    ]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, f"pyinstaller failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-6000:]}"
    app = tmp / "dist" / "iq-desktop"
    assert (app / EXE).is_file()
    return app


def _env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a user's session: nothing pointing at the source tree or the venv."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "IQ_"))}
    env.update(QT_QPA_PLATFORM="offscreen", IQ_DATA_DIR=str(data_dir), **extra)
    return env


def _run(app: Path, *args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(app / EXE), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=180)


def test_self_test_runs_offscreen(bundle: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    proc = _run(bundle, "--self-test", env=_env(data), cwd=tmp_path)
    assert proc.returncode == 0, f"exit {proc.returncode}\n{proc.stdout}\n{proc.stderr[-4000:]}"
    assert "self-test: ok" in proc.stdout
    assert "Traceback" not in proc.stderr
    assert not (data / "vault.db").exists(), "the self-test must use a temporary vault, not the user's"


def test_command_line_on_a_real_vault(bundle: Path, tmp_path: Path) -> None:
    data = tmp_path / "vault"
    env = _env(data, IQ_INSECURE_TEST_KDF="1", IQ_NEW_PASSPHRASE=PASSPHRASE, IQ_PASSPHRASE=PASSPHRASE)
    init = _run(bundle, "init", "--user", "coordinator", env=env, cwd=tmp_path)
    assert init.returncode == 0, init.stderr
    add = _run(bundle, "add", str(ROOT / "docs" / "examples" / "import.json"), env=env, cwd=tmp_path)
    assert add.returncode == 0, add.stderr
    listed = _run(bundle, "list", "--type", "session", env=env, cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.count("session\t") >= 1
    assert not (data / "vault.db").read_bytes().startswith(b"SQLite format 3"), "the vault must be encrypted"
    wrong = _run(bundle, "list", env={**env, "IQ_PASSPHRASE": "not the passphrase"}, cwd=tmp_path)
    assert wrong.returncode == 1
    assert "Traceback" not in wrong.stderr and len(wrong.stderr.strip().splitlines()) == 1


def test_bundle_holds_the_app_and_leaves_out_the_server(bundle: Path) -> None:
    from PyInstaller.archive.readers import CArchiveReader

    internal = bundle / "_internal"
    res = internal / "resources"
    for lang in ("de", "en"):
        assert (res / "translations" / f"iq_desktop_{lang}.qm").is_file()
    assert (res / "icons" / "app.svg").is_file()
    for name in ("countries.json", "kldb2010.json", "federal_states.json"):
        assert (res / "reference" / name).is_file()
    assert list(internal.glob("PySide6/Qt/translations/qtbase_de.qm")), "Qt's German dialog buttons"
    assert list(internal.glob("sqlcipher3/_sqlite3*")), "sqlcipher3's native module"
    assert list(internal.glob("PySide6/Qt/plugins/iconengines/*svg*")), "the SVG icon engine"
    assert list(internal.glob("PySide6/Qt/plugins/platforms/*offscreen*"))
    assert list(internal.glob("PySide6/Qt/lib/*Qt6Charts*"))
    assert list(internal.glob("PySide6/Qt/lib/*Qt6Pdf.so*")), "the PDF viewer (QtPdf)"

    modules = set(CArchiveReader(str(bundle / EXE)).open_embedded_archive("PYZ.pyz").toc)
    source = {
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for p in (ROOT / "iq_desktop").rglob("*.py")
    }
    assert not source - modules, f"modules missing from the bundle: {sorted(source - modules)}"
    bad = sorted(m for m in modules if m.split(".")[0] in FORBIDDEN_MODULES)
    assert not bad, f"the bundle must not carry {bad[:10]}"
    libs = [p.name for p in internal.rglob("*.so*")] + [p.name for p in internal.rglob("*.dll")]
    assert not [n for n in libs if any(f in n for f in FORBIDDEN_QT_LIBS)]
