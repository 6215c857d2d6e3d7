"""The rendering pipeline: Markdown -> HTML -> sanitised HTML -> preview page or publish format."""

from __future__ import annotations

from datetime import tzinfo
from typing import Literal

from .blocks import html_to_blocks
from .markdown_html import MarkdownConverter
from .preview import PreviewArticle, PreviewTemplate
from .sanitize import Sanitizer
from .source_map import annotate_source_lines

PublishFormat = Literal["blocks", "html"]
PUBLISH_FORMATS: tuple[str, ...] = ("blocks", "html")


class Renderer:
    """Holds configured Markdown instances, the sanitiser and the preview template.

    Not thread-safe: Python-Markdown instances keep per-document state. Create one per thread.
    """

    def __init__(self, iframe_hosts: tuple[str, ...] = ()) -> None:
        self._markdown = MarkdownConverter()
        self._sanitizer = Sanitizer(iframe_hosts)
        self._template = PreviewTemplate.load()

    def body_html(self, markdown: str, lang: str) -> str:
        """Sanitised HTML for an article body, exactly as the site will keep it."""
        return self._sanitizer.clean(self._markdown.convert(markdown, lang))

    def preview_body(self, markdown: str, lang: str) -> str:
        """The body as the preview shows it: the site's HTML with each block's source line
        (``data-line``), so the editor and the preview can scroll together."""
        return annotate_source_lines(self.body_html(markdown, lang), markdown)

    def preview_html(self, article: PreviewArticle, tz: tzinfo | None = None, note: str = "") -> str:
        """A complete, script-free HTML document shaped like the site's article page; `note` is shown
        above the article (why the site's own look is not used, for one)."""
        return self._template.render(article, self.preview_body(article.body, article.lang), tz, note=note)

    def publish_html(self, markdown: str, lang: str, fmt: str = "blocks", wp_version: str | None = None) -> str:
        """Post content to send to WordPress: block markup (default), as the block editor of the
        site's `wp_version` saves it (unknown: the newest release), or plain HTML."""
        if fmt not in PUBLISH_FORMATS:
            raise ValueError(f"unknown publish format {fmt!r}; expected one of {PUBLISH_FORMATS}")
        html = self.body_html(markdown, lang)
        return html_to_blocks(html, wp_version) if fmt == "blocks" else html


def render_preview(article: PreviewArticle, tz: tzinfo | None = None) -> str:
    """Convenience for one-off previews; keep a Renderer around when rendering repeatedly."""
    return Renderer().preview_html(article, tz)
