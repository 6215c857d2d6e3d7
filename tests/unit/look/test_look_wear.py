"""Wearing a learned look: each part of the article in the site's place, for block and classic themes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from look_sites import CLASSIC_PAGE, Site, serve, wordpress_like

from editor_app.core.look.cache import LookCache
from editor_app.core.look.clean import is_inert
from editor_app.core.look.learn import learn_look
from editor_app.core.look.service import LookRequest, preview_page
from editor_app.core.look.wear import OUR_STACKS, SiteLook
from editor_app.core.render import PreviewArticle, Renderer

ARTICLE = PreviewArticle(
    title="Turnout <lowest> on record", dek="Voters stayed home", body="First paragraph.\n\n## A subhead\n\nMore.",
    byline="Aoi Tanaka", lang="en", section="Politics", tags=("election", "Tokyo"),
    published_at=datetime(2026, 11, 28, 9, 0, tzinfo=UTC), updated_at=datetime(2026, 11, 29, 9, 0, tzinfo=UTC),
    reading_minutes=1, featured_image_url="file:///tmp/photo.jpg", featured_alt="Ballot box",
)


def learned(tmp_path: Path, page: str | None = None) -> Path:
    with serve(Site()) as site, serve(Site()) as other:
        if page is None:
            wordpress_like(site, other)
        else:
            wordpress_like(site, other, page=page)
        learn_look("Daily", site.url, LookCache(tmp_path))
    return LookCache(tmp_path).folder("Daily")


@pytest.fixture(scope="module")
def block_look(tmp_path_factory: pytest.TempPathFactory) -> SiteLook:
    return SiteLook.load(learned(tmp_path_factory.mktemp("block")))


@pytest.fixture(scope="module")
def classic_look(tmp_path_factory: pytest.TempPathFactory) -> SiteLook:
    return SiteLook.load(learned(tmp_path_factory.mktemp("classic"), CLASSIC_PAGE))


def render(look: SiteLook, article: PreviewArticle = ARTICLE, *, context: bool = True) -> BeautifulSoup:
    html = look.render(article, Renderer().body_html(article.body, article.lang), context=context)
    assert is_inert(html) == []
    return BeautifulSoup(html, "html.parser")


def test_block_theme_parts_go_where_the_post_blocks_are(block_look: SiteLook) -> None:
    soup = render(block_look)
    assert soup.html["lang"] == "en"
    assert soup.title.get_text() == "Turnout <lowest> on record"
    assert soup.select_one(".wp-block-post-title").get_text() == "Turnout <lowest> on record"
    assert soup.select_one(".wp-block-post-excerpt__excerpt").get_text() == "Voters stayed home"
    assert soup.select_one(".wp-block-post-author__name").get_text() == "Aoi Tanaka"
    assert soup.select_one(".wp-block-post-avatar, .avatar") is None
    time = soup.select_one(".wp-block-post-date time")
    assert time["datetime"] == "2026-11-28T09:00:00+00:00" and "2026" in time.get_text()
    img = soup.select_one(".wp-block-post-featured-image img")
    assert (img["src"], img["alt"]) == ("file:///tmp/photo.jpg", "Ballot box")
    content = soup.select_one(".wp-block-post-content")
    assert [t.name for t in content.find_all(recursive=False)] == ["p", "h2", "p"]
    assert "Old body" not in str(soup)
    assert [a.get_text() for a in soup.select(".taxonomy-category a")] == ["Politics"]
    assert [a.get_text() for a in soup.select(".taxonomy-post_tag a")] == ["election", "Tokyo"]
    assert soup.select_one(".wp-block-comments") is None
    assert "Footer text" in soup.get_text()  # the page's context stays


def test_the_column_alone_drops_header_and_footer(block_look: SiteLook, classic_look: SiteLook) -> None:
    soup = render(block_look, context=False)
    assert soup.select_one("header.wp-block-template-part") is None and "Footer text" not in soup.get_text()
    assert soup.select_one(".wp-block-post-title").get_text() == ARTICLE.title
    classic = render(classic_look, context=False)
    assert classic.select_one("#masthead") is None and classic.select_one("#colophon") is None
    assert classic.select_one(".entry-content p").get_text() == "First paragraph."


def test_classic_theme_parts_go_where_the_entry_conventions_are(classic_look: SiteLook) -> None:
    soup = render(classic_look)
    assert soup.select_one("h1.entry-title").get_text() == ARTICLE.title
    assert soup.select_one(".byline a").get_text() == "Aoi Tanaka"
    assert soup.select_one("time.entry-date")["datetime"] == "2026-11-28T09:00:00+00:00"
    assert soup.select_one(".cat-links").get_text(" ", strip=True) == "Categorized as Politics"
    assert soup.select_one(".tags-links").get_text(" ", strip=True) == "Tagged election , Tokyo"
    assert soup.select_one(".entry-summary").get_text() == "Voters stayed home"
    assert soup.select_one(".post-thumbnail img")["alt"] == "Ballot box"
    assert soup.select_one(".post-navigation") is None and soup.select_one("#comments") is None
    assert "Classic footer" in soup.get_text()


def test_parts_the_article_lacks_are_left_out(block_look: SiteLook) -> None:
    bare = PreviewArticle(title="T", dek="", body="x", byline="", lang="en", section=None, tags=(),
                          published_at=None, updated_at=None, reading_minutes=1)
    soup = render(block_look, bare)
    for selector in (".wp-block-post-excerpt", ".wp-block-post-author", ".wp-block-post-date",
                     ".wp-block-post-featured-image", ".wp-block-post-terms"):
        assert soup.select_one(selector) is None, selector
    assert "\ue000" not in str(soup) and "\ue001" not in str(soup)


def test_the_page_keeps_a_csp_without_scripts(block_look: SiteLook) -> None:
    soup = render(block_look)
    csp = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    assert "default-src 'none'" in csp and "script-src" not in csp
    assert soup.head.find("meta") is soup.head.find("meta", attrs={"charset": True})


def test_japanese_and_korean_get_the_sites_font_or_ours(block_look: SiteLook, classic_look: SiteLook) -> None:
    ja = PreviewArticle(**{**ARTICLE.__dict__, "lang": "ja", "title": "投票率"})
    rule = render(block_look, ja).find("style", id="copydesk-look").get_text()
    assert '"Noto Sans JP"' in rule and "html:lang(ja)" in rule
    classic = render(classic_look, ja).find("style", id="copydesk-look").get_text()
    assert OUR_STACKS["ja"] in classic and "Noto Sans JP\"," not in classic.split(OUR_STACKS["ja"])[0]
    ko = PreviewArticle(**{**ARTICLE.__dict__, "lang": "ko"})
    assert OUR_STACKS["ko"] in render(block_look, ko).find("style", id="copydesk-look").get_text()
    assert render(block_look).find("style", id="copydesk-look").get_text() == ""


def test_a_look_that_cannot_be_worn_falls_back_with_a_note(tmp_path: Path) -> None:
    renderer = Renderer()
    not_learned = preview_page(renderer, ARTICLE, LookRequest("site", tmp_path / "nothing"))
    assert "look-note" in not_learned and "has not been learned yet" in not_learned
    folder = learned(tmp_path, "<html><head></head><body><p>no post</p></body></html>")
    odd = preview_page(renderer, ARTICLE, LookRequest("site", folder))
    note = BeautifulSoup(odd, "html.parser").select_one(".look-note").get_text()
    assert "could not be understood" in note and "no article body" in note
    no_site = preview_page(renderer, ARTICLE, LookRequest("site", None))
    assert "belongs to no site" in no_site
    assert 'class="look-note"' not in preview_page(renderer, ARTICLE, LookRequest("desk", None))


def test_source_lines_are_for_the_preview_only() -> None:
    renderer = Renderer()
    body = "First paragraph.\n\n## A subhead\n\n- one\n- two\n\n```\ncode\n```\n\n---\n\nLast words."
    preview = BeautifulSoup(renderer.preview_body(body, "en"), "html.parser")
    lines = [(tag.name, tag.get("data-line")) for tag in preview.find_all(recursive=False)]
    assert lines == [("p", "0"), ("h2", "2"), ("ul", "4"), ("pre", "8"), ("hr", "11"), ("p", "13")]
    assert "data-line" not in renderer.publish_html(body, "en", "html")
    assert "data-line" not in renderer.publish_html(body, "en", "blocks")


def test_japanese_and_korean_line_breaking_reaches_headline_dek_and_byline(block_look: SiteLook) -> None:
    """The same rules as the desk's template, over the theme's own (measured in tests/ui)."""
    ja = PreviewArticle(**{**ARTICLE.__dict__, "lang": "ja"})
    ko = PreviewArticle(**{**ARTICLE.__dict__, "lang": "ko"})
    ja_rule = render(block_look, ja).find("style", id="copydesk-look").get_text()
    ko_rule = render(block_look, ko).find("style", id="copydesk-look").get_text()
    for part in (".wp-block-post-title", ".wp-block-post-excerpt", ".wp-block-post-author", "figcaption"):
        assert part in ja_rule and part in ko_rule
    assert "line-break: strict !important" in ja_rule and "word-break: normal !important" in ja_rule
    assert "line-break: strict !important" in ko_rule and "word-break: keep-all !important" in ko_rule


def test_the_templates_line_breaking_applies_to_the_whole_page() -> None:
    """Set on body, inherited by headline, dek, byline, captions and body alike."""
    from editor_app.core.render.preview import resources_dir

    css = (resources_dir() / "preview" / "article.css").read_text(encoding="utf-8")
    flat = " ".join(css.split())
    assert ":lang(ja) body, :lang(ko) body { line-height: 1.85; letter-spacing: 0.02em; line-break: strict;" in flat
    assert ":lang(ko) body { word-break: keep-all; }" in flat
    assert ".entry-content { word-break" not in flat  # no longer the body text alone
