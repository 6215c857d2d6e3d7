"""What reaches a real WordPress: slugs that follow the headline, the site's modification times
on pulled posts, photo credits and captions."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from urllib.parse import unquote

import pytest
from sync_support import open_desk

from editor_app.core.desk import Desk
from editor_app.core.domain import Status
from editor_app.core.sync.cms import PostChanges
from editor_app.core.sync.engine import SyncReport, sync_site
from editor_app.core.text import slugify


def unique(prefix: str) -> str:
    return f"{prefix} {uuid.uuid4().hex[:8]}"


@pytest.fixture
def make_desk(wp_site, isolated_keyring, tmp_path) -> Iterator[Callable[..., Desk]]:
    made: list[Desk] = []

    def make(role: str = "editor") -> Desk:
        user = wp_site.user(role)
        desk = open_desk(tmp_path / f"desk-{len(made)}", wp_site.base_url, user.username, user.app_password)
        made.append(desk)
        return desk

    yield make
    for desk in made:
        desk.close()


def sync(desk: Desk) -> SyncReport:
    report = sync_site(desk, "wp", claim_unassigned=True)
    assert report.ok, report.summary()
    return report


# ----------------------------------------------------------------------------- slugs
def test_a_new_article_publishes_with_the_slug_of_its_real_headline(make_desk, wp_client) -> None:
    desk = make_desk()
    art = desk.articles.create("Untitled article", body="Draft.")  # what Ctrl+N makes
    sync(desk)
    admin = wp_client("admin")
    remote_id = desk.articles.get(art.id).remote_id
    assert "untitled" not in admin.get_post(remote_id).slug
    headline = unique("Harbour bridge reopens")
    desk.articles.update(art.id, title=headline, status=Status.PUBLISH)
    sync(desk)
    post = admin.get_post(remote_id)
    assert (post.status, post.slug) == ("publish", slugify(headline))
    assert desk.articles.get(art.id).slug == post.slug


def test_a_slug_set_by_hand_stays_on_the_site_when_the_headline_changes(make_desk, wp_client) -> None:
    desk = make_desk()
    art = desk.articles.create(unique("Night market"), body="Text.", status=Status.PUBLISH)
    chosen = unique("night-market-guide").replace(" ", "-")
    desk.articles.update(art.id, slug=chosen)
    sync(desk)
    desk.articles.update(art.id, title=unique("Night market opens"))
    sync(desk)
    post = wp_client("admin").get_post(desk.articles.get(art.id).remote_id)
    assert post.slug == chosen


@pytest.mark.parametrize(
    "title",
    [
        "Tokyo 東京 2026! Editor's note",
        "서울 날씨 — 맑음, 29°C × 2",
        "Café crème: l'été, Straße",
        "日本語の見出し（速報）東京　大阪",
        "Q&A: 3.5% rise / “quoted” snake_case",
    ],
)
def test_the_desk_makes_the_slug_the_site_makes(make_desk, wp_client, title: str) -> None:
    """Posts written on the site with no slug: WordPress makes one; pulled, it is the slug the
    desk would have made, so the article still follows its headline."""
    title = unique(title)
    post = wp_client("editor").create_post(PostChanges(title=title, status="publish", content="<p>x</p>"))
    assert unquote(post.slug) == slugify(title)
    desk = make_desk()
    sync(desk)
    [row] = [r for r in desk.articles.list(limit=10000) if r.title == title]
    art = desk.articles.get(row.id)
    assert (art.slug, art.slug_manual) == (slugify(title), False)


def test_a_pulled_post_with_its_own_slug_keeps_it(make_desk, wp_client) -> None:
    title = unique("Budget vote")
    custom = unique("budget-explainer").replace(" ", "-")
    post = wp_client("editor").create_post(PostChanges(title=title, slug=custom, status="publish", content="<p>x</p>"))
    desk = make_desk()
    sync(desk)
    [row] = [r for r in desk.articles.list(limit=10000) if r.title == title]
    art = desk.articles.get(row.id)
    assert (art.slug, art.slug_manual) == (custom, True)
    desk.articles.update(art.id, title=title + " passes")
    sync(desk)
    assert wp_client("admin").get_post(post.id).slug == custom


# ----------------------------------------------------------------------------- "Updated"
def test_pulled_posts_show_when_the_site_last_changed_them(make_desk, wp_client) -> None:
    """A back-dated post keeps the back-date as its modification time until it is edited."""
    site = wp_client("editor")
    old = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
    untouched = site.create_post(PostChanges(title=unique("Archive piece"), status="publish", content="<p>a</p>",
                                             date_gmt=old))
    edited = site.create_post(PostChanges(title=unique("Corrected piece"), status="publish", content="<p>b</p>",
                                          date_gmt=old))
    edited = site.update_post(edited.id, PostChanges(content="<p>b, corrected</p>"))
    desk = make_desk()
    sync(desk)
    by_remote = {a.remote_id: a for a in (desk.articles.get(r.id) for r in desk.articles.list(limit=10000))}
    assert site.get_post(untouched.id).modified_gmt == old
    assert by_remote[untouched.id].updated_at == old
    assert by_remote[edited.id].updated_at == site.get_post(edited.id).modified_gmt
    listed = {r.id: r.updated_at for r in desk.articles.list(limit=10000)}
    assert listed[by_remote[untouched.id].id] == old  # the list's "Updated" column
