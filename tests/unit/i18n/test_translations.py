"""The Japanese and Korean interface: every source string translated, no placeholder dropped.

The .ts files are Qt Linguist's own format, written by `scripts/translations.sh update`
(pyside6-lupdate over editor_app/). These tests read them as XML and run lupdate again into a
scratch copy, so a string added to the code without a translation fails here.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("ja", "ko")
# {name}, {0}, {count:,}, %1, %n: what .format() and Qt's arg() fill in.
PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*(?:[:!][^{}]*)?\}|%(?:\d+|n)")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translation: str
    finished: bool


def read_ts(path: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path}: a message of {name} has no <translation>"
            kind = translation.get("type", "")
            if kind in ("vanished", "obsolete"):
                continue
            entries.append(
                Entry(name, message.findtext("source", ""), translation.text or "", kind != "unfinished")
            )
    return entries


def problems(entries: list[Entry], language: str) -> list[str]:
    """What is wrong with a language's entries, one line each (empty when all is well)."""
    found = []
    for e in entries:
        where = f"[{language}] {e.context}: {e.source!r}"
        if not e.finished or not e.translation.strip():
            found.append(f"{where} has no translation")
            continue
        if sorted(PLACEHOLDER.findall(e.source)) != sorted(PLACEHOLDER.findall(e.translation)):
            found.append(f"{where} → {e.translation!r} changes the placeholders")
        if sorted(TAG.findall(e.source)) != sorted(TAG.findall(e.translation)):
            found.append(f"{where} → {e.translation!r} changes the markup")
        if "&" in e.source.replace("&&", "") and "&" not in e.translation:
            found.append(f"{where} → {e.translation!r} drops the keyboard accelerator (&)")
    return found


def lupdate() -> Path:
    candidate = Path(sys.executable).parent / "pyside6-lupdate"
    found = candidate if candidate.exists() else shutil.which("pyside6-lupdate")
    if not found:
        pytest.fail("pyside6-lupdate is missing: it comes with the PySide6 wheel (scripts/setup.sh installs it)")
    return Path(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_with_its_placeholders(language):
    entries = read_ts(TS_DIR / f"copydesk_{language}.ts")
    assert len(entries) > 300  # the whole interface, not a stub
    assert problems(entries, language) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translation_files_hold_every_string_in_the_code(tmp_path, language):
    """lupdate over the code into a copy: a string it adds is one nobody translated yet."""
    scratch = tmp_path / f"copydesk_{language}.ts"
    shutil.copy(TS_DIR / scratch.name, scratch)
    subprocess.run(
        [str(lupdate()), "-silent", "-extensions", "py", "-locations", "none", "-no-obsolete", "-sort-messages",
         str(ROOT / "editor_app"), "-ts", str(scratch)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    missing = [f"{e.context}: {e.source!r}" for e in read_ts(scratch) if not e.finished]
    assert missing == [], (
        "strings in the code lack a translation; run scripts/translations.sh update and translate them in "
        f"resources/translations/copydesk_{language}.ts"
    )


def test_the_checks_catch_a_missing_translation_and_a_dropped_placeholder():
    entries = [
        Entry("C", "Saved {site}.", "{site} を保存しました。", True),
        Entry("C", "Moved “{name}” under “{parent}”.", "「{name}」を移動しました。", True),
        Entry("C", "Replaced %1", "置換しました", True),
        Entry("C", "New text", "", False),
        Entry("C", "&File", "ファイル", True),
        Entry("C", "<b>Copydesk</b>", "Copydesk", True),
    ]
    found = problems(entries, "ja")
    assert len(found) == 5
    assert any("“{name}” under" in line and "placeholders" in line for line in found)
    assert any("Replaced %1" in line for line in found)
    assert any("no translation" in line for line in found)
    assert any("accelerator" in line for line in found)
    assert any("markup" in line for line in found)


def test_no_string_hides_from_lupdate_behind_a_wrapper():
    """lupdate sees `tr`, `translate` and `QT_TRANSLATE_NOOP` called on literals; a literal given to
    a home-made helper (`_tr("…")`) would be shown untranslated and never reach the .ts files."""
    import ast

    hidden = []
    for path in sorted((ROOT / "editor_app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id.lstrip("_") in ("tr", "t", "_")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.func.id}({node.args[0].value!r})")
    assert hidden == []
