"""The section and tag manager, driven as an editor would, checked against the store."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from editor_app.core.desk import Desk
from editor_app.core.store.models import OutboxOp
from editor_app.ui.taxonomy import TaxonomyManager
from editor_app.ui.taxonomy.dialogs import DeleteTermDialog, MergeTagsDialog, MoveSectionDialog, TermNameDialog
from editor_app.ui.taxonomy.models import TERM_ID_ROLE
from editor_app.ui.workers import Lane, store_lane


@pytest.fixture
def taxonomy_lane(qtbot) -> Iterator[Lane]:
    lane = store_lane()
    yield lane
    lane.wait_idle()
    lane.shutdown()


@pytest.fixture
def newsroom(desk: Desk) -> Desk:
    """A few articles with sections and tags in the three languages of the desk."""
    desk.articles.create("Cabinet reshuffle", sections=["politics"], tags=["election", "cabinet"])
    desk.articles.create("選挙の結果", lang="ja", sections=["politics", "news"], tags=["elections"])
    desk.articles.create("선거 결과 분석", lang="ko", sections=["world"], tags=["Election", "vote"])
    desk.articles.create("Markets rally", sections=["business"], tags=["markets"])
    return desk


@pytest.fixture
def manager(qtbot, newsroom: Desk, taxonomy_lane: Lane) -> TaxonomyManager:
    widget = TaxonomyManager(newsroom, taxonomy_lane)
    qtbot.addWidget(widget)
    widget.show()
    settle(qtbot, widget)
    return widget


def settle(qtbot, widget: TaxonomyManager) -> None:
    qtbot.waitUntil(lambda: not widget.busy, timeout=10_000)


def section_id(desk: Desk, slug: str) -> int:
    return next(t.id for t in desk.terms.sections() if t.slug == slug)


def section_parent(desk: Desk, slug: str) -> int | None:
    return next(t.parent_id for t in desk.terms.sections() if t.slug == slug)


def tag_counts(desk: Desk) -> dict[str, int]:
    return {t.name: t.article_count for t in desk.terms.tags()}


def article_by_title(desk: Desk, title: str):
    row = next(r for r in desk.articles.list() if r.title == title)
    return desk.articles.get(row.id)


def active(widget: TaxonomyManager, kind: type[QDialog]):
    dialog = widget.active_dialog
    assert isinstance(dialog, kind), f"expected an open {kind.__name__}, got {dialog!r}"
    assert dialog.isVisible()
    return dialog


def type_name(qtbot, dialog: TermNameDialog, text: str) -> None:
    dialog.name_edit.clear()
    if text.isascii():
        qtbot.keyClicks(dialog.name_edit, text)
    else:
        # QTest aborts on non-ASCII key clicks; Japanese and Korean arrive from an input method anyway.
        dialog.name_edit.setFocus()
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(dialog.name_edit, event)


def tree_rows(widget: TaxonomyManager) -> dict[str, str | None]:
    """Each section's name → its parent's name in the view (None at the top level)."""
    out: dict[str, str | None] = {}
    model = widget.section_model

    def walk(parent: QModelIndex, parent_name: str | None) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            out[index.data()] = parent_name
            walk(index, index.data())

    walk(QModelIndex(), None)
    return out


def pick(combo, text: str) -> None:
    index = next(i for i in range(combo.count()) if combo.itemText(i).strip() == text)
    combo.setCurrentIndex(index)


# ---------------------------------------------------------------------------- sections


def test_sections_show_as_tree_with_counts(manager: TaxonomyManager, newsroom: Desk) -> None:
    rows = tree_rows(manager)
    assert set(rows) >= {"News", "Politics", "World", "Sports"}
    assert all(parent is None for parent in rows.values())
    politics = manager.section_model.index_of(section_id(newsroom, "politics"))
    assert politics.siblingAtColumn(1).data() == "politics"
    assert politics.siblingAtColumn(2).data() == 2
    assert manager.section_view.accessibleName() == "Sections"
    assert manager.tag_view.accessibleName() == "Tags"


def test_add_section_under_the_selected_one(qtbot, manager: TaxonomyManager, newsroom: Desk) -> None:
    changes = []
    manager.changed.connect(changes.append)
    manager.select_section(section_id(newsroom, "news"))
    qtbot.mouseClick(manager.add_section_button, Qt.MouseButton.LeftButton)
    dialog = active(manager, TermNameDialog)
    assert dialog.parent_combo.currentText().strip() == "News"  # the selection is the default parent
    assert not dialog.ok_button.isEnabled()  # no name yet
    type_name(qtbot, dialog, "Local news")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, manager)

    assert section_parent(newsroom, "local-news") == section_id(newsroom, "news")
    assert tree_rows(manager)["Local news"] == "News"
    assert manager.selected_section().name == "Local news"
    assert changes and changes[0].terms and changes[0].outbox
    assert "Added section" in manager.message_bar.text()
    with newsroom.store.read() as s:
        kinds = [op.kind for op in s.scalars(select(OutboxOp))]
    assert "term.create" in kinds  # recorded for the next sync; nothing needed the network


def test_add_duplicate_section_shows_the_core_message(qtbot, manager: TaxonomyManager, newsroom: Desk) -> None:
    before = len(newsroom.terms.sections())
    manager.section_view.clearSelection()
    manager.add_section()
    dialog = active(manager, TermNameDialog)
    type_name(qtbot, dialog, "Sports")
    dialog.accept()
    settle(qtbot, manager)
    assert manager.message_bar.is_error
    assert "already exists" in manager.message_bar.text()
    assert len(newsroom.terms.sections()) == before


def test_rename_section(qtbot, manager: TaxonomyManager, newsroom: Desk) -> None:
    manager.select_section(section_id(newsroom, "society"))
    qtbot.mouseClick(manager.rename_section_button, Qt.MouseButton.LeftButton)
    dialog = active(manager, TermNameDialog)
    assert dialog.name_edit.text() == "Society"
    type_name(qtbot, dialog, "Society & Life")
    dialog.slug_edit.setText("society-life")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, manager)
    names = {t.slug: t.name for t in newsroom.terms.sections()}
    assert names["society-life"] == "Society & Life"
    assert "society" not in names
    assert "Society & Life" in tree_rows(manager)


def drop_section(manager: TaxonomyManager, moved: int, onto: int | None) -> bool:
    """What the tree view does on a drop: hand the dragged rows' mime data to the model."""
    model = manager.section_model
    source = model.index_of(moved)
    data = model.mimeData([source, source.siblingAtColumn(1)])
    target = model.index_of(onto) if onto is not None else QModelIndex()
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    return model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)


def test_drag_and_drop_reparents_and_back_to_top_level(qtbot, manager: TaxonomyManager, newsroom: Desk) -> None:
    world, news = section_id(newsroom, "world"), section_id(newsroom, "news")
    drop_section(manager, world, news)
    settle(qtbot, manager)
    assert section_parent(newsroom, "world") == news
    assert tree_rows(manager)["World"] == "News"
    assert "under “News”" in manager.message_bar.text()

    # Dropping between the top-level rows (row given, no parent) lifts it back to the top.
    model = manager.section_model
    data = model.mimeData([model.index_of(world)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    settle(qtbot, manager)
    assert section_parent(newsroom, "world") is None
    assert tree_rows(manager)["World"] is None


def test_drop_onto_a_cell_other_than_the_name_uses_that_row(qtbot, manager: TaxonomyManager, newsroom: Desk) -> None:
    model = manager.section_model
    sports, news = section_id(newsroom, "sports"), section_id(newsroom, "news")
    data = model.mimeData([model.index_of(sports)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index_of(news).siblingAtColumn(2))
    settle(qtbot, manager)
    assert section_parent(newsroom, "sports") == news


def test_a_cycle_is_refused_and_the_tree_reverts(qtbot, manager: TaxonomyManager, newsroom: Desk) -> None:
    news, politics = section_id(newsroom, "news"), section_id(newsroom, "politics")
    newsroom.terms.move_section(str(politics), str(news))
    manager.refresh()
    settle(qtbot, manager)
    before = tree_rows(manager)
    assert before["Politics"] == "News"

    assert drop_section(manager, news, politics) is False  # the view never moves rows itself
    settle(qtbot, manager)
    assert manager.message_bar.is_error
    assert "Cannot move section 'News' under itself" in manager.message_bar.text()
    assert section_parent(newsroom, "news") is None
    assert tree_rows(manager) == before


def test_move_dialog_offers_no_cycle_and_moves(qtbot, manager: TaxonomyManager, newsroom: Desk) -> None:
    news, politics = section_id(newsroom, "news"), section_id(newsroom, "politics")
    newsroom.terms.move_section(str(politics), str(news))
    manager.refresh()
    settle(qtbot, manager)
    manager.select_section(news)
    qtbot.mouseClick(manager.move_section_button, Qt.MouseButton.LeftButton)
    dialog = active(manager, MoveSectionDialog)
    offered = [dialog.parent_combo.itemText(i).strip() for i in range(dialog.parent_combo.count())]
    assert "News" not in offered and "Politics" not in offered  # itself and its sub-section
    pick(dialog.parent_combo, "Culture")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, manager)
    assert section_parent(newsroom, "news") == section_id(newsroom, "culture")
    assert tree_rows(manager)["Politics"] == "News"


def test_delete_section_reassigns_its_articles(qtbot, manager: TaxonomyManager, newsroom: Desk) -> None:
    changes = []
    manager.changed.connect(changes.append)
    manager.select_section(section_id(newsroom, "politics"))
    qtbot.mouseClick(manager.delete_section_button, Qt.MouseButton.LeftButton)
    dialog = active(manager, DeleteTermDialog)
    assert "2 articles" in dialog.summary.text()
    pick(dialog.target_combo, "Society")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, manager)

    assert "politics" not in {t.slug for t in newsroom.terms.sections()}
    assert "Politics" not in tree_rows(manager)
    reshuffle = article_by_title(newsroom, "Cabinet reshuffle")
    assert reshuffle.sections == ("society",)
    assert set(article_by_title(newsroom, "選挙の結果").sections) == {"society", "news"}
    assert len(changes[0].articles) == 2
    society = manager.section_model.index_of(section_id(newsroom, "society"))
    assert society.siblingAtColumn(2).data() == 2


def test_delete_section_without_reassignment(qtbot, manager: TaxonomyManager, newsroom: Desk) -> None:
    manager.select_section(section_id(newsroom, "business"))
    manager.delete_section()
    dialog = active(manager, DeleteTermDialog)
    assert "1 article" in dialog.summary.text()
    assert dialog.target_id() is None  # the default: nothing receives them
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, manager)
    assert article_by_title(newsroom, "Markets rally").sections == ()


def test_cancel_changes_nothing(qtbot, manager: TaxonomyManager, newsroom: Desk) -> None:
    before = newsroom.terms.sections()
    manager.select_section(section_id(newsroom, "politics"))
    manager.delete_section()
    dialog = active(manager, DeleteTermDialog)
    dialog.reject()
    settle(qtbot, manager)
    assert newsroom.terms.sections() == before
    assert manager.active_dialog is None


# ---------------------------------------------------------------------------- tags


def show_tags(manager: TaxonomyManager) -> None:
    manager.tabs.setCurrentIndex(1)


def visible_tags(manager: TaxonomyManager) -> list[str]:
    proxy = manager.tag_proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def select_tag_names(manager: TaxonomyManager, *names: str) -> None:
    ids = [t.id for t in manager.tag_model.terms() if t.name in names]
    manager.select_tags(ids)
    assert sorted(t.name for t in manager.selected_tags()) == sorted(names)


def test_tags_list_and_filter(qtbot, manager: TaxonomyManager) -> None:
    show_tags(manager)
    assert visible_tags(manager) == ["cabinet", "election", "elections", "markets", "vote"]
    qtbot.keyClicks(manager.tag_filter, "ELECT")
    assert visible_tags(manager) == ["election", "elections"]
    count = {manager.tag_proxy.index(r, 0).data(): manager.tag_proxy.index(r, 2).data() for r in range(2)}
    assert count == {"election": 2, "elections": 1}
    manager.tag_filter.clear()
    assert len(visible_tags(manager)) == 5


def test_add_and_rename_tag(qtbot, manager: TaxonomyManager, newsroom: Desk) -> None:
    show_tags(manager)
    qtbot.mouseClick(manager.add_tag_button, Qt.MouseButton.LeftButton)
    dialog = active(manager, TermNameDialog)
    type_name(qtbot, dialog, "국회")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, manager)
    assert "국회" in tag_counts(newsroom)
    assert [t.name for t in manager.selected_tags()] == ["국회"]

    qtbot.mouseClick(manager.rename_tag_button, Qt.MouseButton.LeftButton)
    dialog = active(manager, TermNameDialog)
    type_name(qtbot, dialog, "국회의원")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, manager)
    assert "국회의원" in tag_counts(newsroom) and "국회" not in tag_counts(newsroom)
    assert "국회의원" in visible_tags(manager)


def test_rename_tag_to_an_existing_name_is_refused(qtbot, manager: TaxonomyManager, newsroom: Desk) -> None:
    show_tags(manager)
    select_tag_names(manager, "vote")
    manager.rename_tag()
    dialog = active(manager, TermNameDialog)
    type_name(qtbot, dialog, "markets")
    dialog.accept()
    settle(qtbot, manager)
    assert manager.message_bar.is_error
    assert "merge the two instead" in manager.message_bar.text()
    assert tag_counts(newsroom)["vote"] == 1


def test_merge_selected_tags_into_one(qtbot, manager: TaxonomyManager, newsroom: Desk) -> None:
    show_tags(manager)
    changes = []
    manager.changed.connect(changes.append)
    qtbot.keyClicks(manager.tag_filter, "elect")
    select_tag_names(manager, "election", "elections")
    assert manager.merge_tags_button.isEnabled()
    qtbot.mouseClick(manager.merge_tags_button, Qt.MouseButton.LeftButton)
    dialog = active(manager, MergeTagsDialog)
    pick(dialog.target_combo, "election")
    assert "“elections” will be deleted" in dialog.summary.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, manager)

    counts = tag_counts(newsroom)
    assert "elections" not in counts
    assert counts["election"] == 3
    assert "election" in article_by_title(newsroom, "選挙の結果").tags
    assert visible_tags(manager) == ["election"]
    assert len(changes[0].articles) == 1


def test_merge_one_tag_into_another_not_selected(qtbot, manager: TaxonomyManager, newsroom: Desk) -> None:
    show_tags(manager)
    select_tag_names(manager, "vote")
    manager.merge_tags()
    dialog = active(manager, MergeTagsDialog)
    assert not dialog.ok_button.isEnabled()  # merging "vote" into itself makes no sense
    pick(dialog.target_combo, "election")
    assert dialog.ok_button.isEnabled()
    dialog.accept()
    settle(qtbot, manager)
    assert "vote" not in tag_counts(newsroom)
    assert "election" in article_by_title(newsroom, "선거 결과 분석").tags


def test_delete_tag_reassigns_its_articles(qtbot, manager: TaxonomyManager, newsroom: Desk) -> None:
    show_tags(manager)
    select_tag_names(manager, "markets")
    qtbot.mouseClick(manager.delete_tag_button, Qt.MouseButton.LeftButton)
    dialog = active(manager, DeleteTermDialog)
    assert "1 article" in dialog.summary.text()
    pick(dialog.target_combo, "cabinet")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, manager)
    assert article_by_title(newsroom, "Markets rally").tags == ("cabinet",)
    assert "markets" not in visible_tags(manager)
    assert tag_counts(newsroom)["cabinet"] == 2


def test_delete_tag_without_reassignment(qtbot, manager: TaxonomyManager, newsroom: Desk) -> None:
    show_tags(manager)
    select_tag_names(manager, "cabinet")
    manager.delete_tag()
    dialog = active(manager, DeleteTermDialog)
    dialog.accept()
    settle(qtbot, manager)
    assert article_by_title(newsroom, "Cabinet reshuffle").tags == ("election",)


def test_buttons_follow_the_selection(manager: TaxonomyManager) -> None:
    show_tags(manager)
    manager.tag_view.clearSelection()
    assert not manager.rename_tag_button.isEnabled() and not manager.merge_tags_button.isEnabled()
    select_tag_names(manager, "vote", "markets")
    assert manager.merge_tags_button.isEnabled()
    assert not manager.rename_tag_button.isEnabled() and not manager.delete_tag_button.isEnabled()
    manager.section_view.clearSelection()
    assert not manager.delete_section_button.isEnabled()
    assert manager.add_section_button.isEnabled()


def test_term_ids_are_on_every_column(manager: TaxonomyManager, newsroom: Desk) -> None:
    index = manager.section_model.index_of(section_id(newsroom, "news"))
    assert {index.siblingAtColumn(c).data(TERM_ID_ROLE) for c in range(3)} == {section_id(newsroom, "news")}


def test_a_folded_section_stays_folded_after_a_change(qtbot, manager: TaxonomyManager, newsroom: Desk) -> None:
    news, politics, world = (section_id(newsroom, s) for s in ("news", "politics", "world"))
    drop_section(manager, politics, news)
    settle(qtbot, manager)
    news_index = manager.section_model.index_of(news)
    assert manager.section_view.isExpanded(news_index)
    manager.section_view.collapse(news_index)
    drop_section(manager, world, news)
    settle(qtbot, manager)
    assert tree_rows(manager)["World"] == "News"
    assert not manager.section_view.isExpanded(manager.section_model.index_of(news))


def test_closing_with_work_in_flight_is_safe(qtbot, newsroom: Desk, taxonomy_lane: Lane) -> None:
    widget = TaxonomyManager(newsroom, taxonomy_lane)
    widget.refresh()
    widget.deleteLater()
    qtbot.wait(10)
    assert taxonomy_lane.wait_idle()


def test_the_lists_follow_a_change_made_elsewhere_while_the_manager_is_open(
    qtbot, manager: TaxonomyManager, newsroom: Desk, taxonomy_lane: Lane
) -> None:
    from editor_app.ui.operations import operations_for

    assert "markets" in [t.name for t in manager.tag_model.terms()]
    # A rename finishing on the same store lane (a pull, the window's own commands).
    operations_for(taxonomy_lane).store(newsroom.terms.rename_tag, "markets", "stock markets")
    qtbot.waitUntil(lambda: "stock markets" in [t.name for t in manager.tag_model.terms()], timeout=10_000)
    assert "markets" not in [t.name for t in manager.tag_model.terms()]
