"""Refresh the Qt translation catalogues and compile them.

    /tmp/v/bin/python resources/translations/update_translations.py

1. ``pyside6-lupdate`` collects every ``self.tr(...)`` / ``QCoreApplication.translate(...)`` string of
   ``iq_desktop/ui/**.py`` into ``iq_desktop_de.ts`` and ``iq_desktop_en.ts`` (existing translations kept).
2. German texts are filled from ``de_glossary.json``, which wins over the ``.ts`` (``"source": "Übersetzung"``,
   or ``"Context|source"`` for a context-specific one; plurals as ``[singular, plural]``).  English gets the
   source text itself (and spelt-out plural forms), so neither catalogue has an unfinished entry.
3. ``pyside6-lrelease`` compiles the ``.qm`` files that the app loads (both are committed).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def english_plural(source: str) -> list[str]:
    one = re.sub(r"(\w+)\(s\)", r"\1", source).replace("record(s) waiting", "record waiting")
    many = re.sub(r"(\w+)\(s\)", r"\1s", source)
    return [one, many]


def fill(ts: Path, lang: str, glossary: dict[str, object]) -> tuple[int, list[str]]:
    tree = ET.parse(ts)  # noqa: S314 - our own catalogue
    filled, missing = 0, []
    for ctx in tree.getroot().iter("context"):
        cname = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            if tr.get("type") in ("obsolete", "vanished"):
                continue
            plural = msg.get("numerus") == "yes"
            done = tr.get("type") is None and bool(tr.text or len(tr))
            if lang == "en":  # the sources are English: the translation is the source (plural forms spelt out)
                if done:
                    continue
                value: object = english_plural(source) if plural else source
            else:  # the glossary is the one place for German texts: it wins over what the .ts holds
                value = glossary.get(f"{cname}|{source}", glossary.get(source))
                if value is None:
                    if not done:
                        missing.append(f"{cname}: {source!r}")
                    continue
            for child in list(tr):
                tr.remove(child)
            if plural:
                forms = value if isinstance(value, list) else [value, value]
                tr.text = None
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = str(form)
            else:
                tr.text = str(value)
            tr.attrib.pop("type", None)
            filled += 1
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    text = ts.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    ts.write_text(text, encoding="utf-8")
    return filled, missing


def main() -> int:
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "iq_desktop" / "ui").rglob("*.py"))
    sources.append("iq_desktop/services/messages.py")  # the error texts, Qt-free (QT_TRANSLATE_NOOP)
    glossary = json.loads((HERE / "de_glossary.json").read_text(encoding="utf-8"))
    for lang in ("de", "en"):
        ts = HERE / f"iq_desktop_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-target-language", lang,
                        "-ts", str(ts)], cwd=REPO, check=True, capture_output=True)
        filled, missing = fill(ts, lang, glossary)
        sys.stdout.write(f"{ts.name}: {filled} filled, {len(missing)} without a translation\n")
        for m in missing:
            sys.stdout.write(f"   missing {m}\n")
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True,
                       capture_output=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
