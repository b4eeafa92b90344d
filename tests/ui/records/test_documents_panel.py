"""Issue 11, item 3: a counsellor attaches, opens, saves and removes a client's documents on the client
page's Documents tab, and sees the checklist. Qt's file dialogs and the yes/no box are Qt's, not ours:
they are faked (monkeypatch); everything else is clicked or typed. Viewing writes no file: the temp
folder (TMPDIR, fresh for the test) holds no canary afterwards."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QIODevice, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from iq_desktop.domain.records import Client

CANARY = b"CNRYdocGUI7781Q"


def _png() -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(buf.data().data())


def _pdf(text: bytes) -> bytes:
    """A one-page PDF showing ``text`` (hand-made, with a correct cross-reference table)."""
    stream = b"BT /F1 18 Tf 20 100 Td (" + text + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


@pytest.fixture
def tmpdir_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return tmp


def _client(ctx: Any) -> Client:
    from iq_desktop.services import records

    return ctx.db.run_sync(lambda: records.save_client(ctx.vault, Client("Dana", "Dokument")))  # type: ignore[no-any-return]


def _panel(qtbot: Any, ctx: Any, client_id: str) -> Any:
    from iq_desktop.ui.records.documents_panel import DocumentsPanel

    panel = DocumentsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    panel.show_client(client_id)
    qtbot.waitUntil(lambda: "✘" in panel.checklist.text(), timeout=5000)
    return panel


def _attach(qtbot: Any, panel: Any, monkeypatch: pytest.MonkeyPatch, path: Path, kind: str) -> None:
    from iq_desktop.ui.records.documents_panel import AttachDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    rows = panel.table.rowCount()
    seen: list[Any] = []

    def choose() -> None:
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, AttachDialog)
        seen.append(dlg)
        assert dlg.kind.hasFocus() or dlg.focusWidget() is dlg.kind
        target = dlg.kind.findData(kind)
        while dlg.kind.currentIndex() < target:  # choose the kind with the arrow keys
            QTest.keyClick(dlg.kind, Qt.Key.Key_Down)
        QTest.keyClick(dlg.kind, Qt.Key.Key_Return)  # Enter: the default button, "Attach"

    QTimer.singleShot(0, choose)
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    assert seen, "the attach dialog was not shown"
    qtbot.waitUntil(lambda: panel.table.rowCount() == rows + 1, timeout=5000)


def _select(panel: Any, name: str) -> None:
    row = next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 1).text() == name)
    panel.table.setFocus()
    panel.table.selectRow(row)


def _scan(folder: Path, needle: bytes) -> list[str]:
    return [str(p) for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_attach_open_save_and_remove_like_a_counsellor(
    qtbot: Any, ctx: Any, tmp_path: Path, tmpdir_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = _client(ctx)
    panel = _panel(qtbot, ctx, client.id)
    assert "25 MB" in panel.limit.text()
    assert not panel.open_button.isEnabled()  # nothing selected yet

    files = tmp_path / "scans"
    files.mkdir()
    (files / "zeugnis.png").write_bytes(_png())
    (files / "bescheid.pdf").write_bytes(_pdf(CANARY))
    (files / "notiz.txt").write_bytes(b"Notiz " + CANARY)
    _attach(qtbot, panel, monkeypatch, files / "zeugnis.png", "certificate")
    _attach(qtbot, panel, monkeypatch, files / "bescheid.pdf", "id")
    _attach(qtbot, panel, monkeypatch, files / "notiz.txt", "other")
    names = [panel.table.item(r, 1).text() for r in range(3)]
    assert sorted(names) == ["bescheid.pdf", "notiz.txt", "zeugnis.png"]
    qtbot.waitUntil(lambda: "✔ Certificate" in panel.checklist.text(), timeout=5000)
    assert "✔ ID document" in panel.checklist.text() and "✘ Transcript of records" in panel.checklist.text()

    # Open with Enter on the row: shown from memory (image, PDF, text); no file with the canary anywhere
    for name, shown in (("zeugnis.png", "image"), ("bescheid.pdf", "pdf"), ("notiz.txt", "text")):
        _select(panel, name)
        assert panel.open_button.isEnabled()
        QTest.keyClick(panel.table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: panel.viewer is not None, timeout=5000)
        assert panel.viewer.kind_shown == shown
        panel.viewer.close()
        qtbot.waitUntil(lambda: panel.viewer is None, timeout=5000)
    for folder in (tmpdir_env, ctx.data_dir):
        assert _scan(folder, CANARY) == []

    # Save as…: decrypted to the chosen place only
    out = tmp_path / "chosen" / "kopie.txt"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    _select(panel, "notiz.txt")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(out.exists, timeout=5000)
    assert out.read_bytes() == b"Notiz " + CANARY
    assert sorted(p.name for p in out.parent.iterdir()) == ["kopie.txt"]  # no temp file left beside it
    qtbot.waitUntil(lambda: "kopie.txt" in panel.status.text(), timeout=5000)
    assert _scan(tmpdir_env, CANARY) == []

    # Remove with the Delete key, after a confirmation (answered "No" first, then "Yes")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: answers.pop(0)))
    _select(panel, "bescheid.pdf")
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    assert panel.table.rowCount() == 3 and len(answers) == 1
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: "✘ ID document" in panel.checklist.text(), timeout=5000)


def test_a_file_over_the_limit_is_refused_with_a_clear_message(
    qtbot: Any, ctx: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = _client(ctx)
    panel = _panel(qtbot, ctx, client.id)
    big = tmp_path / "big.pdf"
    with open(big, "wb") as fh:  # sparse: 26 MiB without writing them
        fh.truncate(26 * 1024 * 1024)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(big), "")))
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes and "larger than 25 MB" in boxes[-1].text()
    boxes[-1].close()
    assert panel.table.rowCount() == 0


def test_the_client_page_has_a_documents_tab(qtbot: Any, ctx: Any) -> None:
    from iq_desktop.services import documents
    from iq_desktop.ui.records.client_page import ClientPage

    client = _client(ctx)
    ctx.db.run_sync(lambda: documents.attach(ctx.vault, client.id, b"%PDF-1.4 x", "consent", file_name="ok.pdf"))
    page = ClientPage(ctx)
    qtbot.addWidget(page)
    page.show_client(client.id)
    qtbot.waitUntil(lambda: page.documents_panel.table.rowCount() == 1, timeout=5000)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "Documents" in titles
    assert page.documents_panel.table.item(0, 0).text() == "Signed consent"
