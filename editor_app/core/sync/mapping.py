"""Between an article row and a WordPress post: snapshots to send, pulled posts to apply.

A post's HTML becomes Markdown through the rendering package; an article's Markdown becomes
block markup the same way. Both directions keep the "base" text (what both sides agreed on
at the last sync) for three-way conflict views.
"""

from __future__ import annotations

import dataclasses
import hashlib
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import unquote

from sqlalchemy import delete, insert, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from editor_app.core.clock import from_store, to_store, utcnow
from editor_app.core.domain import RevisionReason, Status
from editor_app.core.store.article_rows import record_revision, reindex
from editor_app.core.store.models import Article, ArticleSection, ArticleTag, MediaAsset, Revision, Section, Tag
from editor_app.core.store.search import index_text
from editor_app.core.sync.bylines import (
    BylinePlan,
    SiteBylines,
    keeps_local,
    pulled_byline,
    split_byline,
    with_byline_paragraph,
)
from editor_app.core.sync.cms import PostChanges, RemotePost
from editor_app.core.text import slug_follows_title, text_stats, title_slug

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


@dataclass(frozen=True)
class Text:
    title: str
    dek: str
    body: str

    def as_dict(self) -> dict[str, str]:
        return {"title": self.title, "dek": self.dek, "body": self.body}


@dataclass(frozen=True)
class Snapshot:
    """An article as it is sent; `updated_at` tells afterwards whether it changed meanwhile."""

    id: str
    site_id: int | None
    remote_id: int | None
    remote_modified_gmt: datetime | None  # aware UTC
    remote_digest: str | None
    text: Text
    lang: str
    status: str
    scheduled_at: datetime | None  # aware UTC
    slug: str
    slug_manual: bool
    updated_at: datetime  # store-naive, a version stamp
    section_ids: tuple[int, ...]
    tag_ids: tuple[int, ...]
    featured_media_id: int | None  # local MediaAsset id
    uploaded_media: frozenset[int] = frozenset()  # site ids of the article's images that are there
    byline: str = ""
    byline_fallback: str | None = None  # the user's choice for a byline with no author or field


def snapshot(s: Session, row: Article) -> Snapshot:
    sections = tuple(
        r[0]
        for r in s.execute(
            select(ArticleSection.section_id)
            .where(ArticleSection.article_id == row.id)
            .order_by(ArticleSection.position)
        )
    )
    tags = tuple(r[0] for r in s.execute(select(ArticleTag.tag_id).where(ArticleTag.article_id == row.id)))
    images = s.execute(
        select(MediaAsset.id, MediaAsset.featured, MediaAsset.remote_id).where(MediaAsset.article_id == row.id)
    ).all()
    featured = next((media_id for media_id, is_featured, _ in images if is_featured), None)
    return Snapshot(
        id=row.id,
        site_id=row.site_id,
        remote_id=row.remote_id,
        remote_modified_gmt=from_store(row.remote_modified_gmt),
        remote_digest=row.remote_digest,
        text=Text(row.title, row.dek, row.body),
        lang=row.lang,
        status=row.status,
        scheduled_at=from_store(row.scheduled_at),
        slug=row.slug,
        slug_manual=row.slug_manual,
        updated_at=row.updated_at,
        section_ids=sections,
        tag_ids=tags,
        featured_media_id=featured,
        uploaded_media=frozenset(remote for _, _, remote in images if remote is not None),
        byline=row.byline,
        byline_fallback=row.byline_fallback,
    )


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


def take_byline(row: Article, post: RemotePost, site: SiteBylines, *, new: bool) -> None:
    """Set a pulled article's byline from where the site keeps it (see :mod:`bylines`)."""
    found, source = pulled_byline(post.content, post.meta, post.author, site)
    if found is None or (not new and keeps_local(source, post.author, site)):
        return
    row.byline = found[:500]


def local_status(remote_status: str) -> str:
    return remote_status if remote_status in SYNCED_STATUSES else Status.DRAFT.value


# ----------------------------------------------------------------------------- terms
def term_maps(s: Session, site_id: int) -> tuple[dict[int, int], dict[int, int]]:
    """remote id → local id, for this site's sections and tags."""
    sections = {
        r[0]: r[1]
        for r in s.execute(
            select(Section.remote_id, Section.id).where(Section.site_id == site_id, Section.remote_id.is_not(None))
        )
    }
    tags = {
        r[0]: r[1]
        for r in s.execute(select(Tag.remote_id, Tag.id).where(Tag.site_id == site_id, Tag.remote_id.is_not(None)))
    }
    return sections, tags


def _set_terms(s: Session, row: Article, section_ids: list[int], tag_ids: list[int]) -> None:
    s.execute(delete(ArticleSection).where(ArticleSection.article_id == row.id))
    for pos, sid in enumerate(dict.fromkeys(section_ids)):
        s.add(ArticleSection(article_id=row.id, section_id=sid, position=pos))
    row.primary_section_id = section_ids[0] if section_ids else None
    s.execute(delete(ArticleTag).where(ArticleTag.article_id == row.id))
    for tid in dict.fromkeys(tag_ids):
        s.add(ArticleTag(article_id=row.id, tag_id=tid))


# ----------------------------------------------------------------------------- applying a pulled post
def apply_remote(
    s: Session,
    row: Article,
    post: RemotePost,
    text: Text,
    maps: tuple[dict[int, int], dict[int, int]],
    *,
    reason: RevisionReason = RevisionReason.PULLED,
) -> None:
    """Make the article what the site holds, and remember it as the agreed base."""
    row.title, row.dek, row.body = text.title or row.title or "(untitled)", text.dek, text.body
    stats = text_stats(row.body)
    row.word_count, row.cjk_chars = stats.count, stats.cjk_chars
    remember_remote(row, post)
    row.slug_manual = slug_pinned(post, row.slug, row.title)
    row.base_title, row.base_dek, row.base_body = row.title, row.dek, row.body
    row.dirty = False
    now = utcnow()
    row.updated_at = site_updated(post, now)
    sections, tags = maps
    _set_terms(
        s,
        row,
        [sections[c] for c in post.categories if c in sections],
        [tags[t] for t in post.tags if t in tags],
    )
    s.flush()
    record_revision(s, row, reason, now)
    reindex(s, row)


def site_updated(post: RemotePost, now: datetime) -> datetime:
    """When a pulled post was last changed: the site's own time, not the time of the sync, so
    "Updated" in the list and the preview says what a reader of the site sees."""
    return to_store(post.modified_gmt) or now


def remember_remote(row: Article, post: RemotePost) -> None:
    """Store what the site answered: id, status, dates, slug and the modification time."""
    row.remote_id = post.id
    row.remote_modified_gmt = to_store(post.modified_gmt)
    row.remote_digest = digest(post)
    row.status = local_status(post.status)
    if post.status == "future":
        row.scheduled_at = to_store(post.date_gmt)
    elif post.status == "publish":
        row.published_at = to_store(post.date_gmt)
    if post.slug:
        row.slug = unquote(post.slug)
    if post.status == "publish":
        row.slug_manual = True  # see slug_pinned


def slug_pinned(post: RemotePost, slug: str, title: str) -> bool:
    """Whether the slug stays as it is rather than following the headline: it was chosen on the
    site (it differs from the headline's), or the post is live, whose address readers and other
    pages already link to, so a later headline edit must not move it."""
    return post.status == "publish" or not slug_follows_title(slug, title)


def new_articles(
    s: Session,
    site_id: int,
    items: list[tuple[RemotePost, Text]],
    maps: tuple[dict[int, int], dict[int, int]],
    site: SiteBylines | None = None,
) -> list[str]:
    """Many pulled posts at once (a first pull of an archive): batched inserts of the
    articles, their terms, their first revision and their search entries. Returns their ids."""
    if not items:
        return []
    now = utcnow()
    sections, tags = maps
    rows: list[tuple[Article, list[int], list[int]]] = []
    for post, text in items:
        stats = text_stats(text.body)
        title = text.title or "(untitled)"
        section_ids = list(dict.fromkeys(sections[c] for c in post.categories if c in sections))
        tag_ids = list(dict.fromkeys(tags[t] for t in post.tags if t in tags))
        row = Article(
            id=str(uuid.uuid4()), site_id=site_id, title=title, dek=text.dek, body=text.body,
            slug=unquote(post.slug) if post.slug else title_slug(title), byline="",
            lang=guess_language(title + "\n" + text.body), status=Status.DRAFT.value,
            created_at=to_store(post.date_gmt) or now, updated_at=site_updated(post, now), dirty=False,
            word_count=stats.count, cjk_chars=stats.cjk_chars,
            base_title=title, base_dek=text.dek, base_body=text.body,
            primary_section_id=section_ids[0] if section_ids else None,
        )  # fmt: skip
        remember_remote(row, post)
        row.slug_manual = slug_pinned(post, row.slug, title)
        if site is not None:
            take_byline(row, post, site, new=True)
        rows.append((row, section_ids, tag_ids))
    s.add_all([r for r, _, _ in rows])
    s.flush()  # one batched INSERT … RETURNING for the keys
    links = [
        {"article_id": r.id, "section_id": sid, "position": i} for r, sids, _ in rows for i, sid in enumerate(sids)
    ]
    if links:
        s.execute(insert(ArticleSection), links)
    tag_links = [{"article_id": r.id, "tag_id": tid} for r, _, tids in rows for tid in tids]
    if tag_links:
        s.execute(insert(ArticleTag), tag_links)
    s.execute(
        insert(Revision),
        [{"article_id": r.id, "created_at": now, "reason": RevisionReason.PULLED.value, "title": r.title,
          "dek": r.dek, "body": r.body} for r, _, _ in rows],
    )  # fmt: skip
    names = dict(s.execute(select(Tag.id, Tag.name).where(Tag.id.in_({t for _, _, ts in rows for t in ts}))).all())
    s.execute(
        sql_text("INSERT INTO article_fts (rowid, title, dek, body, tags) VALUES (:pk, :t, :d, :b, :g)"),
        [{"pk": r.pk, "t": index_text(r.title), "d": index_text(r.dek), "b": index_text(r.body),
          "g": index_text(" ".join(names[t] for t in ts))} for r, _, ts in rows],
    )  # fmt: skip
    return [r.id for r, _, _ in rows]
