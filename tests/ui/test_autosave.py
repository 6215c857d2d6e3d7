"""Autosave and recovery: close with unsaved text, tab switches, continuous typing, the journal."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from editor_app.core.desk import Desk
from editor_app.ui.editor.autosave import RecoveryJournal


def open_in(qtbot, window, article_id: str):
    window.open_article(article_id)
    qtbot.waitUntil(lambda: window.editor_for(article_id) is not None, timeout=5000)
    editor = window.editor_for(article_id)
    cursor = editor.body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.body.setTextCursor(cursor)
    editor.body.setFocus()
    return editor


def test_closing_with_unsaved_text_keeps_it_for_the_next_start(qtbot, desk: Desk, make_window, demo_ids) -> None:
    first = make_window()
    editor = open_in(qtbot, first, demo_ids[1])
    qtbot.keyClicks(editor.body, " Typed just before closing.")
    assert editor.autosave.dirty  # the debounce has not fired yet
    first.close()  # close right away: the save happens on close
    assert desk.articles.get(demo_ids[1]).body.endswith("Typed just before closing.")

    second = make_window()  # reopening brings the tab back with the text
    qtbot.waitUntil(lambda: second.editor_for(demo_ids[1]) is not None, timeout=5000)
    assert second.editor_for(demo_ids[1]).body.toPlainText().endswith("Typed just before closing.")
    assert not second.banner.notices


def test_splitter_sizes_are_remembered(qtbot, make_window, demo_ids) -> None:
    first = make_window()
    first.main_splitter.setSizes([120, 500, 780])
    first.workspace.setSizes([500, 280])
    wanted_main, wanted_work = first.main_splitter.sizes(), first.workspace.sizes()
    first.close()
    second = make_window()
    assert second.main_splitter.sizes() == wanted_main
    assert second.workspace.sizes() == wanted_work
    assert first.settings.fileName() == str(first.desk.paths.settings_file)  # the desk's own ini file


def test_switching_tabs_saves_the_article_left_behind(qtbot, main_window, demo_ids) -> None:
    a = open_in(qtbot, main_window, demo_ids[0])
    open_in(qtbot, main_window, demo_ids[1])
    main_window.tabs.setCurrentWidget(a)
    qtbot.keyClicks(a.body, " Switched away.")
    main_window.tabs.setCurrentIndex(1)
    assert not a.autosave._debounce.isActive()  # saved now, not after the pause
    main_window.lane.wait_idle()
    assert main_window.desk.articles.get(demo_ids[0]).body.endswith("Switched away.")


def test_continuous_typing_is_saved_within_two_seconds(qtbot, main_window, demo_ids) -> None:
    desk = main_window.desk
    editor = open_in(qtbot, main_window, demo_ids[0])
    start = time.monotonic()
    landed_while_typing = False
    while time.monotonic() - start < 3.0:  # never pausing long enough for the debounce
        qtbot.keyClicks(editor.body, "x")
        qtbot.wait(100)
        if "xxxxx" in desk.articles.get(demo_ids[0]).body:
            landed_while_typing = True
    assert landed_while_typing


def test_a_recovery_file_newer_than_the_store_is_offered(qtbot, desk: Desk, make_window, demo_ids) -> None:
    article = desk.articles.get(demo_ids[0])
    journal = RecoveryJournal(desk.paths.data_dir / "recovery")
    journal.write(article.id, 1, {"title": article.title, "body": article.body + "\n\nLost paragraph."})
    window = make_window()
    qtbot.waitUntil(lambda: len(window.banner.notices) == 1, timeout=5000)
    notice = window.banner.notices[0]
    assert window.banner.isVisible() and "reached the store" in notice.label.text()
    qtbot.mouseClick(notice.buttons["Recover"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.articles.get(article.id).body.endswith("Lost paragraph."), timeout=5000)
    qtbot.waitUntil(lambda: window.editor_for(article.id) is not None, timeout=5000)
    assert window.editor_for(article.id).body.toPlainText().endswith("Lost paragraph.")
    assert not journal.entries() and not window.banner.notices


def test_recovery_file_can_be_discarded(qtbot, desk: Desk, make_window, demo_ids) -> None:
    article = desk.articles.get(demo_ids[0])
    journal = RecoveryJournal(desk.paths.data_dir / "recovery")
    journal.write(article.id, 1, {"body": "Something else"})
    window = make_window()
    qtbot.waitUntil(lambda: len(window.banner.notices) == 1, timeout=5000)
    qtbot.mouseClick(window.banner.notices[0].buttons["Discard"], Qt.MouseButton.LeftButton)
    assert not journal.entries() and desk.articles.get(article.id).body == article.body


def test_a_recovery_file_matching_the_store_is_removed_silently(qtbot, desk: Desk, make_window, demo_ids) -> None:
    article = desk.articles.get(demo_ids[0])
    journal = RecoveryJournal(desk.paths.data_dir / "recovery")
    journal.write(article.id, 1, {"title": article.title, "body": article.body})
    window = make_window()
    qtbot.waitUntil(lambda: not journal.entries(), timeout=5000)
    assert not window.banner.notices


def test_an_unreadable_recovery_file_is_reported_and_kept(qtbot, desk: Desk, make_window) -> None:
    folder = desk.paths.data_dir / "recovery"
    folder.mkdir(parents=True, exist_ok=True)
    broken = folder / "0b7c2c58-0000-4000-8000-000000000000.json"
    broken.write_text('{"article_id": "0b7c', encoding="utf-8")
    window = make_window()
    assert len(window.banner.notices) == 1
    text = window.banner.notices[0].label.text()
    assert "could not be read" in text and str(broken) in text and "not recovered" in text
    assert broken.exists()


def test_text_of_a_deleted_article_can_be_saved_as_new(qtbot, desk: Desk, make_window) -> None:
    journal = RecoveryJournal(desk.paths.data_dir / "recovery")
    journal.write("5d1f0f4e-1111-4222-8333-444455556666", 3,
                  {"title": "Gone story", "body": "Its last words.", "lang": "en"})
    window = make_window()
    qtbot.waitUntil(lambda: len(window.banner.notices) == 1, timeout=5000)
    notice = window.banner.notices[0]
    assert "no longer on this desk" in notice.label.text()
    qtbot.mouseClick(notice.buttons["Save as new article"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_editor() is not None, timeout=5000)
    assert window.current_editor().body.toPlainText() == "Its last words."
    assert not journal.entries()


def test_a_failing_save_keeps_the_recovery_file(qtbot, main_window, demo_ids, monkeypatch) -> None:
    desk = main_window.desk
    editor = open_in(qtbot, main_window, demo_ids[0])

    def refuse(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(desk.articles, "update", refuse)  # the one door every autosave goes through
    qtbot.keyClicks(editor.body, " Cannot be stored.")
    editor.autosave.flush()
    qtbot.waitUntil(lambda: editor.autosave.last_error is not None, timeout=5000)
    assert main_window.save_label.text() == "Not saved — will retry"
    entries = main_window.journal.entries()
    assert len(entries) == 1 and entries[0].fields["body"].endswith("Cannot be stored.")
    monkeypatch.undo()
    editor.autosave.flush()
    qtbot.waitUntil(lambda: desk.articles.get(demo_ids[0]).body.endswith("Cannot be stored."), timeout=5000)
    qtbot.waitUntil(lambda: not main_window.journal.entries(), timeout=5000)
