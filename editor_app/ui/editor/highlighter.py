"""Markdown syntax highlighting, one block (paragraph line) at a time.

Qt re-highlights only the blocks a keystroke touches, plus following blocks while their
state changes (fenced code), so a 20,000-word document costs no more per key than a short one.
Patterns are compiled once, at class level; long lines are skipped past a limit so a
pasted megabyte on one line cannot stall typing.

Spelling is marked in the same pass, but only for blocks in the editor's visible window (the
edited block is always there): a block checked with every dictionary it needs carries the
SPELLED bit in its state, and `check_window` checks the rest as they scroll into view. So a
keystroke checks one line, and opening a long article checks one screen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from editor_app.core.spelling import Speller

IN_FENCE = 1  # block state bits: inside a fenced code block …
SPELLED = 2  # … and checked for spelling with every dictionary the article's language needs
DEFAULT_WINDOW = (0, 80)  # blocks checked before the editor reports what it shows
WINDOW_MARGIN = 20  # blocks above and below the visible ones checked too, for smooth scrolling
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


@dataclass(frozen=True)
class SpellingTarget:
    """What the highlighter checks with: the desk's speller, the article's language and the
    English variant chosen in the preferences."""

    speller: Speller
    lang: str
    english: str

    def ready(self) -> bool:
        tags = self.speller.tags_for(self.lang, self.english)
        return all(self.speller.is_loaded(t) or self.speller.is_missing(t) for t in tags)


def _misspelled_format() -> QTextCharFormat:
    f = QTextCharFormat()
    f.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    f.setUnderlineColor(QColor(Qt.GlobalColor.red))
    return f


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._formats = _formats(palette_is_dark())
        self._misspelled = _misspelled_format()
        self.spelling: SpellingTarget | None = None
        self._window = DEFAULT_WINDOW

    def refresh_palette(self) -> None:
        self._formats = _formats(palette_is_dark())
        self.rehighlight()

    # ------------------------------------------------------------------ spelling
    def set_spelling(self, target: SpellingTarget | None) -> None:
        """Check with `target` (None: no spellcheck); every block is marked again."""
        if target == self.spelling:
            return
        self.spelling = target
        if self.document() is not None:
            self.rehighlight()

    def check_window(self, first: int, last: int) -> None:
        """The editor shows blocks first..last: check those not yet checked (after a scroll, or
        once a dictionary has loaded)."""
        self._window = (max(0, first - WINDOW_MARGIN), last + WINDOW_MARGIN)
        doc = self.document()
        if doc is None or self.spelling is None or not self.spelling.ready():
            return
        block = doc.findBlockByNumber(self._window[0])
        while block.isValid() and block.blockNumber() <= self._window[1]:
            if block.userState() == 0:  # prose not yet checked (fences and checked prose carry bits)
                self.rehighlightBlock(block)
            block = block.next()

    def recheck_word(self, word: str) -> None:
        """A word was added to the dictionary: mark again the blocks that contain it."""
        doc = self.document()
        block = doc.begin() if doc is not None else None
        while block is not None and block.isValid():
            if word in block.text():
                self.rehighlightBlock(block)
            block = block.next()

    def _mark_spelling(self, text: str) -> int:
        target = self.spelling
        if target is None or len(text) > MAX_INLINE_SCAN:
            return 0
        number = self.currentBlock().blockNumber()
        if not self._window[0] <= number <= self._window[1]:
            return 0
        for miss in target.speller.misspellings(text, target.lang, target.english):
            fmt = QTextCharFormat(self.format(miss.start))
            fmt.merge(self._misspelled)
            self.setFormat(miss.start, miss.length, fmt)
        return SPELLED if target.ready() else 0

    # ------------------------------------------------------------------ Markdown
    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's API name
        f = self._formats
        previous = self.previousBlockState()
        in_fence = previous > 0 and bool(previous & IN_FENCE)
        if _FENCE.match(text):
            self.setFormat(0, len(text), f["fence"])
            self.setCurrentBlockState(0 if in_fence else IN_FENCE)
            return
        if in_fence:
            self.setFormat(0, len(text), f["fence"])
            self.setCurrentBlockState(IN_FENCE)
            return
        if not text:
            self.setCurrentBlockState(SPELLED)
            return
        self._highlight_prose(text)
        self.setCurrentBlockState(self._mark_spelling(text))

    def _highlight_prose(self, text: str) -> None:
        f = self._formats
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
