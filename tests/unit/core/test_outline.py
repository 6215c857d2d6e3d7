"""The outline of an article: Markdown headings with levels and lines, code fences ignored."""

from __future__ import annotations

from editor_app.core.outline import Heading, headings, plain_title


def test_atx_and_setext_headings_with_their_lines() -> None:
    text = "\n".join(
        [
            "Intro paragraph.",  # 0
            "",
            "## The *budget* vote ##",  # 2
            "text",
            "### [Who](https://x.example) said what {#who}",  # 4
            "",
            "Reaction",  # 6: setext level 1
            "========",
            "",
            "Aftermath",  # 9: setext level 2
            "---",
            "",
            "---",  # a rule after a blank line, not a heading
            "#hashtag is not a heading",
            "####### seven is not a heading",
            "#",  # an empty heading still counts
        ]
    )
    assert headings(text) == [
        Heading(2, "The budget vote", 2),
        Heading(3, "Who said what", 4),
        Heading(1, "Reaction", 6),
        Heading(2, "Aftermath", 9),
        Heading(1, "", 15),
    ]


def test_fenced_code_and_lists_are_not_headings() -> None:
    text = "```sh\n# a shell comment\n```\n~~~\n## still code\n~~~\n- item\n---\n## 東京の反応\n"
    assert headings(text) == [Heading(2, "東京の反応", 8)]


def test_plain_title_strips_markup() -> None:
    assert plain_title("***Very*** `loud` ~~news~~  here") == "Very loud news here"
    assert len(plain_title("x" * 1000)) == 200
