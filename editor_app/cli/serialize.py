"""Plain dict forms of core values for --json output."""

from __future__ import annotations

from typing import Any

from editor_app.core.clock import iso
from editor_app.core.domain import Article, ArticleRow, RevisionInfo, Term


def article_row(r: ArticleRow) -> dict[str, Any]:
    return {
        "id": r.id,
        "title": r.title,
        "status": r.status.value,
        "lang": r.lang,
        "section": r.section,
        "byline": r.byline,
        "word_count": r.word_count,
        "updated_at": iso(r.updated_at),
        "scheduled_at": iso(r.scheduled_at),
        "dirty": r.dirty,
    }


def article(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "title": a.title,
        "dek": a.dek,
        "byline": a.byline,
        "slug": a.slug,
        "slug_manual": a.slug_manual,
        "lang": a.lang,
        "status": a.status.value,
        "sections": list(a.sections),
        "tags": list(a.tags),
        "word_count": a.word_count,
        "created_at": iso(a.created_at),
        "updated_at": iso(a.updated_at),
        "scheduled_at": iso(a.scheduled_at),
        "published_at": iso(a.published_at),
        "site": a.site,
        "remote_id": a.remote_id,
        "dirty": a.dirty,
        "body": a.body,
    }


def term(t: Term) -> dict[str, Any]:
    return {
        "id": t.id,
        "title": t.name,
        "name": t.name,
        "slug": t.slug,
        "parent_id": t.parent_id,
        "description": t.description,
        "remote_id": t.remote_id,
        "article_count": t.article_count,
    }


def revision(r: RevisionInfo) -> dict[str, Any]:
    return {
        "id": r.id,
        "title": r.title,
        "article_id": r.article_id,
        "created_at": iso(r.created_at),
        "reason": r.reason.value,
        "word_count": r.word_count,
    }
