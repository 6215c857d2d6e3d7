"""Turning store rows into the plain values services hand out."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from editor_app.core.clock import from_store
from editor_app.core.domain import Article, Status
from editor_app.core.store.models import Article as ArticleRow_
from editor_app.core.store.models import ArticleSection, ArticleTag, Section, Site, Tag


def section_slugs(session: Session, article_id: str) -> tuple[str, ...]:
    rows = session.execute(
        select(Section.slug)
        .join(ArticleSection, ArticleSection.section_id == Section.id)
        .where(ArticleSection.article_id == article_id)
        .order_by(ArticleSection.position, Section.name)
    )
    return tuple(r[0] for r in rows)


def tag_names(session: Session, article_id: str) -> tuple[str, ...]:
    rows = session.execute(
        select(Tag.name)
        .join(ArticleTag, ArticleTag.tag_id == Tag.id)
        .where(ArticleTag.article_id == article_id)
        .order_by(Tag.name)
    )
    return tuple(r[0] for r in rows)


def to_article(session: Session, row: ArticleRow_) -> Article:
    site = session.get(Site, row.site_id).name if row.site_id else None
    return Article(
        id=row.id,
        title=row.title,
        dek=row.dek,
        body=row.body,
        slug=row.slug,
        byline=row.byline,
        lang=row.lang,
        status=Status(row.status),
        sections=section_slugs(session, row.id),
        tags=tag_names(session, row.id),
        created_at=from_store(row.created_at),  # type: ignore[arg-type]
        updated_at=from_store(row.updated_at),  # type: ignore[arg-type]
        scheduled_at=from_store(row.scheduled_at),
        published_at=from_store(row.published_at),
        remote_id=row.remote_id,
        site=site,
        dirty=row.dirty,
        word_count=row.word_count,
    )
