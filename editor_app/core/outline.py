"""The outline of an article: its Markdown headings, with their levels and lines."""

from __future__ import annotations

import re
from typing import NamedTuple

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_BLOCK_START = re.compile(r"^ {0,3}(?:[-*+>]|\d{1,9}[.)]|#|`{3}|~{3}|\||<)")
_INLINE_MARKS = re.compile(r"(\*\*|__|\*|_|`|~~)(?=\S)(.+?)(?<=\S)\1")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_ATTRS = re.compile(r"\s*\{[:#.][^}]*\}\s*$")
MAX_TITLE_CHARS = 200


class Heading(NamedTuple):
    level: int  # 1–6
    title: str  # the heading's text without Markdown markers
    line: int  # 0-based line (the editor's block number) where the heading starts


def plain_title(markdown: str) -> str:
    """A heading's text as a reader sees it: no emphasis markers, link targets or attribute lists."""
    text = _ATTRS.sub("", markdown)
    text = _LINK.sub(r"\1", text)
    for _ in range(3):  # nested emphasis such as ***word***
        stripped = _INLINE_MARKS.sub(r"\2", text)
        if stripped == text:
            break
        text = stripped
    return " ".join(text.split())[:MAX_TITLE_CHARS]


def headings(text: str) -> list[Heading]:
    """The ATX (`## Title`) and setext (`Title` over `===`/`---`) headings of `text`, outside
    fenced code."""
    out: list[Heading] = []
    fence = ""
    previous = ""  # the line before, when it could be a setext heading's text
    for number, line in enumerate(text.split("\n")):
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = ""
            previous = ""
            continue
        if opened:
            fence = opened.group(1)
            previous = ""
            continue
        atx = _ATX.match(line)
        if atx:
            out.append(Heading(len(atx.group(1)), plain_title(atx.group(2) or ""), number))
            previous = ""
            continue
        underline = _SETEXT.match(line)
        if underline and previous:
            out.append(Heading(1 if underline.group(1)[0] == "=" else 2, plain_title(previous), number - 1))
            previous = ""
            continue
        paragraph_line = line.strip() and not _BLOCK_START.match(line) and not line.startswith(("    ", "\t"))
        previous = line.strip() if paragraph_line else ""
    return out
