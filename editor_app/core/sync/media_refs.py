"""Images in an article body that point at the desk's own media folder, and their site URLs.

The preview loads a body's relative image URLs from the media folder, so an article shows a
stored image as ``![alt](<sha256>.png)`` (or by the file's full local path, which also works
there). On the site those addresses mean nothing and would leak a workstation's paths, so the
push swaps each one for the uploaded file's ``source_url``. An image that is not on the site
(its upload was refused or has not happened yet) is left out of the post until it is.

Only content-addressed file names are recognised: a site-relative URL such as
``/wp-content/uploads/…`` is never touched.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from html import escape, unescape
from urllib.parse import unquote, urlsplit

from editor_app.core.photo_credit import separator

_CONTENT_NAME = re.compile(r"^([0-9a-f]{64})\.[a-z0-9]{2,5}$")
_IMG = re.compile(r"<img\b[^>]*>", re.I)
_SRC = re.compile(r'(\ssrc=")([^"]*)(")', re.I)
_IMAGE_BLOCK = re.compile(r"<!-- wp:image(?: [^\n]*?)? -->.*?<!-- /wp:image -->\n*", re.S)


def local_name(src: str) -> str | None:
    """The media-folder file name (``<sha256>.<ext>``) an image address points at, if it is a
    local reference: a bare or relative file name, a local path or a ``file:`` URI."""
    url = unescape(src).strip()
    if not url:
        return None
    parts = urlsplit(url)
    if len(parts.scheme) == 1:  # a Windows drive letter, not a scheme
        path = url
    elif parts.scheme not in ("", "file") or parts.netloc not in ("", "localhost") or parts.query:
        return None
    else:
        path = parts.path
    name = re.split(r"[/\\]", unquote(path))[-1].lower()
    return name if _CONTENT_NAME.match(name) else None


def sha_of(name: str) -> str:
    found = _CONTENT_NAME.match(name)
    if found is None:
        raise ValueError(f"not a media file name: {name!r}")
    return found.group(1)


def image_names(html: str) -> set[str]:
    """The local media file names the body's images point at."""
    names: set[str] = set()
    for tag in _IMG.findall(html):
        src = _SRC.search(tag)
        name = local_name(src.group(2)) if src else None
        if name:
            names.add(name)
    return names


def rewrite(html: str, urls: Mapping[str, str | None]) -> str:
    """Point each local image named in `urls` at its URL there; leave out those mapped to None
    (a whole image block, caption included, or a lone inline image). Other images stay as they are."""

    def target(tag: str) -> tuple[bool, str | None]:
        src = _SRC.search(tag)
        name = local_name(src.group(2)) if src else None
        if name is None or name not in urls:
            return False, None
        return True, urls[name]

    def block(match: re.Match[str]) -> str:
        text = match.group(0)
        if any(known and url is None for known, url in map(target, _IMG.findall(text))):
            return ""
        return text

    def image(match: re.Match[str]) -> str:
        tag = match.group(0)
        known, url = target(tag)
        if not known:
            return tag
        if url is None:
            return ""
        return _SRC.sub(lambda m: m.group(1) + escape(url, quote=True) + m.group(3), tag, count=1)

    return _IMG.sub(image, _IMAGE_BLOCK.sub(block, html))


_FIGURE = re.compile(r"<figure\b[^>]*>.*?</figure>", re.S)
_FIGCAPTION = re.compile(r"(<figcaption\b[^>]*>)(.*?)(</figcaption>)", re.S)
_TAG = re.compile(r"<[^>]+>")


def add_credits(html: str, credits: Mapping[str, str]) -> str:
    """End the caption of each figure showing a local image with that image's credit line
    (``Photo: …``), adding a caption where the figure has none; a caption that already ends
    with it is left alone. The caption element is the one the image block saves, so the block
    editor still takes the figure as valid."""

    def figure(match: re.Match[str]) -> str:
        text = match.group(0)
        names = [local_name(src.group(2)) for src in map(_SRC.search, _IMG.findall(text)) if src]
        line = next((credits[n] for n in names if n and credits.get(n)), "")
        if not line:
            return text
        caption = _FIGCAPTION.search(text)
        if caption is None:
            added = f'<figcaption class="wp-element-caption">{escape(line, quote=False)}</figcaption>'
            return text[: -len("</figure>")] + added + "</figure>"
        inner = caption.group(2)
        shown = " ".join(unescape(_TAG.sub("", inner)).split())
        if shown.endswith(line):
            return text
        joined = inner.rstrip() + separator(shown, line) if shown else ""
        joined += escape(line, quote=False)
        return text[: caption.start(2)] + joined + text[caption.end(2) :]

    return _FIGURE.sub(figure, html)
