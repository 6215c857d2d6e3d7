"""Markdown syntax highlighting, one block (paragraph line) at a time.

Qt re-highlights only the blocks a keystroke touches, plus following blocks while their
state changes (fenced code), so a 20,000-word document costs no more per key than a short one.
Patterns are compiled once, at class level; long lines are skipped past a limit so a
pasted megabyte on one line cannot stall typing.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette, QSyntaxHighlighter, QTextCharFormat, QTextDocument

IN_FENCE = 1
MAX_INLINE_SCAN = 10_000  # characters of one block scanned for inline syntax

_HEADING = re.compile(r"^ {0,3}(#{1,6})(?=\s|$).*")
_QUOTE = re.compile(r"^ {0,3}>.*")
_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])(?=\s)")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_RULE = re.compile(r"^ {0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_INLINE = (
    ("code", re.compile(r"`[^`\n]+`")),
    ("bold", re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")),
    ("italic", re.compile(r"(?<![*\w])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*\w])")),
    ("image", re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")),
    ("link", re.compile(r"(?<!!)\[[^\]\n]*\]\([^)\n]*\)|<https?://[^>\s]+>")),
    ("html", re.compile(r"</?[A-Za-z][^>\n]{0,200}>")),
)


def _formats(dark: bool) -> dict[str, QTextCharFormat]:
    def fmt(color: str, *, bold: bool = False, italic: bool = False, mono: bool = False) -> QTextCharFormat:
        f = QTextCharFormat()
        f.setForeground(QColor(color))
        if bold:
            f.setFontWeight(QFont.Weight.Bold)
        if italic:
            f.setFontItalic(True)
        if mono:
            f.setFontFamilies(["monospace"])
        return f

    if dark:
        colors = {
            "heading": "#8ab4f8",
            "quote": "#a8c7a0",
            "list": "#f6b26b",
            "code": "#e6a0d4",
            "link": "#7fc8f8",
            "image": "#c5a3ff",
            "html": "#9aa0a6",
            "rule": "#9aa0a6",
        }
    else:
        colors = {
            "heading": "#1a4f9c",
            "quote": "#3d6b35",
            "list": "#b45f06",
            "code": "#8e2470",
            "link": "#0b63a8",
            "image": "#6a3fb5",
            "html": "#6b6f73",
            "rule": "#6b6f73",
        }
    text = QGuiApplication.palette().color(QPalette.ColorRole.Text).name()
    return {
        "heading": fmt(colors["heading"], bold=True),
        "quote": fmt(colors["quote"], italic=True),
        "list": fmt(colors["list"], bold=True),
        "fence": fmt(colors["code"], mono=True),
        "code": fmt(colors["code"], mono=True),
        "bold": fmt(text, bold=True),
        "italic": fmt(text, italic=True),
        "link": fmt(colors["link"]),
        "image": fmt(colors["image"]),
        "html": fmt(colors["html"]),
        "rule": fmt(colors["rule"]),
    }


def palette_is_dark() -> bool:
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._formats = _formats(palette_is_dark())

    def refresh_palette(self) -> None:
        self._formats = _formats(palette_is_dark())
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's API name
        f = self._formats
        in_fence = self.previousBlockState() == IN_FENCE
        if _FENCE.match(text):
            self.setFormat(0, len(text), f["fence"])
            self.setCurrentBlockState(0 if in_fence else IN_FENCE)
            return
        if in_fence:
            self.setFormat(0, len(text), f["fence"])
            self.setCurrentBlockState(IN_FENCE)
            return
        self.setCurrentBlockState(0)
        if not text:
            return
        if _HEADING.match(text):
            self.setFormat(0, len(text), f["heading"])
            return
        if _RULE.match(text):
            self.setFormat(0, len(text), f["rule"])
            return
        if _QUOTE.match(text):
            self.setFormat(0, len(text), f["quote"])
        m = _LIST.match(text)
        if m:
            self.setFormat(0, m.end(), f["list"])
        scan = text if len(text) <= MAX_INLINE_SCAN else text[:MAX_INLINE_SCAN]
        for name, pattern in _INLINE:
            fmt = f[name]
            for hit in pattern.finditer(scan):
                self.setFormat(hit.start(), hit.end() - hit.start(), fmt)
