"""The translation catalogues are complete: every string of the UI code is in both ``.ts`` files, none is
unfinished, the compiled ``.qm`` files answer every one of them, and placeholders and shortcut marks survive.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"

Message = tuple[str, str, bool]  # context, source, plural


def _messages(ts: Path) -> dict[Message, list[str] | None]:
    """(context, source, plural) -> the translation's forms, or None if unfinished/empty."""
    out: dict[Message, list[str] | None] = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            plural = msg.get("numerus") == "yes"
            key = (name, msg.findtext("source") or "", plural)
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                out[key] = None
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")] if plural else [tr.text or ""]
            out[key] = forms if all(forms) else None
    return out


@pytest.fixture(scope="module")
def current_sources(tmp_path_factory: pytest.TempPathFactory) -> set[Message]:
    """What lupdate collects from the UI code as it is now."""
    if not LUPDATE.exists():
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path_factory.mktemp("ts") / "now.ts"
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "iq_desktop" / "ui").rglob("*.py"))
    sources.append("iq_desktop/services/messages.py")  # the error texts, Qt-free (QT_TRANSLATE_NOOP)
    subprocess.run([str(LUPDATE), *sources, "-no-obsolete", "-ts", str(ts)], cwd=REPO, check=True,
                   capture_output=True)  # fmt: skip
    return set(_messages(ts))


@pytest.mark.parametrize("lang", ["de", "en"])
def test_catalogue_has_every_string_of_the_code_and_none_unfinished(lang: str, current_sources: set[Message]) -> None:
    messages = _messages(TRANSLATIONS / f"iq_desktop_{lang}.ts")
    not_in_catalogue = sorted(current_sources - set(messages))
    assert not not_in_catalogue, (
        f"strings of the code missing from iq_desktop_{lang}.ts (add German to de_glossary.json and run "
        f"resources/translations/update_translations.py): {not_in_catalogue[:20]}"
    )
    unfinished = sorted(k for k in current_sources if messages[k] is None)
    assert not unfinished, f"{len(unfinished)} unfinished in iq_desktop_{lang}.ts: {unfinished[:20]}"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_compiled_catalogue_answers_every_string(lang: str, qapp: Any, current_sources: set[Message]) -> None:
    qm = TRANSLATIONS / f"iq_desktop_{lang}.qm"
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    messages = _messages(TRANSLATIONS / f"iq_desktop_{lang}.ts")
    wrong = []
    for key in sorted(current_sources):
        context, source, plural = key
        forms = messages[key] or []
        if plural:
            got = [translator.translate(context, source, None, 1), translator.translate(context, source, None, 2)]
            want = [forms[0], forms[-1]] if forms else []  # QTranslator leaves %n in place
        else:
            got, want = [translator.translate(context, source)], forms
        if not all(got) or got != want:
            wrong.append((context, source, got))
    assert not wrong, f"{len(wrong)} strings not answered by {qm.name} (run update_translations.py): {wrong[:10]}"


def test_german_keeps_placeholders_and_shortcut_marks() -> None:
    bad = []
    for (context, source, _plural), forms in _messages(TRANSLATIONS / "iq_desktop_de.ts").items():
        for text in forms or []:
            if sorted(re.findall(r"%\d|%n", source)) != sorted(re.findall(r"%\d|%n", text)):
                bad.append((context, source, text, "placeholders"))
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")) and ";;" not in source:
                bad.append((context, source, text, "shortcut mark"))
    assert not bad, bad[:10]


def test_german_is_german() -> None:
    """Almost every German text differs from its English source (a few, such as "Online", are the same)."""
    messages = _messages(TRANSLATIONS / "iq_desktop_de.ts")
    same = sorted(src for (_c, src, _p), forms in messages.items() if forms and forms == [src] and len(src) > 9)
    same_in_both = {"IQ Desktop", "Navigation", "Passphrase", "&Passphrase", "&Passphrase:", "Pseudonym:"}
    assert set(same) <= same_in_both | {s for s in same if not re.search(r"[a-z]{4}", s)}, same
