"""Rows for import and export: many articles written in one transaction, or all of them read
in one. The Markdown files themselves are the transfer service's business."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from editor_app.core.clock import to_store, utcnow
from editor_app.core.domain import Article, RevisionReason, Status
from editor_app.core.errors import CopydeskError, InvalidInput
from editor_app.core.store.article_rows import (
    create_in,
    get_or_create_tags,
    mark_dirty,
    record_revision,
    reindex,
    resolve_sections,
    set_sections,
    set_tags,
    to_article,
)
from editor_app.core.store.engine import Store
from editor_app.core.store.models import Article as ArticleModel
from editor_app.core.text import slug_follows_title, text_stats, title_slug

if TYPE_CHECKING:
    from editor_app.core.frontmatter import FrontMatterDoc


def import_docs(store: Store, docs: Sequence[tuple[str, FrontMatterDoc]]) -> tuple[list[str], list[str]]:
    """Write every (label, document) in one transaction: a document whose id is on the desk
    updates that article, any other becomes a new one. The ids created and updated; an error
    names the label of the document that caused it, and nothing is written."""
    created: list[str] = []
    updated: list[str] = []
    with store.write() as s:
        for label, doc in docs:
            try:
                existing = s.scalars(select(ArticleModel).where(ArticleModel.id == doc.id)).first() if doc.id else None
                if existing is None:
                    row = create_in(
                        s,
                        doc.title,
                        body=doc.body,
                        dek=doc.dek,
                        byline=doc.byline,
                        lang=doc.lang,
                        sections=doc.sections,
                        tags=doc.tags,
                        slug=doc.slug,
                        status=doc.status,
                        article_id=doc.id,
                        created_at=doc.date,
                        updated_at=doc.updated,
                        scheduled_at=doc.scheduled,
                        reason=RevisionReason.IMPORT,
                    )
                    created.append(row.id)
                else:
                    _update_from(s, existing, doc)
                    updated.append(existing.id)
            except CopydeskError as exc:
                raise InvalidInput(f"{label}: {exc}") from None
    return created, updated


def _update_from(s: Session, row: ArticleModel, doc: FrontMatterDoc) -> None:
    """Re-importing a file of an existing article: the text on the desk is kept in history
    before the file's text replaces it."""
    now = utcnow()
    record_revision(s, row, RevisionReason.MANUAL, now)
    row.title, row.dek, row.body = doc.title, doc.dek, doc.body
    row.byline, row.lang, row.status = doc.byline, doc.lang, doc.status.value
    row.slug = doc.slug or title_slug(doc.title)
    row.slug_manual = not slug_follows_title(row.slug, row.title)
    row.scheduled_at = to_store(doc.scheduled)
    stats = text_stats(doc.body)
    row.word_count, row.cjk_chars = stats.count, stats.cjk_chars
    set_sections(s, row, resolve_sections(s, doc.sections))
    set_tags(s, row, get_or_create_tags(s, doc.tags))
    s.flush()
    record_revision(s, row, RevisionReason.IMPORT, now)
    mark_dirty(s, row, now)
    if doc.updated is not None:
        row.updated_at = to_store(doc.updated)  # type: ignore[assignment]
    reindex(s, row)


def all_articles(store: Store, *, include_trash: bool = False) -> Iterator[Article]:
    """Every article, oldest first, read in one transaction (one at a time: archives are large)."""
    with store.read() as s:
        query = select(ArticleModel).order_by(ArticleModel.created_at, ArticleModel.pk)
        if not include_trash:
            query = query.where(ArticleModel.status != Status.TRASH.value)
        for row in s.scalars(query):
            yield to_article(s, row)
