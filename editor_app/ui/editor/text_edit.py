"""The Markdown body editor: a plain-text editor with Markdown commands and clean rich-text paste."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QFontDatabase,
    QInputMethodEvent,
    QKeyEvent,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from editor_app.core.spelling import Misspelling
from editor_app.ui.editor.highlighter import MarkdownHighlighter, SpellingTarget
from editor_app.ui.editor.paste import html_to_clean_markdown

_HEADING_PREFIX = re.compile(r"^(#{1,6})\s+")
_QUOTE_PREFIX = re.compile(r"^>\s?")
MAX_HTML_PASTE = 5_000_000  # beyond this a paste is taken as plain text
# Typing that follows a pause longer than this is a new undo step: Qt merges every adjacent
# keystroke into one step however far apart, so one Ctrl+Z took back a morning's typing runs.
UNDO_RUN_GAP_S = 3.0
_EDIT_KEYS = frozenset({Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab})


def _chars(doc: QTextDocument, pos: int, count: int) -> str:
    return "".join(doc.characterAt(pos + i) for i in range(count))


class MarkdownEdit(QPlainTextEdit):
    add_word_requested = Signal(str)  # "Add to Dictionary" in the context menu

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bodyEditor")
        self.setAccessibleName(self.tr("Article body"))
        self.setAccessibleDescription(self.tr("The article text in Markdown"))
        self.setTabChangesFocus(False)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.5) + 1)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        self.setFont(font)
        self.document().setDocumentMargin(12)
        self.highlighter = MarkdownHighlighter(self.document())
        # Spelling is checked for what the editor shows: after a scroll or resize settles, the
        # blocks on screen that were not checked yet are.
        self._spell_timer = QTimer(self)
        self._spell_timer.setSingleShot(True)
        self._spell_timer.setInterval(60)
        self._spell_timer.timeout.connect(self.check_visible_spelling)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._spell_timer.start())
        self.clock: Callable[[], float] = time.monotonic  # seconds; tests drive their own
        self._last_typed: float | None = None
        self._run_ended = False

    # ------------------------------------------------------------------ undo steps
    def end_typing_run(self) -> None:
        """The next edit starts a new undo step (a save point was just recorded)."""
        self._run_ended = True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's API name
        text = event.text()
        edits = (bool(text) and text.isprintable()) or event.key() in _EDIT_KEYS
        self._typed(edits, lambda: super(MarkdownEdit, self).keyPressEvent(event))

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 - Qt's API name
        # Japanese and Korean arrive composed, as input method commits rather than key presses.
        self._typed(bool(event.commitString()), lambda: super(MarkdownEdit, self).inputMethodEvent(event))

    def _typed(self, edits: bool, handle: Callable[[], None]) -> None:
        if not edits:
            handle()
            return
        now = self.clock()
        new_run = self._run_ended or (self._last_typed is not None and now - self._last_typed > UNDO_RUN_GAP_S)
        self._last_typed, self._run_ended = now, False
        if not new_run:
            handle()
            return
        # An edit block of its own is never merged into the step before it; the keys that follow
        # merge into this one as usual.
        cursor = self.textCursor()
        cursor.beginEditBlock()
        try:
            handle()
        finally:
            cursor.endEditBlock()

    # ------------------------------------------------------------------ spelling
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's API name
        super().resizeEvent(event)
        self._spell_timer.start()

    def visible_blocks(self) -> tuple[int, int]:
        first = self.firstVisibleBlock().blockNumber()
        bottom = self.cursorForPosition(QPoint(0, self.viewport().height() - 1)).blockNumber()
        return first, max(first, bottom)

    def check_visible_spelling(self) -> None:
        if self.highlighter.document() is not None:
            self._quietly(lambda: self.highlighter.check_window(*self.visible_blocks()))

    def set_spelling(self, target: SpellingTarget | None) -> None:
        self._quietly(lambda: self.highlighter.set_spelling(target))
        self.check_visible_spelling()

    def recheck_word(self, word: str) -> None:
        self._quietly(lambda: self.highlighter.recheck_word(word))

    def _quietly(self, mark: Callable[[], None]) -> None:
        """Marking spelling re-formats blocks, which Qt reports as a text change: the editor's
        signals are held meanwhile, so no autosave or preview follows a mark."""
        was_blocked = self.blockSignals(True)
        try:
            mark()
        finally:
            self.blockSignals(was_blocked)

    def misspelling_at(self, cursor: QTextCursor) -> tuple[Misspelling, int] | None:
        """The misspelled word under `cursor` and its block's position, if there is one."""
        target = self.highlighter.spelling
        if target is None:
            return None
        block = cursor.block()
        column = cursor.position() - block.position()
        for miss in target.speller.misspellings(block.text(), target.lang, target.english):
            if miss.start <= column <= miss.start + miss.length:
                return miss, block.position()
        return None

    def spelling_menu(self, pos: QPoint) -> QMenu:
        """The context menu at `pos`: for a misspelled word, suggestions and Add to Dictionary first."""
        menu = self.createStandardContextMenu(pos)
        found = self.misspelling_at(self.cursorForPosition(pos))
        if found is None:
            return menu
        miss, block_pos = found
        target = self.highlighter.spelling
        assert target is not None
        first = menu.actions()[0] if menu.actions() else None
        suggestions = target.speller.suggestions(miss.word, target.lang, target.english)
        for word in suggestions:
            action = menu.addAction(word)
            action.setObjectName("spellingSuggestion")
            action.triggered.connect(lambda _c=False, w=word: self._replace(block_pos + miss.start, miss.length, w))
            menu.insertAction(first, action)
        if not suggestions:
            none = menu.addAction(self.tr("No suggestions"))
            none.setEnabled(False)
            menu.insertAction(first, none)
        add = menu.addAction(self.tr("Add “{0}” to Dictionary").format(miss.word))
        add.setObjectName("addToDictionary")
        add.triggered.connect(lambda _c=False, w=miss.word: self.add_word_requested.emit(w))
        menu.insertAction(first, add)
        menu.insertSeparator(first)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's API name
        menu = self.spelling_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _replace(self, start: int, length: int, text: str) -> None:
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)  # one undo step
        self.setTextCursor(cursor)

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
        label = cursor.selectedText() or self.tr("link text")
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

    def first_visible_line(self) -> int:
        """The source line at the top of the view (a block is a line of the Markdown)."""
        return self.firstVisibleBlock().blockNumber()

    def go_to_line(self, line: int) -> None:
        """Put the cursor at the start of `line` and show it, scrolling as little as needed."""
        block = self.document().findBlockByNumber(min(max(line, 0), self.document().blockCount() - 1))
        cursor = self.textCursor()
        cursor.setPosition(block.position())
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
