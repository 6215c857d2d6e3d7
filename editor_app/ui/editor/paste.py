"""Rich text from a browser or word processor, cleaned down to what Markdown can say.

Word and Google Docs wrap everything in spans, styles, classes and Office namespaces; we keep
the structure (headings, paragraphs, lists, quotes, links, images, tables) and the emphasis
they express through inline styles, and drop the rest before converting to Markdown.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bs4 import BeautifulSoup, Tag


_KEEP = frozenset(
    {
        "p",
        "br",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "strong",
        "b",
        "em",
        "i",
        "a",
        "img",
        "ul",
        "ol",
        "li",
        "blockquote",
        "pre",
        "code",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "hr",
        "figure",
        "figcaption",
    }
)
_DROP = frozenset(
    {
        "script",
        "style",
        "meta",
        "link",
        "title",
        "head",
        "noscript",
        "template",
        "iframe",
        "object",
        "embed",
        "svg",
        "math",
        "button",
        "input",
        "select",
        "textarea",
        "form",
    }
)
_ATTRS = {"a": ("href", "title"), "img": ("src", "alt", "title")}
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_SAFE_SCHEMES = frozenset({"http", "https", "mailto", "data"})
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.I)
_NORMAL_WEIGHT = re.compile(r"font-weight\s*:\s*(?:normal|[1-4]00)", re.I)
_ITALIC_STYLE = re.compile(r"font-style\s*:\s*italic", re.I)


def clean_clipboard_html(html: str) -> str:
    """HTML reduced to the elements and attributes Markdown can express."""
    from bs4 import BeautifulSoup, Comment  # loaded on the first rich paste, not at start-up

    soup = BeautifulSoup(html, "html.parser")
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue
        name = tag.name.lower()
        if name in _DROP:
            tag.decompose()
            continue
        style = str(tag.get("style") or "")
        if name in ("b", "strong") and _NORMAL_WEIGHT.search(style):
            tag.unwrap()  # Google Docs' outer <b style="font-weight:normal">
            continue
        if name not in _KEEP:
            _restyle(tag, style, soup)
            continue
        allowed = _ATTRS.get(name, ())
        tag.attrs = {k: v for k, v in tag.attrs.items() if k in allowed}
        for key in ("href", "src"):
            if key in tag.attrs and not _safe_url(str(tag.attrs[key]), image=key == "src"):
                del tag.attrs[key]
    return str(soup)


def _safe_url(url: str, *, image: bool) -> bool:
    """Web and mail links and relative paths; data: only for images; never javascript: and the like."""
    scheme = _SCHEME.match(url.strip())
    if scheme is None:
        return True
    name = scheme.group(1).lower()
    return name in _SAFE_SCHEMES and (name != "data" or image)


def _restyle(tag: Tag, style: str, soup: BeautifulSoup) -> None:
    """An unknown element goes, but the emphasis its inline style gave is kept."""
    bold, italic = bool(_BOLD_STYLE.search(style)), bool(_ITALIC_STYLE.search(style))
    if not (bold or italic) or not tag.get_text(strip=True):
        tag.unwrap()
        return
    tag.name = "strong" if bold else "em"
    tag.attrs = {}
    if bold and italic:
        inner = soup.new_tag("em")
        for child in list(tag.contents):
            inner.append(child.extract())
        tag.append(inner)


def html_to_clean_markdown(html: str) -> str:
    from editor_app.core.render import html_to_markdown  # loaded on the first rich paste, not at start-up

    markdown = html_to_markdown(clean_clipboard_html(html))
    return markdown.strip("\n")
