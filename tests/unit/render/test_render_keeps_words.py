"""Rendering never drops text: every word of an article reaches the preview HTML and the block
markup sent to WordPress, whatever markup, broken HTML or stray punctuation surrounds it.

Words are whitespace-separated tokens of letters ending in a digit, so no word can be a tag
name, an attribute, an entity or a URL by accident. Markup pieces that legitimately hide the
text after them (a closed HTML comment, the end tag of a script or style whose content is code,
a link reference definition) are not generated: with them, a word is not article text.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from editor_app.core.render import Renderer

WORDS = st.from_regex(r"[a-z]{2,6}[0-9]", fullmatch=True)
MARKUP = st.sampled_from(
    ["*", "**", "_", "__", "[", "]", "(", ")", "![", "](", "`", "``", "```", "~~~", ">", "- ", "1.", "#",
     "|", "---", "&", "&amp;", "\\", '"', "'", "--", "...", "<", "<<", "{", "}", "[^", "~~",
     "<b>", "</b>", "<em>", '<p title="a > b">', "</p>", '<p title="a > b>', "<div>", "</div>",
     "<span title='x\"y'>", '<a href="x">', "</a>", "<script>", "<style>", "<textarea>", "<title>",
     "<xmp>", "<plaintext>", "<iframe>", "<noscript>", "<noembed>", "<!--",
     '<img alt="', "<table>", "<tr>", "<td>", "<ul>", "<li>", "<pre>", "<code>", "</code>", "<br>",
     "<h2>", "<blockquote>", "<figure>", "<figcaption>", "<sup>", "<del>", "<kbd>"]
)
SEPARATORS = st.sampled_from([" ", " ", " ", "\n", "\n\n", "    ", "\n    ", "\n> ", "\n- ", "\n1. "])


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, list[str]]:
    pieces: list[str] = []
    words: list[str] = []
    for _ in range(draw(st.integers(1, 60))):
        if draw(st.booleans()):
            word = draw(WORDS)
            words.append(word)
            pieces.append(word)
        else:
            pieces.append(draw(MARKUP))
        pieces.append(draw(SEPARATORS))
    return "".join(pieces), words


_RENDERER = Renderer()


def _missing(words: list[str], html: str) -> list[str]:
    found = set(re.findall(r"[a-z]{2,6}[0-9]", html))
    return [w for w in words if w not in found]


# Derandomized so that CI runs the same 200 examples each time; a counterexample once seen elsewhere
# (a <table> run before an unclosed attribute quote) is still being looked for.
@settings(max_examples=200, deadline=2000, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(articles(), st.sampled_from(["en", "ja"]))
@example(("Before.\n\n<p title=\"a > b\">yy1</p>\n\nAfter paragraph.\n\nThird paragraph ab2.", ["yy1", "ab2"]), "en")
@example(("x <script> ab1\n\ncd2", ["ab1", "cd2"]), "en")
@example(("<textarea> ab1\n\n<title> cd2", ["ab1", "cd2"]), "en")
def test_every_word_reaches_the_preview_and_the_block_markup(article: tuple[str, list[str]], lang: str) -> None:
    text, words = article
    html = _RENDERER.body_html(text, lang)
    assert _missing(words, html) == [], html
    blocks = _RENDERER.publish_html(text, lang, "blocks")
    assert _missing(words, blocks) == [], blocks


def test_an_attribute_holding_a_closing_angle_keeps_the_rest_of_the_article() -> None:
    body = 'Before.\n\n<p title="a > b">y</p>\n\nAfter paragraph.\n\nThird paragraph.'
    html = _RENDERER.body_html(body, "en")
    assert html.count("<p") == 4 and "After paragraph." in html and "Third paragraph." in html
    assert 'title="a &gt; b"' in html  # the attribute itself, untouched by smart quotes
    blocks = _RENDERER.publish_html(body, "en")
    assert blocks.count("<!-- wp:paragraph -->") == 3 and "Third paragraph." in blocks


def test_smart_punctuation_never_touches_tags_code_or_attributes() -> None:
    body = ("He said \"yes\" -- <span title='a \"quoted\" -- value'>it's</span> `\"code\" -- here` "
            "<code>\"raw\" ...</code> and 'done'...")
    html = _RENDERER.body_html(body, "en")
    assert "\u201cyes\u201d \u2013" in html and "it\u2019s" in html and "\u2018done\u2019\u2026" in html
    assert '<code>"code" -- here</code>' in html.replace("&quot;", '"')
    assert '<code>"raw" ...</code>' in html.replace("&quot;", '"')
    tag = html.split("<span", 1)[1].split(">", 1)[0]
    assert "\u201c" not in tag and "\u2013" not in tag and "quoted" in tag  # the attribute as typed
