"""The block markup the desk sends, judged by the block editors of WordPress 6.8 and 6.1 themselves.

Every construct of docs/markdown-syntax.md and every demo article must load with no invalid block,
no Classic block, and be saved back by the editor unchanged (see tests/block_validator.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from block_validator import BlockEditor

from editor_app.core.render import Renderer
from editor_app.core.render.blocks import Dialect, dialect_for
from editor_app.core.sync.cms import PostChanges
from editor_app.core.sync.wp_bodies import post_fields
from editor_app.core.sync.wp_wire import strip_marker

DEMO = Path(__file__).resolve().parents[3] / "resources" / "demo"

# One document per construct of docs/markdown-syntax.md, with the language it is written in.
CONSTRUCTS: dict[str, tuple[str, str]] = {
    "headings with ids": ("en", "## Who won\n\n### Results {#results}\n\n#### Level four\n"),
    "heading with a Japanese id": ("ja", "## 予算案の採決\n\n本文。\n"),
    "emphasis and links": ("en", 'The *council* voted **twice** on [the plan](https://example.com/a "Plan").\n'),
    "inline image": ("en", "A map ![the map](https://example.com/map.png) inside a sentence.\n"),
    "nested lists": ("en", "- first\n- second\n    - nested one\n    - nested two\n        1. deep\n- third\n"),
    "numbered list from 4": ("en", "4. four\n5. five\n"),
    "loose list": ("en", "- one\n\n- two\n"),
    "lists that do not merge": ("en", "- bullet\n\n1. number\n"),
    "block quote": ("en", "> Quoted paragraph one.\n>\n> Quoted paragraph two.\n"),
    "separator": ("en", "Before.\n\n---\n\nAfter.\n"),
    "fenced code with a language": ("en", '```python\nprint("hi")\n```\n'),
    "fenced code": ("en", "```\nplain <code> & more\n```\n"),
    "indented code": ("en", "    indented code\n"),
    "table with alignment": ("en", "| District | Votes |\n|:---|---:|\n| North | 1,204 |\n"),
    "table without alignment": ("en", "| A | B |\n|---|---|\n| 1 | 2 |\n"),
    "footnotes": ("en", "Text with a note.[^1] And another.[^2]\n\n[^1]: The note.\n[^2]: The other note.\n"),
    "attribute list": ("en", "A paragraph with a class.\n{: .lead }\n"),
    "figure with caption and credit": (
        "en",
        "![Rescue workers at the scene](https://example.com/fire.jpg)\n"
        "Rescue workers on Tuesday. *Photo: Jane Doe*\n",
    ),
    "figure with a linked caption": (
        "en",
        "![Harbour](https://example.com/h.jpg)\nThe harbour at dawn. [Agency](https://example.com/agency)\n",
    ),
    "uncaptioned figure": ("en", "![Map of the area](https://example.com/map.png)\n"),
    "pull quote with attribution": ("en", "> [!pullquote]\n> We will rebuild together.\n> — Mayor Jane Doe\n"),
    "pull quote": ("en", "> [!pullquote]\n> We will rebuild.\n"),
    "raw html": ("en", '<div class="callout">Raw</div>\n\n<details><summary>More</summary>Hidden</details>\n'),
    "smart punctuation": ("en", '"Quoted" -- and --- then...\n'),
    "japanese paragraphs": ("ja", "強い台風14号は12日、紀伊半島の南を北東に進んでいる。\n\n「計画運休」を発表した。\n"),
    "korean paragraphs": ("ko", "최저임금위원회는 내년도 최저임금을 의결했다.\n\n노동계는 \"실망스럽다\"고 밝혔다.\n"),
}


def demo_articles() -> dict[str, tuple[str, str]]:
    articles = {}
    for path in sorted(DEMO.glob("*.md")):
        _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
        articles[path.stem] = (yaml.safe_load(front).get("lang", "en"), body)
    return articles


DEMOS = demo_articles()


@pytest.fixture(scope="module")
def verdicts(block_editors: list[BlockEditor]) -> dict[tuple[str, str], object]:
    """Every construct and demo article rendered once and checked by both editors in one batch."""
    renderer = Renderer()
    out: dict[tuple[str, str], object] = {}
    for editor in block_editors:
        # As the desk sends it to a site that states this version (e.g. Debian 12's "6.1.9").
        documents = {
            name: renderer.publish_html(body, lang, wp_version=f"{editor.release}.9")
            for name, (lang, body) in {**CONSTRUCTS, **DEMOS}.items()
        }
        out.update({(editor.release, name): v for name, v in editor.check_many(documents).items()})
    return out


def test_the_demo_articles_are_all_checked() -> None:
    assert len(DEMOS) >= 10


def cases() -> list[object]:
    names = [*CONSTRUCTS, *DEMOS]
    return [pytest.param(release, name, id=f"{name}-{release}") for name in names for release in ("6.8", "6.1")]


@pytest.mark.parametrize(("version", "heading", "listing"), [
    ("6.1.9", False, False), ("6.2", True, False), ("6.6.1", True, True), ("6.8.3", True, True),
    ("", True, True), ("unknown", True, True), ("7.0", True, True),
])
def test_the_markup_follows_the_sites_release(version: str, heading: bool, listing: bool) -> None:
    assert dialect_for(version) == Dialect(heading_class=heading, list_class=listing)
    out = Renderer().publish_html("## Title\n\n- one\n", "en", wp_version=version)
    assert ('<h2 class="wp-block-heading"' in out) is heading and ('<ul class="wp-block-list">' in out) is listing


def test_the_newest_markup_is_rewritten_by_61(block_editors: list[BlockEditor]) -> None:
    # Why the version matters: what 6.8 saves, 6.1's editor reads as custom classes and rewrites.
    editor = next(e for e in block_editors if e.release == "6.1")
    newest = Renderer().publish_html("## Title\n\n- one\n", "en")
    assert editor.check(newest).rewritten


@pytest.mark.parametrize(("release", "name"), cases())
def test_the_block_editor_accepts_what_the_desk_sends(verdicts, release: str, name: str) -> None:
    verdict = verdicts[(release, name)]
    assert verdict.blocks, f"{name}: no block at all"
    assert verdict.acceptable, verdict.explain()


@pytest.mark.parametrize("release", ["6.8", "6.1"])
def test_the_checker_sees_invalid_classic_and_rewritten_blocks(block_editors: list[BlockEditor], release: str) -> None:
    # The checker itself must be able to fail: markup the editor flags, wraps or rewrites.
    editor = next(e for e in block_editors if e.release == release)
    invalid = editor.check("<!-- wp:separator -->\n<div>not a separator</div>\n<!-- /wp:separator -->")
    assert [b.is_valid for b in invalid.blocks] == [False] and invalid.blocks[0].issues
    rewritten = editor.check('<!-- wp:paragraph -->\n<p class="lead">x</p>\n<!-- /wp:paragraph -->')
    assert rewritten.rewritten and not rewritten.acceptable  # the class belongs in the attributes
    classic = editor.check("<p>no delimiters</p>\n<!-- copydesk:0123456789abcdef -->")
    assert classic.classic and not classic.acceptable
    plain = editor.check("<!-- wp:paragraph -->\n<p>fine</p>\n<!-- /wp:paragraph -->")
    assert plain.acceptable and plain.names() == ["core/paragraph"]
    assert plain.packages["@wordpress/blocks"].split(".")[0] == {"6.8": "14", "6.1": "11"}[release]


MARKER = "3f0c1a2b-5d6e-4f70-8a9b-0c1d2e3f4a5b"


@pytest.mark.parametrize("release", ["6.8", "6.1"])
def test_the_create_marker_leaves_no_trace_in_the_editor(block_editors: list[BlockEditor], release: str) -> None:
    # What the desk really sends on create, marker included: every block valid, no Classic block,
    # and on save the editor writes exactly the marker-free content, which is itself acceptable.
    editor = next(e for e in block_editors if e.release == release)
    renderer = Renderer()
    sent = {}
    for name, (lang, body) in {**CONSTRUCTS, **DEMOS, "empty": ("en", "")}.items():
        content = renderer.publish_html(body, lang, wp_version=f"{release}.9")
        sent[name] = post_fields(PostChanges(content=content, marker=MARKER))["content"]
        assert MARKER in sent[name] and strip_marker(sent[name]) == (content, MARKER)
    plain = editor.check_many({name: strip_marker(text)[0] for name, text in sent.items()})
    for name, verdict in editor.check_many(sent).items():
        assert not verdict.invalid and not verdict.classic, verdict.explain()
        # An empty article has no block to carry it: an empty paragraph does, the page shows nothing.
        expected = "<!-- wp:paragraph -->\n<p></p>\n<!-- /wp:paragraph -->" if name == "empty" else plain[name].saved
        assert MARKER not in verdict.saved and verdict.saved == expected, verdict.explain()
        assert plain[name].acceptable or name == "empty", plain[name].explain()
