"""Between an article and a WordPress post: what to send for a snapshot, and what the store
keeps of a pulled post (`PostFacts`; the rows themselves are written in `store/remote_posts.py`).

A post's HTML becomes Markdown through the rendering package; an article's Markdown becomes
block markup the same way. Both directions keep the "base" text (what both sides agreed on
at the last sync) for three-way conflict views.
"""

from __future__ import annotations

import dataclasses
import hashlib
import threading
from datetime import datetime
from urllib.parse import unquote

from editor_app.core.clock import to_store
from editor_app.core.domain import Status
from editor_app.core.store.remote_posts import PostFacts, PulledTerm, Snapshot, Text
from editor_app.core.sync.bylines import (
    BylinePlan,
    SiteBylines,
    keeps_local,
    pulled_byline,
    split_byline,
    with_byline_paragraph,
)
from editor_app.core.sync.cms import PostChanges, RemotePost, RemoteTerm
from editor_app.core.text import title_slug

__all__ = ["PostFacts", "PulledTerm", "Snapshot", "Text"]

SYNCED_STATUSES = frozenset({"draft", "pending", "future", "publish", "private"})
_local = threading.local()


def renderer() -> object:
    """One Renderer per thread: Python-Markdown instances are not thread-safe."""
    found = getattr(_local, "renderer", None)
    if found is None:
        from editor_app.core.render import Renderer

        found = _local.renderer = Renderer()
    return found


def to_markdown(html: str) -> str:
    from editor_app.core.render import html_to_markdown

    return html_to_markdown(html).strip("\n")


def guess_language(text: str) -> str:
    """en / ja / ko from the script of the text: kana means Japanese, Hangul Korean."""
    kana = hangul = han = 0
    for ch in text[:4000]:
        cp = ord(ch)
        if 0x3040 <= cp <= 0x30FF or 0x31F0 <= cp <= 0x31FF:
            kana += 1
        elif 0xAC00 <= cp <= 0xD7AF or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F:
            hangul += 1
        elif 0x4E00 <= cp <= 0x9FFF:
            han += 1
    if hangul and hangul >= kana:
        return "ko"
    if kana or han:
        return "ja"
    return "en"


def post_changes(
    snap: Snapshot,
    status: str,
    categories: list[int],
    tags: list[int],
    featured: int | None,
    fmt: str = "blocks",
    wp_version: str | None = None,
) -> PostChanges:
    """What to send for an article, its body in `fmt` (the desk's publish format preference:
    block markup, as the block editor of the site's `wp_version` saves it, or plain HTML).
    Only `date_gmt` carries a date, and only for a schedule: a draft's date floats on the site
    and a first publish takes the site's "now". The reconcile marker goes with a create only:
    once the post's id is known nothing needs finding, and an update's content drops it.

    A slug set by hand is sent as it is; otherwise the one the headline gives now, or none for
    a placeholder headline, so the site makes it from the title it gets."""
    content = renderer().publish_html(snap.text.body, snap.lang, fmt=fmt, wp_version=wp_version)  # type: ignore[attr-defined]
    date_gmt = snap.scheduled_at if status in ("future", "publish") and snap.scheduled_at else None
    return PostChanges(
        title=snap.text.title,
        content=content,
        excerpt=snap.text.dek,
        status=status,
        slug=(snap.slug if snap.slug_manual else title_slug(snap.text.title)) or None,
        date_gmt=date_gmt,
        categories=categories if categories else None,
        tags=tags if (tags or snap.remote_id is not None) else None,
        featured_media=featured,
        marker=snap.id if snap.remote_id is None else None,
    )


def with_byline(changes: PostChanges, plan: BylinePlan, lang: str, fmt: str = "blocks") -> PostChanges:
    """The post's fields with the byline where `plan` puts it: the author, the site's byline field
    (cleared when the article has no byline), or a paragraph at the top of the content."""
    meta = {plan.field: plan.byline} if plan.field else None
    author = plan.author_id if plan.placement == "author" else None
    content = changes.content
    if plan.placement == "block" and content is not None:
        content = with_byline_paragraph(content, plan.byline, lang, fmt)
    return dataclasses.replace(changes, author=author, meta=meta, content=content)


def without_stale_featured(snap: Snapshot, changes: PostChanges, remote: RemotePost) -> PostChanges:
    """Ask the site to drop its featured image (``featured_media: 0``) when it is one the desk
    uploaded for this article and the article now features none the site has (it was removed, or
    replaced by one not uploaded yet). An image the desk never uploaded was chosen on the site and
    is left alone, as pulled posts keep theirs."""
    if changes.featured_media is not None or remote.featured_media not in snap.uploaded_media:
        return changes
    return dataclasses.replace(changes, featured_media=0)


def _squash(text: str) -> str:
    return " ".join(text.split())


def same_text(remote: RemotePost, changes: PostChanges) -> bool:
    """True when the site already holds exactly the text we would send."""
    return (
        remote.title == (changes.title or "")
        and _squash(remote.content) == _squash(changes.content or "")
        and _squash(remote.excerpt) == _squash(changes.excerpt or "")
    )


def same_everything(remote: RemotePost, changes: PostChanges) -> bool:
    if not same_text(remote, changes):
        return False
    if changes.status not in (None, remote.status):
        return False
    if changes.categories is not None and sorted(changes.categories) != sorted(remote.categories):
        return False
    if changes.tags is not None and sorted(changes.tags) != sorted(remote.tags):
        return False
    if changes.author is not None and changes.author != remote.author:
        return False
    if changes.meta and any((remote.meta.get(k) or "") != (v or "") for k, v in changes.meta.items()):
        return False
    return changes.featured_media in (None, remote.featured_media)


def digest(post: RemotePost) -> str:
    """The post's text as the site holds it. Compared with the one last seen together with
    modified_gmt, which has whole seconds only: an edit in the same second still shows."""
    raw = "\x00".join((post.title, post.content, post.excerpt))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def unchanged_since_seen(row_modified: datetime | None, row_digest: str | None, post: RemotePost) -> bool:
    """True when the site's post is exactly the version we last saw (`row_modified` store-naive)."""
    if to_store(post.modified_gmt) != row_modified:
        return False
    return row_digest is None or row_digest == digest(post)


def remote_text(post: RemotePost) -> Text:
    """The post's text as the desk keeps it; the desk's byline paragraph is the byline, not body."""
    return Text(post.title, post.excerpt, to_markdown(split_byline(post.content)[0]))


def local_status(remote_status: str) -> str:
    return remote_status if remote_status in SYNCED_STATUSES else Status.DRAFT.value


# ----------------------------------------------------------------------------- for the store
def pulled_term(term: RemoteTerm) -> PulledTerm:
    return PulledTerm(term.id, term.name, unquote(term.slug), term.parent or 0, term.description or "")


def post_facts(post: RemotePost, text: Text | None = None, bylines: SiteBylines | None = None) -> PostFacts:
    """What the store keeps of a post; `text` as the desk keeps it, when it was converted;
    `bylines` (the site's authors and byline field) lets a pulled article take its byline."""
    byline_new = byline_update = None
    if bylines is not None:
        found, source = pulled_byline(post.content, post.meta, post.author, bylines)
        byline_new = found
        byline_update = None if keeps_local(source, post.author, bylines) else found
    return PostFacts(
        id=post.id,
        modified_gmt=post.modified_gmt,
        digest=digest(post),
        remote_status=post.status,
        status=local_status(post.status),
        date_gmt=post.date_gmt,
        slug=unquote(post.slug) if post.slug else "",
        categories=tuple(post.categories),
        tags=tuple(post.tags),
        marker=post.marker,
        synced=post.status in SYNCED_STATUSES,
        text=text,
        lang=guess_language(text.title + "\n" + text.body) if text is not None else "en",
        byline_new=byline_new,
        byline_update=byline_update,
    )
