"""Bylines on a real WordPress: the author for an editor, the site's byline field, the byline
paragraph for an account that may not set the author, the fallback after a 403, and a pull that
brings byline and body back unchanged. The test site registers a `byline` post meta field."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable

import pytest

from editor_app.core.desk import Desk
from editor_app.core.services.syncing import sync_site
from editor_app.core.sync import engine as sync_engine
from editor_app.core.sync.bylines import BYLINE_CLASS
from editor_app.core.sync.engine import SyncReport

BODY = "First paragraph.\n\n## Later\n\nSecond paragraph."


@pytest.fixture
def make_desk(make_desk: Callable[..., Desk]) -> Callable[..., Desk]:
    """Desks that have checked the site, so they know its authors and fields."""

    def make(role: str = "editor") -> Desk:
        desk = make_desk(role)
        desk.sites.check("wp")
        return desk

    return make


def sync(desk: Desk) -> SyncReport:
    report = sync_site(desk, "wp", claim_unassigned=True)
    assert report.ok, report.summary()
    return report


def name_of(desk: Desk, user_id: int) -> str:
    return next(a.name for a in desk.sites.get("wp").authors if a.id == user_id)


def title() -> str:
    return f"Byline story {uuid.uuid4().hex[:8]}"


def test_the_site_lists_its_authors_and_the_byline_field(make_desk, wp_site):
    desk = make_desk("contributor")
    view = desk.sites.get("wp")
    ids = {a.id for a in view.authors}
    assert {wp_site.user(r).id for r in ("editor", "author", "contributor")} <= ids
    assert "byline" in view.meta_fields and view.byline_field == "byline"


def test_an_editor_makes_the_named_author_the_author(make_desk, wp_site, wp_client):
    desk = make_desk("editor")
    author_id = wp_site.user("author").id
    art = desk.articles.create(title(), body=BODY, byline=name_of(desk, author_id).upper())
    sync(desk)
    post = wp_client("admin").get_post(desk.articles.get(art.id).remote_id)
    assert post.author == author_id
    assert BYLINE_CLASS not in post.content


def test_an_author_account_falls_back_to_the_byline_paragraph(make_desk, wp_site, wp_client):
    desk = make_desk("author")
    desk.sites.set_byline_field("wp", "")  # no field: the paragraph
    editor_name = name_of(desk, wp_site.user("editor").id)
    art = desk.articles.create(title(), body=BODY, byline=editor_name)
    request = desk.publishing.publish(art.id, byline_fallback="block")
    assert "only an editor may" in request.note
    report = sync(desk)
    post = wp_client("admin").get_post(desk.articles.get(art.id).remote_id)
    assert post.author == wp_site.user("author").id and post.status == "publish"
    assert f'class="{BYLINE_CLASS}"' in post.content and editor_name in post.content
    assert any("may not make" in n for n in report.push.notes)


def test_a_contributor_writes_the_byline_field(make_desk, wp_client):
    desk = make_desk("contributor")
    art = desk.articles.create(title(), body=BODY, byline="山田 太郎（共同）")
    sync(desk)
    post = wp_client("admin").get_post(desk.articles.get(art.id).remote_id)
    assert post.meta.get("byline") == "山田 太郎（共同）"
    assert BYLINE_CLASS not in post.content


def test_a_refused_author_still_publishes_with_the_byline_kept(make_desk, wp_site, wp_client, monkeypatch):
    desk = make_desk("author")
    desk.sites.set_byline_field("wp", "")
    editor_name = name_of(desk, wp_site.user("editor").id)
    # The desk believes it may set the author (a role taken away since): the site answers 403.
    believed = sync_engine.site_bylines
    monkeypatch.setattr(
        sync_engine, "site_bylines", lambda site, found: dataclasses.replace(believed(site, found), may_set_author=True)
    )
    art = desk.articles.create(title(), body=BODY, byline=editor_name)
    report = sync(desk)
    post = wp_client("admin").get_post(desk.articles.get(art.id).remote_id)
    assert post.author == wp_site.user("author").id
    assert editor_name in post.content and BYLINE_CLASS in post.content
    assert any("refused to make" in n and "rest_cannot_edit_others" in n for n in report.push.notes), report.summary()


@pytest.mark.parametrize("where", ["paragraph", "field", "author"])
def test_a_pull_brings_byline_and_body_back_unchanged(make_desk, wp_site, where):
    role = "editor" if where == "author" else "author"
    desk = make_desk(role)
    byline = name_of(desk, wp_site.user("contributor").id) if where == "author" else "김민수 기자"
    if where == "paragraph":
        desk.sites.set_byline_field("wp", "")
    art = desk.articles.create(title(), body=BODY, byline=byline)
    sync(desk)
    other = make_desk("editor")
    if where == "paragraph":
        other.sites.set_byline_field("wp", "")
    sync(other)
    (pulled,) = [a for a in other.articles.list() if a.title == art.title]
    pulled = other.articles.get(pulled.id)
    assert (pulled.byline, pulled.body) == (byline, BODY)
