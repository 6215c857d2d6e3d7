"""Find and replace in the body editor, as a bar above it (Ctrl+F / Ctrl+H, Esc closes)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)


class FindReplaceBar(QWidget):
    closed = Signal()

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.setObjectName("findBar")
        self.setAccessibleName(self.tr("Find and replace"))
        self.find_field = QLineEdit(self)
        self.find_field.setPlaceholderText(self.tr("Find"))
        self.find_field.setAccessibleName(self.tr("Find text"))
        self.replace_field = QLineEdit(self)
        self.replace_field.setPlaceholderText(self.tr("Replace with"))
        self.replace_field.setAccessibleName(self.tr("Replacement text"))
        self.case = QCheckBox(self.tr("Match case"), self)
        self.whole = QCheckBox(self.tr("Whole words"), self)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Find result"))
        prev_btn = QPushButton(self.tr("Previous"), self)
        next_btn = QPushButton(self.tr("Next"), self)
        replace_btn = QPushButton(self.tr("Replace"), self)
        all_btn = QPushButton(self.tr("Replace all"), self)
        close_btn = QPushButton("✕", self)
        close_btn.setAccessibleName(self.tr("Close find bar"))
        close_btn.setFlat(True)
        # Three short rows rather than one long one: the bar's minimum width stays small, so opening
        # it never pushes the splitter beside the editor and squeezes the preview.
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.find_field, 0, 0)
        layout.addWidget(prev_btn, 0, 1)
        layout.addWidget(next_btn, 0, 2)
        layout.addWidget(close_btn, 0, 3)
        layout.addWidget(self.replace_field, 1, 0)
        layout.addWidget(replace_btn, 1, 1)
        layout.addWidget(all_btn, 1, 2, 1, 2)
        options = QHBoxLayout()
        options.addWidget(self.case)
        options.addWidget(self.whole)
        options.addWidget(self.status, 1)
        layout.addLayout(options, 2, 0, 1, 4)
        layout.setColumnStretch(0, 1)
        for field in (self.find_field, self.replace_field):
            field.setMinimumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.status.setWordWrap(True)
        self.find_field.returnPressed.connect(self.find_next)
        self.find_field.textEdited.connect(lambda _t: self._find_from_selection_start())
        self.replace_field.returnPressed.connect(self.replace_one)
        next_btn.clicked.connect(self.find_next)
        prev_btn.clicked.connect(self.find_previous)
        replace_btn.clicked.connect(self.replace_one)
        all_btn.clicked.connect(self.replace_all)
        close_btn.clicked.connect(self.close_bar)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape), self, self.close_bar, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )

    def open_bar(self, *, replace: bool = False) -> None:
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_field.setText(selected)
        self.show()
        target = self.replace_field if replace and self.find_field.text() else self.find_field
        target.setFocus()
        target.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self._editor.setFocus()
        self.closed.emit()

    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if self.whole.isChecked():
            flags |= QTextDocument.FindFlag.FindWholeWords
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def _find(self, backward: bool, start: QTextCursor | None = None) -> bool:
        needle = self.find_field.text()
        if not needle:
            self.status.clear()
            return False
        doc = self._editor.document()
        cursor = start or self._editor.textCursor()
        found = doc.find(needle, cursor, self._flags(backward))
        if found.isNull():  # wrap around
            wrap = QTextCursor(doc)
            if backward:
                wrap.movePosition(QTextCursor.MoveOperation.End)
            found = doc.find(needle, wrap, self._flags(backward))
        if found.isNull():
            self.status.setText(self.tr("Not found"))
            return False
        self.status.clear()
        self._editor.setTextCursor(found)
        return True

    def _find_from_selection_start(self) -> None:
        cursor = self._editor.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self._find(False, cursor)

    def find_next(self) -> bool:
        return self._find(False)

    def find_previous(self) -> bool:
        return self._find(True)

    def _selection_matches(self) -> bool:
        selected = self._editor.textCursor().selectedText()
        needle = self.find_field.text()
        if self.case.isChecked():
            return selected == needle
        return selected.casefold() == needle.casefold()

    def replace_one(self) -> None:
        if self.find_field.text() and self._selection_matches():
            self._editor.textCursor().insertText(self.replace_field.text())
        self.find_next()

    def replace_all(self) -> int:
        needle = self.find_field.text()
        if not needle:
            return 0
        doc = self._editor.document()
        cursor = QTextCursor(doc)
        count = 0
        edit = QTextCursor(doc)
        edit.beginEditBlock()  # one undo step for the whole replacement
        while True:
            cursor = doc.find(needle, cursor, self._flags())
            if cursor.isNull():
                break
            cursor.insertText(self.replace_field.text())
            count += 1
        edit.endEditBlock()
        self.status.setText(self.tr("Replaced {count}").format(count=count))
        return count
