"""Revision history: list, readable diff, restore; driven as a user would, checked against the store."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from editor_app.core.desk import Desk
from editor_app.core.domain import RevisionReason
from editor_app.ui.history import HistoryDialog
from editor_app.ui.history.dialog import NO_CHANGES
from editor_app.ui.history.inline_diff import DiffColours, highlight_pair, lines_to_html, parse_unified, tokens
from editor_app.ui.workers import Lane, store_lane

FIRST_BODY = "The council met on Monday.\n\nIt approved the budget."
SECOND_BODY = "The council met on Tuesday.\n\nIt approved the budget.\n\nThe mayor spoke."
JA_OLD = "選挙の結果は明日発表される。"
JA_NEW = "選挙の結果は本日発表された。"


@pytest.fixture
def history_lane(qtbot) -> Iterator[Lane]:
    lane = store_lane()
    yield lane
    lane.wait_idle()
    lane.shutdown()


@pytest.fixture
def article_id(desk: Desk) -> str:
    """An article with three revisions: created, then two manual saves."""
    art = desk.articles.create("Council budget", dek="Vote on Monday", body=FIRST_BODY, sections=["news"])
    desk.articles.update(art.id, body=SECOND_BODY)
    desk.articles.update(art.id, title="Council passes budget", body=SECOND_BODY + "\n\n" + JA_NEW)
    return art.id


def open_history(qtbot, desk: Desk, lane: Lane, article_id: str) -> HistoryDialog:
    dialog = HistoryDialog(desk, lane, article_id)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, dialog)
    return dialog


def settle(qtbot, dialog: HistoryDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def diff_text(dialog: HistoryDialog) -> str:
    return dialog.diff_view.toPlainText()


def test_lists_revisions_newest_first_in_local_time(
    qtbot, desk: Desk, history_lane: Lane, article_id: str, monkeypatch
) -> None:
    monkeypatch.setenv("TZ", "Asia/Seoul")
    time.tzset()
    try:
        dialog = open_history(qtbot, desk, history_lane, article_id)
        infos = desk.revisions.list(article_id)
        assert [r.id for r in dialog.revisions()] == [r.id for r in infos]
        assert len(infos) == 3
        first = dialog.revision_list.topLevelItem(0)
        expected = infos[0].created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        assert first.text(0) == expected
        utc_hour = infos[0].created_at.hour
        assert int(expected[11:13]) == (utc_hour + 9) % 24  # shown in the user's zone, not UTC
        assert first.text(1) == "Saved"
        oldest = dialog.revision_list.topLevelItem(2)
        assert oldest.text(1) == "Created"
        assert oldest.text(2) == f"{infos[2].word_count} words"  # says what it counts, as the list does
        newest = infos[0]  # holds Japanese too: its characters are counted apart from the words
        assert first.text(2) == f"{newest.word_count - newest.cjk_chars} words + {newest.cjk_chars} characters"
        assert newest.cjk_chars > 0
        assert dialog.windowTitle() == "History of “Council passes budget”"
        assert dialog.revision_list.accessibleName() == "Revisions"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_newest_revision_matches_the_current_text(qtbot, desk: Desk, history_lane: Lane, article_id: str) -> None:
    dialog = open_history(qtbot, desk, history_lane, article_id)
    assert dialog.selected_revision().id == dialog.revisions()[0].id
    assert diff_text(dialog) == NO_CHANGES


def test_diff_of_an_older_revision_shows_removed_and_added_lines(
    qtbot, desk: Desk, history_lane: Lane, article_id: str
) -> None:
    dialog = open_history(qtbot, desk, history_lane, article_id)
    oldest = dialog.revision_list.topLevelItem(2)
    rect = dialog.revision_list.visualItemRect(oldest)
    qtbot.mouseClick(dialog.revision_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, dialog)
    assert dialog.selected_revision().reason is RevisionReason.CREATED
    shown = diff_text(dialog).splitlines()
    assert "− # Council budget" in shown
    assert "+ # Council passes budget" in shown
    assert "− The council met on Monday." in shown
    assert "+ The council met on Tuesday." in shown
    assert "+ The mayor spoke." in shown
    assert f"+ {JA_NEW}" in shown
    assert any("It approved the budget." in line and not line.startswith(("−", "+")) for line in shown)
    assert "Changes since the revision of" in dialog.diff_caption.text()


def test_restore_puts_the_revision_text_back_in_the_store(
    qtbot, desk: Desk, history_lane: Lane, article_id: str
) -> None:
    dialog = open_history(qtbot, desk, history_lane, article_id)
    oldest = dialog.revisions()[-1]
    dialog.select_revision(oldest.id)
    settle(qtbot, dialog)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    assert "current text stays in the history" in box.informativeText()
    with qtbot.waitSignal(dialog.restored, timeout=10_000) as signal:
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert signal.args == [article_id]
    settle(qtbot, dialog)

    article = desk.articles.get(article_id)
    assert (article.title, article.dek, article.body) == desk.revisions.text(article_id, oldest.id)
    assert article.body == FIRST_BODY and article.title == "Council budget"
    assert article.dirty  # queued for the site
    assert dialog.revisions()[0].reason is RevisionReason.RESTORE
    assert dialog.selected_revision().id == oldest.id  # the selection stays on what was restored
    assert diff_text(dialog) == NO_CHANGES
    assert "Restored the revision" in dialog.status.text()
    # Nothing was lost: the text before the restore is still in the history.
    texts = [desk.revisions.text(article_id, r.id)[2] for r in desk.revisions.list(article_id)]
    assert SECOND_BODY + "\n\n" + JA_NEW in texts


def test_cancelling_the_question_restores_nothing(qtbot, desk: Desk, history_lane: Lane, article_id: str) -> None:
    dialog = open_history(qtbot, desk, history_lane, article_id)
    dialog.select_revision(dialog.revisions()[-1].id)
    settle(qtbot, dialog)
    before = desk.articles.get(article_id)
    dialog.ask_restore()
    restored = []
    dialog.restored.connect(restored.append)
    qtbot.mouseClick(dialog.confirm_box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert dialog.confirm_box is None
    assert desk.articles.get(article_id).body == before.body
    assert not restored
    assert len(desk.revisions.list(article_id)) == 3


def test_unknown_article_shows_the_core_message(qtbot, desk: Desk, history_lane: Lane) -> None:
    dialog = open_history(qtbot, desk, history_lane, "00000000-0000-0000-0000-000000000000")
    assert "No article with id" in dialog.status.text()
    assert not dialog.restore_button.isEnabled()


# ---------------------------------------------------------------------------- the diff itself


def test_cjk_is_compared_by_character_and_latin_by_word() -> None:
    assert tokens("AI가 발표") == ["AI", "가", " ", "발", "표"]
    old, new = highlight_pair(JA_OLD, JA_NEW)
    assert [t for t, changed in old if changed] == ["明", "る"]
    assert [t for t, changed in new if changed] == ["本", "た"]
    old, new = highlight_pair("The council met on Monday.", "The council met on Tuesday.")
    assert [t for t, changed in new if changed] == ["Tuesday"]


def test_unlike_lines_are_not_highlighted_word_by_word() -> None:
    assert highlight_pair("완전히 다른 문장", "Something else entirely") is None


def test_html_marks_changed_words_and_escapes_text() -> None:
    diff = "--- a\n+++ b\n@@ -1,2 +1,2 @@\n-<b>선거</b> 결과를 발표\n+<b>선거</b> 결과가 발표\n same\n"
    lines = parse_unified(diff)
    assert [line.kind for line in lines] == ["removed", "added", "context"]
    colours = DiffColours("#000", "#fee", "#f99", "#efe", "#9f9", "#777")
    html_text = lines_to_html(lines, colours)
    assert "&lt;b&gt;" in html_text and "<b>" not in html_text
    assert 'line-through;">를</span>' in html_text
    assert 'underline;">가</span>' in html_text


def test_a_removed_markdown_rule_is_not_taken_for_a_header() -> None:
    diff = "--- revision 1\n+++ current\n@@ -1,3 +1,2 @@\n intro\n----\n+++ plus\n"
    kinds = [(line.kind, line.text) for line in parse_unified(diff)]
    assert kinds == [("context", "intro"), ("removed", "---"), ("added", "++ plus")]
