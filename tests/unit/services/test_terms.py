"""Sections and tags: rename, move, merge and delete with reassignment; changes queued for sync."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from editor_app.core.desk import Desk
from editor_app.core.domain import ListFilter
from editor_app.core.errors import InvalidInput, NotFound
from editor_app.core.store.models import OutboxOp


def _ops(desk: Desk) -> list[tuple[str, str]]:
    with desk.store.read() as s:
        return [(o.kind, o.entity) for o in s.scalars(select(OutboxOp).order_by(OutboxOp.id))]


def test_sections_form_a_tree_with_counts(desk: Desk) -> None:
    desk.terms.add_section("Elections", parent="politics")
    desk.articles.create("Vote", sections=["elections"])
    tree = desk.terms.sections()
    names = [t.name for t in tree]
    assert names.index("Elections") == names.index("Politics") + 1
    elections = next(t for t in tree if t.slug == "elections")
    assert elections.parent_id == next(t.id for t in tree if t.slug == "politics")
    assert elections.article_count == 1
    # filtering by a section includes its sub-sections
    assert [r.title for r in desk.articles.list(ListFilter(section="politics"))] == ["Vote"]


def test_move_refuses_cycles(desk: Desk) -> None:
    desk.terms.add_section("Elections", parent="politics")
    desk.terms.add_section("Local", parent="elections")
    with pytest.raises(InvalidInput, match="under itself"):
        desk.terms.move_section("politics", "local")
    desk.terms.move_section("local", None)
    assert next(t for t in desk.terms.sections() if t.slug == "local").parent_id is None


def test_delete_section_reassigns_articles_and_children(desk: Desk) -> None:
    desk.terms.add_section("Elections", parent="politics")
    a = desk.articles.create("Vote", sections=["politics", "news"])
    desk.terms.delete_section("politics", reassign_to="world")
    assert desk.articles.get(a.id).sections == ("world", "news")  # primary slot kept
    assert next(t for t in desk.terms.sections() if t.slug == "elections").parent_id is None
    with pytest.raises(NotFound):
        desk.terms.delete_section("politics")
    assert desk.articles.get(a.id).dirty


def test_delete_section_without_reassignment_promotes_the_next(desk: Desk) -> None:
    a = desk.articles.create("Vote", sections=["politics", "news"])
    desk.terms.delete_section("politics")
    assert desk.articles.get(a.id).sections == ("news",)
    assert desk.articles.list()[0].section == "News"


def test_merge_tags_moves_articles_and_deletes_sources(desk: Desk) -> None:
    a = desk.articles.create("A", tags=["elections"])
    b = desk.articles.create("B", tags=["election", "vote"])
    c = desk.articles.create("C", tags=["election", "elections"])
    change = desk.terms.merge_tags(["election"], into="elections")
    assert change.articles == {b.id, c.id}
    assert desk.articles.get(b.id).tags == ("elections", "vote")
    assert desk.articles.get(c.id).tags == ("elections",)
    assert desk.articles.get(a.id).tags == ("elections",)
    assert [t.name for t in desk.terms.tags()] == ["elections", "vote"]
    assert next(t for t in desk.terms.tags() if t.name == "elections").article_count == 3


def test_delete_tag_with_and_without_reassignment(desk: Desk) -> None:
    a = desk.articles.create("A", tags=["old", "keep"])
    desk.terms.delete_tag("old", reassign_to="keep")
    assert desk.articles.get(a.id).tags == ("keep",)
    desk.terms.delete_tag("keep")
    assert desk.articles.get(a.id).tags == ()


def test_rename_tag_refuses_an_existing_name(desk: Desk) -> None:
    desk.terms.add_tag("経済")
    desk.terms.add_tag("economy")
    with pytest.raises(InvalidInput, match="merge"):
        desk.terms.rename_tag("economy", "経済")


def test_term_changes_are_queued_for_sync(desk: Desk) -> None:
    desk.terms.add_tag("経済")
    a = desk.articles.create("A", tags=["経済"])
    desk.terms.rename_tag("経済", "経済政策")
    ops = _ops(desk)
    assert ("term.create", f"tag:{desk.terms.tags()[0].id}") in ops
    assert ("term.update", f"tag:{desk.terms.tags()[0].id}") in ops
    assert ops.count(("article.save", a.id)) == 1  # coalesced


def test_names_are_checked(desk: Desk) -> None:
    with pytest.raises(InvalidInput, match="empty"):
        desk.terms.add_tag("   ")
    with pytest.raises(InvalidInput, match="already exists"):
        desk.terms.add_section("News")
    with pytest.raises(InvalidInput, match="200"):
        desk.terms.add_tag("x" * 201)
