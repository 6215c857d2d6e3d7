"""Copydesk's two additions to Markdown: captioned figures and pull quotes.

Figure: a paragraph whose first line is only an image; any further lines are the caption::

    ![Rescue workers at the scene](https://example.com/fire.jpg)
    Rescue workers on Tuesday. *Photo: Jane Doe*

Pull quote: a quote whose first line is ``[!pullquote]``; a last line starting with an em dash
(or ``--``) is the attribution::

    > [!pullquote]
    > We will rebuild, and we will do it together.
    > — Mayor Jane Doe

Both produce the markup WordPress's image and pullquote blocks save, so the preview, the plain
HTML and the block output agree.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.blockparser import BlockParser
from markdown.blockprocessors import BlockProcessor

_IMAGE_LINE = re.compile(r"^!\[[^\]\n]*\]\([^)\n]*\)[ \t]*$")
_PULLQUOTE_HEAD = re.compile(r"^[ ]{0,3}>[ ]?\[!pullquote\][ \t]*(?:\n|$)", re.I)
_QUOTE_PREFIX = re.compile(r"^[ ]{0,3}>[ ]?", re.M)
_ATTRIBUTION = re.compile(r"^(?:—|--)[ \t]*(\S.*)$")


class FigureProcessor(BlockProcessor):
    """``![alt](src)`` alone on the first line of a paragraph becomes a figure."""

    def test(self, parent: etree.Element, block: str) -> bool:
        first, _, _ = block.partition("\n")
        return block.startswith("![") and _IMAGE_LINE.match(first) is not None

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        block = blocks.pop(0)
        image, _, caption = block.partition("\n")
        figure = etree.SubElement(parent, "figure", {"class": "wp-block-image"})
        # The inline pass turns this text into an <img>, exactly as it would in a paragraph.
        figure.text = image.strip()
        caption = caption.strip()
        if caption:
            figcaption = etree.SubElement(figure, "figcaption", {"class": "wp-element-caption"})
            figcaption.text = caption


class PullQuoteProcessor(BlockProcessor):
    """``> [!pullquote]`` quotes become ``<figure class="wp-block-pullquote">``."""

    def test(self, parent: etree.Element, block: str) -> bool:
        return "[!" in block[:24] and _PULLQUOTE_HEAD.match(block) is not None

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        block = blocks.pop(0)
        body = _PULLQUOTE_HEAD.sub("", block, count=1)
        lines = _QUOTE_PREFIX.sub("", body).split("\n")
        attribution = ""
        if lines:
            found = _ATTRIBUTION.match(lines[-1].strip())
            if found:
                attribution = found.group(1).strip()
                lines.pop()
        text = " ".join(line.strip() for line in lines if line.strip())
        figure = etree.SubElement(parent, "figure", {"class": "wp-block-pullquote"})
        quote = etree.SubElement(figure, "blockquote")
        paragraph = etree.SubElement(quote, "p")
        paragraph.text = text
        if attribution:
            cite = etree.SubElement(quote, "cite")
            cite.text = attribution


class CopydeskSyntax(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's API name
        parser: BlockParser = md.parser
        # Pull quotes must win over the ordinary quote (priority 20); figures over paragraphs (10)
        # but after link references (15).
        parser.blockprocessors.register(PullQuoteProcessor(parser), "cd_pullquote", 25)
        parser.blockprocessors.register(FigureProcessor(parser), "cd_figure", 12)
