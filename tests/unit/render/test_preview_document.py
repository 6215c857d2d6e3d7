"""The preview from one place: a source (stored or unsaved) to its page, and when a live preview pauses."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from editor_app.core.desk import Desk
from editor_app.core.preview_source import (
    LIVE,
    PauseRules,
    PreviewSource,
    image_url,
    preview_document,
    preview_html,
    source_from_article,
)
from editor_app.core.render import Renderer

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f00"
    "05000201a5f0e1d90000000049454e44ae426082"
)


def source(body: str, **fields: object) -> PreviewSource:
    values: dict[str, object] = {
        "article_id": "a1", "title": "Harbour plan", "dek": "", "body": body, "byline": "Reporter", "lang": "en",
        "section": "News", "tags": (), "published_at": None, "updated_at": None,
    }
    values.update(fields)
    return PreviewSource(**values)  # type: ignore[arg-type]


def test_a_body_past_the_limit_is_paused_with_its_size_and_still_counted() -> None:
    rules = PauseRules(pause_chars=1000, resume_chars=900)
    doc = preview_document(source("word " * 300), rules=rules)  # 1,500 characters
    assert doc.html is None and doc.paused is not None
    assert str(doc.paused) == "Preview paused: this article is 0.0 MB, too large to preview while you type."
    assert doc.paused.context == "PreviewController"
    assert doc.stats.words == 300


def test_a_paused_preview_resumes_only_below_the_resume_size() -> None:
    rules = PauseRules(pause_chars=1000, resume_chars=900)
    assert not rules.body_too_large(950)  # never paused: shown up to the limit
    assert rules.body_too_large(1001)
    assert rules.body_too_large(950, paused=True)  # paused: deleting a little does not flip it back
    assert not rules.body_too_large(899, paused=True)
    body = "x" * 950
    assert preview_document(source(body), rules=rules, paused=True).paused is not None
    assert preview_document(source(body), rules=rules, paused=False).html is not None


def test_the_live_rules_pause_huge_articles_only() -> None:
    assert LIVE.resume_chars < LIVE.pause_chars
    assert not LIVE.body_too_large(200_000) and LIVE.body_too_large(LIVE.pause_chars + 1)


def test_a_page_too_long_for_the_web_view_is_paused() -> None:
    doc = preview_document(source("A short body."), rules=PauseRules(max_url_chars=2000))
    assert doc.html is None and doc.paused is not None
    assert "larger than the preview can show" in str(doc.paused)


def test_without_rules_the_whole_page_is_always_made() -> None:
    """`copydesk render` is not typing: it prints the page, however long."""
    body = "A paragraph of the article.\n\n" * 200
    rules = PauseRules(pause_chars=100, resume_chars=50, max_url_chars=100)
    assert preview_document(source(body), rules=rules).html is None
    page = preview_document(source(body)).html
    assert page is not None and page.count("A paragraph of the article.") == 200


def test_a_local_image_path_becomes_a_file_url(tmp_path: Path) -> None:
    picture = tmp_path / "a photo.png"
    assert image_url(str(picture)) == picture.as_uri()
    assert image_url(picture.as_uri()) == picture.as_uri()
    assert image_url(" https://example.org/p.png ") == "https://example.org/p.png"
    assert image_url("") is None


def test_a_stored_article_maps_to_the_page_the_render_command_prints(desk: Desk, tmp_path: Path) -> None:
    art = desk.articles.create(
        "Harbour plan", body="The council met.\n\nIt voted.", dek="A vote", byline="Mika Sato",
        sections=("politics",), tags=("council", "harbour"),
    )
    picture = tmp_path / "pic.png"
    picture.write_bytes(PNG)
    media = desk.media.add(art.id, picture, alt="The harbour", caption="At dawn", credit="AP", featured=True)
    stored = desk.articles.get(art.id)

    src = source_from_article(desk, stored)
    assert src.section == "Politics" and src.tags == ("council", "harbour") and src.byline == "Mika Sato"
    assert image_url(src.featured_url) == media.path.as_uri()

    page = preview_html(desk, art.id[:8])
    assert page == preview_document(src, Renderer()).html
    assert '<p class="section-label">Politics</p>' in page
    assert '<span class="author">Mika Sato</span>' in page
    assert f'<img src="{media.path.as_uri()}" alt="The harbour">' in page
    assert '<p data-line="0">The council met.</p>' in page


def test_dates_come_from_the_source() -> None:
    published = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    updated = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    page = preview_document(source("Body.", published_at=published, updated_at=updated), tz=UTC).html
    assert page is not None
    assert '<time datetime="2026-03-01T09:30:00+00:00">March 1, 2026, 9:30 a.m. UTC</time>' in page
    assert 'class="updated"' in page
