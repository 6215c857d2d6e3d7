"""Hostile or broken Markdown renders in bounded time and never raises."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.core.render import Renderer, html_to_markdown

_PIECES = st.sampled_from(
    ["*", "**", "_", "[", "]", "(", ")", "![", "<a ", "<", ">", "`", "> ", "- ", "1. ", "    ", "\n",
     "\n\n", "#", "|", "{", "}", "[^", "~~~", "```", "&", "\\", "\x02", "\x03", "--", '"', "'", "日本",
     "한국", "word", " ", "\t", ":", "http://x.y", "<!--", "-->", "<div>", "</div>"]
)


@settings(max_examples=300, deadline=1500, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=400).map("".join), st.sampled_from(["en", "ja", "ko"]))
def test_random_markup_soup_never_raises(text: str, lang: str) -> None:
    renderer = Renderer()
    html = renderer.body_html(text, lang)
    renderer.publish_html(text, lang)
    html_to_markdown(html)


@settings(max_examples=40, deadline=5000)
@given(st.integers(1, 3000), st.sampled_from(["[", "(", "![", "<a ", "*", "_", "`", "[^", "<!--", "{"]))
def test_repeated_unclosed_openers_stay_fast(count: int, opener: str) -> None:
    Renderer().body_html((opener + "x ") * count, "en")


@settings(max_examples=40, deadline=5000)
@given(st.integers(1, 2000), st.sampled_from([">", "> - ", "    - ", "  * ", "1. ", "> 1. "]))
def test_deep_nesting_stays_fast(depth: int, marker: str) -> None:
    text = "\n".join(marker * level + "item" for level in range(1, depth + 1, max(1, depth // 50)))
    text += "\n" + marker * depth + "deepest"
    Renderer().body_html(text, "en")


# Explicit regression guards, with generous bounds (a slow CI machine must still pass them).
def _timed(text: str, lang: str = "en") -> float:
    start = time.perf_counter()
    Renderer().body_html(text, lang)
    return time.perf_counter() - start


def test_deeply_nested_lists_and_quotes() -> None:
    assert _timed("\n".join("    " * i + "- level" for i in range(1000))) < 10
    assert _timed(">" * 5000 + " deep") < 10
    assert _timed("\n".join("> " * i + "- x" for i in range(1000))) < 10


def test_thousands_of_unclosed_emphasis_and_brackets() -> None:
    assert _timed("*a " * 20000 + "_b " * 20000) < 10
    assert _timed("[a " * 20000) < 10
    assert _timed("[a](" * 20000) < 10
    assert _timed("x <a " * 20000) < 10


def test_long_cjk_lines_without_spaces() -> None:
    assert _timed("東京都の新しい計画は住民の生活を大きく変える" * 50000, "ja") < 10
    assert _timed("서울시의새로운계획은시민들의생활을크게바꾼다" * 50000, "ko") < 10


@pytest.mark.slow
def test_five_megabyte_document() -> None:
    paragraph = ("The council voted on *Tuesday* to [approve](https://e.com) the plan. "
                 "市議会は計画を承認した。시의회는 계획을 승인했다.\n\n")
    text = paragraph * (5_000_000 // len(paragraph.encode()))
    assert len(text.encode()) > 4_900_000
    assert _timed(text) < 120
