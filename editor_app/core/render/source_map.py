"""Which Markdown line each top-level block of the rendered body came from, for the preview only.

The preview's blocks carry ``data-line`` (0-based line of the body), so scrolling the editor can
bring the same block into view and a click in the preview can put the editor's cursor there.
Python-Markdown keeps no source positions, so blocks are matched to lines by their first words,
in order: each block's text is looked for from the line after the previous block's. A block
without text (a rule, an image alone) takes the next non-blank line. Publish HTML never has these.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .htmltree import VOID_TAGS

_NOT_WORD = re.compile(r"[\W_]+")
KEY_CHARS = 12


def _key(text: str) -> str:
    return _NOT_WORD.sub("", text).lower()


class _TopLevel(HTMLParser):
    """Offsets of the top-level start tags (where to add the attribute) and each block's first text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self._line_starts = [0]
        self._line_starts.extend(m.end() for m in re.finditer("\n", html))
        self.blocks: list[tuple[int, str]] = []  # (insert offset, first text)
        self._depth = 0

    def _top(self, tag: str) -> None:
        line, col = self.getpos()
        start = self._line_starts[line - 1] + col
        text = self.get_starttag_text() or ""
        end = start + len(text) - (2 if text.endswith("/>") else 1)
        self.blocks.append((end, ""))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._depth == 0:
            self._top(tag)
        if tag not in VOID_TAGS:
            self._depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._depth == 0:
            self._top(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID_TAGS and self._depth > 0:
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._depth > 0 and self.blocks and len(self.blocks[-1][1]) < KEY_CHARS * 4:
            offset, text = self.blocks[-1]
            self.blocks[-1] = (offset, text + data)


def annotate_source_lines(html: str, markdown: str) -> str:
    """The body HTML with ``data-line`` on each top-level element."""
    parser = _TopLevel(html)
    parser.feed(html)
    parser.close()
    if not parser.blocks:
        return html
    lines = [_key(line) for line in markdown.split("\n")]
    lines_with_next = [a + (lines[i + 1] if i + 1 < len(lines) else "") for i, a in enumerate(lines)]
    raw = markdown.split("\n")
    pos = 0
    numbers: list[int] = []
    for _offset, text in parser.blocks:
        key = _key(text)[:KEY_CHARS]
        found = None
        if key:
            found = next(
                (i for i in range(pos, len(lines)) if lines[i] and 0 <= lines_with_next[i].find(key) < len(lines[i])),
                None,
            )
        if found is None:
            # no text to match: the next line with content (a fence line is not content)
            found = next(
                (i for i in range(pos, len(raw)) if raw[i].strip().strip("`~")), min(pos, max(len(raw) - 1, 0))
            )
        numbers.append(found)
        pos = found + 1
    out: list[str] = []
    last = 0
    for (offset, _text), number in zip(parser.blocks, numbers, strict=True):
        out.append(html[last:offset])
        out.append(f' data-line="{number}"')
        last = offset
    out.append(html[last:])
    return "".join(out)
