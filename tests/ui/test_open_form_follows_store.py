"""An open article's form follows changes made elsewhere without losing what the user typed:
a tag merged in the manager, a revision restored, a sync or queue changing the article."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from prepublish_support import publish_anyway
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox

from editor_app.core.domain import RevisionReason, Status
from editor_app.core.services.syncing import sync_site
from editor_app.ui.articles.model import STATUS, WORDS
from editor_app.ui.editor.article_editor import ArticleEditor, merge_tags
from editor_app.ui.history import HistoryDialog
from editor_app.ui.main_window import MainWindow
from editor_app.ui.queue.dialog import PublishQueueDialog
from editor_app.ui.taxonomy import TaxonomyManager
from editor_app.ui.taxonomy.dialogs import MergeTagsDialog, TermNameDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "sync"))
from sync_fakes import PASSWORD, FakeCms  # noqa: E402 - the sync tests' in-memory CMS


def open_editor(qtbot, window: MainWindow, article_id: str) -> ArticleEditor:
    window.open_article(article_id)
    qtbot.waitUntil(lambda: window.editor_for(article_id) is not None, timeout=10_000)
    editor = window.editor_for(article_id)
    assert editor is not None
    return editor


def merge_in_manager(qtbot, window: MainWindow, source: str, target: str) -> None:
    """Merge a tag through the manager the Desk menu opens, as an editor would."""
    window.commands.show_taxonomy()
    manager = window.findChild(TaxonomyManager)
    assert manager is not None
    qtbot.waitUntil(lambda: not manager.busy and bool(manager.tag_model.terms()), timeout=10_000)
    manager.tabs.setCurrentIndex(1)
    manager.select_tags([t.id for t in manager.tag_model.terms() if t.name == source])
    manager.merge_tags()
    dialog = manager.active_dialog
    assert isinstance(dialog, MergeTagsDialog)
    index = next(i for i in range(dialog.target_combo.count()) if dialog.target_combo.itemText(i).strip() == target)
    dialog.target_combo.setCurrentIndex(index)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not manager.busy, timeout=10_000)
    manager.done(QDialog.DialogCode.Accepted)


def test_a_tag_merged_in_the_manager_reaches_the_open_form_and_typing_keeps_it(
    qtbot, make_window, qt_desk, type_text
) -> None:
    desk = qt_desk.desk
    article = desk.articles.create("Budget vote", body="The council met.", tags=["city council", "budget"])
    desk.articles.create("Other", tags=["council"])
    window = make_window()
    editor = open_editor(qtbot, window, article.id)
    assert editor.metadata.tags.text() == "budget, city council"

    merge_in_manager(qtbot, window, "city council", "council")
    qtbot.waitUntil(lambda: "city council" not in editor.metadata.tags.text(), timeout=10_000)
    assert editor.metadata.tags.text() == "budget, council"

    # The user now types in the Tags field: the merged tag must not come back, nor "council" go.
    editor.metadata.tags.setFocus()
    editor.metadata.tags.end(False)
    type_text(editor.metadata.tags, ", levee")
    assert editor.autosave.wait_saved(10_000)
    stored = desk.articles.get(article.id)
    assert sorted(stored.tags) == ["budget", "council", "levee"]
    assert "city council" not in {t.name for t in desk.terms.tags()}


def test_what_the_user_typed_survives_a_change_made_elsewhere(qtbot, make_window, qt_desk, type_text) -> None:
    desk = qt_desk.desk
    article = desk.articles.create("Levee report", body="First paragraph.", tags=["flood"])
    window = make_window()
    editor = open_editor(qtbot, window, article.id)
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    type_text(editor.body, " Typed now.")
    type_text(editor.metadata.byline, "Kim Ji-woo")
    # Elsewhere (the queue, a pull) the status and the tags change in the store.
    desk.articles.update(article.id, status=Status.PENDING, tags=["flood", "levee"])
    window.refresh_open_articles({article.id})
    qtbot.waitUntil(lambda: editor.metadata.status.currentData() == Status.PENDING, timeout=10_000)
    assert editor.body.toPlainText() == "First paragraph. Typed now."
    assert editor.metadata.byline.text() == "Kim Ji-woo"
    assert editor.metadata.tags.text() == "flood, levee"
    assert editor.autosave.wait_saved(10_000)
    stored = desk.articles.get(article.id)
    assert stored.body == "First paragraph. Typed now."
    assert stored.byline == "Kim Ji-woo"
    assert stored.status == Status.PENDING and list(stored.tags) == ["flood", "levee"]


def list_words(window: MainWindow, article_id: str) -> str:
    model = window.list_panel.model
    return str(model.index(model.row_of(article_id), WORDS).data())


def status_length(window: MainWindow) -> str:
    """The status bar's length of the open article, without its reading time."""
    return window.stats_label.text().split(" · ")[0]


def restore_in_history(qtbot, window: MainWindow, revision_row: int) -> HistoryDialog:
    """Revision History… from the Article menu, click a revision, Restore, then confirm."""
    window.actions["history"].trigger()
    dialog = window.findChild(HistoryDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.busy and dialog.revision_list.topLevelItemCount() > revision_row, timeout=10_000)
    listing = dialog.revision_list
    item = listing.topLevelItem(revision_row)
    listing.scrollToItem(item)
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualItemRect(item).center())
    assert dialog.selected_revision() is not None
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    return dialog


def test_a_restored_revision_redraws_the_preview_and_the_word_count(qtbot, make_window, qt_desk, page_eval) -> None:
    desk = qt_desk.desk
    article = desk.articles.create("Restore me", body="Alpha bravo.")
    desk.articles.update(article.id, body="Alpha bravo.\n\nRemoved paragraph here.")
    window = make_window()
    editor = open_editor(qtbot, window, article.id)

    def page_text() -> str:
        return str(page_eval(window.preview.view, "document.body ? document.body.innerText : ''"))

    qtbot.waitUntil(lambda: "Removed paragraph" in page_text(), timeout=30_000)
    qtbot.waitUntil(lambda: window.stats_label.text().startswith("5 words"), timeout=20_000)
    assert list_words(window, article.id) == status_length(window) == "5 words"

    dialog = restore_in_history(qtbot, window, revision_row=dialog_oldest(qtbot, window))
    qtbot.waitUntil(lambda: editor.body.toPlainText() == "Alpha bravo.", timeout=10_000)
    qtbot.waitUntil(lambda: "Removed paragraph" not in page_text(), timeout=30_000)
    qtbot.waitUntil(lambda: window.stats_label.text().startswith("2 words"), timeout=20_000)
    qtbot.waitUntil(lambda: list_words(window, article.id) == status_length(window) == "2 words", timeout=10_000)
    # The slug still follows the headline, and the form still shows it (not an empty field).
    assert editor.metadata.slug.text() == "restore-me" and not editor.metadata.slug_manual
    # The history shows the restore it just made, newest first.
    qtbot.waitUntil(lambda: dialog.revisions()[0].reason is RevisionReason.RESTORE, timeout=10_000)
    dialog.close()


def test_a_hand_set_slug_stays_shown_when_the_store_changes_underneath(qtbot, make_window, qt_desk) -> None:
    desk = qt_desk.desk
    article = desk.articles.create("Night shift", body="First draft.", slug="overnight-desk")
    window = make_window()
    editor = open_editor(qtbot, window, article.id)
    assert editor.metadata.slug.text() == "overnight-desk" and editor.metadata.slug_manual
    window.ops.store(desk.articles.update, article.id, body="Second draft, pulled.")
    qtbot.waitUntil(lambda: editor.body.toPlainText() == "Second draft, pulled.", timeout=10_000)
    assert editor.metadata.slug.text() == "overnight-desk" and editor.metadata.slug_manual


def dialog_oldest(qtbot, window: MainWindow) -> int:
    """The row of the oldest revision, read from the store as the dialog will list it."""
    return len(window.desk.revisions.list(window.current_editor().article_id)) - 1


def test_the_history_follows_a_change_landing_while_it_is_open(qtbot, make_window, qt_desk) -> None:
    desk = qt_desk.desk
    article = desk.articles.create("Night shift", body="First draft.")
    window = make_window()
    open_editor(qtbot, window, article.id)
    window.actions["history"].trigger()
    dialog = window.findChild(HistoryDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.busy and dialog.revision_list.topLevelItemCount() == 1, timeout=10_000)
    assert dialog.windowTitle() == "History of “Night shift”"
    # A change finishing on the store lane meanwhile (what a pull does to an open article).
    window.ops.store(desk.articles.update, article.id, title="Day shift", body="Second draft, pulled.")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "History of “Day shift”", timeout=10_000)
    qtbot.waitUntil(lambda: dialog.revision_list.topLevelItemCount() == 2, timeout=10_000)
    dialog.close()


@pytest.mark.parametrize(
    ("base", "mine", "theirs", "expected"),
    [
        (
            ("budget", "city council"),
            ("budget", "city council", "levee"),
            ("budget", "council"),
            ("budget", "levee", "council"),
        ),
        (("a",), ("a", "b"), ("a",), ("a", "b")),
        (("a", "b"), ("b",), ("a", "b", "c"), ("b", "c")),
        (("Election",), ("Election",), ("election",), ("Election",)),
    ],
)
def test_tags_merge_three_ways(base, mine, theirs, expected) -> None:
    assert merge_tags(base, mine, theirs) == expected


def navigator_labels(window: MainWindow) -> list[str]:
    labels: list[str] = []
    tree = window.navigator
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        labels.append(item.text(0))
        stack.extend(item.child(i) for i in range(item.childCount()))
    return labels


def test_the_navigators_counts_follow_an_edit_without_a_refresh(
    qtbot, make_window, qt_desk, type_text, monkeypatch
) -> None:
    desk = qt_desk.desk
    for name in ("Politics", "Sports"):
        if name.lower() not in {t.slug for t in desk.terms.sections()}:
            desk.terms.add_section(name)
    article = desk.articles.create("Derby day", sections=["politics"], tags=["derby"])
    window = make_window()
    qtbot.waitUntil(lambda: "Politics (1)" in navigator_labels(window), timeout=10_000)
    editor = open_editor(qtbot, window, article.id)
    combo = editor.metadata.section
    combo.setCurrentIndex(combo.findData("sports"))
    combo.activated.emit(combo.currentIndex())  # what choosing it with the mouse sends
    editor.metadata.tags.setFocus()
    editor.metadata.tags.end(False)
    type_text(editor.metadata.tags, ", racing")
    assert editor.autosave.wait_saved(10_000)
    qtbot.waitUntil(lambda: "Sports (1)" in navigator_labels(window), timeout=10_000)
    labels = navigator_labels(window)
    assert "Politics (0)" in labels and "racing (1)" in labels

    # Moving it to the trash takes it out of the counts too.
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    window.commands.move_to_trash()
    qtbot.waitUntil(lambda: "Sports (0)" in navigator_labels(window), timeout=10_000)


def test_a_resolved_conflict_reaches_the_open_editor_and_the_preview(qtbot, make_window, qt_desk, page_eval) -> None:
    from datetime import UTC, datetime

    from sqlalchemy import select

    from editor_app.core.store.conflicts import record_conflict
    from editor_app.core.store.models import Article as ArticleRow
    from editor_app.core.sync.mapping import Text

    desk = qt_desk.desk
    article = desk.articles.create(title="Harbour fire", body="Mine: the fire started at dawn.")
    with desk.store.write() as s:
        row = s.scalars(select(ArticleRow).where(ArticleRow.id == article.id)).one()
        theirs = Text("Harbour fire", "", "Theirs: the fire started at night.")
        record_conflict(s, row, theirs, datetime(2026, 11, 2, tzinfo=UTC), status="publish")
    window = make_window()
    editor = open_editor(qtbot, window, article.id)
    qtbot.waitUntil(lambda: window.sync is not None, timeout=10_000)
    dialog = window.sync.open_conflicts(window)
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10_000)
    view = dialog.resolve_selected()
    assert view is not None
    view.keep_theirs_button.click()
    qtbot.waitUntil(lambda: editor.body.toPlainText() == "Theirs: the fire started at night.", timeout=10_000)

    def page_text() -> str:
        return str(page_eval(window.preview.view, "document.body ? document.body.innerText : ''"))

    qtbot.waitUntil(lambda: "started at night" in page_text(), timeout=30_000)
    # The status bar's count and the list's agree on the kept text.
    qtbot.waitUntil(lambda: window.stats_label.text().startswith("6 words"), timeout=20_000)
    qtbot.waitUntil(lambda: list_words(window, article.id) == status_length(window) == "6 words", timeout=10_000)
    assert editor.autosave.wait_saved(10_000)
    assert desk.articles.get(article.id).body == "Theirs: the fire started at night."
    dialog.close()


def test_a_tag_renamed_in_the_manager_reaches_the_open_form_and_typing_keeps_it(
    qtbot, make_window, qt_desk, type_text
) -> None:
    desk = qt_desk.desk
    article = desk.articles.create("Budget vote", body="The council met.", tags=["city council", "budget"])
    window = make_window()
    editor = open_editor(qtbot, window, article.id)
    window.commands.show_taxonomy()
    manager = window.findChild(TaxonomyManager)
    assert manager is not None
    qtbot.waitUntil(lambda: not manager.busy and bool(manager.tag_model.terms()), timeout=10_000)
    manager.tabs.setCurrentIndex(1)
    manager.select_tags([t.id for t in manager.tag_model.terms() if t.name == "city council"])
    manager.rename_tag()
    dialog = manager.active_dialog
    assert isinstance(dialog, TermNameDialog)
    dialog.name_edit.selectAll()
    type_text(dialog.name_edit, "council")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not manager.busy, timeout=10_000)
    manager.done(QDialog.DialogCode.Accepted)
    qtbot.waitUntil(lambda: editor.metadata.tags.text() == "budget, council", timeout=10_000)

    editor.metadata.tags.setFocus()
    editor.metadata.tags.end(False)
    type_text(editor.metadata.tags, ", levee")
    assert editor.autosave.wait_saved(10_000)
    assert sorted(desk.articles.get(article.id).tags) == ["budget", "council", "levee"]
    assert "city council" not in {t.name for t in desk.terms.tags()}


def test_a_save_sends_only_what_the_user_changed(qtbot, make_window, qt_desk, type_text) -> None:
    """A change the window was never told about (the command line, another window) survives the
    next autosave: the form sends the body it changed, not its stale status and tags."""
    desk = qt_desk.desk
    article = desk.articles.create("Levee report", body="First paragraph.", tags=["flood"])
    window = make_window()
    editor = open_editor(qtbot, window, article.id)
    desk.articles.update(article.id, status=Status.PENDING, tags=["flood", "levee"])  # no signal reaches the window
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
    type_text(editor.body, " Typed now.")
    assert editor.autosave.wait_saved(10_000)
    stored = desk.articles.get(article.id)
    assert stored.body == "First paragraph. Typed now."
    assert stored.status == Status.PENDING and list(stored.tags) == ["flood", "levee"]


# ---------------------------------------------------------------------- publishing and the queue
@pytest.fixture
def gazette(qt_desk, memory_keyring) -> FakeCms:
    """A site on the desk, synced by the real engine against the sync tests' in-memory CMS."""
    qt_desk.desk.sites.add("Gazette", "http://127.0.0.1:9", "editor", PASSWORD)
    return FakeCms()


def window_on(qtbot, make_window, cms: FakeCms) -> MainWindow:
    window = make_window()
    qtbot.waitUntil(lambda: window.sync is not None, timeout=10_000)
    window.sync.runner = lambda desk, site, **kw: sync_site(desk, site, cms, retry_budget_s=0, **kw)
    return window


def test_publish_now_reaches_the_status_box_and_the_preview_date(qtbot, make_window, qt_desk, gazette, page_eval):
    desk = qt_desk.desk
    article = desk.articles.create("Harbour reopens", body="Ships are back.", sections=["News"])
    window = window_on(qtbot, make_window, gazette)
    editor = open_editor(qtbot, window, article.id)
    assert editor.metadata.status.currentData() == Status.DRAFT
    with qtbot.waitSignal(window.sync.finished, timeout=20_000):
        window.findChild(QAction, "action_publish_now").trigger()
        publish_anyway(qtbot, window)
    qtbot.waitUntil(lambda: desk.articles.get(article.id).published_at is not None, timeout=10_000)
    qtbot.waitUntil(lambda: editor.metadata.status.currentData() == Status.PUBLISH, timeout=10_000)
    qtbot.waitUntil(lambda: editor.article.published_at is not None, timeout=10_000)

    def published_line() -> str:
        code = "(document.querySelector('.published') || {}).textContent || ''"
        return str(page_eval(window.preview.view, code))

    qtbot.waitUntil(lambda: published_line() != "", timeout=30_000)
    model = window.list_panel.model
    qtbot.waitUntil(lambda: model.index(model.row_of(article.id), STATUS).data() == "Published", timeout=10_000)


def test_cancelling_in_the_queue_reaches_the_status_box(qtbot, make_window, qt_desk, gazette, monkeypatch):
    desk = qt_desk.desk
    article = desk.articles.create("Weekend feature", body="Soon.")
    at = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(days=2)
    desk.publishing.publish(article.id, at=at)
    window = window_on(qtbot, make_window, gazette)
    editor = open_editor(qtbot, window, article.id)
    assert editor.metadata.status.currentData() == Status.FUTURE
    monkeypatch.setattr(PublishQueueDialog, "confirm_cancel", False)
    window.findChild(QAction, "action_publish_queue").trigger()
    queue = window.findChild(PublishQueueDialog)
    assert queue is not None
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=10_000)
    queue.table.selectRow(0)
    qtbot.mouseClick(queue.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.metadata.status.currentData() == Status.DRAFT, timeout=10_000)
    assert editor.autosave.wait_saved(10_000)
    assert desk.articles.get(article.id).status == Status.DRAFT
    queue.close()


def test_taking_in_a_change_leaves_the_caret_where_the_user_is_typing(qtbot, make_window, qt_desk, type_text) -> None:
    desk = qt_desk.desk
    article = desk.articles.create("Storm warning", body="Wind at dawn.", tags=["weather"])
    window = make_window()
    editor = open_editor(qtbot, window, article.id)
    headline = editor.metadata.headline
    headline.setFocus()
    headline.setCursorPosition(len("Storm"))
    type_text(headline, " and flood")
    assert headline.cursorPosition() == len("Storm and flood")
    # The queue (through the window's operations) sends it for review meanwhile.
    window.ops.store(desk.articles.update, article.id, status=Status.PENDING)
    qtbot.waitUntil(lambda: editor.metadata.status.currentData() == Status.PENDING, timeout=10_000)
    assert headline.text() == "Storm and flood warning"
    assert headline.cursorPosition() == len("Storm and flood")
    type_text(headline, " (update)")
    assert editor.autosave.wait_saved(10_000)
    stored = desk.articles.get(article.id)
    assert stored.title == "Storm and flood (update) warning" and stored.status == Status.PENDING


def test_tags_typed_just_before_a_merge_are_kept_and_merged(qtbot, make_window, qt_desk, type_text) -> None:
    desk = qt_desk.desk
    article = desk.articles.create("Budget vote", body="The council met.", tags=["city council", "budget"])
    desk.articles.create("Other", tags=["council"])
    window = make_window()
    editor = open_editor(qtbot, window, article.id)
    editor.metadata.tags.setFocus()
    editor.metadata.tags.end(False)
    type_text(editor.metadata.tags, ", levee")  # not yet saved when the manager opens
    merge_in_manager(qtbot, window, "city council", "council")
    qtbot.waitUntil(lambda: "city council" not in editor.metadata.tags.text(), timeout=10_000)
    assert editor.autosave.wait_saved(10_000)
    assert sorted(desk.articles.get(article.id).tags) == ["budget", "council", "levee"]
    assert "city council" not in {t.name for t in desk.terms.tags()}


def test_an_autosave_due_while_the_store_copy_is_on_its_way_waits_for_it(qtbot, make_window, qt_desk, type_text):
    """A tag merged on the store lane (another window, a pull) while the user has unsaved tags:
    the autosave that falls due before the form has taken in the merge must not send the old name."""
    desk = qt_desk.desk
    article = desk.articles.create("Budget vote", body="The council met.", tags=["city council", "budget"])
    desk.articles.create("Other", tags=["council"])
    window = make_window()
    editor = open_editor(qtbot, window, article.id)
    editor.metadata.tags.setFocus()
    editor.metadata.tags.end(False)
    type_text(editor.metadata.tags, ", levee")
    with qtbot.waitSignal(window.ops.changed, timeout=10_000):
        window.ops.store(desk.terms.merge_tags, ["city council"], "council")
    editor.autosave.flush()  # the autosave timer firing now, before the form has the new name
    assert editor.autosave.wait_saved(10_000)
    assert "city council" not in {t.name for t in desk.terms.tags()}
    assert sorted(desk.articles.get(article.id).tags) == ["budget", "council", "levee"]
    assert sorted(editor.metadata.tags.text().split(", ")) == ["budget", "council", "levee"]
