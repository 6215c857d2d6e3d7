"""Article writes through the ORM: creating, changing metadata (sections, tags, status, slug,
schedule…) and deleting. Loaded with the first such write; typing uses `articles_text`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select

from editor_app.core.clock import to_store, utcnow
from editor_app.core.domain import UNSET, Article, Change, RevisionReason, Status
from editor_app.core.errors import InvalidInput
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
from editor_app.core.text import text_stats, title_slug


def create(store: Store, title: str, **fields: Any) -> Article:
    """A new article; see `create_in` for the fields."""
    with store.write() as s:
        return to_article(s, create_in(s, title, **fields))


def update(
    store: Store,
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
    """Apply the given fields, already checked (an empty `slug` goes back to following the
    headline); record a revision if the text changed (see `snapshot`)."""
    now = utcnow()
    with store.write() as s:
        row = resolve_article(s, ref)
        text_changed = meta_changed = title_changed = False
        if title is not None:
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
            manual = bool(slug)
            new_slug = slug if manual else title_slug(row.title)
            meta_changed |= new_slug != row.slug or manual != row.slug_manual
            row.slug, row.slug_manual = new_slug, manual
        elif title_changed and not row.slug_manual and title_slug(row.title) != row.slug:
            meta_changed, row.slug = True, title_slug(row.title)
        if byline is not None and byline != row.byline:
            meta_changed, row.byline = True, byline
        if lang is not None:
            meta_changed |= lang != row.lang
            row.lang = lang
        if status is not None and status.value != row.status:
            meta_changed, row.status = True, status.value
        if scheduled_at is not UNSET:
            value = to_store(scheduled_at)  # type: ignore[arg-type]
            meta_changed |= value != row.scheduled_at
            row.scheduled_at = value
        tags_changed = sections_changed = False
        if sections is not None:
            secs = resolve_sections(s, sections)
            old = s.scalars(
                select(ArticleSection.section_id)
                .where(ArticleSection.article_id == row.id)
                .order_by(ArticleSection.position)
            ).all()
            if list(old) != [x.id for x in secs]:
                set_sections(s, row, secs)
                meta_changed = sections_changed = True
        if tags is not None:
            tag_rows = get_or_create_tags(s, tags)
            if set(tag_names(s, row.id)) != {t.name for t in tag_rows}:
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


def delete(store: Store, ref: str, *, purge: bool = False) -> Change:
    """Move to the trash; with purge, remove an article already in the trash for good."""
    now = utcnow()
    with store.write() as s:
        row = resolve_article(s, ref)
        if purge:
            if row.status != Status.TRASH.value:
                raise InvalidInput(f"article {row.id} is not in the trash; delete it once before purging")
            if row.remote_id is not None:
                payload = {"remote_id": row.remote_id, "force": True}
                enqueue(s, "article.delete", row.id, payload, site_id=row.site_id, now=now)
            search.remove_from_index(s, row.pk)
            s.delete(row)
        else:
            if row.status == Status.TRASH.value:
                return Change()
            record_revision(s, row, RevisionReason.MANUAL, now)
            row.status = Status.TRASH.value
            mark_dirty(s, row, now)
        return Change(articles=frozenset({row.id}), terms=True, outbox=True)
