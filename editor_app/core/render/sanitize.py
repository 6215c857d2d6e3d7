"""HTML sanitising that mirrors what WordPress keeps for authors without ``unfiltered_html``.

The allow-list follows ``wp_kses_allowed_html('post')`` (``$allowedposttags`` plus the global
attributes WordPress adds to every tag, and the ``safe_style_css`` property list for ``style``).
Form controls, MathML and ``object`` are left out: the editor never produces them and they are of
no use in a preview. Iframes are dropped, as kses does; a site that allows embeds from a few hosts
can pass ``iframe_hosts``, and any iframe pointing elsewhere still never passes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

import nh3

# Attributes WordPress adds to every allowed tag (_wp_add_global_attributes); data-* is a prefix.
GLOBAL_ATTRIBUTES: frozenset[str] = frozenset(
    {
        "aria-controls",
        "aria-current",
        "aria-describedby",
        "aria-details",
        "aria-expanded",
        "aria-hidden",
        "aria-label",
        "aria-labelledby",
        "aria-live",
        "class",
        "dir",
        "hidden",
        "id",
        "lang",
        "style",
        "title",
        "role",
        "xml:lang",
    }
)

_CELL = {
    "abbr",
    "align",
    "axis",
    "bgcolor",
    "char",
    "charoff",
    "colspan",
    "headers",
    "height",
    "nowrap",
    "rowspan",
    "scope",
    "valign",
    "width",
}
_SECTION = {"align", "char", "charoff", "valign"}
_ALIGN = {"align"}

# Tag -> tag-specific attributes, as in $allowedposttags.
POST_TAGS: dict[str, set[str]] = {
    "address": set(),
    "a": {"href", "rel", "rev", "name", "target", "download"},
    "abbr": set(),
    "acronym": set(),
    "area": {"alt", "coords", "href", "nohref", "shape", "target"},
    "article": _ALIGN,
    "aside": _ALIGN,
    "audio": {"autoplay", "controls", "loop", "muted", "preload", "src"},
    "b": set(),
    "bdo": set(),
    "big": set(),
    "blockquote": {"cite"},
    "br": set(),
    "caption": _ALIGN,
    "cite": set(),
    "code": set(),
    "col": {"align", "char", "charoff", "span", "valign", "width"},
    "colgroup": {"align", "char", "charoff", "span", "valign", "width"},
    "data": {"value"},
    "del": {"datetime"},
    "dd": set(),
    "dfn": set(),
    "details": {"align", "open", "name"},
    "div": _ALIGN,
    "dl": set(),
    "dt": set(),
    "em": set(),
    "figure": _ALIGN,
    "figcaption": _ALIGN,
    "font": {"color", "face", "size"},
    "footer": _ALIGN,
    "h1": _ALIGN,
    "h2": _ALIGN,
    "h3": _ALIGN,
    "h4": _ALIGN,
    "h5": _ALIGN,
    "h6": _ALIGN,
    "header": _ALIGN,
    "hgroup": _ALIGN,
    "hr": {"align", "noshade", "size", "width"},
    "i": set(),
    "img": {
        "alt",
        "align",
        "border",
        "height",
        "hspace",
        "loading",
        "longdesc",
        "vspace",
        "src",
        "usemap",
        "width",
    },
    "ins": {"datetime", "cite"},
    "kbd": set(),
    "li": {"align", "value"},
    "main": _ALIGN,
    "map": {"name"},
    "mark": set(),
    "nav": _ALIGN,
    "p": _ALIGN,
    "pre": {"width"},
    "q": {"cite"},
    "rb": set(),
    "rp": set(),
    "rt": set(),
    "rtc": set(),
    "ruby": set(),
    "s": set(),
    "samp": set(),
    "search": set(),
    "span": _ALIGN,
    "section": _ALIGN,
    "small": set(),
    "strike": set(),
    "strong": set(),
    "sub": set(),
    "summary": _ALIGN,
    "sup": set(),
    "table": {"align", "bgcolor", "border", "cellpadding", "cellspacing", "rules", "summary", "width"},
    "tbody": _SECTION,
    "td": _CELL,
    "tfoot": _SECTION,
    "th": _CELL,
    "thead": _SECTION,
    "time": {"datetime"},
    "tr": {"align", "bgcolor", "char", "charoff", "valign"},
    "track": {"default", "kind", "label", "src", "srclang"},
    "tt": set(),
    "u": set(),
    "ul": {"type"},
    "ol": {"start", "type", "reversed"},
    "var": set(),
    "video": {
        "autoplay",
        "controls",
        "height",
        "loop",
        "muted",
        "playsinline",
        "poster",
        "preload",
        "src",
        "width",
    },
    "wbr": set(),
}

# safecss_filter_attr's default list (safe_style_css).
SAFE_STYLE_PROPERTIES: frozenset[str] = frozenset(
    """
    background background-color background-image background-position background-repeat
    background-size background-attachment background-blend-mode border border-radius border-width
    border-color border-style border-right border-right-color border-right-style border-right-width
    border-bottom border-bottom-color border-bottom-left-radius border-bottom-right-radius
    border-bottom-style border-bottom-width border-left border-left-color border-left-style
    border-left-width border-top border-top-color border-top-left-radius border-top-right-radius
    border-top-style border-top-width border-spacing border-collapse caption-side columns
    column-count column-fill column-gap column-rule column-span column-width display color filter
    font font-family font-size font-style font-variant font-weight letter-spacing line-height
    text-align text-decoration text-indent text-transform white-space height min-height max-height
    width min-width max-width margin margin-right margin-bottom margin-left margin-top
    margin-block-start margin-block-end margin-inline-start margin-inline-end padding padding-right
    padding-bottom padding-left padding-top padding-block-start padding-block-end
    padding-inline-start padding-inline-end flex flex-basis flex-direction flex-flow flex-grow
    flex-shrink flex-wrap gap row-gap grid-template-columns grid-auto-columns grid-column-start
    grid-column-end grid-column grid-column-gap grid-template-rows grid-auto-rows grid-row-start
    grid-row-end grid-row grid-row-gap grid-gap justify-content justify-items justify-self
    align-content align-items align-self clear cursor direction float list-style-type object-fit
    object-position opacity overflow vertical-align writing-mode position top right bottom left
    z-index box-shadow aspect-ratio container-type
    """.split()
)

# wp_allowed_protocols(); anything else (javascript:, vbscript:, data: in links) is removed.
URL_SCHEMES: frozenset[str] = frozenset(
    "http https ftp ftps mailto news irc irc6 ircs gopher nntp feed telnet mms rtsp sms svn tel fax "
    "xmpp webcal urn".split()
)

_EMPTY_IFRAME = re.compile(r"<iframe(?![^>]*\ssrc=)[^>]*>.*?</iframe>", re.S | re.I)


class Sanitizer:
    """A precomputed nh3 cleaner; cheap to call, build it once."""

    def __init__(self, iframe_hosts: Iterable[str] = ()) -> None:
        self.iframe_hosts = frozenset(h.lower() for h in iframe_hosts)
        tags = set(POST_TAGS)
        attributes: dict[str, set[str]] = {tag: set(attrs) for tag, attrs in POST_TAGS.items()}
        attributes["*"] = set(GLOBAL_ATTRIBUTES)
        options: dict[str, object] = {}
        if self.iframe_hosts:
            tags.add("iframe")
            attributes["iframe"] = {
                "src",
                "width",
                "height",
                "allow",
                "allowfullscreen",
                "loading",
                "referrerpolicy",
            }
            # Only called when iframes are allowed, so the default path stays pure Rust.
            options["attribute_filter"] = self._filter_attribute
        self._cleaner = nh3.Cleaner(
            tags=tags,
            clean_content_tags={"script", "style"},
            attributes=attributes,
            generic_attribute_prefixes={"data-"},
            url_schemes=set(URL_SCHEMES),
            link_rel=None,
            strip_comments=True,
            filter_style_properties=set(SAFE_STYLE_PROPERTIES),
            **options,
        )

    def _filter_attribute(self, element: str, attribute: str, value: str) -> str | None:
        if element == "iframe" and attribute == "src":
            parts = urlsplit(value)
            if parts.scheme != "https" or (parts.hostname or "").lower() not in self.iframe_hosts:
                return None
        return value

    def clean(self, html: str) -> str:
        cleaned = self._cleaner.clean(html)
        if self.iframe_hosts and "<iframe" in cleaned:
            cleaned = _EMPTY_IFRAME.sub("", cleaned)
        return cleaned
