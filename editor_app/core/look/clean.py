"""Make a fetched page inert before it is stored, and find and rewrite what it refers to.

The page keeps its markup and styles and loses everything that could run, load a frame or submit:
scripts (and <noscript>, which shows when scripts are off), event-handler attributes,
``javascript:`` URLs, frames, objects, forms and their controls, <base>, refresh and CSP metas,
and <link>s that are not stylesheets. References to the site's own files are rewritten to the
cached copies; anything else is dropped (and reported as missing by the caller).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Comment, Tag

REMOVED_TAGS = (
    "script", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet", "portal",
    "form", "input", "button", "select", "textarea", "base", "dialog",
)  # fmt: skip
URL_ATTRS = ("href", "src", "xlink:href", "poster", "action", "formaction", "background", "data")
DANGEROUS_ATTRS = frozenset({"srcdoc", "formaction", "action", "ping", "srcset", "imagesrcset", "nonce"})
_BAD_URL = re.compile(r"^\s*(javascript|vbscript|data:text/html)", re.IGNORECASE)
# url(...) in any of its three spellings, and @import "..." without url().
CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)""", re.IGNORECASE)
CSS_IMPORT = re.compile(r"""@import\s+(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)

Resolver = Callable[[str], "str | None"]  # absolute URL -> local reference, None when not kept


def same_origin(url: str, origin: str) -> bool:
    a, b = urlsplit(url), urlsplit(origin)
    return (a.scheme.lower(), a.netloc.lower()) == (b.scheme.lower(), b.netloc.lower())


def _absolute(ref: str, base: str) -> str | None:
    ref = ref.strip()
    if not ref or ref.startswith(("data:", "#")) or ref.lower().startswith("about:"):
        return None
    return urljoin(base, ref).split("#", 1)[0]


def css_references(css: str, base: str) -> list[str]:
    """Absolute URLs a stylesheet uses (fonts, images, imported sheets), in order, without repeats."""
    found: list[str] = []
    for pattern in (CSS_IMPORT, CSS_URL):
        for match in pattern.finditer(css):
            url = _absolute(next(g for g in match.groups() if g is not None), base)
            if url and url not in found:
                found.append(url)
    return found


def rewrite_css(css: str, base: str, resolve: Resolver) -> str:
    """Every url() and @import pointed at its cached copy; one not kept becomes an empty data URL."""

    def local(ref: str) -> str:
        url = _absolute(ref, base)
        if url is None:
            return ref
        return resolve(url) or "data:,"

    css = CSS_IMPORT.sub(lambda m: f'@import "{local(next(g for g in m.groups() if g is not None))}"', css)
    css = CSS_URL.sub(lambda m: f'url("{local(next(g for g in m.groups() if g is not None))}")', css)
    # A stylesheet inside <style> must not be able to close the element.
    return css.replace("</", "<\\/")


def make_inert(soup: BeautifulSoup) -> None:
    """Remove everything that could run, frame or submit; keep markup and styles."""
    for name in REMOVED_TAGS:
        for tag in soup.find_all(name):
            tag.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()  # conditional comments and stray markup in comments go too
    for meta in soup.find_all("meta"):
        if meta.get("http-equiv") is not None:
            meta.decompose()
    for link in soup.find_all("link"):
        rel = [r.lower() for r in (link.get("rel") or [])]
        if rel != ["stylesheet"]:
            link.decompose()
    for tag in soup.find_all(True):
        for attr in list(tag.attrs):
            lowered = attr.lower()
            if lowered.startswith("on") or lowered in DANGEROUS_ATTRS:
                del tag.attrs[attr]
            elif lowered in URL_ATTRS and _BAD_URL.match(str(tag.attrs[attr])):
                del tag.attrs[attr]
        if tag.name == "use":  # SVG <use> may only refer inside the page
            for attr in ("href", "xlink:href"):
                if attr in tag.attrs and not str(tag.attrs[attr]).startswith("#"):
                    del tag.attrs[attr]


def rewrite_page_refs(soup: BeautifulSoup, page_url: str, resolve: Resolver) -> None:
    """Stylesheet links, images and style attributes pointed at cached copies; others dropped."""
    for link in soup.find_all("link"):
        url = _absolute(str(link.get("href", "")), page_url)
        local = resolve(url) if url else None
        if local is None:
            link.decompose()
        else:
            link["href"] = local
    for img in soup.find_all(["img", "source"]):
        img.attrs.pop("sizes", None)
        src = str(img.get("src", ""))
        if src.startswith("data:image/"):
            continue
        url = _absolute(src, page_url)
        local = resolve(url) if url else None
        if local is None:
            img.attrs.pop("src", None)
        else:
            img["src"] = local
    for tag in soup.find_all(style=True):
        tag["style"] = rewrite_css(str(tag["style"]), page_url, resolve)
    for style in soup.find_all("style"):
        style.string = rewrite_css(style_text(style), page_url, resolve)
    for tag in soup.find_all("a"):
        href = _absolute(str(tag.get("href", "")), page_url)
        if href is not None:
            tag["href"] = href  # links stay absolute: a click opens the reader's browser, never the preview


def is_inert(html: str) -> list[str]:
    """What in a stored page could still run: an empty list when nothing can (used by tests and on load)."""
    soup = BeautifulSoup(html, "html.parser")
    found: list[str] = [f"<{name}>" for name in REMOVED_TAGS if soup.find(name)]
    for tag in soup.find_all(True):
        found.extend(f"{attr}= on <{tag.name}>" for attr in tag.attrs if attr.lower().startswith("on"))
        found.extend(
            f"javascript URL on <{tag.name}>"
            for attr in URL_ATTRS
            if attr in tag.attrs and _BAD_URL.match(str(tag.attrs[attr]))
        )
    return found


def style_text(style: Tag) -> str:
    """The text of a <style> element (get_text skips it once its string was replaced)."""
    return "".join(str(child) for child in style.contents)


def element_classes(tag: Tag) -> list[str]:
    value = tag.get("class") or []
    return list(value) if isinstance(value, list) else str(value).split()
