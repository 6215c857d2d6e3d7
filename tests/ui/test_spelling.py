"""Spellcheck in the editor: misspellings marked as the journalist types, in the article's
language (English, Korean; Japanese unchecked), suggestions and Add to Dictionary in the
context menu, the personal word list kept across a restart."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCharFormat, QTextCursor

from editor_app.ui.editor.article_editor import ArticleEditor
from editor_app.ui.main_window import MainWindow

SPELL = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def marked_words(editor: ArticleEditor) -> list[str]:
    """The words the highlighter underlines as misspelled, in document order."""
    out = []
    block = editor.body.document().begin()
    while block.isValid():
        for fr in block.layout().formats():
            if fr.format.underlineStyle() == SPELL:
                out.append(block.text()[fr.start : fr.start + fr.length])
        block = block.next()
    return out


def open_new(qtbot, window: MainWindow, body: str, lang: str) -> ArticleEditor:
    article = window.desk.articles.create("Spelling", body=body, lang=lang)
    window.open_article(article.id)
    qtbot.waitUntil(lambda: window.editor_for(article.id) is not None, timeout=10000)
    editor = window.editor_for(article.id)
    assert editor is not None
    return editor


def type_at_end(qtbot, editor: ArticleEditor, text: str, type_text) -> None:
    cursor = editor.body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.body.setTextCursor(cursor)
    editor.body.setFocus()
    type_text(editor.body, text)


def point_at(editor: ArticleEditor, word: str) -> QPoint:
    cursor = editor.body.document().find(word)
    cursor.setPosition(cursor.selectionStart() + 1)
    return editor.body.cursorRect(cursor).center()


def test_english_misspellings_are_marked_as_typed(qtbot, make_window, type_text) -> None:
    window = make_window()
    editor = open_new(qtbot, window, "The council met.", "en")
    type_at_end(qtbot, editor, " Teh clerk recieved `teh codez` from https://exmaple.com", type_text)
    qtbot.waitUntil(lambda: marked_words(editor) == ["Teh", "recieved"], timeout=10000)
    # fixing the word removes its mark
    cursor = editor.body.document().find("recieved")
    cursor.insertText("received")
    qtbot.waitUntil(lambda: marked_words(editor) == ["Teh"], timeout=10000)


def test_a_korean_misspelling_is_marked(qtbot, make_window, type_text) -> None:
    window = make_window()
    editor = open_new(qtbot, window, "대통령이 연설했다.", "ko")
    type_at_end(qtbot, editor, " 대퉁령이 답했다.", type_text)
    qtbot.waitUntil(lambda: marked_words(editor) == ["대퉁령이"], timeout=8000)  # the Korean dictionary is big


def test_suggestions_in_the_context_menu_replace_the_word(qtbot, make_window) -> None:
    window = make_window()
    editor = open_new(qtbot, window, "The clerk recieved the letter.", "en")
    qtbot.waitUntil(lambda: marked_words(editor) == ["recieved"], timeout=10000)
    menu = editor.body.spelling_menu(point_at(editor, "recieved"))
    suggestions = [a for a in menu.actions() if a.objectName() == "spellingSuggestion"]
    assert "received" in [a.text() for a in suggestions]
    assert menu.actions()[0] is suggestions[0]  # suggestions come first, above Undo/Cut/Copy
    next(a for a in suggestions if a.text() == "received").trigger()
    assert editor.body.toPlainText() == "The clerk received the letter."
    qtbot.waitUntil(lambda: marked_words(editor) == [], timeout=10000)
    editor.body.undo()
    assert editor.body.toPlainText() == "The clerk recieved the letter."  # one undo step
    # a correct word has no spelling entries in its menu
    menu = editor.body.spelling_menu(point_at(editor, "letter"))
    assert not [a for a in menu.actions() if a.objectName() in ("spellingSuggestion", "addToDictionary")]


def test_add_to_dictionary_persists_across_a_restart(qtbot, make_window, qt_desk) -> None:
    window = make_window()
    editor = open_new(qtbot, window, "Striker Osei scored twice.", "en")
    qtbot.waitUntil(lambda: marked_words(editor) == ["Osei"], timeout=10000)
    menu = editor.body.spelling_menu(point_at(editor, "Osei"))
    add = next(a for a in menu.actions() if a.objectName() == "addToDictionary")
    assert "Osei" in add.text()
    add.trigger()
    qtbot.waitUntil(lambda: marked_words(editor) == [], timeout=10000)
    window.spelling.wait_idle()
    word_list = qt_desk.desk.paths.data_dir / "dictionary.txt"
    assert word_list.read_text(encoding="utf-8") == "Osei\n"
    article_id = editor.article_id
    window.close()

    again = make_window(reopen=False)
    again.open_article(article_id)
    qtbot.waitUntil(lambda: again.editor_for(article_id) is not None, timeout=10000)
    reopened = again.editor_for(article_id)
    type_at_end(qtbot, reopened, "", lambda *_: None)
    qtbot.keyClicks(reopened.body, " Osei again, and Bianchi")
    qtbot.waitUntil(lambda: marked_words(reopened) == ["Bianchi"], timeout=10000)


def test_japanese_articles_get_no_marks_and_no_errors(qtbot, make_window, type_text) -> None:
    window = make_window()
    notes: list[str] = []
    window.spelling.note.connect(notes.append)
    editor = open_new(qtbot, window, "東京都で会議が開かれた。", "ja")
    type_at_end(qtbot, editor, " Teh recieved 会議は続く。", type_text)
    qtbot.wait(300)
    window.spelling.wait_idle()
    assert editor.body.highlighter.spelling is None
    assert marked_words(editor) == []
    assert notes == []  # Japanese is simply not checked: nothing to report


def test_changing_the_language_rechecks_and_spellcheck_can_be_turned_off(qtbot, make_window) -> None:
    window = make_window()
    editor = open_new(qtbot, window, "Teh colour.", "en")
    qtbot.waitUntil(lambda: marked_words(editor) == ["Teh", "colour"], timeout=10000)
    window.spelling.configure(enabled=True, english="en_GB")
    qtbot.waitUntil(lambda: marked_words(editor) == ["Teh"], timeout=10000)
    i = editor.metadata.lang.findData("ja")
    editor.metadata.lang.setCurrentIndex(i)
    editor.metadata.lang.activated.emit(i)
    qtbot.waitUntil(lambda: marked_words(editor) == [], timeout=10000)
    editor.metadata.lang.setCurrentIndex(editor.metadata.lang.findData("en"))
    editor.metadata.lang.activated.emit(editor.metadata.lang.currentIndex())
    qtbot.waitUntil(lambda: marked_words(editor) == ["Teh"], timeout=10000)
    window.spelling.configure(enabled=False, english="en_GB")
    qtbot.waitUntil(lambda: marked_words(editor) == [], timeout=10000)


def test_a_long_article_is_checked_where_it_is_shown(qtbot, make_window) -> None:
    window = make_window()
    body = "\n\n".join(f"Paragraph {i} has a mispeled word." for i in range(2000))
    editor = open_new(qtbot, window, body, "en")
    qtbot.waitUntil(lambda: len(marked_words(editor)) > 0, timeout=10000)
    first_pass = len(marked_words(editor))
    assert first_pass < 200  # the screen and a margin, not all 2,000 paragraphs
    editor.body.verticalScrollBar().setValue(editor.body.verticalScrollBar().maximum())
    last = editor.body.document().lastBlock()
    qtbot.waitUntil(lambda: any(fr.format.underlineStyle() == SPELL for fr in last.layout().formats()),
                    timeout=3000)
    assert not editor.autosave.dirty  # marking spelling is not an edit


def test_missing_dictionary_is_reported_once(qtbot, make_window, monkeypatch, type_text) -> None:
    window = make_window()
    notes: list[str] = []
    window.spelling.note.connect(notes.append)
    speller = window.spelling.speller
    real_opener = speller._opener

    def no_korean(tag: str):  # as on a system without hunspell-ko
        if tag == "ko_KR":
            raise RuntimeError("No word lists can be found for the language")
        return real_opener(tag)

    monkeypatch.setattr(speller, "_opener", no_korean)
    first = open_new(qtbot, window, "대퉁령이 연설했다.", "ko")
    second = open_new(qtbot, window, "대퉁령이 답했다.", "ko")
    window.spelling.wait_idle()
    qtbot.wait(100)
    assert len(notes) == 1 and "Korean" in notes[0]
    assert marked_words(first) == marked_words(second) == []
    type_at_end(qtbot, second, " recieved", type_text)  # English words in it are still checked
    qtbot.waitUntil(lambda: marked_words(second) == ["recieved"], timeout=3000)


def test_the_desks_preferences_choose_what_is_checked(qtbot, make_window, qt_desk) -> None:
    from editor_app.core.preferences import Preferences

    desk = qt_desk.desk
    desk.preferences.save(Preferences(spellcheck_languages=("en_GB",)))
    window = make_window(reopen=False)
    english = open_new(qtbot, window, "Teh colour.", "en")
    qtbot.waitUntil(lambda: marked_words(english) == ["Teh"], timeout=10000)  # UK English
    korean = open_new(qtbot, window, "대퉁령이 연설했다.", "ko")
    assert korean.body.highlighter.spelling is None  # Korean not chosen: not checked
    window.close()

    desk.preferences.save(Preferences(spellcheck_enabled=False))
    off = make_window(reopen=False)
    editor = open_new(qtbot, off, "Teh recieved.", "en")
    qtbot.wait(300)
    assert editor.body.highlighter.spelling is None and marked_words(editor) == []
