"""What the sync keeps of the site's posts and terms: pulled terms and posts applied to the
articles, an article's snapshot to send, and what the site answered to a push.

The sync engine turns the site's answers into the plain values here (`PulledTerm`, `PostFacts`)
and runs these functions on the writer; nothing here knows the HTTP client or the wire format.
Rules kept here because they are about the rows:
* a post unchanged since we last saw it (same ``modified_gmt`` and digest) changes nothing;
* a changed post overwrites an article only when the article has no unsent local edits;
  otherwise a conflict (base, mine, theirs) is recorded and nothing is overwritten.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from editor_app.core.clock import from_store, to_store, utcnow
from editor_app.core.domain import RevisionReason, Status
from editor_app.core.store import jobs
from editor_app.core.store.article_rows import record_revision, reindex
from editor_app.core.store.conflicts import open_conflict, record_conflict
from editor_app.core.store.engine import Store
from editor_app.core.store.models import (
    Article,
    ArticleSection,
    ArticleTag,
    MediaAsset,
    OutboxOp,
    Revision,
    Section,
    Site,
    Tag,
)
from editor_app.core.store.search import index_text
from editor_app.core.store.sites import set_watermark
from editor_app.core.text import slug_follows_title, slugify, text_stats, title_slug

if TYPE_CHECKING:
    from editor_app.core.store.outbox_ops import OpRef

__all__ = ["set_watermark"]


# ----------------------------------------------------------------------------- values
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


@dataclass(frozen=True)
class PulledTerm:
    id: int
    name: str
    slug: str  # unquoted
    parent: int = 0
    description: str = ""


@dataclass(frozen=True)
class PostFacts:
    """A site's post as the store keeps it (made by the sync from the site's answer)."""

    id: int
    modified_gmt: datetime | None  # aware UTC
    digest: str  # of its text as the site holds it
    remote_status: str  # as the site says
    status: str  # as the desk keeps it (a status the desk does not sync is a draft)
    date_gmt: datetime | None
    slug: str  # unquoted; "" when the site has none yet
    categories: tuple[int, ...] = ()
    tags: tuple[int, ...] = ()
    marker: str | None = None  # the local article id the desk embedded at its create
    synced: bool = True  # a status the desk syncs (not trash or an unknown one)
    text: Text | None = None  # as the desk keeps it; None when it was not converted
    lang: str = "en"  # guessed from the text, for a new article
    byline_new: str | None = None  # the byline a new article takes from the post
    byline_update: str | None = None  # the byline an existing article takes (None: keeps its own)

    @property
    def pinned_slug(self) -> bool:
        return self.remote_status == "publish"


@dataclass
class PageOutcome:
    seen: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    articles: set[str] = field(default_factory=set)


# ----------------------------------------------------------------------------- terms
def _pending_term_op(s: Session, entity: str) -> bool:
    found = s.scalars(
        select(OutboxOp.id).where(OutboxOp.entity == entity, OutboxOp.kind.in_(("term.update", "term.create")))
    ).first()
    return found is not None


def _free_slug(s: Session, model: type[Section] | type[Tag], slug: str) -> str:
    candidate, n = slug or "term", 2
    while s.scalars(select(model.id).where(model.slug == candidate)).first() is not None:
        candidate, n = f"{slug}-{n}", n + 1
    return candidate


def _link_terms(
    s: Session, site_id: int, model: type[Section] | type[Tag], remote: list[PulledTerm], kind: str
) -> tuple[int, dict[int, Section | Tag]]:
    """Match remote terms to local ones (by remote id, then slug or name), creating the rest."""
    linked = {
        r.remote_id: r for r in s.scalars(select(model).where(model.site_id == site_id, model.remote_id.is_not(None)))
    }
    made = 0
    by_remote: dict[int, Section | Tag] = {}
    for term in remote:
        row = linked.get(term.id)
        if row is None:
            row = s.scalars(
                select(model).where(
                    model.remote_id.is_(None),
                    (model.site_id.is_(None)) | (model.site_id == site_id),
                    (model.slug == term.slug) | (model.name == term.name),
                )
            ).first()
            if row is not None:
                row.site_id, row.remote_id = site_id, term.id
        if row is None:
            row = model(name=term.name, slug=_free_slug(s, model, term.slug or slugify(term.name)))
            row.site_id, row.remote_id = site_id, term.id
            if isinstance(row, Section):
                row.description, row.position = term.description, 100
            s.add(row)
            s.flush()
            made += 1
        elif not _pending_term_op(s, f"{kind}:{row.id}"):  # a local rename waiting to be sent wins
            row.name = term.name
            if isinstance(row, Section):
                row.description = term.description
        by_remote[term.id] = row
    gone = set(linked) - {t.id for t in remote}
    for remote_id in gone:  # deleted on the site: used again, it will be created again
        linked[remote_id].remote_id = None
    return made, by_remote


def store_terms(s: Session, site_id: int, categories: list[PulledTerm], tags: list[PulledTerm]) -> tuple[int, int]:
    """The site's sections (with their hierarchy) and tags; how many of each were new here."""
    made_sections, sections = _link_terms(s, site_id, Section, categories, "section")
    for term in categories:
        row = sections[term.id]
        if _pending_term_op(s, f"section:{row.id}"):
            continue
        parent = sections.get(term.parent) if term.parent else None
        row.parent_id = parent.id if parent is not None and parent.id != row.id else None  # type: ignore[union-attr]
    made_tags, _ = _link_terms(s, site_id, Tag, tags, "tag")
    return made_sections, made_tags


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


# ----------------------------------------------------------------------------- pulled posts
def watermark(store: Store, site_id: int) -> datetime | None:
    with store.read() as s:
        site = s.get(Site, site_id)
        return from_store(site.pull_watermark) if site is not None else None


def unchanged_since_seen(row_modified: datetime | None, row_digest: str | None, post: PostFacts) -> bool:
    """True when the site's post is exactly the version we last saw (`row_modified` store-naive)."""
    if to_store(post.modified_gmt) != row_modified:
        return False
    return row_digest is None or row_digest == post.digest


def seen_versions(store: Store, site_id: int, remote_ids: list[int]) -> dict[int, tuple[datetime | None, str | None]]:
    """For the posts this site's articles are linked to: the version we last saw of each."""
    with store.read() as s:
        rows = s.execute(
            select(Article.remote_id, Article.remote_modified_gmt, Article.remote_digest).where(
                Article.site_id == site_id, Article.remote_id.in_(remote_ids)
            )
        ).all()
    return {r[0]: (r[1], r[2]) for r in rows if r[0] is not None}


def _known(s: Session, site_id: int, posts: list[PostFacts]) -> dict[int, Article]:
    ids = [p.id for p in posts]
    rows = s.scalars(select(Article).where(Article.site_id == site_id, Article.remote_id.in_(ids))).all()
    return {r.remote_id: r for r in rows if r.remote_id is not None}


def _by_marker(s: Session, posts: list[PostFacts]) -> dict[str, Article]:
    markers = [p.marker for p in posts if p.marker]
    if not markers:
        return {}
    rows = s.scalars(select(Article).where(Article.id.in_(markers), Article.remote_id.is_(None))).all()
    return {r.id: r for r in rows}


def store_page(s: Session, site_id: int, posts: list[PostFacts]) -> PageOutcome:
    """Apply one page of pulled posts: new ones become articles, changed ones update theirs or
    become conflicts, a post this desk created whose answer was lost is linked, never doubled."""
    out = PageOutcome()
    fresh: list[PostFacts] = []
    known = _known(s, site_id, posts)
    markers = _by_marker(s, posts)
    maps = term_maps(s, site_id)
    for post in posts:
        out.seen += 1
        row = known.get(post.id)
        if row is None and post.marker:
            row = markers.get(post.marker)
            if row is not None:  # created by this desk, answer lost: link it, never duplicate it
                out.articles.add(row.id)
                row.site_id, row.remote_id = site_id, post.id
                row.remote_modified_gmt = to_store(post.modified_gmt)  # the push sends any newer text
                row.remote_digest = post.digest
                out.unchanged += 1
                continue
        if row is None:
            if post.synced and post.text is not None:
                fresh.append(post)
            continue
        if unchanged_since_seen(row.remote_modified_gmt, row.remote_digest, post):
            out.unchanged += 1
            continue
        assert post.text is not None, "a changed post comes with its text"
        out.articles.add(row.id)
        if _apply_changed(s, row, post, post.text, maps, out) and post.byline_update is not None:
            row.byline = post.byline_update[:500]
    out.articles.update(new_articles(s, site_id, fresh, maps))
    out.created += len(fresh)
    return out


def _apply_changed(
    s: Session,
    row: Article,
    post: PostFacts,
    theirs: Text,
    maps: tuple[dict[int, int], dict[int, int]],
    out: PageOutcome,
) -> bool:
    """Apply a changed post to its article; False when it became a conflict or changed nothing."""
    if open_conflict(s, row.id) is not None or row.dirty:
        mine = Text(row.title, row.dek, row.body)
        if mine == theirs and open_conflict(s, row.id) is None:
            row.remote_modified_gmt = to_store(post.modified_gmt)  # both sides made the same edit
            row.remote_digest = post.digest
            row.base_title, row.base_dek, row.base_body = mine.title, mine.dek, mine.body
            out.unchanged += 1
            return False
        record_conflict(s, row, theirs, post.modified_gmt, status=post.status, digest=post.digest)
        out.conflicts += 1
        return False
    apply_remote(s, row, post, theirs, maps)
    jobs.pulled(s, row.id, post.remote_status, post.date_gmt)
    out.updated += 1
    return True


def apply_remote(
    s: Session,
    row: Article,
    post: PostFacts,
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


def site_updated(post: PostFacts, now: datetime) -> datetime:
    """When a pulled post was last changed: the site's own time, not the time of the sync, so
    "Updated" in the list and the preview says what a reader of the site sees."""
    return to_store(post.modified_gmt) or now


def remember_remote(row: Article, post: PostFacts) -> None:
    """Store what the site answered: id, status, dates, slug and the modification time."""
    row.remote_id = post.id
    row.remote_modified_gmt = to_store(post.modified_gmt)
    row.remote_digest = post.digest
    row.status = post.status
    if post.remote_status == "future":
        row.scheduled_at = to_store(post.date_gmt)
    elif post.remote_status == "publish":
        row.published_at = to_store(post.date_gmt)
    if post.slug:
        row.slug = post.slug
    if post.remote_status == "publish":
        row.slug_manual = True  # see slug_pinned


def slug_pinned(post: PostFacts, slug: str, title: str) -> bool:
    """Whether the slug stays as it is rather than following the headline: it was chosen on the
    site (it differs from the headline's), or the post is live, whose address readers and other
    pages already link to, so a later headline edit must not move it."""
    return post.pinned_slug or not slug_follows_title(slug, title)


def new_articles(
    s: Session,
    site_id: int,
    items: list[PostFacts],
    maps: tuple[dict[int, int], dict[int, int]],
) -> list[str]:
    """Many pulled posts at once (a first pull of an archive): batched inserts of the
    articles, their terms, their first revision and their search entries. Returns their ids."""
    if not items:
        return []
    now = utcnow()
    sections, tags = maps
    rows: list[tuple[Article, list[int], list[int]]] = []
    for post in items:
        text = post.text
        assert text is not None
        stats = text_stats(text.body)
        title = text.title or "(untitled)"
        section_ids = list(dict.fromkeys(sections[c] for c in post.categories if c in sections))
        tag_ids = list(dict.fromkeys(tags[t] for t in post.tags if t in tags))
        row = Article(
            id=str(uuid.uuid4()), site_id=site_id, title=title, dek=text.dek, body=text.body,
            slug=post.slug or title_slug(title), byline="",
            lang=post.lang, status=Status.DRAFT.value,
            created_at=to_store(post.date_gmt) or now, updated_at=site_updated(post, now), dirty=False,
            word_count=stats.count, cjk_chars=stats.cjk_chars,
            base_title=title, base_dek=text.dek, base_body=text.body,
            primary_section_id=section_ids[0] if section_ids else None,
        )  # fmt: skip
        remember_remote(row, post)
        row.slug_manual = slug_pinned(post, row.slug, title)
        if post.byline_new is not None:
            row.byline = post.byline_new[:500]
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


# ----------------------------------------------------------------------------- pushed posts
def article_snapshot(store: Store, article_id: str) -> tuple[Snapshot | None, bool]:
    """The article as it would be sent, and whether an open conflict holds it back. (None,
    False) when the article no longer exists."""
    with store.read() as s:
        row = s.scalars(select(Article).where(Article.id == article_id)).first()
        if row is None:
            return None, False
        if open_conflict(s, row.id) is not None:
            return None, True
        return _snapshot(s, row), False


def _snapshot(s: Session, row: Article) -> Snapshot:
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


def _finish(s: Session, op: OpRef) -> None:
    found = s.get(OutboxOp, op.id)
    if found is not None:
        s.delete(found)


def conflict_on_push(s: Session, op: OpRef, article_id: str, theirs: Text | None, post: PostFacts | None) -> None:
    """The site changed too (`theirs`), or the post is gone (`theirs` None): a conflict, and
    the operation is done."""
    row = s.scalars(select(Article).where(Article.id == article_id)).first()
    if row is not None:
        if theirs is None or post is None:
            record_conflict(s, row, None, None)
        else:
            record_conflict(s, row, theirs, post.modified_gmt, status=post.status, digest=post.digest)
    _finish(s, op)


def overwrite_on_push(s: Session, article_id: str, theirs: Text, post: PostFacts) -> None:
    """Our update is on the site (`post`), but it replaced `theirs`, saved by someone else after
    we last read the post: a conflict, so the user sees what was replaced and can take it back."""
    row = s.scalars(select(Article).where(Article.id == article_id)).first()
    if row is not None:
        record_conflict(s, row, theirs, post.modified_gmt, status=post.status, digest=post.digest, overwritten=True)


def trashed_on_push(s: Session, op: OpRef, snap: Snapshot) -> None:
    """The article was moved to the trash and its post taken off the site."""
    row = s.scalars(select(Article).where(Article.id == snap.id)).first()
    if row is not None and row.updated_at == snap.updated_at:
        row.dirty = False
    jobs.trouble(s, snap.id, jobs.CANCELLED, "the article was moved to the trash")
    _finish(s, op)


def saved_on_push(s: Session, op: OpRef, snap: Snapshot, site_id: int, post: PostFacts) -> None:
    """The site holds the post now: remember its answer; the article is clean unless it changed
    while it was being sent (then its newer state is sent by its own operation)."""
    row = s.scalars(select(Article).where(Article.id == snap.id)).first()
    if row is not None:
        changed_meanwhile = row.updated_at != snap.updated_at
        newer_status = row.status if changed_meanwhile and row.status != snap.status else None
        row.site_id = site_id
        remember_remote(row, post)
        if not changed_meanwhile:
            row.dirty = False
            row.base_title, row.base_dek, row.base_body = snap.text.title, snap.text.dek, snap.text.body
        if newer_status is not None:
            row.status = newer_status  # a newer local choice, sent by its own operation
            jobs.unsettle_sending(s, snap.id)
        else:
            jobs.saved(s, snap.id, post.remote_status, post.date_gmt)
    _finish(s, op)


def texts(data: Mapping[str, str]) -> Text:
    return Text(str(data.get("title", "")), str(data.get("dek", "")), str(data.get("body", "")))
