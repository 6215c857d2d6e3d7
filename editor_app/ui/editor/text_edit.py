"""The Markdown body editor: a plain-text editor with Markdown commands and clean rich-text paste."""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QFont, QFontDatabase, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from editor_app.ui.editor.highlighter import MarkdownHighlighter
from editor_app.ui.editor.paste import html_to_clean_markdown

_HEADING_PREFIX = re.compile(r"^(#{1,6})\s+")
_QUOTE_PREFIX = re.compile(r"^>\s?")
MAX_HTML_PASTE = 5_000_000  # beyond this a paste is taken as plain text


def _chars(doc: QTextDocument, pos: int, count: int) -> str:
    return "".join(doc.characterAt(pos + i) for i in range(count))


class MarkdownEdit(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bodyEditor")
        self.setAccessibleName("Article body")
        self.setAccessibleDescription("The article text in Markdown")
        self.setTabChangesFocus(False)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.5) + 1)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        self.setFont(font)
        self.document().setDocumentMargin(12)
        self.highlighter = MarkdownHighlighter(self.document())

    # ------------------------------------------------------------------ paste
    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt's API name
        """HTML on the clipboard (a browser, a word processor) arrives as clean Markdown."""
        if source.hasHtml():
            html = source.html()
            if len(html) <= MAX_HTML_PASTE:
                try:
                    markdown = html_to_clean_markdown(html)
                except Exception:  # a malformed clipboard must never lose the paste
                    markdown = ""
                if markdown.strip():
                    self.textCursor().insertText(markdown)
                    self.ensureCursorVisible()
                    return
        if source.hasText():
            self.textCursor().insertText(source.text())
            self.ensureCursorVisible()
            return
        super().insertFromMimeData(source)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802
        return source.hasHtml() or source.hasText()

    # ------------------------------------------------------------------ Markdown commands
    def toggle_wrap(self, marker: str) -> None:
        """Bold (**) or italic (*): wrap the selection, or unwrap it if already wrapped.
        The text stays selected, so pressing the shortcut again undoes it."""
        cursor = self.textCursor()
        text = cursor.selectedText()
        n = len(marker)
        start = cursor.selectionStart()
        doc = self.document()
        cursor.beginEditBlock()
        if text and len(text) > 2 * n and text.startswith(marker) and text.endswith(marker):
            inner, inner_start = text[n:-n], start  # **selected** including the markers
            cursor.insertText(inner)
        elif text and start >= n and _chars(doc, start - n, n) == marker == _chars(doc, cursor.selectionEnd(), n):
            end = cursor.selectionEnd()  # the markers sit just outside the selection
            cursor.setPosition(start - n)
            cursor.setPosition(end + n, QTextCursor.MoveMode.KeepAnchor)
            inner, inner_start = text, start - n
            cursor.insertText(inner)
        elif text:
            inner, inner_start = text, start + n
            cursor.insertText(f"{marker}{text}{marker}")
        else:
            cursor.insertText(marker * 2)
            cursor.endEditBlock()
            cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.MoveAnchor, n)
            self.setTextCursor(cursor)
            return
        cursor.endEditBlock()
        cursor.setPosition(inner_start)
        cursor.setPosition(inner_start + len(inner), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def insert_link(self, url: str = "https://") -> None:
        """[selection](url) with the URL selected, ready to be typed over."""
        cursor = self.textCursor()
        label = cursor.selectedText() or "link text"
        cursor.beginEditBlock()
        cursor.insertText(f"[{label}]({url})")
        cursor.endEditBlock()
        end = cursor.position() - 1
        cursor.setPosition(end - len(url))
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def set_heading(self, level: int) -> None:
        """Make the current line(s) a heading of `level` (0 removes it; the same level toggles off)."""

        def change(line: str) -> str:
            m = _HEADING_PREFIX.match(line)
            current = len(m.group(1)) if m else 0
            rest = line[m.end() :] if m else line
            target = 0 if current == level else level
            return f"{'#' * target} {rest}" if target else rest

        self._map_lines(change)

    def toggle_quote(self) -> None:
        cursor = self.textCursor()
        start_block = self.document().findBlock(cursor.selectionStart())
        quoted = bool(_QUOTE_PREFIX.match(start_block.text()))
        self._map_lines(lambda line: _QUOTE_PREFIX.sub("", line, count=1) if quoted else f"> {line}")

    def _map_lines(self, change: object) -> None:
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(max(cursor.selectionEnd() - (1 if cursor.hasSelection() else 0), cursor.selectionStart()))
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        block = first
        while block.isValid():
            line = block.text()
            new = change(line)  # type: ignore[operator]
            if new != line:
                edit.setPosition(block.position())
                edit.setPosition(block.position() + len(line), QTextCursor.MoveMode.KeepAnchor)
                edit.insertText(new)
            if block == last:
                break
            block = block.next()
        edit.endEditBlock()

    # ------------------------------------------------------------------ scroll position
    def scroll_fraction(self) -> float:
        bar = self.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0
