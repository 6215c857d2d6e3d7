"""Each rule written once and applied by every door that needs it: the title rule, the id
prefix rule (plain-SQL and ORM paths alike) and the term-name rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.desk import Desk
from editor_app.core.domain import TERM_NAME_LIMIT, check_title
from editor_app.core.errors import InvalidInput, NotFound

PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
# Two ids that share their first eight characters, as two imported files could carry.
TWINS = ("0123abcd-0000-4000-8000-000000000001", "0123abcd-1111-4000-8000-000000000002")


def test_every_way_of_writing_a_headline_needs_one(desk: Desk, tmp_path: Path) -> None:
    assert check_title("  Vote count  ") == "Vote count"
    art = desk.articles.create("Vote count", body="Tally.")
    attempts = {
        "create": lambda: desk.articles.create("   "),
        "typing": lambda: desk.articles.update(art.id, title=" \t", autosave=True),  # the plain-SQL save
        "metadata": lambda: desk.articles.update(art.id, title="", tags=["council"]),  # the ORM save
    }
    for name, attempt in attempts.items():
        with pytest.raises(InvalidInput, match="an article needs a title"):
            attempt()
        assert desk.articles.get(art.id).title == "Vote count", name
    blank = tmp_path / "blank.md"
    blank.write_text("---\ntitle: '   '\n---\nBody.\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"blank\.md:2: title: .*an article needs a title"):
        desk.transfer.import_paths([blank])
    assert desk.articles.count() == 1


def test_an_id_prefix_names_an_article_on_every_path(desk: Desk, tmp_path: Path) -> None:
    for article_id in TWINS:
        desk.articles.create(f"Twin {article_id[-1]}", body="Text.", article_id=article_id)
    image = tmp_path / "wall.png"
    image.write_bytes(PNG)
    unique = TWINS[1][:10]
    assert desk.articles.get(unique).id == TWINS[1]  # plain SQL
    assert desk.articles.update(unique, tags=["harbour"])[0].id == TWINS[1]  # ORM
    assert desk.articles.update(unique, body="New text.", autosave=True)[0].id == TWINS[1]  # plain-SQL save
    assert desk.media.add(unique, image).article_id == TWINS[1]
    assert [m.article_id for m in desk.media.list(unique)] == [TWINS[1]]
    assert desk.revisions.list(unique)[0].article_id == TWINS[1]
    shared = TWINS[0][:8]
    for lookup in (
        lambda: desk.articles.get(shared),
        lambda: desk.articles.update(shared, body="x"),
        lambda: desk.articles.update(shared, tags=["x"]),
        lambda: desk.articles.delete(shared),
        lambda: desk.media.list(shared),
        lambda: desk.revisions.list(shared),
    ):
        with pytest.raises(InvalidInput, match="ambiguous; give more characters"):
            lookup()
    for short in (TWINS[1][:5], "  ", "ffffffff"):  # too short to be a prefix, or nothing starts so
        with pytest.raises(NotFound, match="no article with id"):
            desk.articles.get(short)
        with pytest.raises(NotFound, match="no article with id"):
            desk.articles.update(short, tags=["x"])


def test_a_term_name_has_one_limit_wherever_it_is_typed(desk: Desk) -> None:
    art = desk.articles.create("Budget", body="Numbers.")
    too_long = "x" * (TERM_NAME_LIMIT + 1)
    for attempt in (
        lambda: desk.terms.add_tag(too_long),
        lambda: desk.terms.add_section(too_long),
        lambda: desk.articles.update(art.id, tags=[too_long]),  # a tag made from the metadata panel
    ):
        with pytest.raises(InvalidInput, match=f"WordPress allows {TERM_NAME_LIMIT}"):
            attempt()
    assert desk.terms.add_tag("  city   council ").name == "city council"
    assert desk.articles.update(art.id, tags=["city  council"])[0].tags == ("city council",)
