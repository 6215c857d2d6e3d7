"""Undo steps follow typing runs: a run after a pause, or after a save point, is undone on its own."""

from __future__ import annotations

from PySide6.QtCore import Qt

from editor_app.ui.editor.text_edit import UNDO_RUN_GAP_S, MarkdownEdit


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def undo(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def make_editor(qtbot) -> tuple[MarkdownEdit, Clock]:
    editor = MarkdownEdit()
    qtbot.addWidget(editor)
    editor.show()
    editor.setFocus()
    clock = Clock()
    editor.clock = clock
    return editor, clock


def test_typing_runs_minutes_apart_are_undone_one_at_a_time(qtbot) -> None:
    editor, clock = make_editor(qtbot)
    qtbot.keyClicks(editor, "The council met.")
    clock.now += 180  # three minutes later the reporter adds a sentence
    qtbot.keyClicks(editor, " It voted.")
    assert editor.toPlainText() == "The council met. It voted."
    undo(qtbot, editor)
    assert editor.toPlainText() == "The council met."
    undo(qtbot, editor)
    assert editor.toPlainText() == ""


def test_a_short_pause_keeps_one_run(qtbot) -> None:
    editor, clock = make_editor(qtbot)
    qtbot.keyClicks(editor, "The council")
    clock.now += UNDO_RUN_GAP_S / 2
    qtbot.keyClicks(editor, " met.")
    undo(qtbot, editor)
    assert editor.toPlainText() == ""


def test_typing_after_ctrl_s_is_undone_apart_from_what_was_saved(qtbot, main_window, demo_ids) -> None:
    main_window.open_article(demo_ids[0])
    qtbot.waitUntil(lambda: main_window.current_editor() is not None, timeout=5000)
    editor = main_window.current_editor()
    body = editor.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    before = body.toPlainText()
    qtbot.keyClicks(body, " Saved words.")
    qtbot.keyClick(body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # no pause at all
    qtbot.keyClicks(body, " Later words.")
    undo(qtbot, body)
    assert body.toPlainText() == before + " Saved words."
    undo(qtbot, body)
    assert body.toPlainText() == before
    main_window.lane.wait_idle()
