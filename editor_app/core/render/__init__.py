"""Rendering: Markdown to site-faithful HTML, WordPress publish formats, and HTML back to Markdown.

Nothing here imports Qt; the UI shows the returned HTML in a web view. HTML → Markdown (and
with it BeautifulSoup and markdownify) loads on first use: the preview never needs it, only a
rich paste or a pull from the site does.
"""

from typing import TYPE_CHECKING, Any

from .blocks import html_to_blocks
from .preview import PreviewArticle, resources_dir
from .renderer import PUBLISH_FORMATS, Renderer, render_preview
from .sanitize import Sanitizer

if TYPE_CHECKING:
    from .html_markdown import html_to_markdown

__all__ = [
    "PUBLISH_FORMATS",
    "PreviewArticle",
    "Renderer",
    "Sanitizer",
    "html_to_blocks",
    "html_to_markdown",
    "render_preview",
    "resources_dir",
]


def __getattr__(name: str) -> Any:
    if name == "html_to_markdown":
        from .html_markdown import html_to_markdown

        return html_to_markdown
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
