"""A site's byline facts: its authors and exposed meta fields are read from WordPress's answers,
kept per site in the store on each check, and the byline field is a per-site setting."""

from __future__ import annotations

import json

import httpx
import pytest
from sync_fakes import FakeCms

from editor_app.core.desk import Desk
from editor_app.core.errors import InvalidInput
from editor_app.core.sync.bylines import SiteAuthor
from editor_app.core.sync.cms import PostChanges
from editor_app.core.sync.errors import Forbidden
from editor_app.core.sync.wordpress import WordPressClient

SITE = "http://127.0.0.1:8089"


def _client(handler) -> WordPressClient:
    return WordPressClient(SITE, "ed", "pw", api_root=SITE + "/wp-json/", transport=httpx.MockTransport(handler))


def test_authors_are_read_page_by_page_with_their_display_names() -> None:
    seen: list[dict[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        seen.append(params)
        page = int(params["page"])
        users = [{"id": page * 10 + i, "name": f"Writer {page}-{i}", "slug": f"w{page}{i}"} for i in range(2)]
        if page == 2:
            users[1]["name"] = "김민수"
        return httpx.Response(200, json=users, headers={"X-WP-Total": "4", "X-WP-TotalPages": "2"})

    authors = _client(handler).list_authors()
    assert [a.id for a in authors] == [10, 11, 20, 21]
    assert authors[-1] == SiteAuthor(21, "김민수")
    assert all(p["who"] == "authors" for p in seen)
    assert [p["page"] for p in seen] == ["1", "2"]


def test_meta_fields_come_from_the_posts_schema() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.method == "OPTIONS"
        assert request.url.path.endswith("/wp/v2/posts")
        schema = {"properties": {"meta": {"type": "object", "properties": {"footnotes": {}, "byline": {}}}}}
        return httpx.Response(200, json={"namespace": "wp/v2", "schema": schema})

    assert _client(handler).post_meta_fields() == ("byline", "footnotes")


def test_a_schema_without_meta_means_no_fields() -> None:
    assert _client(lambda r: httpx.Response(200, json={"schema": {"properties": {}}})).post_meta_fields() == ()


def test_a_byline_field_is_sent_as_post_meta() -> None:
    bodies: list[dict] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(201, json={"id": 5, "author": 3, "meta": {"byline": "Jane"}})

    post = _client(handler).create_post(PostChanges(title="T", author=3, meta={"byline": "Jane"}))
    assert bodies[0]["meta"] == {"byline": "Jane"} and bodies[0]["author"] == 3
    assert (post.author, dict(post.meta)) == (3, {"byline": "Jane"})


def test_a_check_learns_authors_and_fields_and_detects_the_byline_field(site_desk: Desk, cms: FakeCms) -> None:
    cms.meta_fields = ("footnotes", "byline")
    site_desk.sites.check("daily", client=cms)
    view = site_desk.sites.get("daily")
    assert SiteAuthor(9, "山田 太郎") in view.authors
    assert view.meta_fields == ("footnotes", "byline")
    assert (view.byline_field_setting, view.byline_field) == (None, "byline")
    assert view.bylines().may_set_author is True  # the fake's account is an editor


def test_the_byline_field_is_a_setting_and_none_can_be_chosen(site_desk: Desk, cms: FakeCms) -> None:
    cms.meta_fields = ("footnotes", "byline", "writer")
    site_desk.sites.check("daily", client=cms)
    assert site_desk.sites.set_byline_field("daily", "writer").byline_field == "writer"
    assert site_desk.sites.set_byline_field("daily", "").byline_field is None
    assert site_desk.sites.set_byline_field("daily", None).byline_field == "byline"
    with pytest.raises(InvalidInput, match="no post meta field 'nope'"):
        site_desk.sites.set_byline_field("daily", "nope")


def test_a_site_that_will_not_list_its_authors_still_checks_and_keeps_the_last_list(
    site_desk: Desk, cms: FakeCms
) -> None:
    site_desk.sites.check("daily", client=cms)
    cms.fail("list_authors", Forbidden("Sorry, you are not allowed to list users.", code="rest_forbidden_who"))
    site_desk.sites.check("daily", client=cms)
    assert len(site_desk.sites.get("daily").authors) == 3


def test_an_author_account_may_not_set_the_author(site_desk: Desk) -> None:
    site_desk.sites.check("daily", client=FakeCms(role="author"))
    assert site_desk.sites.get("daily").bylines().may_set_author is False
