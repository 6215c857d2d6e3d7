"""The outline beside the editor: the article's headings, indented by level; a click jumps there.

It is rebuilt a moment after typing pauses (not on every key), from the editor's text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPlainTextEdit, QWidget

from editor_app.core.outline import Heading, headings

REBUILD_DELAY_MS = 300
LINE_ROLE = Qt.ItemDataRole.UserRole


class OutlinePanel(QListWidget):
    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline")
        self.setAccessibleName(self.tr("Outline"))
        self.setToolTip(self.tr("The article's headings: click one to go there"))
        self.setUniformItemSizes(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.editor = editor
        self.headings: list[Heading] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REBUILD_DELAY_MS)
        self._timer.timeout.connect(self.rebuild)
        editor.textChanged.connect(self._timer.start)
        self.itemActivated.connect(self._jump)
        self.itemClicked.connect(self._jump)
        self._empty_text = self.tr("No headings yet: start a line with ## for one.")
        self.rebuild()

    def rebuild(self) -> None:
        found = headings(self.editor.toPlainText())
        if found == self.headings and self.count():
            return
        self.headings = found
        self.clear()
        if not found:
            item = QListWidgetItem(self._empty_text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)
            return
        top = min(h.level for h in found)
        for h in found:
            item = QListWidgetItem("    " * (h.level - top) + (h.title or self.tr("(untitled heading)")))
            item.setData(LINE_ROLE, h.line)
            item.setToolTip(h.title)
            self.addItem(item)

    def _jump(self, item: QListWidgetItem) -> None:
        line = item.data(LINE_ROLE)
        if line is None:
            return
        block = self.editor.document().findBlockByNumber(int(line))
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        self.editor.setTextCursor(cursor)
        self.editor.centerCursor()
        self.editor.setFocus()
