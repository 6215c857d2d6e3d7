"""Turning store rows into the plain values services hand out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from editor_app.core.clock import from_store
from editor_app.core.domain import Article, Status
from editor_app.core.store.models import Article as ArticleRow_
from editor_app.core.store.models import Site

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Hand-written SQL: these run on every save; pending ORM changes are flushed first so the
# answers include links made earlier in the same transaction.


def section_slugs(session: Session, article_id: str) -> tuple[str, ...]:
    session.flush()
    rows = session.connection().exec_driver_sql(
        "SELECT s.slug FROM article_sections l JOIN sections s ON s.id = l.section_id "
        "WHERE l.article_id = ? ORDER BY l.position, s.name",
        (article_id,),
    )
    return tuple(r[0] for r in rows)


def tag_names(session: Session, article_id: str) -> tuple[str, ...]:
    session.flush()
    rows = session.connection().exec_driver_sql(
        "SELECT t.name FROM article_tags l JOIN tags t ON t.id = l.tag_id WHERE l.article_id = ? ORDER BY t.name",
        (article_id,),
    )
    return tuple(r[0] for r in rows)


def to_article(session: Session, row: ArticleRow_, *, tags: tuple[str, ...] | None = None) -> Article:
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
        tags=tag_names(session, row.id) if tags is None else tags,
        created_at=from_store(row.created_at),  # type: ignore[arg-type]
        updated_at=from_store(row.updated_at),  # type: ignore[arg-type]
        scheduled_at=from_store(row.scheduled_at),
        published_at=from_store(row.published_at),
        remote_id=row.remote_id,
        site=site,
        dirty=row.dirty,
        word_count=row.word_count,
        slug_manual=row.slug_manual,
    )
