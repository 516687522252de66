"""Extract every ``tr("…")`` string of the plugin into ``plpbk_qgis/i18n/plpbk_en.ts``
(keeping existing English translations) and, with ``--compile``, build the ``.qm`` files.

Source strings are Bahasa Indonesia; a string without an English translation is marked
unfinished and QGIS shows the Indonesian text.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess  # nosec B404 — runs lrelease, a fixed local tool
import sys
import xml.etree.ElementTree as ET  # nosec B405 — parses our own .ts file
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "plpbk_qgis"
I18N = PACKAGE / "i18n"
CONTEXT = "plpbk"
LANGUAGES = ("en",)


def extract_strings(package: Path = PACKAGE) -> dict[str, str]:
    """Source text -> first 'file:line' where it is used, for every tr("literal") call (and
    every tr_noop("literal"), which marks text passed to tr() later through a variable)."""
    found: dict[str, str] = {}
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            first = node.args[0]
            # tr()/tr_noop() literals, and the message templates core raises (PlpbkInputError:
            # core has no Qt, the Processing adapter translates them when it reports the error)
            if name in ("tr", "tr_noop", "PlpbkInputError", "Message") and isinstance(first, ast.Constant) \
                    and isinstance(first.value, str):
                found.setdefault(first.value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def read_translations(ts_path: Path) -> dict[str, str]:
    if not ts_path.exists():
        return {}
    tree = ET.parse(ts_path)  # nosec B314 — our own file
    result = {}
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source is not None and translation is not None and translation.text \
                and translation.get("type") not in ("unfinished", "obsolete"):
            result[source] = translation.text
    return result


def read_sources(ts_path: Path) -> list:
    """Every source string of a .ts file, translated or not (obsolete ones excluded)."""
    if not ts_path.exists():
        return []
    tree = ET.parse(ts_path)  # nosec B314 — our own file
    return [m.findtext("source") for m in tree.iter("message")
            if (m.find("translation") is None or m.find("translation").get("type") != "obsolete")]


def write_ts(ts_path: Path, language: str, strings: dict[str, str], translations: dict[str, str]):
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="id")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source, where in sorted(strings.items(), key=lambda item: (item[1].rsplit(":", 1)[0], int(item[1].rsplit(":", 1)[1]))):
        message = ET.SubElement(context, "message")
        file_name, line = where.rsplit(":", 1)
        ET.SubElement(message, "location", filename=file_name, line=line)
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if source in translations:
            translation.text = translations[source]
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    ts_path.parent.mkdir(parents=True, exist_ok=True)
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                       + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")


def compile_ts(ts_path: Path) -> Path:
    lrelease = shutil.which("lrelease") or "/usr/lib/qt5/bin/lrelease"
    if not Path(lrelease).exists():
        sys.exit("lrelease not found: install Debian's qttools5-dev-tools (make setup does)")
    qm = ts_path.with_suffix(".qm")
    subprocess.run([lrelease, "-silent", str(ts_path), "-qm", str(qm)], check=True)  # nosec B603
    return qm


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--compile", action="store_true", help="also build the .qm files")
    parser.add_argument("--check", action="store_true", help="fail when a string lacks English")
    args = parser.parse_args(argv)
    strings = extract_strings()
    missing_total = 0
    for language in LANGUAGES:
        ts_path = I18N / f"plpbk_{language}.ts"
        translations = read_translations(ts_path)
        missing = [s for s in strings if s not in translations]
        if args.check:
            # the check reads only: a stale .ts (strings added or gone) fails, nothing is rewritten
            stale = set(read_sources(ts_path)) != set(strings)
            if stale:
                print(f"{ts_path.relative_to(ROOT)}: out of date; run scripts/update_translations.py")
                missing_total += 1
        else:
            write_ts(ts_path, language, strings, translations)
        missing_total += len(missing)
        print(f"{ts_path.relative_to(ROOT)}: {len(strings)} strings, {len(missing)} untranslated")
        if args.compile:
            compile_ts(ts_path)
    if args.check and missing_total:
        sys.exit(1)


if __name__ == "__main__":
    main()
