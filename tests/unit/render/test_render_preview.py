"""The preview page: template, escaping, security policy, languages and dates."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from editor_app.core.render import PreviewArticle, Renderer, render_preview, resources_dir

PUBLISHED = datetime(2025, 3, 5, 0, 30, tzinfo=UTC)
UPDATED = datetime(2025, 3, 5, 6, 5, tzinfo=UTC)

ARTICLE = PreviewArticle(
    title="Council backs school budget",
    dek="A four percent rise after months of talks",
    body="The council voted on Tuesday.\n\n## What happens next\n\nMore *detail* here.\n",
    byline="Jane Doe",
    lang="en",
    section="Local",
    tags=("education", "budget"),
    published_at=PUBLISHED,
    updated_at=UPDATED,
    reading_minutes=4,
    featured_image_url="https://example.com/council.jpg",
    featured_caption="Councillors vote on Tuesday.",
    featured_alt="Councillors raising hands",
    featured_credit="Photo: John Roe",
)

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_resources_dir_points_at_the_repository_resources() -> None:
    assert (resources_dir() / "preview" / "article.html").is_file()
    assert (resources_dir() / "preview" / "article.css").is_file()


def test_page_has_every_part_of_the_article_page(renderer: Renderer) -> None:
    page = renderer.preview_html(ARTICLE, UTC)
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"en\">")
    assert '<p class="section-label">Local</p>' in page
    assert '<h1 class="headline">Council backs school budget</h1>' in page
    assert "<title>Council backs school budget</title>" in page
    assert '<p class="dek">A four percent rise after months of talks</p>' in page
    assert '<span class="author">Jane Doe</span>' in page
    assert '<time datetime="2025-03-05T00:30:00+00:00">March 5, 2025, 12:30 a.m. UTC</time>' in page
    assert '<time datetime="2025-03-05T06:05:00+00:00">March 5, 2025, 6:05 a.m. UTC</time>' in page
    assert "4 min read" in page
    assert '<img src="https://example.com/council.jpg" alt="Councillors raising hands">' in page
    assert '<figcaption>Councillors vote on Tuesday. <span class="credit">Photo: John Roe</span>' in page
    assert '<h2 id="what-happens-next" data-line="2">What happens next</h2>' in page  # with its source line
    assert "<li>education</li><li>budget</li>" in page
    assert "{{" not in page


def test_content_security_policy_forbids_scripts_and_non_image_loads(renderer: Renderer) -> None:
    page = renderer.preview_html(ARTICLE, UTC)
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert csp is not None
    directives = {d.split()[0]: d.split()[1:] for d in csp.group(1).split(";") if d.strip()}
    assert directives["default-src"] == ["'none'"]
    assert "script-src" not in directives or directives["script-src"] == ["'none'"]
    assert directives["style-src"] == ["'unsafe-inline'"]
    assert "*" in directives["img-src"]
    assert page.index("Content-Security-Policy") < page.index("<style>")
    assert "<script" not in page and "<link" not in page


def test_every_user_value_is_escaped(renderer: Renderer) -> None:
    hostile = replace(ARTICLE, title=XSS, dek=XSS, byline=XSS, section=XSS, tags=(XSS, "a&b"),
                      featured_caption=XSS, featured_alt='"><script>x</script>', featured_credit=XSS,
                      body=XSS)
    page = renderer.preview_html(hostile, UTC)
    assert "<script" not in page and "onerror=alert" not in page.replace("onerror=alert(1)&gt;", "")
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page or "&lt;script&gt;" in page
    assert "<li>a&amp;b</li>" in page
    assert 'alt="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"' in page


def test_placeholders_in_user_values_are_not_expanded(renderer: Renderer) -> None:
    page = renderer.preview_html(replace(ARTICLE, title="{{body}} {{stylesheet}}"), UTC)
    assert "<title>{{body}} {{stylesheet}}</title>" in page


@pytest.mark.parametrize("url", ["javascript:alert(1)", "vbscript:x", "data:text/html,<b>x</b>", " JAVASCRIPT:x"])
def test_unsafe_featured_image_urls_are_dropped(renderer: Renderer, url: str) -> None:
    page = renderer.preview_html(replace(ARTICLE, featured_image_url=url), UTC)
    assert 'class="featured-image"' not in page


def test_local_and_inline_featured_images_are_allowed(renderer: Renderer) -> None:
    for url in ("file:///tmp/photo.jpg", "data:image/png;base64,AAAA"):
        assert f'<img src="{url}"' in renderer.preview_html(replace(ARTICLE, featured_image_url=url), UTC)


def test_optional_parts_disappear_when_empty(renderer: Renderer) -> None:
    bare = replace(ARTICLE, dek="", section=None, tags=(), featured_image_url=None, updated_at=None,
                   byline="", reading_minutes=0, published_at=None)
    page = renderer.preview_html(bare, UTC)
    for marker in ('class="dek"', 'class="section-label"', 'class="tags"', 'class="featured-image"', "<time",
                   'class="reading-time"',
                   'class="byline"'):
        assert marker not in page


def test_update_not_after_publication_is_not_shown(renderer: Renderer) -> None:
    page = renderer.preview_html(replace(ARTICLE, updated_at=PUBLISHED), UTC)
    assert 'class="updated"' not in page


def test_japanese_page(renderer: Renderer) -> None:
    article = replace(ARTICLE, lang="ja", title="市議会、学校予算を承認", byline="山田花子", tags=("教育",),
                      body="市議会は\"火曜日\"に採決した。\n")
    page = renderer.preview_html(article, ZoneInfo("Asia/Tokyo"))
    assert '<html lang="ja">' in page
    assert "2025年3月5日 9:30 JST" in page and "公開" in page and "更新" in page
    assert "約4分で読めます" in page and "タグ" in page
    assert '<p data-line="0">市議会は"火曜日"に採決した。</p>' in page  # no smart quotes for Japanese


def test_korean_page(renderer: Renderer) -> None:
    article = replace(ARTICLE, lang="ko", title="시의회, 학교 예산 승인")
    page = renderer.preview_html(article, ZoneInfo("Asia/Seoul"))
    assert '<html lang="ko">' in page
    assert "2025년 3월 5일 오전 9:30 KST" in page and "2025년 3월 5일 오후 3:05 KST" in page
    assert "4분 분량" in page


def test_fixed_offset_time_zone(renderer: Renderer) -> None:
    page = renderer.preview_html(ARTICLE, timezone(timedelta(hours=-5)))
    assert "March 4, 2025, 7:30 p.m. UTC-05:00" in page


def test_invalid_lang_is_not_injected(renderer: Renderer) -> None:
    page = renderer.preview_html(replace(ARTICLE, lang='en" onload="x'), UTC)
    assert '<html lang="und">' in page


def test_stylesheet_has_cjk_font_stacks_and_dark_mode() -> None:
    css = (resources_dir() / "preview" / "article.css").read_text(encoding="utf-8")
    for font in ("Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "Yu Gothic", "Apple SD Gothic Neo",
                 "Noto Sans CJK KR", "Malgun Gothic"):
        assert font in css
    assert ":lang(ja)" in css and ":lang(ko)" in css and "prefers-color-scheme: dark" in css


def test_render_preview_convenience_matches_renderer(renderer: Renderer) -> None:
    assert render_preview(ARTICLE, UTC) == renderer.preview_html(ARTICLE, UTC)
