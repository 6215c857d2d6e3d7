"""Each pre-publish check: what it finds, whether it blocks or warns, and the field it points to."""

from __future__ import annotations

from dataclasses import replace

import pytest

from editor_app.core.preferences import Preferences
from editor_app.core.prepublish import (
    BLOCKING,
    WARNING,
    CheckInput,
    Finding,
    blocking,
    body_images,
    body_links,
    is_well_formed,
    run_checks,
    web_links,
)

GOOD = CheckInput(
    title="Council approves the new bridge",
    dek="The vote ends a decade of debate over the river crossing.",
    body="The council voted on Tuesday. See [the minutes](https://example.org/minutes).\n\n![A bridge at dusk](b.png)",
    slug="council-approves-the-new-bridge",
    lang="en",
    sections=("city",),
    byline="Jane Doe",
    featured_present=True,
    featured_alt="The bridge at dusk",
    online=True,
)


def codes(data: CheckInput, prefs: Preferences | None = None) -> dict[str, Finding]:
    return {f.code: f for f in run_checks(data, prefs)}


def test_a_complete_story_has_no_findings() -> None:
    assert run_checks(GOOD) == []


@pytest.mark.parametrize("title", ["", "   ", "Untitled article", "無題の記事", "제목 없는 기사"])
def test_a_missing_or_placeholder_headline_blocks(title: str) -> None:
    f = codes(replace(GOOD, title=title))["headline_missing"]
    assert (f.severity, f.field) == (BLOCKING, "headline")


def test_an_english_headline_is_counted_in_words() -> None:
    prefs = Preferences(headline_limits={"en": 5})
    assert "headline_too_long" not in codes(replace(GOOD, title="One two three four five"), prefs)
    f = codes(replace(GOOD, title="One two three four five six"), prefs)["headline_too_long"]
    assert (f.severity, f.field) == (WARNING, "headline")
    assert f.message.values == {"length": 6, "limit": 5}
    assert "6 words" in str(f.message)


@pytest.mark.parametrize("lang, title", [("ja", "東京都が新しい橋を承認"), ("ko", "서울시 새 다리 승인 결정")])
def test_japanese_and_korean_headlines_are_counted_in_characters(lang: str, title: str) -> None:
    chars = sum(1 for ch in title if not ch.isspace())
    prefs = Preferences(headline_limits={lang: chars})
    assert "headline_too_long" not in codes(replace(GOOD, title=title, lang=lang), prefs)
    prefs = Preferences(headline_limits={lang: chars - 1})
    f = codes(replace(GOOD, title=title, lang=lang), prefs)["headline_too_long"]
    assert f.message.values["length"] == chars
    assert "characters" in str(f.message)


def test_the_dek_warns_when_missing_or_too_long() -> None:
    f = codes(replace(GOOD, dek=""))["dek_missing"]
    assert (f.severity, f.field) == (WARNING, "dek")
    long_ja = "あ" * 81
    f = codes(replace(GOOD, dek=long_ja, lang="ja", title="橋"))["dek_too_long"]
    assert (f.severity, f.message.values["length"], f.message.values["limit"]) == (WARNING, 81, 80)
    assert "dek_too_long" not in codes(replace(GOOD, dek="あ" * 80, lang="ja", title="橋"))


def test_no_section_blocks() -> None:
    f = codes(replace(GOOD, sections=()))["section_missing"]
    assert (f.severity, f.field) == (BLOCKING, "section")


@pytest.mark.parametrize("slug", ["untitled-article", "untitled-article-2"])
def test_a_placeholder_slug_blocks(slug: str) -> None:
    f = codes(replace(GOOD, slug=slug))["slug_placeholder"]
    assert (f.severity, f.field) == (BLOCKING, "slug")


def test_a_slug_taken_on_the_site_blocks_only_when_checked_online() -> None:
    f = codes(replace(GOOD, slug_taken_by=42))["slug_taken"]
    assert (f.severity, f.field, f.message.values["post"]) == (BLOCKING, "slug", 42)
    offline = codes(replace(GOOD, slug_taken_by=42, online=False))
    assert "slug_taken" not in offline
    assert offline["offline"].severity == WARNING


def test_an_empty_slug_is_left_to_the_site() -> None:
    assert "slug_placeholder" not in codes(replace(GOOD, slug=""))


def test_the_byline_warns_when_missing_or_unresolved() -> None:
    assert codes(replace(GOOD, byline=""))["byline_missing"].severity == WARNING
    f = codes(replace(GOOD, byline_choice_needed=True))["byline_unresolved"]
    assert (f.severity, f.field) == (WARNING, "byline")


def test_the_featured_image_warns_when_missing_or_without_alt() -> None:
    f = codes(replace(GOOD, featured_present=False))["featured_missing"]
    assert (f.severity, f.field) == (WARNING, "featured_image")
    f = codes(replace(GOOD, featured_alt="  "))["featured_alt_missing"]
    assert (f.severity, f.field) == (WARNING, "featured_image")


def test_every_body_image_needs_alt_text_here_or_in_the_library() -> None:
    body = '![](a.png)\n\n![Described](b.png)\n\n<img src=\'c.png\'>\n\n<img alt="ok" src="d.png">'
    found = [f for f in run_checks(replace(GOOD, body=body)) if f.code == "image_alt_missing"]
    assert [f.message.values["image"] for f in found] == ["a.png", "c.png"]
    assert all((f.severity, f.field) == (WARNING, "body") for f in found)
    with_library = replace(GOOD, body=body, body_image_alts={"a.png": "From the library", "c.png": ""})
    assert [f.message.values["image"] for f in run_checks(with_library) if f.code == "image_alt_missing"] == ["c.png"]


def test_body_images_reads_markdown_and_html() -> None:
    found = body_images('![x](a.png "t") <IMG SRC=b.png alt="y">')
    assert [(i.src, i.alt) for i in found] == [("a.png", "x"), ("b.png", "y")]


def test_links_are_found_outside_code_and_images() -> None:
    body = (
        "[a](https://a.example/x) ![img](https://img.example/p.png) <https://b.example>\n"
        '<a href="https://c.example">c</a> `[no](https://code.example)`\n'
        "```\n[no](https://fence.example)\n```\n[a again](https://a.example/x)"
    )
    assert body_links(body) == ["https://a.example/x", "https://c.example", "https://b.example"]


@pytest.mark.parametrize(
    "url, ok",
    [
        ("https://example.org/a?b=c#d", True),
        ("http://localhost:8080/x", True),
        ("/2026/12/story", True),
        ("#section", True),
        ("mailto:desk@example.org", True),
        ("", False),
        ("www.example.org", False),
        ("htps//example.org", False),
        ("https://", False),
        ("https://example", False),
        ("https://exa mple.org", False),
        ("javascript:alert(1)", False),
        ("http://example.org:99999/", False),
    ],
)
def test_well_formed_links(url: str, ok: bool) -> None:
    assert is_well_formed(url) is ok


def test_malformed_and_broken_links_warn() -> None:
    body = "[a](www.example.org) [b](https://gone.example/x) [c](https://ok.example)"
    data = replace(GOOD, body=body, broken_links=("https://gone.example/x",))
    found = run_checks(data)
    assert [(f.code, f.message.values["url"]) for f in found if f.code.startswith("link_")] == [
        ("link_malformed", "www.example.org"),
        ("link_broken", "https://gone.example/x"),
    ]
    assert all(f.severity == WARNING for f in found)
    assert web_links(body) == ["https://gone.example/x", "https://ok.example"]


def test_an_open_conflict_and_unsaved_edits_block() -> None:
    found = codes(replace(GOOD, open_conflict=True, unsaved=True))
    assert (found["conflict_open"].severity, found["conflict_open"].field) == (BLOCKING, "conflict")
    assert found["unsaved"].severity == BLOCKING


def test_blocking_findings_come_first_and_serialise() -> None:
    found = run_checks(replace(GOOD, dek="", sections=()))
    assert [f.code for f in found] == ["section_missing", "dek_missing"]
    assert blocking(found) == found[:1]
    assert found[0].as_dict() == {
        "code": "section_missing",
        "severity": "blocking",
        "message": "No section is chosen. Choose the section the story belongs to.",
        "field": "section",
    }
