"""Rendering: Markdown to site-faithful HTML, WordPress publish formats, and HTML back to Markdown.

Nothing here imports Qt; the UI shows the returned HTML in a web view.
"""

from .blocks import html_to_blocks
from .html_markdown import html_to_markdown
from .preview import PreviewArticle, resources_dir
from .renderer import PUBLISH_FORMATS, Renderer, render_preview
from .sanitize import Sanitizer

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
