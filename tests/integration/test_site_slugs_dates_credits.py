"""What reaches a real WordPress: slugs that follow the headline, the site's modification times
on pulled posts, photo credits and captions."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from urllib.parse import unquote

import pytest

from editor_app.core.desk import Desk
from editor_app.core.domain import Status
from editor_app.core.services.syncing import sync_site
from editor_app.core.sync.cms import PostChanges
from editor_app.core.sync.engine import SyncReport
from editor_app.core.text import slugify


def unique(prefix: str) -> str:
    return f"{prefix} {uuid.uuid4().hex[:8]}"


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
    desk would have made. The post is live, so its address stays put from now on."""
    title = unique(title)
    post = wp_client("editor").create_post(PostChanges(title=title, status="publish", content="<p>x</p>"))
    assert unquote(post.slug) == slugify(title)
    desk = make_desk()
    sync(desk)
    [row] = [r for r in desk.articles.list(limit=10000) if r.title == title]
    art = desk.articles.get(row.id)
    assert (art.slug, art.slug_manual) == (slugify(title), True)


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


# ----------------------------------------------------------------------------- line breaking
KO_HEADLINE = "대통령이 새로운 경제정책을 발표했다 서울시민들은 환영했다"
LINES_JS = """(function (sel) {
  const el = document.querySelector(sel);
  if (!el) return 'null';
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const lines = [];
  let top = null, cur = '', node;
  while ((node = walker.nextNode())) {
    for (let i = 0; i < node.data.length; i++) {
      range.setStart(node, i); range.setEnd(node, i + 1);
      const rects = range.getClientRects();
      const ch = node.data[i];
      if (!rects.length || /\\s/.test(ch)) { cur += ch; continue; }
      const t = rects[0].top;
      if (top !== null && t - top > 4) { lines.push(cur); cur = ''; }
      top = t; cur += ch;
    }
  }
  lines.push(cur);
  return JSON.stringify(lines);
})(%s)"""


def test_a_korean_headline_in_the_sites_own_look_breaks_between_words(qtbot, wp_site, tmp_path) -> None:
    """The real theme's styles with the desk's line breaking on top, in the real web engine."""
    from PySide6.QtCore import QCoreApplication, QEvent, QUrl
    from PySide6.QtWebEngineCore import QWebEngineScript
    from test_site_look_wordpress import publish, switch_theme, theme_for

    from editor_app.core.look.cache import LookCache, LookRequest
    from editor_app.core.look.learn import learn_look
    from editor_app.core.look.service import render_page
    from editor_app.core.render import PreviewArticle, Renderer
    from editor_app.ui.preview.web import PreviewWebView

    switch_theme(wp_site, theme_for("block", wp_site.wp_version))
    publish(wp_site, unique("Harbour plan"))
    cache = LookCache(tmp_path / "looks")
    manifest = learn_look("ko-look", wp_site.base_url, cache)
    assert manifest.flavour == "block", manifest.problem
    article = PreviewArticle(title=KO_HEADLINE, dek="국회는 오늘 예산안을 통과시켰다", body="본문입니다.",
                             byline="김민준", lang="ko", section=None, tags=(), published_at=None, updated_at=None,
                             reading_minutes=1)
    page = render_page(Renderer(), article, LookRequest("site", cache.folder(manifest.site), True))
    view = PreviewWebView(None, tmp_path / "looks")
    view.resize(360, 800)
    view.show()
    try:
        with qtbot.waitSignal(view.loadFinished, timeout=20_000) as loaded:
            view.setHtml(page.html, QUrl(f"copydesk-look://{page.look_key}/"))
        assert loaded.args == [True]
        out: list[object] = []
        view.page().runJavaScript(LINES_JS % '".wp-block-post-title"',
                                  QWebEngineScript.ScriptWorldId.ApplicationWorld, out.append)
        qtbot.waitUntil(lambda: bool(out), timeout=10_000)
        lines = [line.strip() for line in json.loads(str(out[0])) if line.strip()]
    finally:
        view.dispose()
        view.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(lines) >= 2, lines
    assert [w for line in lines for w in line.split()] == KO_HEADLINE.split(), lines


# ----------------------------------------------------------------------------- photo credits
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f00"
    "05000201a5f0e1d90000000049454e44ae426082"
)


def test_photo_credits_and_captions_reach_the_site_and_come_back_apart(make_desk, wp_client, tmp_path,
                                                                       block_editors) -> None:
    desk = make_desk()
    image = tmp_path / f"{uuid.uuid4().hex[:8]}.png"
    image.write_bytes(PNG)
    art = desk.articles.create(unique("Harbour fire"), body="Text.")
    media = desk.media.add(art.id, image, alt="Fire crews at the pier", caption="Crews at the pier.",
                           credit="Jane Doe", featured=True)
    desk.articles.update(art.id, body=f"Text.\n\n![Fire crews at the pier]({media.path.name})\nCrews at the pier.\n")
    sync(desk)
    admin = wp_client("admin")
    post = admin.get_post(desk.articles.get(art.id).remote_id)
    remote = admin.get_media(post.featured_media)
    assert (remote.alt_text, remote.caption) == ("Fire crews at the pier", "Crews at the pier. Photo: Jane Doe")
    assert "Crews at the pier. Photo: Jane Doe</figcaption>" in post.content
    for editor in block_editors:  # the figure as the site holds it, judged by each block editor
        verdict = editor.check(post.content)
        assert verdict.acceptable and "core/image" in verdict.names(), f"{editor.release}: {verdict.explain()}"

    other = make_desk()  # a second desk pulls the post: caption and credit on lines of their own
    sync(other)
    pulled = next(other.articles.get(r.id) for r in other.articles.list(limit=10000) if r.title == art.title)
    assert pulled.body.endswith("\nCrews at the pier.\nPhoto: Jane Doe")
    sync(desk)  # and the desk that sent it sends nothing more: no credit twice
    assert admin.get_post(post.id).content.count("Photo: Jane Doe") == 1
