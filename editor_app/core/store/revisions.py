"""Article history as hand-written SQL: listing revisions, reading one, and restoring one.

History is never rewritten: a restore keeps the current text as a revision first and records
the restore itself as another. Plain SQL, so the history dialog loads no ORM.
"""

from __future__ import annotations

import sqlite3

from editor_app.core.clock import from_store, store_text, utcnow
from editor_app.core.domain import Article, Change, RevisionInfo, RevisionReason
from editor_app.core.errors import NotFound
from editor_app.core.store.articles_read import fetch_article, resolve_id
from editor_app.core.store.articles_text import write_text
from editor_app.core.store.engine import Store
from editor_app.core.store.revision_rows import snapshot
from editor_app.core.text import text_stats

_TEXT_SQL = "SELECT title, dek, body FROM revisions WHERE id = ? AND article_id = ?"


def list_for(store: Store, article_ref: str) -> list[RevisionInfo]:
    """The article's revisions, newest first."""
    with store.driver() as db:
        article_id = resolve_id(db, article_ref)
        rows = db.execute(
            "SELECT id, created_at, reason, title, body FROM revisions WHERE article_id = ? ORDER BY id DESC",
            (article_id,),
        ).fetchall()
    return [
        RevisionInfo(
            id=id_,
            article_id=article_id,
            created_at=from_store(created),  # type: ignore[arg-type]
            reason=RevisionReason(reason),
            title=title,
            word_count=stats.count,
            cjk_chars=stats.cjk_chars,
        )
        for id_, created, reason, title, body in rows
        for stats in (text_stats(body),)
    ]


def _text(db: sqlite3.Connection, article_id: str, revision_id: int) -> tuple[str, str, str]:
    row = db.execute(_TEXT_SQL, (revision_id, article_id)).fetchone()
    if row is None:
        raise NotFound(f"article {article_id} has no revision {revision_id}")
    return row[0], row[1], row[2]


def text_of(store: Store, article_ref: str, revision_id: int) -> tuple[str, str, str]:
    """A revision's title, dek and body."""
    with store.driver() as db:
        return _text(db, resolve_id(db, article_ref), revision_id)


def with_current(store: Store, article_ref: str, revision_id: int) -> tuple[tuple[str, str, str], Article]:
    """A revision's text and the article as it is now, read together."""
    with store.driver() as db:
        article = fetch_article(db, article_ref).article
        return _text(db, article.id, revision_id), article


def restore(store: Store, article_ref: str, revision_id: int) -> Change:
    """Bring back a revision's text, the current one kept in history first."""
    now = utcnow()
    with store.driver(write=True) as db:
        got = fetch_article(db, article_ref)
        old = got.article
        title, dek, body = _text(db, old.id, revision_id)
        snapshot(db, old.id, old.title, old.dek, old.body, RevisionReason.MANUAL, now)
        write_text(db, got, title, dek, body, now)
        db.execute(
            "INSERT INTO revisions (article_id, created_at, reason, title, dek, body) VALUES (?, ?, ?, ?, ?, ?)",
            (old.id, store_text(now), RevisionReason.RESTORE.value, title, dek, body),
        )
    return Change(articles=frozenset({old.id}), revisions=frozenset({old.id}), outbox=True)
