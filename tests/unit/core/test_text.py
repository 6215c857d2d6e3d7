"""Word counts, reading time and slugs for English, Japanese and Korean."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor_app.core.text import SLUG_MAX_ENCODED, check_slug, slugify, text_stats


def test_english_counts_words_not_markup() -> None:
    stats = text_stats("## Heading\n\nThe [mayor](https://example.com/a-long-url) said **no**, twice.\n")
    assert stats.words == 6  # Heading The mayor said no twice
    assert stats.cjk_chars == 0


def test_japanese_counts_characters() -> None:
    stats = text_stats("東京都知事選の投票率は過去最低だった。")
    assert stats.cjk_chars == 18
    assert stats.words == 0
    assert stats.describe() == "18 characters"


def test_korean_counts_syllables() -> None:
    stats = text_stats("서울 시장 선거 결과")
    assert stats.cjk_chars == 8
    assert stats.words == 0


def test_mixed_text_counts_both() -> None:
    stats = text_stats("Toyota トヨタ reported 決算 results")
    assert (stats.words, stats.cjk_chars) == (3, 5)
    assert stats.describe() == "3 words + 5 characters"


@pytest.mark.parametrize(
    "text, minutes",
    [("", 0), ("word " * 230, 1), ("word " * 2300, 10), ("あ" * 500, 1), ("あ" * 5000, 10), ("가" * 2500, 5)],
)
def test_reading_time(text: str, minutes: int) -> None:
    assert text_stats(text).reading_minutes == minutes


@pytest.mark.parametrize(
    "title, slug",
    [
        ("Mayor wins re-election!", "mayor-wins-re-election"),
        ("Café crème: Editor's note", "cafe-creme-editors-note"),
        ("東京都知事選、投票率は過去最低", "東京都知事選、投票率は過去最低"),  # WordPress keeps CJK punctuation
        ("Q&A: the plan (part 2)", "qa-the-plan-part-2"),  # ASCII punctuation goes
        ("3.5% rise / Tokyo", "3-5-rise-tokyo"),
        ("서울 날씨 — 맑음, 29°C × 2", "서울-날씨-맑음-29c-x-2"),
        ("snake_case “quoted”", "snake_case-quoted"),
        ("서울 시장 선거 결과", "서울-시장-선거-결과"),
        ("ボーイング社の決算", "ボーイング社の決算"),  # ー and voiced kana stay whole
        ("Straße 2026", "strase-2026"),  # as WordPress does outside a German site
    ],
)
def test_slugs_keep_unicode_letters(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_slug_fits_wordpress_column_when_percent_encoded() -> None:
    from urllib.parse import quote

    slug = slugify("東" * 300)
    assert len(quote(slug, safe="-")) <= SLUG_MAX_ENCODED
    assert slug == "東" * 22


def test_empty_slug_is_an_error() -> None:
    with pytest.raises(Exception, match="no letters or digits"):
        check_slug("!!!")


@given(st.text())
def test_slugs_are_always_url_safe_shapes(title: str) -> None:
    slug = slugify(title)
    assert not slug.startswith("-") and not slug.endswith("-")
    assert "--" not in slug
    assert slug == slug.lower()
    assert all(not (c.isascii() and c.isspace()) for c in slug)
