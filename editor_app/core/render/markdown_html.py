"""Markdown to HTML with the extensions Copydesk supports, on reusable Markdown instances."""

from __future__ import annotations

from markdown import Markdown
from markdown.extensions.toc import slugify_unicode

from .guard import defuse
from .syntax import CopydeskSyntax

# Smart punctuation as real characters (not entities), so pulled posts convert back verbatim.
_SMARTY_SUBSTITUTIONS = {
    "left-single-quote": "\u2018",
    "right-single-quote": "\u2019",
    "left-double-quote": "\u201c",
    "right-double-quote": "\u201d",
    "left-angle-quote": "\u00ab",
    "right-angle-quote": "\u00bb",
    "ellipsis": "\u2026",
    "ndash": "\u2013",
    "mdash": "\u2014",
}

_BASE_EXTENSIONS = ["tables", "footnotes", "fenced_code", "attr_list", "sane_lists", "toc"]
_EXTENSION_CONFIG = {
    # Unicode slugs keep Japanese and Korean headings linkable; no permalink markup.
    "toc": {"slugify": slugify_unicode, "toc_depth": "2-6"},
    "footnotes": {"BACKLINK_TEXT": "\u21a9\ufe0e"},
    "smarty": {"substitutions": _SMARTY_SUBSTITUTIONS},
}


def uses_smart_typography(lang: str) -> bool:
    """Curly quotes and dashes are English conventions; ja/ko (and unknown) text is left alone."""
    return lang.lower().replace("_", "-").split("-", 1)[0] == "en"


def new_markdown(smart: bool) -> Markdown:
    extensions: list[object] = [*_BASE_EXTENSIONS, CopydeskSyntax()]
    if smart:
        extensions.append("smarty")
    return Markdown(extensions=extensions, extension_configs=_EXTENSION_CONFIG, output_format="html")


class MarkdownConverter:
    """Two configured Markdown instances (with and without smart typography), reset per call."""

    def __init__(self) -> None:
        self._plain = new_markdown(smart=False)
        self._smart = new_markdown(smart=True)

    def convert(self, text: str, lang: str) -> str:
        md = self._smart if uses_smart_typography(lang) else self._plain
        md.reset()
        return md.convert(defuse(text))
