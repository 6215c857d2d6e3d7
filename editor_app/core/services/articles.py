"""Creating, editing, listing, searching and deleting articles."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select

from editor_app.core.clock import to_store, utcnow
from editor_app.core.domain import Article, ArticleRow, Change, RevisionReason, Status, check_language
from editor_app.core.errors import InvalidInput
from editor_app.core.services.article_queries import (
    ArticleQueries,
    ListFilter,
    SearchHit,
)
from editor_app.core.services.article_text import ArticleText
from editor_app.core.store import search
from editor_app.core.store.article_rows import (
    create_in,
    get_or_create_tags,
    mark_dirty,
    record_revision,
    reindex,
    resolve_article,
    resolve_sections,
    set_sections,
    set_tags,
    tag_names,
    to_article,
)
from editor_app.core.store.engine import Store
from editor_app.core.store.models import ArticleSection
from editor_app.core.store.outbox import enqueue
from editor_app.core.text import check_slug, text_stats, title_slug

UNSET: object = object()


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
                secs = resolve_sections(s, sections)
                old = [
                    r[0]
                    for r in s.execute(
                        select(ArticleSection.section_id)
                        .where(ArticleSection.article_id == row.id)
                        .order_by(ArticleSection.position)
                    )
                ]
                if old != [x.id for x in secs]:
                    set_sections(s, row, secs)
                    meta_changed = sections_changed = True
            if tags is not None:
                tag_rows = get_or_create_tags(s, tags)
                old_tags = set(tag_names(s, row.id))
                if old_tags != {t.name for t in tag_rows}:
                    set_tags(s, row, tag_rows)
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
