"""The editor: typing reaches the store and the preview; metadata, shortcuts, find/replace, paste."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from editor_app.core.domain import RevisionReason, Status
from editor_app.ui.editor.article_editor import ArticleEditor
from editor_app.ui.main_window import MainWindow


def open_demo(qtbot, window: MainWindow, article_id: str) -> ArticleEditor:
    window.open_article(article_id)
    qtbot.waitUntil(lambda: window.editor_for(article_id) is not None, timeout=5000)
    editor = window.editor_for(article_id)
    assert editor is not None
    return editor


def end_of_body(editor: ArticleEditor) -> None:
    cursor = editor.body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.body.setTextCursor(cursor)
    editor.body.setFocus()


def preview_text(page_eval, window: MainWindow) -> str:
    return str(page_eval(window.preview.view, "document.body ? document.body.innerText : ''"))


def test_typing_reaches_the_store_and_the_preview(qtbot, main_window, demo_ids, page_eval, type_text) -> None:
    desk = main_window.desk
    article_id = demo_ids[0]
    editor = open_demo(qtbot, main_window, article_id)
    end_of_body(editor)
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    qtbot.keyClick(editor.body, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body, "Late update: the council will meet again on Friday.")
    type_text(editor.body, " 金曜日に再開。")

    qtbot.waitUntil(lambda: desk.articles.get(article_id).body.endswith("again on Friday. 金曜日に再開。"),
                    timeout=4000)  # the store has it within two seconds of the last key, plus slack
    qtbot.waitUntil(lambda: "金曜日に再開。" in preview_text(page_eval, main_window), timeout=5000)
    assert main_window.save_label.text() == "All changes saved"
    assert not main_window.journal.entries()  # the recovery file goes once the save has landed


def test_headline_and_metadata_edits_are_saved(qtbot, main_window, demo_ids, page_eval, type_text) -> None:
    desk = main_window.desk
    article_id = demo_ids[2]  # en-cup-final-upset
    editor = open_demo(qtbot, main_window, article_id)
    m = editor.metadata
    m.headline.selectAll()
    qtbot.keyClicks(m.headline, "Rovers reach the final")
    m.byline.selectAll()
    qtbot.keyClicks(m.byline, "Sports desk")
    m.tags.end(False)
    qtbot.keyClicks(m.tags, ", rovers")
    m.section.setCurrentIndex(m.section.findData("news"))
    m.section.activated.emit(m.section.currentIndex())
    m.lang.setCurrentIndex(m.lang.findData("en"))
    m.status.setCurrentIndex(m.status.findData(Status.PENDING))
    m.status.activated.emit(m.status.currentIndex())

    def saved() -> bool:
        art = desk.articles.get(article_id)
        return (art.title == "Rovers reach the final" and art.byline == "Sports desk" and "rovers" in art.tags
                and art.primary_section == "news" and art.status is Status.PENDING)

    qtbot.waitUntil(saved, timeout=5000)
    assert main_window.tabs.tabText(main_window.tabs.currentIndex()) == "Rovers reach the final"
    qtbot.waitUntil(lambda: "Rovers reach the final" in preview_text(page_eval, main_window), timeout=5000)


def test_an_emptied_headline_does_not_block_saving_the_body(qtbot, main_window, demo_ids) -> None:
    desk = main_window.desk
    editor = open_demo(qtbot, main_window, demo_ids[3])
    old_title = desk.articles.get(demo_ids[3]).title
    editor.metadata.headline.selectAll()
    qtbot.keyClick(editor.metadata.headline, Qt.Key.Key_Delete)
    end_of_body(editor)
    qtbot.keyClicks(editor.body, " Extra line.")
    qtbot.waitUntil(lambda: desk.articles.get(demo_ids[3]).body.endswith("Extra line."), timeout=5000)
    assert desk.articles.get(demo_ids[3]).title == old_title


def test_tag_completion_offers_known_tags(qtbot, main_window, demo_ids) -> None:
    editor = open_demo(qtbot, main_window, demo_ids[0])
    assert "climate" in editor.metadata.known_tags() and "台風" in editor.metadata.known_tags()
    tags = editor.metadata.tags
    tags.setFocus()
    tags.end(False)
    qtbot.keyClicks(tags, ", infra")
    completer = tags.completer()
    assert completer.completionModel().rowCount() == 1  # matched on the tag being typed only
    assert completer.currentIndex().data() == "infrastructure"
    # accepting it keeps the tags typed before
    assert completer.currentCompletion() == "energy, jobs, manufacturing, infrastructure, "


def test_formatting_shortcuts(qtbot, main_window, demo_ids) -> None:
    editor = open_demo(qtbot, main_window, demo_ids[0])
    body = editor.body
    body.setPlainText("alpha beta\nsecond line")
    body.setFocus()
    cursor = body.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(5, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText().startswith("**alpha** beta")
    qtbot.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # again: unwraps
    assert body.toPlainText().startswith("alpha beta")
    qtbot.keyClick(body, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText().startswith("*alpha* beta")
    qtbot.keyClick(body, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText().startswith("## *alpha* beta")
    qtbot.keyClick(body, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # same level: back to text
    assert body.toPlainText().startswith("*alpha* beta")

    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    qtbot.keyClick(body, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert body.toPlainText().endswith("[second line](https://)")
    assert body.textCursor().selectedText() == "https://"  # ready to type the address
    qtbot.keyClicks(body, "https://example.org")
    assert body.toPlainText().endswith("[second line](https://example.org)")
    main_window.actions["quote"].trigger()
    assert body.toPlainText().endswith("> [second line](https://example.org)")


def test_find_and_replace(qtbot, main_window, demo_ids) -> None:
    editor = open_demo(qtbot, main_window, demo_ids[0])
    body = editor.body
    body.setPlainText("The wall. The wall is high. the end.")
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = editor.find_bar
    assert bar.isVisible() and bar.find_field.hasFocus()
    qtbot.keyClicks(bar.find_field, "wall")
    assert body.textCursor().selectedText() == "wall"
    bar.replace_field.setText("sea wall")
    assert bar.replace_all() == 2
    assert body.toPlainText() == "The sea wall. The sea wall is high. the end."
    body.undo()  # one undo step for the whole replacement
    assert body.toPlainText() == "The wall. The wall is high. the end."
    bar.find_field.setText("the")
    bar.case.setChecked(True)
    bar.replace_field.setText("THE")
    bar.replace_all()
    assert body.toPlainText() == "The wall. The wall is high. THE end."
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_pasting_rich_text_gives_clean_markdown(qtbot, main_window, demo_ids) -> None:
    editor = open_demo(qtbot, main_window, demo_ids[0])
    body = editor.body
    body.clear()
    body.setFocus()
    mime = QMimeData()
    mime.setHtml(
        '<html><head><style>.x{color:red}</style></head><body><!--StartFragment-->'
        '<h2 class="MsoHeading2">Vote <span style="font-weight:700">tonight</span></h2>'
        '<p class="MsoNormal" style="margin:0">Read <a href="https://example.org/a" onclick="x()">the plan</a>'
        '<o:p></o:p></p><ul><li>one</li><li><i>two</i></li></ul><script>alert(1)</script>'
        '<!--EndFragment--></body></html>'
    )
    mime.setText("fallback plain text")
    clipboard = QApplication.clipboard()
    clipboard.setMimeData(mime)  # the clipboard owns it from here on
    try:
        qtbot.keyClick(body, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    finally:
        # Empty the clipboard now: left for the application's own teardown, the owned data was
        # freed twice and the test process crashed at exit.
        clipboard.clear()
    text = body.toPlainText()
    assert text.startswith("## Vote **tonight**")
    assert "Read [the plan](https://example.org/a)" in text
    assert "- one" in text.replace("-   ", "- ") and "*two*" in text
    for junk in ("<", "Mso", "alert", "style", "onclick", "fallback"):
        assert junk not in text


def test_status_bar_shows_words_and_reading_time(qtbot, main_window, demo_ids) -> None:
    open_demo(qtbot, main_window, demo_ids[0])  # English
    qtbot.waitUntil(lambda: "words" in main_window.stats_label.text(), timeout=5000)
    assert "min read" in main_window.stats_label.text()
    ja = next(i for i in demo_ids if main_window.desk.articles.get(i).lang == "ja")
    open_demo(qtbot, main_window, ja)
    qtbot.waitUntil(lambda: "characters" in main_window.stats_label.text(), timeout=5000)


def test_ctrl_s_records_a_save_point(qtbot, main_window, demo_ids) -> None:
    """Ctrl+S right after typing: the typed text is the save point, not an autosave."""
    desk = main_window.desk
    editor = open_demo(qtbot, main_window, demo_ids[0])
    end_of_body(editor)
    qtbot.keyClicks(editor.body, " One more sentence.")
    qtbot.keyClick(editor.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "history" in main_window.statusBar().currentMessage(), timeout=5000)
    history = desk.revisions.list(demo_ids[0])
    assert history[0].reason is RevisionReason.MANUAL
    assert desk.revisions.text(demo_ids[0], history[0].id)[2].endswith("One more sentence.")
    assert RevisionReason.AUTOSAVE not in {r.reason for r in history}
    assert main_window.statusBar().currentMessage() == "Save point recorded in the history."


def test_ctrl_s_while_an_autosave_is_on_its_way_holds_the_text_typed_since(qtbot, main_window, demo_ids) -> None:
    desk = main_window.desk
    editor = open_demo(qtbot, main_window, demo_ids[0])
    end_of_body(editor)
    qtbot.keyClicks(editor.body, " First part.")
    main_window.lane.submit(qtbot.wait, 300)  # the store lane is busy a moment, as with a slow disk
    editor.autosave.flush()  # the autosave timer fires: this save is now in flight
    assert editor.autosave.dirty
    qtbot.keyClicks(editor.body, " Second part.")
    qtbot.keyClick(editor.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "history" in main_window.statusBar().currentMessage(), timeout=5000)
    newest = desk.revisions.list(demo_ids[0])[0]
    assert newest.reason is RevisionReason.MANUAL
    assert desk.revisions.text(demo_ids[0], newest.id)[2].endswith("First part. Second part.")
    assert main_window.statusBar().currentMessage() == "Save point recorded in the history."


def test_ctrl_s_after_an_autosave_landed_still_marks_a_save_point(qtbot, main_window, demo_ids) -> None:
    desk = main_window.desk
    editor = open_demo(qtbot, main_window, demo_ids[0])
    end_of_body(editor)
    qtbot.keyClicks(editor.body, " Waited a moment.")
    assert editor.autosave.wait_saved()
    assert desk.revisions.list(demo_ids[0])[0].reason is RevisionReason.AUTOSAVE
    qtbot.keyClick(editor.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "history" in main_window.statusBar().currentMessage(), timeout=5000)
    newest = desk.revisions.list(demo_ids[0])[0]
    assert newest.reason is RevisionReason.MANUAL
    assert desk.revisions.text(demo_ids[0], newest.id)[2].endswith("Waited a moment.")


def test_new_article_and_tabs(qtbot, main_window) -> None:
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main_window.tabs.count() == 1, timeout=5000)
    editor = main_window.current_editor()
    assert editor.metadata.headline.hasFocus() and editor.metadata.headline.selectedText() == "Untitled article"
    qtbot.keyClicks(editor.metadata.headline, "Breaking: power cut downtown")
    qtbot.waitUntil(lambda: main_window.desk.articles.get(editor.article_id).title == "Breaking: power cut downtown",
                    timeout=5000)
    qtbot.keyClick(main_window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert main_window.tabs.count() == 0 and main_window.empty_hint.isVisible()


def test_every_action_is_in_a_menu_with_the_standard_shortcuts(main_window) -> None:
    in_menus = {a for menu_action in main_window.menuBar().actions() for a in menu_action.menu().actions()}
    assert set(main_window.actions.values()) <= in_menus
    shortcut = {k: a.shortcut().toString() for k, a in main_window.actions.items()}
    assert shortcut["new"] == "Ctrl+N" and shortcut["save"] == "Ctrl+S" and shortcut["find"] == "Ctrl+F"
    assert shortcut["close_tab"] == "Ctrl+W" and shortcut["quit"] == "Ctrl+Q"
    assert shortcut["bold"] == "Ctrl+B" and shortcut["italic"] == "Ctrl+I" and shortcut["link"] == "Ctrl+K"
    for widget in (main_window.navigator, main_window.list_panel.table, main_window.list_panel.search,
                   main_window.preview.view):
        assert widget.accessibleName()


def test_featured_image_is_stored_and_previewed(qtbot, main_window, demo_ids, page_eval, tmp_path) -> None:
    png = bytes.fromhex(
        "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f00"
        "05000201a5f0e1d90000000049454e44ae426082"
    )
    image = tmp_path / "harbour.png"
    image.write_bytes(png)
    editor = open_demo(qtbot, main_window, demo_ids[0])
    m = editor.metadata
    m.featured_alt.setText("The harbour at dawn")
    m.featured_caption.setText("Waves over the old sea wall")
    m.featured_url.setText(str(image))  # as the file chooser sets it
    m.edited.emit()
    qtbot.waitUntil(lambda: main_window.desk.media.featured(demo_ids[0]) is not None, timeout=5000)
    stored = main_window.desk.media.featured(demo_ids[0])
    assert stored.alt == "The harbour at dawn" and stored.path.read_bytes() == png
    view = main_window.preview.view
    qtbot.waitUntil(lambda: page_eval(view, "document.querySelector('.featured-image img') ? "
                                            "document.querySelector('.featured-image img').naturalWidth : 0") == 1,
                    timeout=8000)
    assert "Waves over the old sea wall" in str(page_eval(view, "document.body.innerText"))
