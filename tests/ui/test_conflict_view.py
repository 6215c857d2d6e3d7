"""The three-way conflict view: what it shows, and the decision it reports."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from editor_app.ui.conflicts import ConflictView
from editor_app.ui.conflicts.compare import ADDED, CHANGED, CONFLICT, SAME, three_way

BASE = {
    "title": "Council budget",
    "dek": "Vote on Monday",
    "body": "The council met on Monday.\n\nIt approved the budget.\n\n選挙の結果は明日発表される。\n\nClosing line.",
}
MINE = {
    "title": "Council budget",
    "dek": "Vote on Tuesday",
    "body": "The council met on Tuesday.\n\nIt approved the budget.\n\n選挙の結果は本日発表された。\n\nClosing line.",
}
THEIRS = {
    "title": "Council passes budget",
    "dek": "Vote on Monday",
    "body": "The council met on Monday.\n\nIt approved the whole budget.\n\n選挙の結果は明日発表された。\n\n"
    "Closing line.\n\nAn editor's note.",
}


@pytest.fixture
def view(qtbot) -> ConflictView:
    widget = ConflictView(BASE, MINE, THEIRS)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_shows_the_three_texts_side_by_side(view: ConflictView) -> None:
    assert "The council met on Monday." in view.body_views["base"].toPlainText()
    assert "The council met on Tuesday." in view.body_views["mine"].toPlainText()
    assert "An editor's note." in view.body_views["theirs"].toPlainText()
    assert view.comparisons["title"].theirs[0].text == "Council passes budget"
    assert "passes </span>budget" in view.title_labels["theirs"].text()  # the added word is marked
    assert "1 line changed on both sides" in view.summary.text()
    assert view.body_views["mine"].accessibleName() == "Mine (this computer): body"


def test_differences_are_marked_against_the_base(view: ConflictView) -> None:
    body = view.comparisons["body"]
    by_text = {line.text: line.kind for line in body.mine}
    assert by_text["The council met on Tuesday."] == CHANGED
    assert by_text["It approved the budget."] == SAME
    assert by_text["選挙の結果は本日発表された。"] == CONFLICT  # theirs changed that sentence too
    theirs = {line.text: line.kind for line in body.theirs}
    assert theirs["An editor's note."] == ADDED
    assert theirs["It approved the whole budget."] == CHANGED
    base = {line.text: line.kind for line in body.base}
    assert base["Closing line."] == SAME
    assert base["選挙の結果は明日発表される。"] == CONFLICT
    # The changed characters, not whole lines, are marked in Japanese.
    clash = next(line for line in body.mine if line.kind == CONFLICT)
    assert [t for t, changed in clash.segments if changed] == ["本", "た"]
    # Line markers give a cue beyond colour.
    shown = view.body_views["mine"].toPlainText().splitlines()
    assert "! 選挙の結果は本日発表された。" in shown
    assert "~ The council met on Tuesday." in shown


def test_keep_mine(qtbot, view: ConflictView) -> None:
    with qtbot.waitSignal(view.resolved) as signal:
        qtbot.mouseClick(view.keep_mine_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["mine", None]
    assert view.result() == QDialog.DialogCode.Accepted


def test_keep_theirs(qtbot, view: ConflictView) -> None:
    with qtbot.waitSignal(view.resolved) as signal:
        qtbot.mouseClick(view.keep_theirs_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["theirs", None]


def test_merge_pane_starts_as_mine_and_reports_the_edited_text(qtbot, view: ConflictView) -> None:
    assert view.merge_title.text() == MINE["title"]
    assert view.merge_dek.text() == MINE["dek"]
    assert view.merge_body.toPlainText() == MINE["body"]
    view.merge_title.clear()
    qtbot.keyClicks(view.merge_title, "Council passes budget")
    view.merge_body.moveCursor(view.merge_body.textCursor().MoveOperation.End)
    qtbot.keyClick(view.merge_body, Qt.Key.Key_Return)
    qtbot.keyClick(view.merge_body, Qt.Key.Key_Return)
    qtbot.keyClicks(view.merge_body, "An editor's note.")
    with qtbot.waitSignal(view.resolved) as signal:
        qtbot.mouseClick(view.use_merged_button, Qt.MouseButton.LeftButton)
    choice, merged = signal.args
    assert choice == "merged"
    assert merged == {
        "title": "Council passes budget",
        "dek": "Vote on Tuesday",
        "body": MINE["body"] + "\n\nAn editor's note.",
    }


def test_merge_pane_can_start_from_theirs(qtbot, view: ConflictView) -> None:
    qtbot.mouseClick(view.from_theirs_button, Qt.MouseButton.LeftButton)
    assert view.merged() == THEIRS
    qtbot.mouseClick(view.from_mine_button, Qt.MouseButton.LeftButton)
    assert view.merged() == MINE


def test_a_merge_without_a_headline_cannot_be_used(qtbot, view: ConflictView) -> None:
    emitted = []
    view.resolved.connect(lambda *args: emitted.append(args))
    view.merge_title.clear()
    assert not view.use_merged_button.isEnabled()
    view._finish("merged")
    assert not emitted and view.isVisible()


def test_decide_later_reports_nothing(qtbot, view: ConflictView) -> None:
    emitted = []
    view.resolved.connect(lambda *args: emitted.append(args))
    qtbot.mouseClick(view.later_button, Qt.MouseButton.LeftButton)
    assert not emitted
    assert view.result() == QDialog.DialogCode.Rejected


def test_missing_fields_and_empty_texts_are_shown_as_empty(qtbot) -> None:
    view = ConflictView({"title": "A"}, {"title": "A", "body": "new"}, {"title": "B", "dek": None, "body": ""})
    qtbot.addWidget(view)
    assert view.dek_labels["base"].text() == "—"
    assert view.merged() == {"title": "A", "dek": "", "body": "new"}


def test_an_insert_beside_a_line_the_other_side_edited_is_a_conflict() -> None:
    result = three_way("a\nb\nc", "a\nB\nc", "a\nb\nnew\nc")
    assert [line.kind for line in result.mine] == [SAME, CONFLICT, SAME]
    assert [line.kind for line in result.theirs] == [SAME, SAME, CONFLICT, SAME]


def test_edits_far_apart_do_not_conflict() -> None:
    result = three_way("a\nb\nc\nd\ne", "A\nb\nc\nd\ne", "a\nb\nc\nd\nE")
    assert result.conflicts == 0
    assert [line.kind for line in result.base] == [CHANGED, SAME, SAME, SAME, CHANGED]
