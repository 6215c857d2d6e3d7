"""Fuzzing the desk's open-ended inputs: whatever a server, a file or a person gives it, the
desk either does its work or raises its own typed error, never anything else.

* server answers (random JSON shapes, wrong types, truncated and deeply nested bodies, any
  status and headers, page counts in the billions) through the real WordPressClient over
  httpx.MockTransport, and straight into the body readers of wp_bodies.py;
* front matter files; search queries against a real store; Markdown through the preview and
  the publish formats.

The examples are derandomized (a fixed sequence, the same on every run, as CI needs); set
COPYDESK_FUZZ_RANDOM=1 to explore new ones locally.
"""

from __future__ import annotations

import json
import os
from datetime import UTC
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.core import frontmatter
from editor_app.core.errors import CopydeskError
from editor_app.core.render import PreviewArticle, Renderer, html_to_markdown
from editor_app.core.services.articles import ArticleService
from editor_app.core.store import search
from editor_app.core.sync.cms import PostChanges
from editor_app.core.sync.errors import CmsError
from editor_app.core.sync.wordpress import WordPressClient
from editor_app.core.sync.wp_bodies import media_from_body, post_from_body, term_from_body

FUZZ = settings(
    derandomize=os.environ.get("COPYDESK_FUZZ_RANDOM") != "1",
    database=None,
    deadline=None,
    max_examples=int(os.environ.get("COPYDESK_FUZZ_EXAMPLES", "150")),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
FIELDS = ("id", "title", "content", "excerpt", "status", "date_gmt", "modified_gmt", "categories", "tags",
          "featured_media", "meta", "slug", "link", "author", "description", "post", "source_url", "name",
          "parent", "count", "taxonomy", "alt_text", "caption")
# Objects shaped like WordPress's, each field missing, of the wrong type, or plausible.
wp_objects = st.dictionaries(
    st.sampled_from(FIELDS),
    json_values | st.just({"raw": "<!-- copydesk:abcd1234-m1 -->x", "rendered": "x"})
    | st.just("0001-01-01T00:00:00+01:00") | st.just(1e308 * 10)
    | st.lists(st.integers() | st.text(max_size=3), max_size=3),
    max_size=10,
)
bodies = (
    st.builds(lambda v: json.dumps(v).encode(), json_values | wp_objects | st.lists(wp_objects, max_size=3))
    | st.builds(lambda v: json.dumps(v).encode()[: max(1, len(json.dumps(v)) // 2)], st.lists(wp_objects, max_size=3))
    | st.binary(max_size=60)
    | st.sampled_from([b"[" * 5000, b'{"a":' * 5000, b"1e400", b"NaN", b"\xff\xfe{}", b"<html>502</html>", b""])
)
headers = st.dictionaries(
    st.sampled_from(["X-WP-Total", "X-WP-TotalPages", "Retry-After", "Content-Type", "Location"]),
    st.sampled_from(["1", "0", "-3", "999999999999", "9" * 400, "abc", "", "Wed, 21 Oct 2015 07:28:00 GMT",
                     "application/json", "https://elsewhere.example/"]),
    max_size=4,
)
statuses = st.sampled_from([200, 201, 204, 301, 400, 401, 403, 404, 409, 410, 429, 500, 502, 503, 504])


def client_answering(status: int, body: bytes, extra: dict[str, str]) -> WordPressClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"Content-Type": "application/json", **extra})

    return WordPressClient("http://127.0.0.1:9", "editor", "abcd efgh ijkl mnop qrst uvwx",
                           api_root="http://127.0.0.1:9/wp-json/", transport=httpx.MockTransport(handler))


CALLS = {
    "get_post": lambda c: c.get_post(7),
    "list_posts": lambda c: c.list_posts(),
    "list_terms": lambda c: c.list_terms("post_tag"),
    "create_post": lambda c: c.create_post(PostChanges(title="t", content="c", status="draft")),
    "update_post": lambda c: c.update_post(7, PostChanges(title="t")),
    "create_term": lambda c: c.create_term("post_tag", "politics"),
    "upload_media": lambda c: c.upload_media(b"\x89PNG", "a.png", "image/png", marker="abcd1234-m1"),
    "find_posts_by_marker": lambda c: c.find_posts_by_marker("abcd1234-m1"),
    "whoami": lambda c: c.whoami(),
    "delete_post": lambda c: c.delete_post(7),
}


@FUZZ
@given(call=st.sampled_from(sorted(CALLS)), status=statuses, body=bodies, extra=headers)
def test_any_server_answer_gives_a_value_or_a_typed_error(call: str, status: int, body: bytes,
                                                         extra: dict[str, str]) -> None:
    with client_answering(status, body, extra) as client:
        try:
            CALLS[call](client)
        except CmsError as exc:
            assert str(exc)  # a message to show, never an empty one


@FUZZ
@given(body=json_values | wp_objects)
def test_body_readers_accept_or_refuse_any_json(body: Any) -> None:
    for read in (lambda b: post_from_body(b, "GET", "/r"), lambda b: media_from_body(b, "GET", "/r"),
                 lambda b: term_from_body(b, "post_tag", "GET", "/r")):
        try:
            value = read(body)
        except CmsError:
            continue
        assert isinstance(value.id, int) and not isinstance(value.id, bool)


def test_a_server_that_repeats_one_page_forever_is_refused() -> None:
    """Billions of pages, the same posts on each: the walk stops with a clear error."""
    page = json.dumps([{"id": 1, "title": "a"}, {"id": 2, "title": "b"}]).encode()
    with client_answering(200, page, {"X-WP-Total": "2000000000", "X-WP-TotalPages": "20000000"}) as client:
        with pytest.raises(CmsError, match="same"):
            client.list_posts()


front_matter_text = st.one_of(
    st.text(max_size=300),
    st.builds(lambda head, body: f"---\n{head}\n---\n{body}", st.text(max_size=200), st.text(max_size=100)),
    st.builds(
        lambda pairs, body: "---\n" + "\n".join(f"{k}: {v}" for k, v in pairs) + "\n---\n" + body,
        st.lists(st.tuples(st.sampled_from(["title", "dek", "id", "date", "updated", "scheduled", "status", "lang",
                                           "sections", "tags", "slug", "byline", "x"]),
                           st.sampled_from(["", "[a, b]", "{a: 1}", "2026-13-45", "2026-01-01T00:00:00",
                                            "0001-01-01T00:00:00-01:00", "9999-12-31T23:59:59+01:00", "null",
                                            "!!binary aGk=", "&a [*a]", "publish", "trash", "xx", "'日本語'",
                                            "1e400", "- a\n- - b"])), max_size=8),
        st.text(max_size=50),
    ),
)


@FUZZ
@given(text=front_matter_text)
def test_front_matter_parses_or_says_what_is_wrong(text: str) -> None:
    try:
        doc = frontmatter.parse(text, "fuzz.md")
    except CopydeskError as exc:
        assert "fuzz.md" in str(exc)
        return
    assert doc.title.strip()


@FUZZ
@given(query=st.text(max_size=40) | st.sampled_from(['"', 'a"b', "NEAR(", "a OR", "*", "^x", "- -", "選挙 AND",
                                                      "(((", "col:x", "\x00", "経済 OR NOT"]))
def test_any_search_query_finds_or_finds_nothing(desk, query: str) -> None:
    articles = ArticleService(desk.store)
    if not articles.list(limit=1):
        articles.create("選挙 inflation 경제", body="The election and inflation; 選挙と経済; 경제 선거.")
    search.build_query(query)
    try:
        found = articles.search(query, limit=10)
    except CopydeskError:
        return
    assert isinstance(found, list)


markdown_text = st.text(max_size=400) | st.lists(
    st.sampled_from(["# h", "*", "**", "_", "`", "```", "[a](", "](b)", "![x](", "<", "<script>", "&", "|", "---",
                     "> ", "1. ", "- ", "\n", "\n\n", "    ", "{: #id}", "[^1]", "<!-- wp:paragraph -->", "日本語",
                     "한국어", "\t", "\\"]), max_size=60).map("".join)


@FUZZ
@given(text=markdown_text, lang=st.sampled_from(["en", "ja", "ko"]))
def test_any_markdown_renders_in_every_format(text: str, lang: str) -> None:
    renderer = Renderer()
    article = PreviewArticle(title="t", dek="", body=text, byline="", lang=lang, section="", tags=(),
                             published_at=None, updated_at=None, reading_minutes=1)
    assert "<html" in renderer.preview_html(article, UTC)
    for fmt in ("blocks", "html"):
        html_to_markdown(renderer.publish_html(text, lang, fmt))
