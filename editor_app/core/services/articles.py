"""Creating, editing, listing, searching and deleting articles."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from editor_app.core.clock import to_store, utcnow
from editor_app.core.domain import Article, ArticleRow, Change, RevisionReason, Status, check_language
from editor_app.core.errors import InvalidInput, NotFound
from editor_app.core.services._rows import tag_names, to_article
from editor_app.core.services.article_queries import (
    ArticleQueries,
    ListFilter,
    SearchHit,
)
from editor_app.core.services.article_text import ArticleText, snapshot
from editor_app.core.store import search
from editor_app.core.store.engine import Store, driver_of
from editor_app.core.store.models import Article as ArticleModel
from editor_app.core.store.models import ArticleSection, ArticleTag, Section, Tag
from editor_app.core.store.outbox import enqueue
from editor_app.core.text import check_slug, slug_follows_title, slugify, text_stats, title_slug

UNSET: object = object()


def resolve_article(session: Session, ref: str) -> ArticleModel:
    """An article by its full id or a unique prefix of at least 6 characters (as with git)."""
    ref = ref.strip()
    row = session.scalars(select(ArticleModel).where(ArticleModel.id == ref)).first()
    if row is not None:
        return row
    if len(ref) >= 6:
        rows = session.scalars(select(ArticleModel).where(ArticleModel.id.startswith(ref)).limit(2)).all()
        if len(rows) == 1:
            return rows[0]
        if len(rows) > 1:
            raise InvalidInput(f"article id {ref!r} is ambiguous; give more characters")
    raise NotFound(f"no article with id {ref!r}")


def _resolve_sections(session: Session, refs: Sequence[str]) -> list[Section]:
    out: list[Section] = []
    for ref in refs:
        ref = ref.strip()
        if not ref:
            continue
        found = session.scalars(
            select(Section).where((Section.slug == ref) | (Section.slug == slugify(ref)) | (Section.name == ref))
        ).first()
        if found is None:
            raise NotFound(f"no section {ref!r}; add it with `copydesk section add`")
        if found not in out:
            out.append(found)
    return out


def get_or_create_tags(session: Session, names: Iterable[str]) -> list[Tag]:
    out: list[Tag] = []
    for name in names:
        name = " ".join(name.split())
        if not name:
            continue
        slug = slugify(name)
        if not slug:
            raise InvalidInput(f"tag {name!r} has no letters or digits")
        tag = session.scalars(select(Tag).where((Tag.slug == slug) | (Tag.name == name))).first()
        if tag is None:
            tag = Tag(name=name, slug=slug)
            session.add(tag)
            session.flush()
            enqueue(session, "term.create", f"tag:{tag.id}")
        if tag not in out:
            out.append(tag)
    return out


def record_revision(session: Session, row: ArticleModel, reason: RevisionReason, now: datetime) -> int | None:
    """`snapshot` of an ORM article row, in the session's transaction."""
    return snapshot(driver_of(session), row.id, row.title, row.dek, row.body, reason, now)


def reindex(session: Session, row: ArticleModel, tags: Sequence[str] | None = None) -> None:
    names = list(tag_names(session, row.id)) if tags is None else list(tags)
    search.update_index(session, row.pk, row.title, row.dek, row.body, names)


def mark_dirty(session: Session, row: ArticleModel, now: datetime) -> None:
    """A local change the site has not seen: flag it and queue one (coalesced) save."""
    row.dirty = True
    row.updated_at = now
    enqueue(session, "article.save", row.id, site_id=row.site_id, now=now)


def _set_sections(session: Session, row: ArticleModel, sections: list[Section]) -> None:
    session.execute(delete(ArticleSection).where(ArticleSection.article_id == row.id))
    for pos, sec in enumerate(sections):
        session.add(ArticleSection(article_id=row.id, section_id=sec.id, position=pos))
    row.primary_section_id = sections[0].id if sections else None


def _set_tags(session: Session, row: ArticleModel, tags: list[Tag]) -> None:
    session.execute(delete(ArticleTag).where(ArticleTag.article_id == row.id))
    for tag in tags:
        session.add(ArticleTag(article_id=row.id, tag_id=tag.id))


def create_in(
    s: Session,
    title: str,
    *,
    body: str = "",
    dek: str = "",
    byline: str = "",
    lang: str = "en",
    sections: Sequence[str] = (),
    tags: Sequence[str] = (),
    slug: str | None = None,
    status: Status = Status.DRAFT,
    article_id: str | None = None,
    created_at: datetime | None = None,
    updated_at: datetime | None = None,
    scheduled_at: datetime | None = None,
    reason: RevisionReason = RevisionReason.CREATED,
) -> ArticleModel:
    """Create an article inside the caller's transaction (imports create many in one)."""
    title = title.strip()
    if not title:
        raise InvalidInput("an article needs a title")
    lang = check_language(lang)
    now = utcnow()
    if article_id is not None:
        try:
            uuid.UUID(article_id)
        except ValueError:
            raise InvalidInput(f"article id {article_id!r} is not a UUID") from None
        if s.scalars(select(ArticleModel.id).where(ArticleModel.id == article_id)).first():
            raise InvalidInput(f"an article with id {article_id} already exists")
    secs = _resolve_sections(s, sections)
    tag_rows = get_or_create_tags(s, tags)
    stats = text_stats(body)
    given = check_slug(slug) if slug else ""
    # A slug the headline would give anyway (an export's, a pulled post's) keeps following it.
    slug_manual = bool(given) and not slug_follows_title(given, title)
    row = ArticleModel(
        id=article_id or str(uuid.uuid4()),
        title=title,
        dek=dek,
        body=body,
        slug=given or title_slug(title),
        slug_manual=slug_manual,
        byline=byline,
        lang=lang,
        status=status.value,
        created_at=to_store(created_at) or now,
        updated_at=to_store(updated_at) or now,
        scheduled_at=to_store(scheduled_at),
        dirty=True,
        word_count=stats.count,
        cjk_chars=stats.cjk_chars,
    )
    s.add(row)
    s.flush()
    _set_sections(s, row, secs)
    _set_tags(s, row, tag_rows)
    s.flush()
    record_revision(s, row, reason, now)
    reindex(s, row)
    enqueue(s, "article.save", row.id, site_id=row.site_id, now=now)
    return row


class ArticleService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.queries = ArticleQueries(store)  # the read side this service shares with the list
        self.text = ArticleText(store)  # the text-only writes typing makes

    # ----------------------------------------------------------------- create / read
    def create(self, title: str, **fields: object) -> Article:
        """A new draft (or the given status); see `create_in` for the fields."""
        with self.store.write() as s:
            return to_article(s, create_in(s, title, **fields))  # type: ignore[arg-type]

    def get(self, ref: str) -> Article:
        return self.queries.get(ref)

    # ----------------------------------------------------------------- update
    def update(
        self,
        ref: str,
        *,
        title: str | None = None,
        dek: str | None = None,
        body: str | None = None,
        slug: str | None = None,
        byline: str | None = None,
        lang: str | None = None,
        sections: Sequence[str] | None = None,
        tags: Sequence[str] | None = None,
        status: Status | None = None,
        scheduled_at: datetime | None | object = UNSET,
        autosave: bool = False,
    ) -> tuple[Article, Change]:
        """Apply the given fields; record a revision if the text changed (see `snapshot`)."""
        if (slug, byline, lang, sections, tags, status) == (None,) * 6 and scheduled_at is UNSET:
            return self.text.save(ref, title=title, dek=dek, body=body, autosave=autosave)
        now = utcnow()
        with self.store.write() as s:
            row = resolve_article(s, ref)
            text_changed = False
            meta_changed = False
            title_changed = False
            if title is not None:
                title = title.strip()
                if not title:
                    raise InvalidInput("an article needs a title")
                title_changed = title != row.title
                text_changed |= title_changed
                row.title = title
            if dek is not None:
                text_changed |= dek != row.dek
                row.dek = dek
            if body is not None and body != row.body:
                text_changed = True
                row.body = body
                stats = text_stats(body)
                row.word_count, row.cjk_chars = stats.count, stats.cjk_chars
            if slug is not None:
                # A slug typed by hand stays; an empty one goes back to following the headline.
                manual = bool(slug.strip())
                new_slug = check_slug(slug) if manual else title_slug(row.title)
                meta_changed |= new_slug != row.slug or manual != row.slug_manual
                row.slug, row.slug_manual = new_slug, manual
            elif title_changed and not row.slug_manual and title_slug(row.title) != row.slug:
                meta_changed, row.slug = True, title_slug(row.title)
            if byline is not None and byline != row.byline:
                meta_changed, row.byline = True, byline
            if lang is not None:
                code = check_language(lang)
                meta_changed |= code != row.lang
                row.lang = code
            if status is not None and status.value != row.status:
                meta_changed, row.status = True, status.value
            if scheduled_at is not UNSET:
                value = to_store(scheduled_at)  # type: ignore[arg-type]
                meta_changed |= value != row.scheduled_at
                row.scheduled_at = value
            tags_changed = sections_changed = False
            if sections is not None:
                secs = _resolve_sections(s, sections)
                old = [
                    r[0]
                    for r in s.execute(
                        select(ArticleSection.section_id)
                        .where(ArticleSection.article_id == row.id)
                        .order_by(ArticleSection.position)
                    )
                ]
                if old != [x.id for x in secs]:
                    _set_sections(s, row, secs)
                    meta_changed = sections_changed = True
            if tags is not None:
                tag_rows = get_or_create_tags(s, tags)
                old_tags = set(tag_names(s, row.id))
                if old_tags != {t.name for t in tag_rows}:
                    _set_tags(s, row, tag_rows)
                    meta_changed = tags_changed = True
            if not (text_changed or meta_changed):
                return to_article(s, row), Change()
            mark_dirty(s, row, now)  # before the flush, so the row is written with one UPDATE
            s.flush()
            revs: frozenset[str] = frozenset()
            if text_changed:
                reason = RevisionReason.AUTOSAVE if autosave else RevisionReason.MANUAL
                if record_revision(s, row, reason, now) is not None:
                    revs = frozenset({row.id})
            names = tag_names(s, row.id)
            if text_changed or tags_changed:
                reindex(s, row, names)
            # terms: the sections' and tags' article counts moved (and a new tag may exist)
            change = Change(
                articles=frozenset({row.id}), terms=sections_changed or tags_changed, revisions=revs, outbox=True
            )
            return to_article(s, row, tags=names), change

    def save_revision(self, ref: str) -> bool:
        """A manual save point (Ctrl+S): snapshot the current text if history lacks it."""
        return self.text.save_point(ref)

    def delete(self, ref: str, *, purge: bool = False) -> Change:
        """Move to the trash; with purge, remove an article already in the trash for good."""
        now = utcnow()
        with self.store.write() as s:
            row = resolve_article(s, ref)
            if purge:
                if row.status != Status.TRASH.value:
                    raise InvalidInput(f"article {row.id} is not in the trash; delete it once before purging")
                if row.remote_id is not None:
                    enqueue(
                        s,
                        "article.delete",
                        row.id,
                        {"remote_id": row.remote_id, "force": True},
                        site_id=row.site_id,
                        now=now,
                    )
                search.remove_from_index(s, row.pk)
                s.delete(row)
            else:
                if row.status == Status.TRASH.value:
                    return Change()
                record_revision(s, row, RevisionReason.MANUAL, now)
                row.status = Status.TRASH.value
                mark_dirty(s, row, now)
            return Change(articles=frozenset({row.id}), terms=True, outbox=True)

    # ----------------------------------------------------------------- list / search
    def list(
        self,
        f: ListFilter | None = None,
        *,
        offset: int = 0,
        limit: int = 100,
        sort: str = "updated",
        descending: bool = True,
    ) -> list[ArticleRow]:
        return self.queries.list(f, offset=offset, limit=limit, sort=sort, descending=descending)

    def count(self, f: ListFilter | None = None) -> int:
        return self.queries.count(f)

    def search(self, user_query: str, *, limit: int = 50, include_trash: bool = False) -> list[SearchHit]:
        """Ranked full-text search; FTS syntax in the query is searched as plain text."""
        return self.queries.search(user_query, limit=limit, include_trash=include_trash)
