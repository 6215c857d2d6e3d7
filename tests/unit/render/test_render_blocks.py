"""Publish formats: WordPress block markup checked against the block parser's grammar."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.render import Renderer

ARTICLE = """## Council votes

The council voted on *Tuesday* with a [link](https://example.com/a).

### Details

- first
- second
    - nested

3. three
4. four

> Quoted paragraph one.
>
> Quoted paragraph two.

> [!pullquote]
> We will rebuild.
> — Mayor Jane Doe

![Rescue workers](https://example.com/fire.jpg)
Rescue workers on Tuesday.

![Map of the area](https://example.com/map.png)

| District | Votes |
|:---------|------:|
| North    | 1,204 |

---

```python
print("hi")
```

    indented code

Text with a note.[^1]

<div class="callout">Raw HTML block</div>

[^1]: The note.
"""

parse_blocks: Any = None
walk: Any = None
BlockGrammarError: Any = AssertionError


@pytest.fixture(autouse=True, scope="module")
def _grammar(grammar: Any) -> None:
    global parse_blocks, walk, BlockGrammarError
    parse_blocks, walk, BlockGrammarError = grammar.parse, grammar.walk, grammar.Error


EXPECTED_HEADING = (
    '<!-- wp:heading -->\n<h2 class="wp-block-heading" id="council-votes">Council votes</h2>\n'
    "<!-- /wp:heading -->"
)


def blocks_of(renderer: Renderer, markdown: str, lang: str = "en") -> list[Any]:
    return parse_blocks(renderer.publish_html(markdown, lang))


def test_block_markup_is_the_default_and_parses_cleanly(renderer: Renderer) -> None:
    markup = renderer.publish_html(ARTICLE, "en")
    assert markup == renderer.publish_html(ARTICLE, "en", fmt="blocks")
    assert markup.startswith(EXPECTED_HEADING)
    names = [b.name for b in parse_blocks(markup)]
    assert names == [
        "core/heading", "core/paragraph", "core/heading", "core/list", "core/list", "core/quote",
        "core/pullquote", "core/image", "core/image", "core/table", "core/separator", "core/code",
        "core/code", "core/paragraph", "core/html", "core/html",
    ]
    assert "core/freeform" not in {b.name for b in walk(parse_blocks(markup))}


def test_paragraph_and_heading_exact_serialisation(renderer: Renderer) -> None:
    markup = renderer.publish_html("Hello *world*.\n\n### Level three\n", "en")
    assert markup == (
        "<!-- wp:paragraph -->\n<p>Hello <em>world</em>.</p>\n<!-- /wp:paragraph -->\n\n"
        '<!-- wp:heading {"level":3} -->\n<h3 class="wp-block-heading" id="level-three">Level three</h3>\n'
        "<!-- /wp:heading -->"
    )


def test_lists_use_list_item_inner_blocks(renderer: Renderer) -> None:
    markup = renderer.publish_html("1. one\n2. two\n", "en")
    assert markup == (
        '<!-- wp:list {"ordered":true} -->\n<ol class="wp-block-list"><!-- wp:list-item -->\n<li>one</li>\n'
        "<!-- /wp:list-item -->\n\n<!-- wp:list-item -->\n<li>two</li>\n<!-- /wp:list-item --></ol>\n"
        "<!-- /wp:list -->"
    )
    nested = blocks_of(renderer, "- a\n    - b\n")[0]
    assert nested.attrs == {}
    inner_list = nested.inner_blocks[0].inner_blocks[0]
    assert inner_list.name == "core/list" and inner_list.inner_blocks[0].name == "core/list-item"
    started = blocks_of(renderer, "7. seven\n8. eight\n")[0]
    assert started.attrs == {"ordered": True, "start": 7}
    assert started.inner_html.startswith('\n<ol start="7" class="wp-block-list">')


def test_loose_list_items_are_unwrapped(renderer: Renderer) -> None:
    markup = renderer.publish_html("- one\n\n- two\n", "en")
    assert "<li>one</li>" in markup and "<p>" not in markup


def test_quote_contains_paragraph_blocks(renderer: Renderer) -> None:
    quote = blocks_of(renderer, "> one\n>\n> two\n")[0]
    assert quote.name == "core/quote"
    assert quote.inner_html.startswith('\n<blockquote class="wp-block-quote">')
    assert [b.name for b in quote.inner_blocks] == ["core/paragraph", "core/paragraph"]


def test_pullquote_image_table_separator_code(renderer: Renderer) -> None:
    markup = renderer.publish_html(ARTICLE, "en")
    assert ('<!-- wp:pullquote -->\n<figure class="wp-block-pullquote"><blockquote><p>We will rebuild.</p>'
            "<cite>Mayor Jane Doe</cite></blockquote></figure>\n<!-- /wp:pullquote -->") in markup
    assert ('<!-- wp:image -->\n<figure class="wp-block-image"><img src="https://example.com/fire.jpg" '
            'alt="Rescue workers"/><figcaption class="wp-element-caption">Rescue workers on Tuesday.'
            "</figcaption></figure>\n<!-- /wp:image -->") in markup
    assert ('<!-- wp:table {"hasFixedLayout":true} -->\n'
            '<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr>'
            '<th class="has-text-align-left" data-align="left">District</th>') in markup
    assert ('<!-- wp:separator -->\n<hr class="wp-block-separator has-alpha-channel-opacity"/>\n'
            "<!-- /wp:separator -->") in markup
    assert ('<!-- wp:code {"className":"language-python"} -->\n<pre class="wp-block-code language-python">'
            "<code>print(\"hi\")\n</code></pre>\n<!-- /wp:code -->") in markup


def test_unsupported_content_becomes_html_blocks_not_freeform(renderer: Renderer) -> None:
    blocks = blocks_of(renderer, ARTICLE)
    html_blocks = [b.inner_html for b in blocks if b.name == "core/html"]
    assert any('<div class="callout">Raw HTML block</div>' in h for h in html_blocks)
    assert any('<div class="footnote">' in h for h in html_blocks)


def test_attributes_are_escaped_like_wordpress(renderer: Renderer) -> None:
    markup = renderer.publish_html("Para\n{: .a--b }\n", "en")
    assert '<!-- wp:paragraph {"className":"a\\u002d\\u002db"} -->' in markup
    assert parse_blocks(markup)[0].attrs == {"className": "a--b"}


def test_plain_html_format(renderer: Renderer) -> None:
    html = renderer.publish_html("## Title\n\nBody.\n", "en", fmt="html")
    assert html == '<h2 id="title">Title</h2>\n<p>Body.</p>'
    with pytest.raises(ValueError):
        renderer.publish_html("x", "en", fmt="classic")


def test_the_grammar_checker_rejects_what_wordpress_would_not_accept() -> None:
    with pytest.raises(BlockGrammarError):
        parse_blocks("<p>loose</p>")
    with pytest.raises(BlockGrammarError):
        parse_blocks("<!-- wp:paragraph -->\n<p>x</p>\n<!-- /wp:heading -->")
    with pytest.raises(BlockGrammarError):
        parse_blocks('<!-- wp:heading {"level":} -->\n<h3>x</h3>\n<!-- /wp:heading -->')
    with pytest.raises(BlockGrammarError):
        parse_blocks("<!-- wp:paragraph -->\n<p>x</p>")
    assert parse_blocks("<!-- wp:separator /-->")[0].name == "core/separator"


_words = st.sampled_from(["council", "vote", "市議会", "予算", "시의회", "예산", "budget", "school"])
_inline = st.lists(
    st.one_of(_words, _words.map(lambda w: f"*{w}*"), _words.map(lambda w: f"**{w}**"),
              _words.map(lambda w: f"[{w}](https://example.com/{len(w)})"), st.just("<b>raw</b>"),
              st.just("a < b & c"), st.just('"quote"')),
    min_size=1, max_size=8,
).map(" ".join)
_block = st.one_of(
    _inline,
    _inline.map(lambda t: f"## {t}"),
    st.lists(_inline, min_size=1, max_size=4).map(lambda items: "\n".join(f"- {i}" for i in items)),
    st.lists(_inline, min_size=1, max_size=4).map(lambda items: "\n".join(f"1. {i}" for i in items)),
    _inline.map(lambda t: f"> {t}"),
    _inline.map(lambda t: f"> [!pullquote]\n> {t}\n> — {t}"),
    _inline.map(lambda t: f"![{t}](https://example.com/p.jpg)\n{t}"),
    st.just("| a | b |\n|---|---|\n| 1 | 2 |"),
    st.just("---"),
    st.just("```\ncode <x>\n```"),
    st.just("<div>raw <span>html</span></div>"),
    st.just("Note[^n].\n\n[^n]: Footnote."),
    st.text(max_size=40),
)


@settings(max_examples=150, deadline=2000)
@given(st.lists(_block, min_size=1, max_size=8), st.sampled_from(["en", "ja", "ko"]))
def test_any_document_gives_well_formed_blocks(blocks: list[str], lang: str) -> None:
    renderer = Renderer()
    markup = renderer.publish_html("\n\n".join(blocks), lang)
    parsed = parse_blocks(markup)  # raises on freeform content or unbalanced delimiters
    for block in walk(parsed):
        assert block.name.startswith("core/") and block.name != "core/freeform"
        if block.name not in ("core/list", "core/quote", "core/list-item"):
            assert not block.inner_blocks
        for between in block.freeform[1:-1]:
            assert not between.strip() or block.name == "core/list-item"
