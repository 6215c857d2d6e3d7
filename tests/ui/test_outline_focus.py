"""The outline beside the editor (click to jump, follows heading edits) and focus mode
(editor only, full screen; the shortcut or Esc leaves, and everything comes back)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from editor_app.ui.editor.article_editor import ArticleEditor
from editor_app.ui.main_window import MainWindow

BODY = "Lead paragraph.\n\n## First part\n\n" + "Filler line.\n\n" * 200 + "## Second part\n\nMore.\n"


def open_new(qtbot, window: MainWindow, body: str) -> ArticleEditor:
    article = window.desk.articles.create("Outline", body=body)
    window.open_article(article.id)
    qtbot.waitUntil(lambda: window.editor_for(article.id) is not None, timeout=5000)
    editor = window.editor_for(article.id)
    assert editor is not None
    return editor


def outline_texts(editor: ArticleEditor) -> list[str]:
    return [editor.outline.item(i).text().strip() for i in range(editor.outline.count())]


def test_outline_lists_headings_and_a_click_jumps(qtbot, make_window) -> None:
    window = make_window()
    editor = open_new(qtbot, window, BODY)
    assert editor.outline.isVisible()
    assert outline_texts(editor) == ["First part", "Second part"]
    item = editor.outline.item(1)
    where = editor.outline.visualItemRect(item).center()
    qtbot.mouseClick(editor.outline.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert editor.body.textCursor().block().text() == "## Second part"
    assert editor.body.hasFocus()
    first, last = editor.body.visible_blocks()
    assert first <= editor.body.textCursor().blockNumber() <= last  # scrolled to it


def test_outline_follows_heading_edits(qtbot, make_window) -> None:
    window = make_window()
    editor = open_new(qtbot, window, BODY)
    cursor = editor.body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.body.setTextCursor(cursor)
    editor.body.setFocus()
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body, "### Reaction")
    qtbot.waitUntil(lambda: outline_texts(editor) == ["First part", "Second part", "Reaction"], timeout=3000)
    assert editor.outline.item(2).text().startswith("    ")  # indented under level 2
    editor.body.setPlainText("No headings now.")
    qtbot.waitUntil(lambda: editor.outline.count() == 1 and editor.outline.item(0).flags() == Qt.ItemFlag.NoItemFlags,
                    timeout=3000)


def test_outline_can_be_hidden(qtbot, make_window) -> None:
    window = make_window()
    editor = open_new(qtbot, window, BODY)
    window.actions["toggle_outline"].trigger()
    assert not editor.outline.isVisible()
    window.save_layout()
    assert window.settings.value("view/toggle_outline", type=bool) is False


def test_focus_mode_shows_the_editor_alone_full_screen(qtbot, make_window) -> None:
    window = make_window()
    editor = open_new(qtbot, window, BODY)
    chrome = [window.navigator, window.list_panel, window.preview, window.menuBar(), window.statusBar(),
              window.tabs.tabBar(), editor.meta_scroll, editor.outline]
    assert all(w.isVisible() for w in chrome)
    qtbot.keyClick(editor.body, Qt.Key.Key_F11)
    assert window.focus_mode.active
    assert window.isFullScreen()
    assert not any(w.isVisible() for w in chrome)
    assert editor.body.isVisible() and editor.body.hasFocus()
    assert window.actions["focus_mode"].isChecked()
    qtbot.keyClicks(editor.body, "typing works")  # still the editor
    qtbot.keyClick(editor.body, Qt.Key.Key_Escape)
    assert not window.focus_mode.active
    assert not window.isFullScreen()
    assert all(w.isVisible() for w in chrome)
    assert not window.actions["focus_mode"].isChecked()
    # the shortcut toggles both ways, and Esc outside focus mode does nothing
    qtbot.keyClick(editor.body, Qt.Key.Key_F11)
    qtbot.keyClick(editor.body, Qt.Key.Key_F11)
    assert not window.focus_mode.active and window.navigator.isVisible()
    qtbot.keyClick(editor.body, Qt.Key.Key_Escape)
    assert window.navigator.isVisible()


def test_esc_in_the_find_bar_closes_it_and_stays_in_focus_mode(qtbot, make_window) -> None:
    window = make_window()
    editor = open_new(qtbot, window, BODY)
    window.focus_mode.enter()
    qtbot.keyClick(editor.body, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert editor.find_bar.isVisible()
    focused = QApplication.focusWidget()
    assert focused is not None and editor.find_bar.isAncestorOf(focused)
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    assert not editor.find_bar.isVisible()
    assert window.focus_mode.active and window.isFullScreen()
    qtbot.keyClick(editor.body, Qt.Key.Key_Escape)
    assert not window.focus_mode.active


def test_panels_hidden_before_focus_mode_stay_hidden_after(qtbot, make_window) -> None:
    window = make_window()
    editor = open_new(qtbot, window, BODY)
    window.actions["toggle_navigator"].trigger()
    assert not window.navigator.isVisible()
    window.focus_mode.enter()
    window.focus_mode.leave()
    assert not window.navigator.isVisible()
    assert window.preview.isVisible() and editor.outline.isVisible()
