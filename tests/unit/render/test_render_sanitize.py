"""The sanitiser keeps what WordPress keeps for authors without unfiltered_html, and nothing else."""

from __future__ import annotations

import re

import pytest

from editor_app.core.render import Renderer, Sanitizer
from editor_app.core.render.sanitize import POST_TAGS, SAFE_STYLE_PROPERTIES, URL_SCHEMES

HOSTILE = [
    '<script>alert(1)</script>',
    '<img src="x.png" onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="  javascript:alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<iframe src="https://evil.example/"></iframe>',
    '<svg onload="alert(1)"><circle r="1"/></svg>',
    '<p onclick="alert(1)" onmouseover="alert(2)">text</p>',
    '<object data="x.swf"></object><embed src="x.swf">',
    '<style>body{display:none}</style>',
    '<form action="https://evil.example"><input name="q"></form>',
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<div style="background:url(javascript:alert(1))">x</div>',
]


@pytest.mark.parametrize("fragment", HOSTILE)
def test_hostile_markup_never_passes(fragment: str) -> None:
    cleaned = Sanitizer().clean(fragment).lower()
    for needle in ("<script", "javascript:", "vbscript:", "onerror", "onclick", "onload", "onmouseover",
                   "<iframe", "<svg", "<object", "<embed", "<style", "<form", "<input", "<base",
                   "<meta", "<link", "data:text/html"):
        assert needle not in cleaned, (fragment, cleaned)


def test_hostile_markup_inside_markdown_is_removed(renderer: Renderer) -> None:
    html = renderer.body_html(
        '[click](javascript:alert(1)) <img src=x onerror=alert(1)>\n\n<script>alert(1)</script>\n\n'
        "![x](javascript:alert(1))\n\nPara\n{: onclick=\"alert(1)\" }\n",
        "en",
    )
    assert "javascript:" not in html and "onerror" not in html and "<script" not in html
    assert re.search(r"<[^>]*onclick", html) is None
    assert "<p>Para</p>" in html


def test_wordpress_post_markup_survives() -> None:
    fragment = (
        '<figure class="wp-block-image size-large"><img src="https://e.com/a.jpg" alt="A" '
        'width="800" height="600" loading="lazy"><figcaption class="wp-element-caption">Cap</figcaption>'
        '</figure><p class="has-text-align-center" id="p1" lang="ko" dir="ltr" data-x="1">가</p>'
        '<table class="has-fixed-layout"><tbody><tr><td colspan="2" rowspan="1">1</td></tr></tbody></table>'
        '<details open><summary>More</summary><p>Body</p></details>'
        '<ol start="3" reversed><li value="3">x</li></ol><a href="mailto:desk@e.com" target="_blank" '
        'rel="noopener">mail</a><ruby>漢<rt>かん</rt></ruby><mark>m</mark><time datetime="2025-01-01">t</time>'
        '<video src="https://e.com/v.mp4" controls poster="https://e.com/p.jpg"></video>'
    )
    assert Sanitizer().clean(fragment) == fragment.replace("<details open>", '<details open="">').replace(
        " reversed>", ' reversed="">').replace(" controls ", ' controls="" ')


def test_links_get_no_extra_rel_and_relative_urls_stay() -> None:
    assert Sanitizer().clean('<a href="/about">About</a>') == '<a href="/about">About</a>'


def test_style_keeps_only_safe_properties() -> None:
    cleaned = Sanitizer().clean('<span style="color: red; position: fixed; -moz-binding: url(x)">x</span>')
    assert "color:red" in cleaned.replace(" ", "")
    assert "-moz-binding" not in cleaned
    assert "position" in SAFE_STYLE_PROPERTIES  # WordPress allows it since 6.2


def test_allow_list_matches_kses_shape() -> None:
    # Tags WordPress strips for authors without unfiltered_html are not on the list.
    for tag in ("script", "style", "iframe", "form", "input", "svg", "embed", "link", "meta"):
        assert tag not in POST_TAGS
    for tag in ("figure", "figcaption", "table", "details", "ruby", "video", "audio", "mark"):
        assert tag in POST_TAGS
    assert "javascript" not in URL_SCHEMES and "data" not in URL_SCHEMES


def test_iframes_from_allowed_hosts_only() -> None:
    sanitizer = Sanitizer(iframe_hosts=["www.youtube.com"])
    kept = sanitizer.clean('<iframe src="https://www.youtube.com/embed/abc" width="560"></iframe>')
    assert kept == '<iframe src="https://www.youtube.com/embed/abc" width="560"></iframe>'
    for src in ("https://evil.example/embed", "http://www.youtube.com/embed/abc",
                "https://www.youtube.com.evil.example/", "javascript:alert(1)"):
        assert "<iframe" not in sanitizer.clean(f'<iframe src="{src}"></iframe><p>after</p>')
    assert "<iframe" not in Sanitizer().clean('<iframe src="https://www.youtube.com/embed/abc"></iframe>')
