"""Where an article's byline goes on a WordPress site, and where a pulled post's byline comes from.

Newsrooms credit reporters who often have no account on the site, so a byline is not always an
author. In order of preference, on publish:

1. the byline names one of the site's authors and the account may assign posts to others
   (``edit_others_posts``: an editor): the post's ``author`` is set;
2. the site exposes a post meta field for bylines (a per-site setting, detected from common
   names): the byline is written there;
3. otherwise the user chooses: a byline paragraph at the top of the story (its own block, with
   the class ``copydesk-byline``), or no byline on the site. Nothing is dropped unasked.

A pulled post takes its byline from the same places: the byline paragraph (which is then removed
from the body), the meta field, the author's display name. Pure functions on plain values: no
store, no network.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

BYLINE_CLASS = "copydesk-byline"
NAME_CLASS = "copydesk-byline-name"
# Meta field names used for bylines by common newsroom set-ups, tried in this order.
COMMON_FIELDS = ("byline", "_byline", "byline_text", "author_byline", "news_byline", "custom_byline", "credit")
FALLBACKS = ("block", "drop")
Fallback = Literal["block", "drop"]
Placement = Literal["none", "author", "field", "block", "drop"]
# How the byline paragraph reads, per article language; the name itself sits in its own span so
# a pull reads it back exactly, whatever the lead-in.
_LEAD_IN = {"en": "By "}


@dataclass(frozen=True)
class SiteAuthor:
    id: int
    name: str  # the display name


@dataclass(frozen=True)
class SiteBylines:
    """What the desk knows about a site's bylines: its authors, its exposed post meta fields, the
    byline field chosen for it (None: none) and whether the account may assign posts to others."""

    authors: tuple[SiteAuthor, ...] = ()
    meta_fields: tuple[str, ...] = ()
    field: str | None = None
    may_set_author: bool = False
    own_user_id: int | None = None

    def author_name(self, author_id: int) -> str | None:
        return next((a.name for a in self.authors if a.id == author_id), None)


@dataclass(frozen=True)
class BylinePlan:
    """Where one byline goes. ``choice_needed``: it names no author the account may set and the site
    has no byline field, and the user has not chosen between a byline paragraph and none."""

    placement: Placement
    byline: str = ""
    author_id: int | None = None
    field: str | None = None
    choice_needed: bool = False
    author_refused: bool = False  # it names an author, but this account may not set the author
    author_name: str = ""


def normalize_name(name: str) -> str:
    """A display name for comparison: compatibility forms folded (full-width letters, ideographic
    spaces), case folded, all spaces removed ("山田 太郎" = "山田太郎", "JANE  doe" = "Jane Doe")."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in folded if not ch.isspace())


_BY_PREFIX = re.compile(r"^\s*by\s+", re.IGNORECASE)


def match_author(byline: str, authors: Sequence[SiteAuthor]) -> SiteAuthor | None:
    """The one site author the byline names ("Jane Doe" or "By Jane Doe"); None when it names none
    or names two accounts with the same display name (the desk does not guess between them)."""
    wanted = {normalize_name(byline), normalize_name(_BY_PREFIX.sub("", byline))} - {""}
    found = [a for a in authors if normalize_name(a.name) in wanted]
    return found[0] if len(found) == 1 else None


def detect_field(meta_fields: Sequence[str]) -> str | None:
    """A byline field among the post meta fields the site exposes over REST, by its common names."""
    by_folded = {name.casefold(): name for name in meta_fields}
    return next((by_folded[name] for name in COMMON_FIELDS if name in by_folded), None)


def effective_field(setting: str | None, meta_fields: Sequence[str]) -> str | None:
    """The byline field used for a site: the one chosen for it ("" means none), else one detected.
    A chosen field the site no longer exposes is not used (WordPress would ignore it silently)."""
    if setting is None:
        return detect_field(meta_fields)
    if not setting:
        return None
    return setting if not meta_fields or setting in meta_fields else None


def plan_byline(byline: str, site: SiteBylines, fallback: str | None = None) -> BylinePlan:
    """Where ``byline`` goes on this site. ``fallback`` is the user's choice for a byline that can
    go neither to the author nor to a field: "block" or "drop"; without one the plan says a choice
    is needed and, until it is made, keeps the byline in a paragraph (a draft never loses it)."""
    byline = byline.strip()
    if not byline:
        return BylinePlan("none", field=site.field)
    author = match_author(byline, site.authors)
    refused = author is not None and not site.may_set_author
    name = author.name if author else ""
    if author is not None and site.may_set_author:
        return BylinePlan("author", byline, author_id=author.id, field=site.field, author_name=name)
    if site.field:
        return BylinePlan("field", byline, field=site.field, author_refused=refused, author_name=name)
    if fallback == "drop":
        return BylinePlan("drop", byline, author_refused=refused, author_name=name)
    return BylinePlan("block", byline, choice_needed=fallback != "block", author_refused=refused, author_name=name)


def without_author(plan: BylinePlan, site: SiteBylines, fallback: str | None) -> BylinePlan:
    """The plan when the site refused to set the author after all (a role changed since the check)."""
    if plan.placement != "author":
        return plan
    changed = SiteBylines(site.authors, site.meta_fields, site.field, may_set_author=False)
    return plan_byline(plan.byline, changed, fallback)


def where(plan: BylinePlan) -> str:
    """Where the plan puts the byline, in words for a message."""
    if plan.placement == "author":
        return f"the post's author ({plan.author_name})"
    if plan.placement == "field":
        return f"in the site's byline field ({plan.field})"
    if plan.placement == "block":
        return "at the top of the story"
    if plan.placement == "drop":
        return "left off the site, as chosen"
    return "empty"


# ----------------------------------------------------------------------------- the byline paragraph
def byline_paragraph(byline: str, lang: str = "en", fmt: str = "blocks") -> str:
    """The byline as the first paragraph of the post: a paragraph block with its own class (so
    themes can style it and a pull finds it), or the bare paragraph for the plain-HTML format."""
    lead = html.escape(_LEAD_IN.get(lang.split("-")[0], ""), quote=False)
    name = html.escape(byline.strip(), quote=False)
    paragraph = f'<p class="{BYLINE_CLASS}">{lead}<span class="{NAME_CLASS}">{name}</span></p>'
    if fmt != "blocks":
        return paragraph
    attrs = json.dumps({"className": BYLINE_CLASS})
    return f"<!-- wp:paragraph {attrs} -->\n{paragraph}\n<!-- /wp:paragraph -->"


def with_byline_paragraph(content: str, byline: str, lang: str = "en", fmt: str = "blocks") -> str:
    return byline_paragraph(byline, lang, fmt) + "\n\n" + content.lstrip("\n")


_OPENING = re.compile(r"\A\s*(?:<!--\s*wp:paragraph(?:\s+(\{.*?\}))?\s*-->\s*)?", re.DOTALL)
_PARAGRAPH = re.compile(r"<p\b[^>]*\bclass=\"([^\"]*)\"[^>]*>(.*?)</p>\s*", re.DOTALL)
_CLOSING = re.compile(r"\A<!--\s*/wp:paragraph\s*-->\s*")
_NAME = re.compile(r"<span\b[^>]*\bclass=\"[^\"]*\b" + NAME_CLASS + r"\b[^\"]*\"[^>]*>(.*?)</span>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def split_byline(content: str) -> tuple[str, str | None]:
    """``(content without the byline paragraph, the byline)`` when the post starts with the desk's
    byline paragraph; ``(content, None)`` otherwise. Only the first block is looked at."""
    opening = _OPENING.match(content)
    start = opening.end() if opening else 0
    if opening and opening.group(1):
        try:
            attrs: Any = json.loads(opening.group(1))
        except ValueError:
            return content, None
        if BYLINE_CLASS not in str(attrs.get("className", "") if isinstance(attrs, dict) else "").split():
            return content, None
    paragraph = _PARAGRAPH.match(content, start)
    if paragraph is None or BYLINE_CLASS not in paragraph.group(1).split():
        return content, None
    end = paragraph.end()
    if opening and opening.group(0).strip():
        closing = _CLOSING.match(content[end:])
        if closing is None:
            return content, None
        end += closing.end()
    inner = paragraph.group(2)
    named = _NAME.search(inner)
    text = html.unescape(_TAG.sub("", named.group(1) if named else inner)).strip()
    if not named:
        text = _BY_PREFIX.sub("", text)
    return content[end:], text


def pulled_byline(content: str, meta: Mapping[str, Any], author: int, site: SiteBylines) -> tuple[str | None, str]:
    """A pulled post's byline and where it came from ("paragraph", "field", "author", "" for none)."""
    _, written = split_byline(content)
    if written:
        return written, "paragraph"
    if site.field:
        value = meta.get(site.field)
        if isinstance(value, list):  # a field registered without "single" comes as a list
            value = value[0] if value else ""
        if isinstance(value, str) and value.strip():
            return value.strip(), "field"
    name = site.author_name(author) if author else None
    if name:
        return name, "author"
    return None, ""


def keeps_local(source: str, author: int, site: SiteBylines) -> bool:
    """True when a pulled post's author-derived byline must not replace an article's own: the
    author is the desk's own account, which is who sent the post, not who wrote it."""
    return source == "author" and site.own_user_id is not None and author == site.own_user_id
