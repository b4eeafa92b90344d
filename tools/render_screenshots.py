"""Render screenshots of every main screen, in German and English, into ``docs/screenshots/<lang>/``.

    python tools/render_screenshots.py [--out docs/screenshots] [--lang de en]

Each language runs in its own process with a fresh temporary vault filled with synthetic records by
the app's demo-data service (``iq_desktop.services.demo``), and a local regional server
(``python -m iq_server.cli`` on SQLite, 127.0.0.1) that the sync panel enrols with and syncs to.  The
app's real windows are driven as a user would (type, click), offscreen, and captured with
``QWidget.grab()``: the main window at 1280×800, the first-run wizard, the unlock window and the
"what is sent" dialog at their own sizes.  Nothing here is about a real person.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCREENS = (
    "first_run_passphrase", "first_run_recovery_key", "sessions", "session_form", "clients", "client_page",
    "what_is_sent", "trainings", "events", "sync", "figures", "figures_charts", "settings", "unlock",
    "agenda", "procedures", "procedure_form", "documents", "backup", "audit_log",
)  # fmt: skip
WINDOW = (1280, 800)
USER = {"de": "anna.koordination", "en": "anna.coordinator"}
PASSPHRASE = "Mein Fahrrad ist blau 2024"  # a throwaway vault of invented records
SEED = 20240901
COUNT = 600
_NOISE = ("propagateSizeHints", "does not support grabbing", "does not support raise")


# --- the regional server ----------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def regional_server(workdir: Path) -> Iterator[tuple[str, str]]:
    """A real ``iq-server`` on 127.0.0.1 with one site; yields (url, enrolment code)."""
    import requests

    db = f"sqlite:///{workdir / 'server.db'}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def cli(*args: str) -> str:
        out = subprocess.run(
            [sys.executable, "-m", "iq_server.cli", "--db", db, *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        return out.stdout

    cli("site", "add", "site-1", "--name", "Mobile Beratung Nord", "--state", "DE-BE", "--network", "IQ Berlin")
    code = cli("enrolment-code", "--site", "site-1").strip().splitlines()[0].strip()
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    with (workdir / "server.log").open("ab") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "iq_server.cli", "--db", db, "serve", "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 30
        while True:
            with contextlib.suppress(requests.RequestException):
                if requests.get(url + "/v1/health", timeout=1).status_code == 200:
                    break
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("the regional server did not start; see " + str(workdir / "server.log"))
            time.sleep(0.1)
        yield url, code
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


# --- driving Qt ---------------------------------------------------------------------------------------


def _pump(seconds: float) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def wait_for(cond: Callable[[], Any], what: str, timeout: float = 30.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        QApplication.processEvents()
        time.sleep(0.01)
    _pump(0.3)  # let layouts, lazy loads and repaints settle


def type_into(widget: Any, text: str) -> None:
    from PySide6.QtTest import QTest

    widget.setFocus()
    QTest.keyClicks(widget, text)


class Shots:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.out.mkdir(parents=True, exist_ok=True)
        self.taken: list[str] = []

    def grab(self, name: str, widget: Any) -> None:
        assert name in SCREENS, name
        _pump(0.2)
        pixmap = widget.grab()
        path = self.out / f"{name}.png"
        if not pixmap.save(str(path), "PNG", 9):
            raise SystemExit(f"could not write {path}")
        self.taken.append(name)
        print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {pixmap.width()}×{pixmap.height()}")


# --- the screens ------------------------------------------------------------------------------------------


def first_run(shots: Shots, tmp: Path, lang: str) -> None:
    from PySide6.QtWidgets import QWizard

    from iq_desktop.services.keys import TEST_KDF
    from iq_desktop.ui.access.first_run import FirstRunWizard
    from iq_desktop.ui.workers import DbWorker

    db = DbWorker()
    wiz = FirstRunWizard(tmp / "first-run", db, kdf=TEST_KDF)
    wiz.show()
    wiz.next()
    type_into(wiz.account.user, USER[lang])
    type_into(wiz.account.fields.first, PASSPHRASE)
    type_into(wiz.account.fields.second, PASSPHRASE)
    wait_for(lambda: wiz.button(QWizard.WizardButton.NextButton).isEnabled(), "an acceptable passphrase")
    shots.grab("first_run_passphrase", wiz)
    wiz.next()
    wait_for(lambda: wiz.currentPage() is wiz.key_page and wiz.recovery_key, "the recovery key", 60)
    shots.grab("first_run_recovery_key", wiz)
    vault = wiz.vault
    db.run_sync(vault.lock, timeout=60)
    wiz.hide()
    wiz.deleteLater()
    db.stop()


def make_vault(data_dir: Path, user: str) -> Any:
    """Runs on the DB worker: a vault (fast test KDF: invented records in a temporary folder) with demo data."""
    from iq_desktop.services import demo
    from iq_desktop.services.keys import TEST_KDF
    from iq_desktop.services.vault import create_vault

    vault, _key = create_vault(data_dir, user, PASSPHRASE, kdf=TEST_KDF)
    demo.create_demo_data(vault, COUNT, seed=SEED)
    return vault


def add_days_work(vault: Any) -> None:
    """Runs on the DB worker: a few more synthetic records, waiting to be sent."""
    from iq_desktop.services import demo

    demo.create_demo_data(vault, 24, seed=SEED + 1)


def pick_client(vault: Any) -> tuple[str, str]:
    """A client with a job training and several sessions; returns (client id, their initial session's id)."""
    from iq_desktop.services import queries

    best: tuple[int, str, str] | None = None
    for training in queries.all_records(vault, "training")[:60]:
        sessions, trainings = queries.client_history(vault, training.client_id)
        initial = [s for s in sessions if str(getattr(s.kind, "value", s.kind)) == "initial"]
        if not initial:
            continue
        score = min(len(sessions), 5) * 10 + len(trainings)
        if best is None or score > best[0]:
            best = (score, training.client_id, initial[0].id)
    if best is None:
        raise SystemExit("the demo data holds no client with a training and an initial session")
    return best[1], best[2]


def add_procedure_client(vault: Any) -> str:
    """Runs on the DB worker: a client with a decided recognition procedure and three (synthetic) documents."""
    from iq_desktop.services import documents, procedures

    decided = [
        p for p in procedures.list_all_procedures(vault) if str(getattr(p.decision, "value", p.decision)) != "pending"
    ]
    p = (decided or procedures.list_all_procedures(vault))[0]
    for kind, name in (("certificate", "Diplom.pdf"), ("translation", "Diplom-Uebersetzung.pdf"), ("id", "Pass.pdf")):
        documents.attach(vault, p.client_id, b"%PDF-1.4\n% synthetic\n", kind, file_name=name, procedure_id=p.id)
    return p.client_id


def main_screens(shots: Shots, tmp: Path, lang: str, server: tuple[str, str]) -> None:
    from PySide6.QtWidgets import QApplication, QScrollArea

    from iq_desktop.ui.shell.app import Shell

    data_dir = tmp / "vault"
    data_dir.mkdir()
    shell = Shell(data_dir, lang)
    try:
        vault = shell.db.run_sync(make_vault, data_dir, USER[lang], timeout=600)
        client_id, session_id = shell.db.run_sync(pick_client, vault, timeout=120)
        shell.open_main(vault)
        main, ctx = shell.main, shell.ctx
        main.resize(*WINDOW)
        idle = lambda: ctx.db.pending() == 0  # noqa: E731

        # Sync: enrol with the regional server and send everything, as a coordinator would.
        panel = main.show_page("sync")
        url, code = server
        type_into(panel.server_url, url)
        type_into(panel.code, code)
        panel.enrol_button.click()
        wait_for(
            lambda: "site-1" in panel.enrol_result.text() or "site-1" in panel.status_label.text(), "the enrolment", 60
        )
        # The automatic sync sends the outbox once enrolled; then a day's new records go by "Sync now".
        wait_for(lambda: panel.history_table.rowCount() > 0 and idle(), "the first (automatic) sync", 120)
        shell.db.run_sync(add_days_work, vault, timeout=120)
        runs = panel.history_table.rowCount()
        panel.sync_button.click()
        wait_for(lambda: panel.history_table.rowCount() > runs and idle(), "the sync", 120)

        page = main.show_page("sessions")
        page.model.refresh()
        wait_for(lambda: idle() and page.model.rowCount() > 0 and not page.model.is_loading(), "the session list")
        shots.grab("sessions", main)

        main.open_session(session_id)
        wait_for(lambda: main.forms and main.stack.currentWidget() is main.forms[-1] and idle(), "the session form")
        shots.grab("session_form", main)

        clients = main.show_page("clients")
        wait_for(lambda: idle() and clients.model.rowCount() > 0, "the client list")
        shots.grab("clients", main)

        main.open_client(client_id)
        client_page = main.forms[-1]
        wait_for(lambda: idle() and client_page.sessions_table.rowCount() > 0, "the client's page")
        shots.grab("client_page", main)

        client_page.sessions_table.selectRow(0)
        dialog = client_page.show_what_is_sent()
        assert dialog is not None
        wait_for(lambda: idle() and dialog.view.state, "what is sent")
        shots.grab("what_is_sent", dialog)
        dialog.close()

        proc_client = shell.db.run_sync(add_procedure_client, vault, timeout=60)
        main.open_client(proc_client)
        proc_page = main.forms[-1]
        panel_p = proc_page.procedures_panel
        wait_for(lambda: idle() and panel_p.list.count() > 0, "the client's procedures")
        proc_page.tabs.setCurrentWidget(panel_p)
        shots.grab("procedures", main)
        panel_p.list.setCurrentRow(0)
        panel_p.edit_selected()
        wait_for(lambda: idle() and proc_page.stack.currentWidget() is proc_page.procedure_form, "the procedure form")
        shots.grab("procedure_form", main)
        proc_page.procedure_form.cancel_button.click()
        wait_for(lambda: idle() and proc_page.stack.currentWidget() is not proc_page.procedure_form, "the page again")
        proc_page.tabs.setCurrentWidget(proc_page.documents_panel)
        wait_for(lambda: idle() and proc_page.documents_panel.table.rowCount() > 0, "the documents")
        shots.grab("documents", main)

        main.show_page("agenda")
        wait_for(idle, "the agenda")
        shots.grab("agenda", main)

        for key in ("trainings", "events"):
            main.show_page(key)
            wait_for(idle, key)
            shots.grab(key, main)

        panel = main.show_page("sync")
        panel.refresh()
        wait_for(idle, "the sync panel")
        shots.grab("sync", main)

        figures = main.show_page("figures")
        wait_for(lambda: idle() and getattr(figures, "data", None), "the figures", 60)
        shots.grab("figures", main)
        for area in figures.findChildren(QScrollArea):
            area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
        shots.grab("figures_charts", main)

        main.show_page("settings")
        wait_for(idle, "the settings")
        shots.grab("settings", main)
        settings = main.page("settings")
        settings.backup_panel.reveal()
        wait_for(idle, "the backup panel")
        shots.grab("backup", main)
        audit = settings.users_panel.show_audit_log()
        audit.resize(900, 560)
        wait_for(lambda: idle() and audit.isVisible(), "the audit log")
        _pump(0.5)
        shots.grab("audit_log", audit)
        audit.close()

        main.lock()
        wait_for(
            lambda: type(shell.window).__name__ == "UnlockWindow" and shell.window.user.count() > 0 and idle(),
            "the unlock window",
        )
        unlock = shell.window
        type_into(unlock.passphrase, "passphrase")
        shots.grab("unlock", unlock)
        QApplication.processEvents()
    finally:
        shell.shutdown()


def render_one(lang: str, out: Path) -> list[str]:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # throwaway vaults with the fast test KDF, honoured only with the test suite's token (docs/security.md)
    os.environ["IQ_INSECURE_TEST_KDF"] = (ROOT / "tests" / "insecure-kdf.token").read_text("ascii").strip()
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    from iq_desktop.ui import i18n
    from iq_desktop.ui.shell.app import make_app

    warnings: list[str] = []

    def handler(mode: QtMsgType, _ctx: Any, message: str) -> None:
        if mode != QtMsgType.QtDebugMsg and not any(n in message for n in _NOISE):
            warnings.append(f"{mode.name}: {message}")

    qInstallMessageHandler(handler)
    app = make_app(["iq-desktop"])
    i18n.install(lang)
    shots = Shots(out / lang)
    with tempfile.TemporaryDirectory(prefix="iq-screenshots-") as t:
        tmp = Path(t)
        os.environ["IQ_DATA_DIR"] = str(tmp / "vault")
        first_run(shots, tmp, lang)
        server_dir = tmp / "server"
        server_dir.mkdir()
        with regional_server(server_dir) as server:
            main_screens(shots, tmp, lang, server)
    app.processEvents()
    for w in warnings:
        print("  Qt " + w)
    missing = [s for s in SCREENS if s not in shots.taken]
    if missing:
        raise SystemExit(f"{lang}: not rendered: {', '.join(missing)}")
    return shots.taken


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    p.add_argument("--lang", nargs="+", default=["de", "en"], choices=["de", "en"])
    p.add_argument("--one", help=argparse.SUPPRESS)  # internal: render one language in this process
    args = p.parse_args(argv)
    if args.one:
        render_one(args.one, args.out.resolve())
        return 0
    failed = []
    for lang in args.lang:  # one process per language: a fresh QApplication and translator each
        print(f"{lang}:", flush=True)
        proc = subprocess.run([sys.executable, __file__, "--one", lang, "--out", str(args.out)], cwd=ROOT)
        if proc.returncode != 0:
            failed.append(lang)
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
