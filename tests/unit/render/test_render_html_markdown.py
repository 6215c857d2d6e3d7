"""Pulled HTML back to Markdown: what Markdown can say is converted, the rest kept as raw HTML."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.render import Renderer, html_to_markdown

BLOCK_POST = (
    '<!-- wp:heading {"level":3} -->\n<h3 class="wp-block-heading">Results</h3>\n<!-- /wp:heading -->\n\n'
    "<!-- wp:paragraph -->\n<p>The <strong>council</strong> <em>voted</em> "
    '<a href="https://example.com/a">here</a>.</p>\n<!-- /wp:paragraph -->\n\n'
    '<!-- wp:list -->\n<ul class="wp-block-list"><!-- wp:list-item -->\n<li>one</li>\n<!-- /wp:list-item -->'
    "</ul>\n<!-- /wp:list -->\n\n"
    '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n<p>Quoted.</p>\n'
    "<!-- /wp:paragraph --></blockquote>\n<!-- /wp:quote -->\n\n"
    '<!-- wp:image {"id":12} -->\n<figure class="wp-block-image"><img src="https://e.com/a.jpg" alt="Alt"/>'
    '<figcaption class="wp-element-caption">Caption</figcaption></figure>\n<!-- /wp:image -->\n\n'
    '<!-- wp:table -->\n<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr>'
    '<th class="has-text-align-right" data-align="right">A</th><th>B</th></tr></thead><tbody><tr>'
    "<td>1</td><td>2</td></tr></tbody></table></figure>\n<!-- /wp:table -->\n\n"
    '<!-- wp:separator -->\n<hr class="wp-block-separator has-alpha-channel-opacity"/>\n<!-- /wp:separator -->'
)


def test_block_post_converts_to_plain_markdown() -> None:
    markdown = html_to_markdown(BLOCK_POST)
    assert "wp:" not in markdown and "<!--" not in markdown
    assert markdown == (
        "### Results\n\n"
        "The **council** *voted* [here](https://example.com/a).\n\n"
        "-   one\n\n"
        "> Quoted.\n\n"
        "![Alt](https://e.com/a.jpg)\nCaption\n\n"
        "| A | B |\n| ---: | --- |\n| 1 | 2 |\n\n"
        "---\n"
    )


def test_inexpressible_elements_stay_as_raw_html() -> None:
    html = (
        '<p>Intro <span class="highlight">marked</span> and H<sub>2</sub>O.</p>'
        '<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper">'
        '<iframe src="https://www.youtube.com/embed/x" width="560"></iframe></div></figure>'
        '<video src="https://e.com/v.mp4" controls=""></video>'
        '<custom-widget data-id="7">Widget</custom-widget>'
        '<p class="has-text-align-center">Centred</p>'
        '<figure class="wp-block-image size-large"><img src="https://e.com/b.jpg" alt="" class="wp-image-9"/>'
        "</figure>"
        '<table><tr><td colspan="2">span</td></tr></table>'
    )
    markdown = html_to_markdown(html)
    assert 'Intro <span class="highlight">marked</span> and H<sub>2</sub>O.' in markdown
    assert '<iframe src="https://www.youtube.com/embed/x" width="560"></iframe>' in markdown
    assert '<video controls="" src="https://e.com/v.mp4"></video>' in markdown or "<video" in markdown
    assert '<custom-widget data-id="7">Widget</custom-widget>' in markdown
    assert '<p class="has-text-align-center">Centred</p>' in markdown
    assert 'class="wp-image-9"' in markdown and "size-large" in markdown
    assert '<td colspan="2">span</td>' in markdown


def test_links_with_meaningful_attributes_keep_them() -> None:
    markdown = html_to_markdown('<p><a href="https://e.com" target="_blank" rel="noopener">go <em>now</em></a></p>')
    assert markdown == '<a href="https://e.com" rel="noopener" target="_blank">go *now*</a>\n'


def test_text_that_looks_like_markdown_is_escaped(renderer: Renderer) -> None:
    html = "<p># not a heading, 1. not a list, *not emphasis*, [not a link](x), a &lt;b&gt; tag</p>"
    markdown = html_to_markdown(html)
    assert renderer.body_html(markdown, "ja") == html


def test_pull_quote_and_heading_anchor_round_trip(renderer: Renderer) -> None:
    source = "## 見出し {#custom-anchor}\n\n> [!pullquote]\n> 再建する。\n> — 市長\n"
    html = renderer.body_html(source, "ja")
    markdown = html_to_markdown(html)
    assert "{#custom-anchor}" in markdown and "> [!pullquote]" in markdown
    assert renderer.body_html(markdown, "ja") == html


def test_code_block_with_language(renderer: Renderer) -> None:
    html = renderer.body_html("```python\nif a < b:\n    print('*x*')\n```\n", "en")
    markdown = html_to_markdown(html)
    assert markdown == "```python\nif a < b:\n    print('*x*')\n```\n"


# -- property: Markdown the editor produces survives render -> convert -> render ------------------

_EN = st.sampled_from(
    [
        "council",
        "budget",
        "vote",
        "schools",
        "Tuesday",
        "residents",
        "It's",
        '"fair"',
        "rise",
        "4%",
        "A&B",
        "x < y",
        "2024.",
    ]
)
_JA = st.sampled_from(["市議会", "予算案", "学校", "「承認」", "発表した。", "住民"])
_KO = st.sampled_from(["시의회는", "예산을", "학교", "발표했다.", "주민"])
_word = st.one_of(_EN, _JA, _KO)
_phrase = st.lists(_word, min_size=1, max_size=4).map(" ".join)
_span = st.one_of(
    _phrase,
    _phrase.map(lambda p: f"*{p}*"),
    _phrase.map(lambda p: f"**{p}**"),
    st.tuples(_phrase, st.integers(1, 99)).map(lambda t: f"[{t[0]}](https://example.com/news/{t[1]})"),
)
_text = st.lists(_span, min_size=1, max_size=6).map(" ".join)


def _table(parts: tuple[list[str], list[list[str]]]) -> str:
    header, rows = parts
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return "\n".join(lines + ["| " + " | ".join(row[: len(header)]) + " |" for row in rows])


_block = st.one_of(
    _text,
    st.tuples(st.integers(1, 4), _text).map(lambda t: f"{'#' * t[0]} {t[1]}"),
    st.lists(_text, min_size=1, max_size=4).map(lambda items: "\n".join(f"- {i}" for i in items)),
    st.lists(_text, min_size=1, max_size=4).map(
        lambda items: "\n".join(f"{n}. {i}" for n, i in enumerate(items, 1))
    ),
    st.lists(_text, min_size=1, max_size=2).map(lambda ps: "\n>\n".join(f"> {p}" for p in ps)),
    st.tuples(
        st.lists(_phrase, min_size=2, max_size=3),
        st.lists(st.lists(_phrase, min_size=3, max_size=3), min_size=1, max_size=3),
    ).map(_table),
)


@settings(max_examples=200, deadline=2000)
@given(st.lists(_block, min_size=1, max_size=6), st.sampled_from(["en", "ja", "ko"]))
def test_round_trip_preserves_rendered_html(blocks: list[str], lang: str) -> None:
    renderer = Renderer()
    first = renderer.body_html("\n\n".join(blocks) + "\n", lang)
    markdown = html_to_markdown(first)
    assert "<p>" not in markdown and "<ul>" not in markdown  # converted, not passed through as HTML
    assert renderer.body_html(markdown, lang) == first
