"""The WordPress client against a real WordPress (scripts/wordpress.sh) and the fault proxy."""

from __future__ import annotations

import logging
import socket
import struct
import time
import traceback
import uuid
import zlib
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from editor_app.core.sync.cms import PostChanges, map_concurrent
from editor_app.core.sync.errors import (
    AuthRejected,
    CmsError,
    Forbidden,
    NotFoundRemote,
    OutcomeUnknown,
    RateLimited,
    ServerError,
    SiteUnreachable,
    TermExists,
    UnexpectedResponse,
)
from editor_app.core.sync.wordpress import WordPressClient

ROLES = ("admin", "editor", "author", "contributor")


def unique(prefix: str) -> str:
    return f"{prefix} {uuid.uuid4().hex[:8]}"


def tiny_png(width: int = 2, height: int = 2) -> bytes:
    """A valid RGB PNG built by hand (no imaging library needed)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\xff\x80\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def via_proxy(wp_client, proxy, role: str = "editor", **kwargs) -> WordPressClient:
    return wp_client(role, site_url=proxy.url, api_root=proxy.url + "/wp-json/", **kwargs)


# ----------------------------------------------------------------------------- account
@pytest.mark.parametrize("role", ROLES)
def test_whoami_reports_role_and_capabilities(wp_site, wp_client, role: str) -> None:
    me = wp_client(role).whoami()
    assert me.id == wp_site.user(role).id
    assert me.slug == role
    assert me.roles == ({"admin": "administrator"}.get(role, role),)
    assert me.can("edit_posts")
    assert me.can("publish_posts") is (role != "contributor")
    assert me.can("manage_categories") is (role in ("admin", "editor"))


def test_discovery_and_site_info_on_the_real_site(wp_site, wp_client) -> None:
    client = wp_client("author")
    assert client.api_root.url == wp_site.base_url + "/wp-json/"
    info = client.site_info()
    assert info.timezone_string == wp_site.timezone == "Asia/Tokyo"
    assert "wp/v2" in info.namespaces
    # the version WordPress itself reports (PHP's $wp_version), read from the site's feed
    assert info.wordpress_version == wp_site.wp_version


def test_query_style_api_root_works_too(wp_site, wp_client) -> None:
    client = wp_client("editor", api_root=wp_site.base_url + "/?rest_route=/")
    assert client.whoami().slug == "editor"
    assert any(term.id == 1 for term in client.list_terms("category"))  # Uncategorized


def test_wrong_password_is_rejected_everywhere(wp_site) -> None:
    wrong = "AAAA BBBB CCCC DDDD EEEE FFFF"
    with WordPressClient(wp_site.base_url, "editor", wrong) as client:
        for call in (client.whoami, client.list_posts, lambda: client.create_post(PostChanges(title="x"))):
            with pytest.raises(AuthRejected) as caught:
                call()
            # 401, or 400 "status is forbidden" when WordPress quietly treats the caller as anonymous
            assert caught.value.status in (400, 401)
            assert "editor" in str(caught.value)
            assert wrong not in str(caught.value) and wrong not in repr(caught.value)


def test_unreachable_site(wp_client) -> None:
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    client = wp_client("editor", site_url=f"http://127.0.0.1:{port}", api_root=f"http://127.0.0.1:{port}/wp-json/")
    with pytest.raises(SiteUnreachable) as caught:
        client.create_post(PostChanges(title="never sent"))
    assert caught.value.may_have_applied is False


# ----------------------------------------------------------------------------- terms
def test_category_lifecycle_with_child_and_duplicate(wp_client) -> None:
    client = wp_client("editor")
    parent = client.create_term("category", unique("World"), description="Foreign news")
    child = client.create_term("category", "アジア " + uuid.uuid4().hex[:6], parent=parent.id)
    try:
        assert child.parent == parent.id and child.taxonomy == "category"
        with pytest.raises(TermExists) as caught:
            client.create_term("category", child.name, parent=parent.id)
        assert caught.value.term_id == child.id

        renamed = client.update_term("category", child.id, name=child.name + " 2", description="説明")
        assert (renamed.name, renamed.description, renamed.parent) == (child.name + " 2", "説明", parent.id)
        listed = {term.id: term for term in client.list_terms("category")}
        assert listed[child.id].name == renamed.name
        assert client.get_term("category", parent.id).description == "Foreign news"
    finally:
        client.delete_term("category", child.id)
        client.delete_term("category", parent.id)
    with pytest.raises(NotFoundRemote):
        client.get_term("category", child.id)


def test_author_cannot_create_categories(wp_client) -> None:
    with pytest.raises(Forbidden) as caught:
        wp_client("author").create_term("category", unique("Nope"))
    assert caught.value.code == "rest_cannot_create"


def test_tags_round_trip(wp_client) -> None:
    client = wp_client("author")
    tag = client.create_term("post_tag", "선거 " + uuid.uuid4().hex[:6])
    try:
        assert tag.taxonomy == "post_tag"
        assert any(t.id == tag.id and t.name == tag.name for t in client.list_terms("post_tag"))
    finally:
        wp_client("editor").delete_term("post_tag", tag.id)


# ----------------------------------------------------------------------------- posts
def test_japanese_and_korean_posts_round_trip(wp_client) -> None:
    editor = wp_client("editor")
    section = editor.create_term("category", unique("経済"))
    tag = editor.create_term("post_tag", unique("환율"))
    marker = str(uuid.uuid4())
    changes = PostChanges(
        title="円相場、一時150円台に 🎌",
        content="<p>東京外国為替市場で円が下落した。</p>\n<p>원·달러 환율이 상승했다.</p>",
        excerpt="為替の動き",
        status="draft",
        categories=[section.id],
        tags=[tag.id],
        marker=marker,
    )
    created = editor.create_post(changes)
    try:
        fetched = editor.get_post(created.id)
        assert (fetched.title, fetched.content, fetched.excerpt) == (changes.title, changes.content, changes.excerpt)
        assert fetched.categories == (section.id,) and fetched.tags == (tag.id,)
        assert fetched.marker == marker and fetched.status == "draft"
        assert fetched.modified_gmt is not None and fetched.modified_gmt.tzinfo is UTC

        updated = editor.update_post(
            created.id, PostChanges(title="서울 증시 마감", content="<p>코스피</p>", marker=marker)
        )
        assert updated.title == "서울 증시 마감" and updated.content == "<p>코스피</p>" and updated.marker == marker

        editor.delete_post(created.id)  # to the trash first
        assert editor.get_post(created.id).status == "trash"
    finally:
        editor.delete_post(created.id, force=True)
        editor.delete_term("category", section.id)
        editor.delete_term("post_tag", tag.id)
    with pytest.raises(NotFoundRemote) as caught:
        editor.get_post(created.id)
    assert caught.value.code == "rest_post_invalid_id"
    with pytest.raises(NotFoundRemote):
        editor.update_post(created.id, PostChanges(title="gone"))


def test_future_post_is_scheduled_by_date_gmt(wp_client) -> None:
    author = wp_client("author")
    when = (datetime.now(UTC) + timedelta(hours=3)).replace(microsecond=0)
    post = author.create_post(PostChanges(title=unique("Scheduled"), status="future", date_gmt=when))
    past = author.create_post(
        PostChanges(title=unique("Back-dated"), status="future", date_gmt=when - timedelta(days=2))
    )
    try:
        assert post.status == "future" and post.date_gmt == when  # in a Tokyo-time site
        assert author.get_post(post.id).date_gmt == when
        assert past.status == "publish"  # WordPress turns a past "future" into a published post
    finally:
        author.delete_post(post.id, force=True)
        author.delete_post(past.id, force=True)


def test_contributor_publish_is_forbidden_but_review_works(wp_client) -> None:
    contributor = wp_client("contributor")
    with pytest.raises(Forbidden) as caught:
        contributor.create_post(PostChanges(title=unique("Scoop"), status="publish"))
    assert caught.value.code == "rest_cannot_publish"
    assert caught.value.may_have_applied is False
    pending = contributor.create_post(PostChanges(title=unique("Scoop"), status="pending"))
    assert pending.status == "pending"
    wp_client("editor").delete_post(pending.id, force=True)


def test_paging_over_a_hundred_posts_and_modified_after(wp_client) -> None:
    editor = wp_client("editor")
    time.sleep(1.1)  # modified times have one-second resolution: keep earlier tests' posts out
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(seconds=1)
    time.sleep(1.1)
    titles = [f"Bulk {i:03d} {uuid.uuid4().hex[:6]}" for i in range(120)]
    outcomes = map_concurrent(lambda t: editor.create_post(PostChanges(title=t, content="<p>x</p>")), titles, workers=4)
    assert all(o.ok for o in outcomes), [o.error for o in outcomes if not o.ok][:3]
    ids = {o.value.id for o in outcomes if o.value}
    try:
        pages = list(editor.iter_post_pages(modified_after=start))
        assert [len(p.items) for p in pages] == [100, 20]
        assert {(p.total, p.total_pages) for p in pages} == {(120, 2)}
        assert {post.id for page in pages for post in page.items} == ids

        time.sleep(1.1)
        watermark = datetime.now(UTC).replace(microsecond=0) - timedelta(seconds=1)
        time.sleep(1.1)
        touched = sorted(ids)[7]
        editor.update_post(touched, PostChanges(excerpt="changed"))
        assert [p.id for p in editor.list_posts(modified_after=watermark)] == [touched]
    finally:
        map_concurrent(lambda i: editor.delete_post(i, force=True), sorted(ids), workers=4)


def test_media_upload_with_japanese_name(wp_client) -> None:
    author = wp_client("author")
    png = tiny_png()
    marker = str(uuid.uuid4())
    media = author.upload_media(
        png, "写真-テスト.png", "image/png", alt_text="代替テキスト", caption="キャプション", marker=marker
    )
    try:
        assert media.mime_type == "image/png" and media.alt_text == "代替テキスト"
        assert "キャプション" in media.caption and media.marker == marker
        served = httpx.get(media.source_url)
        assert served.status_code == 200 and served.content == png
        assert [m.id for m in author.find_media_by_marker(marker)] == [media.id]

        post = author.create_post(PostChanges(title=unique("With photo"), featured_media=media.id))
        assert post.featured_media == media.id
        author.delete_post(post.id, force=True)
    finally:
        wp_client("editor").delete_media(media.id)
    with pytest.raises(NotFoundRemote):
        author.get_media(media.id)


# ----------------------------------------------------------------------------- faults
def test_dropped_response_after_create_is_reconciled_to_one_post(wp_client, fault_proxy) -> None:
    client = via_proxy(wp_client, fault_proxy)
    marker = str(uuid.uuid4())
    fault_proxy.drop_response(r"/wp/v2/posts$", method="POST")
    with pytest.raises(OutcomeUnknown) as caught:
        client.create_post(PostChanges(title=unique("Lost answer"), content="<p>body</p>", marker=marker))
    assert caught.value.may_have_applied
    assert fault_proxy.count("POST", r"/wp/v2/posts$") == 1

    found = client.find_posts_by_marker(marker)
    assert len(found) == 1 and found[0].content == "<p>body</p>"
    assert fault_proxy.count("POST", r"/wp/v2/posts$") == 1  # reconciling sent no second create
    client.delete_post(found[0].id, force=True)


def test_reset_before_and_after_forwarding(wp_client, fault_proxy) -> None:
    client = via_proxy(wp_client, fault_proxy)
    before, after = str(uuid.uuid4()), str(uuid.uuid4())
    fault_proxy.reset(r"/wp/v2/posts$", method="POST")
    with pytest.raises(OutcomeUnknown):
        client.create_post(PostChanges(title="reset early", content="x", marker=before))
    fault_proxy.reset(r"/wp/v2/posts$", method="POST", forward=True)
    with pytest.raises(OutcomeUnknown):
        client.create_post(PostChanges(title="reset late", content="x", marker=after))
    assert client.find_posts_by_marker(before) == []
    [late] = client.find_posts_by_marker(after)
    client.delete_post(late.id, force=True)


def test_read_timeout_is_an_unknown_outcome(wp_client, fault_proxy) -> None:
    client = via_proxy(wp_client, fault_proxy, timeout=httpx.Timeout(5.0, read=0.5))
    marker = str(uuid.uuid4())
    fault_proxy.delay(r"/wp/v2/posts$", 1.5, method="POST")
    with pytest.raises(OutcomeUnknown) as caught:
        client.create_post(PostChanges(title=unique("Slow"), content="x", marker=marker))
    assert caught.value.may_have_applied
    deadline = time.monotonic() + 10
    while not (found := client.find_posts_by_marker(marker)) and time.monotonic() < deadline:
        time.sleep(0.2)  # the site still gets the request once the delay is over
    assert len(found) == 1
    client.delete_post(found[0].id, force=True)


def test_rate_limits_with_retry_after(wp_client, fault_proxy) -> None:
    client = via_proxy(wp_client, fault_proxy)
    fault_proxy.respond(r"/users/me", 429, '{"code":"too_many","message":"Slow down"}',
                        content_type="application/json", headers={"Retry-After": "7"})  # fmt: skip
    with pytest.raises(RateLimited) as caught:
        client.whoami()
    assert caught.value.retry_after == 7 and caught.value.status == 429
    later = (datetime.now(UTC) + timedelta(seconds=120)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    fault_proxy.respond(r"/users/me", 503, "<html>Maintenance</html>", headers={"Retry-After": later})
    with pytest.raises(RateLimited) as caught:
        client.whoami()
    assert caught.value.retry_after is not None and 100 < caught.value.retry_after <= 120
    assert fault_proxy.count() == 0
    assert client.whoami().slug == "editor"  # rules were one-shot


def test_bad_gateway_and_garbage_bodies(wp_client, fault_proxy) -> None:
    from fault_proxy import PHP_FATAL_ERROR, PROXY_ERROR_PAGE

    client = via_proxy(wp_client, fault_proxy)
    fault_proxy.respond(r"/wp/v2/posts", 502, PROXY_ERROR_PAGE)
    with pytest.raises(ServerError) as caught:
        client.list_posts()
    assert caught.value.status == 502 and "Bad Gateway" in str(caught.value)

    fault_proxy.respond(r"/wp/v2/posts/\d+", 200, PROXY_ERROR_PAGE, method="GET")
    fault_proxy.respond(r"/wp/v2/posts/\d+", 200, PHP_FATAL_ERROR, method="GET")
    for _ in range(2):
        with pytest.raises(UnexpectedResponse) as caught:
            client.get_post(1)
        assert "expected a JSON object" in str(caught.value) and "HTTP 200" in str(caught.value)
        assert len(str(caught.value)) < 400


def test_the_password_never_appears_in_errors_or_logs(wp_site, wp_client, fault_proxy, caplog) -> None:
    user = wp_site.user("editor")
    secret = user.app_password
    caplog.set_level(logging.DEBUG)
    client = via_proxy(wp_client, fault_proxy, timeout=httpx.Timeout(5.0, read=0.5))
    errors: list[CmsError] = []
    fault_proxy.respond(r"/users/me", 200, f"<pre>PHP_AUTH_PW => {secret}</pre>")
    fault_proxy.respond(r"/users/me", 500, f"Fatal: password {secret} rejected")
    fault_proxy.drop_response(r"/users/me")
    fault_proxy.delay(r"/users/me", 1.0)
    fault_proxy.respond(r"/users/me", 429, "", headers={"Retry-After": "1"})
    for _ in range(5):
        with pytest.raises(CmsError) as caught:
            client.whoami()
        errors.append(caught.value)
    with WordPressClient(wp_site.base_url, "editor", secret[:-4] + "zzzz") as wrong, pytest.raises(CmsError) as caught:
        wrong.whoami()
    errors.append(caught.value)

    assert [type(e).__name__ for e in errors] == [
        "UnexpectedResponse", "ServerError", "OutcomeUnknown", "OutcomeUnknown", "RateLimited", "AuthRejected",
    ]  # fmt: skip
    text = "".join(str(e) + repr(e) + "".join(traceback.format_exception(e)) for e in errors)
    text += caplog.text + repr(client)
    assert secret not in text and secret.replace(" ", "") not in text and secret[:-4] not in text
    assert "[redacted]" in text
