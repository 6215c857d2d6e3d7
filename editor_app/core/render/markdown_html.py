"""Markdown to HTML with the extensions Copydesk supports, on reusable Markdown instances.

Speed matters (the preview re-renders as the journalist types), so:

* instances are built once and ``reset()`` between documents;
* extensions that can only act on a trigger string (tables ``|``, footnotes ``[^``, fenced code
  ```` ``` ````/``~~~``, attribute lists ``{``) are only loaded into the instance used for a text
  that contains the trigger: the output is the same, the per-block cost is not paid for nothing;
* heading ids come from a small tree pass using the toc extension's ``slugify_unicode`` (same
  ids as ``toc``), without building a table of contents nobody reads;
* English smart punctuation is a single pass over the finished HTML (see ``typography``).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.extensions.toc import slugify_unicode
from markdown.treeprocessors import Treeprocessor

from .guard import defuse, restore
from .rawhtml import escape_unparseable
from .syntax import CopydeskSyntax
from .typography import smarten

# Optional extension -> substrings of which at least one must occur for it to have any effect.
_TRIGGERED = (
    ("tables", ("|",)),
    ("footnotes", ("[^",)),
    ("fenced_code", ("```", "~~~")),
    ("attr_list", ("{",)),
)
_EXTENSION_CONFIG = {"footnotes": {"BACKLINK_TEXT": "\u21a9\ufe0e"}}
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_PLACEHOLDER = re.compile("\x02wzxhzdk:\\d+\x03")  # stashed raw HTML
_ESCAPED = re.compile("\x02(\\d+)\x03")  # a backslash-escaped character


def uses_smart_typography(lang: str) -> bool:
    """Curly quotes and dashes are English conventions; ja/ko (and unknown) text is left alone."""
    return lang.lower().replace("_", "-").split("-", 1)[0] == "en"


class HeadingIds(Treeprocessor):
    """Give every heading without an id a unique, Unicode-preserving slug (as ``toc`` would)."""

    def run(self, root: etree.Element) -> None:
        used: set[str] = set()
        headings = [el for el in root.iter() if el.tag in _HEADINGS]
        used.update(el.get("id", "") for el in headings)
        for el in headings:
            if el.get("id"):
                continue
            text = _PLACEHOLDER.sub("", "".join(el.itertext()))
            text = _ESCAPED.sub(lambda m: chr(int(m.group(1))), text)
            slug = slugify_unicode(text, "-") or "section"
            candidate, n = slug, 0
            while candidate in used:
                n += 1
                candidate = f"{slug}_{n}"
            used.add(candidate)
            el.set("id", candidate)


class _HeadingIdExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's API name
        # After inline processing (20) and attribute lists (8), where toc would run.
        md.treeprocessors.register(HeadingIds(md), "cd_heading_ids", 5)


def new_markdown(optional: tuple[str, ...] = tuple(name for name, _ in _TRIGGERED)) -> Markdown:
    extensions: list[str | Extension] = [*optional, "sane_lists", CopydeskSyntax(), _HeadingIdExtension()]
    return Markdown(extensions=extensions, extension_configs=_EXTENSION_CONFIG, output_format="html")


class MarkdownConverter:
    """Markdown instances per set of needed extensions, created on first use and reset per call."""

    def __init__(self) -> None:
        self._instances: dict[tuple[str, ...], Markdown] = {}

    def convert(self, text: str, lang: str) -> str:
        text = defuse(text)
        needed = tuple(name for name, triggers in _TRIGGERED if any(t in text for t in triggers))
        md = self._instances.get(needed)
        if md is None:
            md = self._instances[needed] = new_markdown(needed)
        md.reset()
        html = escape_unparseable(restore(md.convert(text)))
        return smarten(html) if uses_smart_typography(lang) else html
