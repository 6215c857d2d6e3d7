"""Markdown features, Copydesk's figure and pull-quote syntax, and language-aware typography."""

from __future__ import annotations

from editor_app.core.render import Renderer


def test_tables_footnotes_fenced_code_and_attribute_lists(renderer: Renderer) -> None:
    html = renderer.body_html(
        "| Year | Votes |\n|:-----|------:|\n| 2024 | 1,204 |\n\n"
        "Turnout rose.[^1]\n\n[^1]: Official count.\n\n"
        "```python\nprint('<hi>')\n```\n\n"
        "A paragraph with a class.\n{: .note }\n",
        "en",
    )
    assert "<table>" in html and '<th style="text-align:left">Year</th>' in html
    assert '<td style="text-align:right">1,204</td>' in html
    assert 'class="footnote-ref"' in html and '<div class="footnote">' in html
    assert '<pre><code class="language-python">print(\'&lt;hi&gt;\')' in html
    assert '<p class="note">A paragraph with a class.</p>' in html


def test_headings_get_unique_unicode_ids(renderer: Renderer) -> None:
    html = renderer.body_html("## Budget vote\n\n## Budget vote\n\n## 予算案の採決\n\n## 예산안 표결\n", "ja")
    assert '<h2 id="budget-vote">' in html
    assert '<h2 id="budget-vote_1">' in html
    assert '<h2 id="予算案の採決">' in html
    assert '<h2 id="예산안-표결">' in html


def test_explicit_heading_id_wins(renderer: Renderer) -> None:
    assert '<h2 id="results">Who won</h2>' in renderer.body_html("## Who won {#results}\n", "en")


def test_sane_lists_do_not_merge_ordered_and_bulleted(renderer: Renderer) -> None:
    html = renderer.body_html("1. one\n2. two\n\n- a\n- b\n\n4. four\n5. five\n", "en")
    assert html.count("<ol") == 2 and html.count("<ul>") == 1
    assert '<ol start="4">' in html


def test_smart_typography_is_english_only(renderer: Renderer) -> None:
    source = "\"Quoted\" -- and 'single' --- it's done...\n"
    english = renderer.body_html(source, "en-GB")
    assert "\u201cQuoted\u201d \u2013 and \u2018single\u2019 \u2014 it\u2019s done\u2026" in english
    for lang in ("ja", "ko", "ja-JP"):
        assert '"Quoted" -- and \'single\' --- it\'s done...' in renderer.body_html(source, lang)


def test_smart_typography_leaves_code_and_attributes_alone(renderer: Renderer) -> None:
    html = renderer.body_html('Use `"x" -- y` and [a "link"](https://e.com/x "Say \'hi\' -- now").\n', "en")
    assert '<code>"x" -- y</code>' in html
    assert ">a \u201clink\u201d</a>" in html
    assert 'title="Say \'hi\' -- now"' in html


def test_japanese_text_is_not_altered(renderer: Renderer) -> None:
    text = "東京都は「新しい計画」を発表した……。「これは第一歩だ」と知事は述べた。"
    assert renderer.body_html(text, "ja") == f"<p>{text}</p>"


def test_figure_with_caption(renderer: Renderer) -> None:
    html = renderer.body_html(
        "![Firefighters at the scene](https://example.com/fire.jpg)\n"
        "Firefighters on Tuesday. *Photo: Jane Doe*\n",
        "en",
    )
    assert html == (
        '<figure class="wp-block-image"><img alt="Firefighters at the scene" '
        'src="https://example.com/fire.jpg"><figcaption class="wp-element-caption">'
        "Firefighters on Tuesday. <em>Photo: Jane Doe</em></figcaption>\n</figure>"
    )


def test_lone_image_is_an_uncaptioned_figure_and_inline_images_stay_inline(renderer: Renderer) -> None:
    assert renderer.body_html("![Map](map.png)\n", "en").startswith('<figure class="wp-block-image"><img')
    assert renderer.body_html("See ![icon](i.png) here.\n", "en").startswith("<p>See <img")


def test_pull_quote_with_attribution(renderer: Renderer) -> None:
    html = renderer.body_html("> [!pullquote]\n> We will rebuild.\n> — Mayor Jane Doe\n", "en")
    assert html == (
        '<figure class="wp-block-pullquote">\n<blockquote>\n<p>We will rebuild.</p>\n'
        "<cite>Mayor Jane Doe</cite></blockquote>\n</figure>"
    )


def test_pull_quote_without_attribution_and_ordinary_quote(renderer: Renderer) -> None:
    pull = renderer.body_html("> [!PULLQUOTE]\n> 私たちは再建する。\n", "ja")
    assert '<figure class="wp-block-pullquote">' in pull and "<p>私たちは再建する。</p>" in pull
    assert "<cite>" not in pull
    plain = renderer.body_html("> Just a quote.\n", "en")
    assert plain == "<blockquote>\n<p>Just a quote.</p>\n</blockquote>"


def test_renderer_instances_do_not_leak_state_between_documents(renderer: Renderer) -> None:
    first = renderer.body_html("Note.[^a]\n\n[^a]: First.\n\n## Title\n", "en")
    second = renderer.body_html("## Title\n", "en")
    assert "First." in first
    assert second == '<h2 id="title">Title</h2>'
