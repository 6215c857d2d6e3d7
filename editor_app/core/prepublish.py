"""Pre-publish checks: what to look at before a story goes out, as a list of findings.

Pure functions over plain values (`CheckInput`); the publishing service gathers them from the
store and, when online, from the site (slug) and the web (links). Each finding has a stable
`code`, a `severity`, a translatable `message` and the `field` of the form to jump to.

What blocks and what warns:
- blocking: no headline (or still the placeholder "Untitled article"), no section, a placeholder
  slug, a slug another post on the site already has, an open conflict, unsaved edits. Publishing
  any of these would put a wrong or unfindable story on the site, or overwrite someone's work.
- warning (one click overrides): a headline or dek over the desk's length for the article's
  language (characters for Japanese and Korean, words for English; Preferences), no dek, no
  byline or one the site needs a choice for, no featured image, an image without alt text,
  a malformed link, a link answering 404, and checks that could not be made offline. These
  make a weaker story, but a desk may have its reasons to publish anyway.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlsplit

from editor_app.core.i18n import QT_TRANSLATE_NOOP, Message
from editor_app.core.preferences import Preferences, length_unit, measure
from editor_app.core.text import is_placeholder_slug, is_placeholder_title

Severity = Literal["blocking", "warning"]
BLOCKING: Severity = "blocking"
WARNING: Severity = "warning"

# The fields a finding can send the journalist to (the metadata panel's and editor's names).
FIELDS = ("headline", "dek", "section", "slug", "byline", "featured_image", "body", "conflict", "save")

_CTX = "Prepublish"


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    message: Message
    field: str

    @property
    def blocking(self) -> bool:
        return self.severity == BLOCKING

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "severity": self.severity, "message": str(self.message), "field": self.field}


@dataclass(frozen=True)
class Image:
    src: str
    alt: str


@dataclass(frozen=True)
class CheckInput:
    """Everything the checks look at, gathered by the caller."""

    title: str
    dek: str
    body: str  # Markdown
    slug: str
    lang: str
    sections: tuple[str, ...]
    byline: str
    byline_choice_needed: bool = False  # the site has nowhere for it unless the journalist chooses
    featured_present: bool = False
    featured_alt: str = ""
    body_image_alts: Mapping[str, str] = field(default_factory=dict)  # a library image's alt, by its reference
    open_conflict: bool = False
    unsaved: bool = False
    online: bool = False  # the site and links were checked (the two values below mean something)
    slug_taken_by: int | None = None  # the id of another post on the site with this slug
    broken_links: tuple[str, ...] = ()  # links that answered 404


def _msg(text: str, **values: object) -> Message:
    return Message(_CTX, text, values)


def _blocking(code: str, field_name: str, message: Message) -> Finding:
    return Finding(code, BLOCKING, message, field_name)


def _warning(code: str, field_name: str, message: Message) -> Finding:
    return Finding(code, WARNING, message, field_name)


def run_checks(data: CheckInput, prefs: Preferences | None = None) -> list[Finding]:
    """The findings for one article, blocking ones first, in the order of the form."""
    prefs = prefs or Preferences()
    found: list[Finding] = []
    found += _headline(data, prefs)
    found += _dek(data, prefs)
    if not data.sections:
        found.append(
            _blocking(
                "section_missing",
                "section",
                _msg(QT_TRANSLATE_NOOP("Prepublish", "No section is chosen. Choose the section the story belongs to.")),
            )
        )
    found += _slug(data)
    found += _byline(data)
    found += _images(data)
    found += _links(data)
    if data.open_conflict:
        found.append(
            _blocking(
                "conflict_open",
                "conflict",
                _msg(
                    QT_TRANSLATE_NOOP(
                        "Prepublish",
                        "The story was changed here and on the site. Resolve the conflict before publishing.",
                    )
                ),
            )
        )
    if data.unsaved:
        found.append(
            _blocking(
                "unsaved",
                "save",
                _msg(QT_TRANSLATE_NOOP("Prepublish", "Some edits are not saved yet. Wait for the save, then publish.")),
            )
        )
    if not data.online:
        found.append(
            _warning(
                "offline",
                "slug",
                _msg(
                    QT_TRANSLATE_NOOP(
                        "Prepublish", "The site could not be asked whether the slug is free, and links were not tried."
                    )
                ),
            )
        )
    return sorted(found, key=lambda f: f.severity != BLOCKING)


def blocking(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.blocking]


def _too_long(text: str, lang: str, limit: int) -> tuple[int, str] | None:
    length = measure(text, lang)
    return (length, length_unit(lang)) if length > limit else None


def _headline(data: CheckInput, prefs: Preferences) -> list[Finding]:
    title = data.title.strip()
    if not title or is_placeholder_title(title):
        return [
            _blocking(
                "headline_missing",
                "headline",
                _msg(QT_TRANSLATE_NOOP("Prepublish", "The story has no headline. Write one before publishing.")),
            )
        ]
    limit = prefs.headline_limit(data.lang)
    over = _too_long(title, data.lang, limit)
    if over is None:
        return []
    text = (
        QT_TRANSLATE_NOOP(
            "Prepublish", "The headline has {length} characters; the desk's limit is {limit}. Shorten it."
        )
        if over[1] == "characters"
        else QT_TRANSLATE_NOOP(
            "Prepublish", "The headline has {length} words; the desk's limit is {limit}. Shorten it."
        )
    )
    return [_warning("headline_too_long", "headline", _msg(text, length=over[0], limit=limit))]


def _dek(data: CheckInput, prefs: Preferences) -> list[Finding]:
    dek = data.dek.strip()
    if not dek:
        return [
            _warning(
                "dek_missing",
                "dek",
                _msg(QT_TRANSLATE_NOOP("Prepublish", "The story has no dek. Add a line that sums it up.")),
            )
        ]
    limit = prefs.dek_limit(data.lang)
    over = _too_long(dek, data.lang, limit)
    if over is None:
        return []
    text = (
        QT_TRANSLATE_NOOP("Prepublish", "The dek has {length} characters; the desk's limit is {limit}. Shorten it.")
        if over[1] == "characters"
        else QT_TRANSLATE_NOOP("Prepublish", "The dek has {length} words; the desk's limit is {limit}. Shorten it.")
    )
    return [_warning("dek_too_long", "dek", _msg(text, length=over[0], limit=limit))]


def _slug(data: CheckInput) -> list[Finding]:
    if data.slug and is_placeholder_slug(data.slug):
        return [
            _blocking(
                "slug_placeholder",
                "slug",
                _msg(
                    QT_TRANSLATE_NOOP(
                        "Prepublish",
                        "The slug {slug} comes from a placeholder headline. Make it from the real headline.",
                    ),
                    slug=data.slug,
                ),
            )
        ]
    if data.online and data.slug_taken_by is not None:
        return [
            _blocking(
                "slug_taken",
                "slug",
                _msg(
                    QT_TRANSLATE_NOOP(
                        "Prepublish",
                        "Another post on the site (#{post}) already has the slug {slug}. Choose another slug.",
                    ),
                    slug=data.slug,
                    post=data.slug_taken_by,
                ),
            )
        ]
    return []


def _byline(data: CheckInput) -> list[Finding]:
    if not data.byline.strip():
        return [
            _warning(
                "byline_missing",
                "byline",
                _msg(QT_TRANSLATE_NOOP("Prepublish", "The story has no byline. Add the writer's name.")),
            )
        ]
    if data.byline_choice_needed:
        return [
            _warning(
                "byline_unresolved",
                "byline",
                _msg(
                    QT_TRANSLATE_NOOP(
                        "Prepublish",
                        "The byline {byline} names no author of the site and the site has no byline field; "
                        "you will be asked where it goes.",
                    ),
                    byline=data.byline,
                ),
            )
        ]
    return []


# ![alt](src "title") in Markdown, and <img …> in raw HTML.
_MD_IMAGE = re.compile(r"!\[([^\[\]]*)\]\(\s*<?([^()\s>]*)>?(?:\s+[\"'][^\"']*[\"'])?\s*\)")
_HTML_IMAGE = re.compile(r"<img\b[^>]*>", re.I)
_ATTR = re.compile(r"""\b(src|alt)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)


def body_images(body: str) -> list[Image]:
    """The images a Markdown body shows, with the alt text written beside them."""
    images = [Image(m.group(2), m.group(1).strip()) for m in _MD_IMAGE.finditer(body)]
    for tag in _HTML_IMAGE.finditer(body):
        attrs = {m.group(1).lower(): next(g for g in m.groups()[1:] if g is not None) for m in _ATTR.finditer(tag[0])}
        images.append(Image(attrs.get("src", ""), attrs.get("alt", "").strip()))
    return images


def _images(data: CheckInput) -> list[Finding]:
    found: list[Finding] = []
    if not data.featured_present:
        found.append(
            _warning(
                "featured_missing",
                "featured_image",
                _msg(
                    QT_TRANSLATE_NOOP("Prepublish", "The story has no featured image. Choose one for the front page.")
                ),
            )
        )
    elif not data.featured_alt.strip():
        found.append(
            _warning(
                "featured_alt_missing",
                "featured_image",
                _msg(
                    QT_TRANSLATE_NOOP(
                        "Prepublish", "The featured image has no alt text. Describe it for readers who cannot see it."
                    )
                ),
            )
        )
    for image in body_images(data.body):
        if image.alt or data.body_image_alts.get(image.src, "").strip():
            continue
        found.append(
            _warning(
                "image_alt_missing",
                "body",
                _msg(
                    QT_TRANSLATE_NOOP("Prepublish", "The image {image} in the story has no alt text. Describe it."),
                    image=image.src or "?",
                ),
            )
        )
    return found


_MD_LINK = re.compile(r"(?<!!)\[[^\[\]]*\]\(\s*<?([^()\s>]*)>?(?:\s+[\"'][^\"']*[\"'])?\s*\)")
_HTML_LINK = re.compile(r"""<a\b[^>]*\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_AUTOLINK = re.compile(r"<(https?://[^<>\s]+)>")
_FENCE = re.compile(r"^(```|~~~).*?^\1", re.M | re.S)
_CODE = re.compile(r"`[^`\n]*`")


def body_links(body: str) -> list[str]:
    """The link targets of a Markdown body (not its images, not inside code), in order, once each."""
    text = _CODE.sub("", _FENCE.sub("", body))
    found = [m.group(1) for m in _MD_LINK.finditer(text)]
    found += [m.group(1) or m.group(2) or "" for m in _HTML_LINK.finditer(text)]
    found += [m.group(1) for m in _AUTOLINK.finditer(text)]
    return list(dict.fromkeys(found))


def is_well_formed(url: str) -> bool:
    """A link a reader can follow: http(s) with a host, mailto/tel, or a path or anchor on the site."""
    url = url.strip()
    if not url or any(ch.isspace() for ch in url):
        return False
    if url.startswith(("#", "/")) and not url.startswith("//"):
        return True
    try:
        parts = urlsplit(url)
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        return False
    if parts.scheme in ("http", "https"):
        host = parts.hostname or ""
        return port_ok and bool(host) and ("." in host or host == "localhost" or host.startswith("["))
    return parts.scheme in ("mailto", "tel") and bool(parts.path)


def web_links(body: str) -> list[str]:
    """The well-formed http(s) links, the ones worth trying online."""
    return [u for u in body_links(body) if is_well_formed(u) and urlsplit(u).scheme in ("http", "https")]


def _links(data: CheckInput) -> list[Finding]:
    found: list[Finding] = []
    for url in body_links(data.body):
        if not is_well_formed(url):
            found.append(
                _warning(
                    "link_malformed",
                    "body",
                    _msg(
                        QT_TRANSLATE_NOOP("Prepublish", "The link {url} is not a complete web address. Check it."),
                        url=url or "()",
                    ),
                )
            )
    if data.online:
        for url in data.broken_links:
            found.append(
                _warning(
                    "link_broken",
                    "body",
                    _msg(
                        QT_TRANSLATE_NOOP("Prepublish", "The link {url} answers “not found” (404). Fix or remove it."),
                        url=url,
                    ),
                )
            )
    return found
