"""Saving an article's words: headline, dek and body, with their revision and index entry.

This is what typing does, several times a minute, so it is hand-written SQL on the driver
(one read, one UPDATE, the outbox, the revision and the index) and imports nothing of the ORM:
an editing session that only writes needs neither SQLAlchemy nor the metadata services.
Restoring a revision writes the same way (`write_text`).
"""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import UTC, datetime

from editor_app.core.clock import store_text, utcnow
from editor_app.core.domain import Article, Change, RevisionReason
from editor_app.core.store import search
from editor_app.core.store.articles_read import FetchedArticle, fetch_article
from editor_app.core.store.engine import Store
from editor_app.core.store.outbox import enqueue
from editor_app.core.store.revision_rows import snapshot
from editor_app.core.text import text_stats, title_slug


def write_text(db: sqlite3.Connection, got: FetchedArticle, title: str, dek: str, body: str, now: datetime) -> Article:
    """Replace the article's text in the caller's transaction: its counts, its slug while that
    follows the headline, its index entry and one queued save; the article as it is now.
    Records no revision: the callers each decide which."""
    old = got.article
    stats = text_stats(body) if body != old.body else None
    # Until the slug is set by hand it follows the headline.
    slug = old.slug if old.slug_manual or title == old.title else title_slug(title)
    db.execute(
        "UPDATE articles SET title = ?, dek = ?, body = ?, slug = ?, dirty = 1, updated_at = ?"
        + (", word_count = ?, cjk_chars = ?" if stats else "")
        + " WHERE pk = ?",
        (title, dek, body, slug, store_text(now)) + ((stats.count, stats.cjk_chars) if stats else ()) + (got.pk,),
    )
    enqueue(db, "article.save", old.id, site_id=got.site_id, now=now)
    search.update_index(db, got.pk, title, dek, body, old.tags)
    return dataclasses.replace(
        old,
        title=title,
        slug=slug,
        dek=dek,
        body=body,
        dirty=True,
        word_count=stats.count if stats else old.word_count,
        cjk_chars=stats.cjk_chars if stats else old.cjk_chars,
        updated_at=now.replace(tzinfo=UTC),
    )


def save_text(
    store: Store, ref: str, *, title: str | None, dek: str | None, body: str | None, autosave: bool
) -> tuple[Article, Change]:
    """Write the given text fields (None keeps the stored one; a title comes checked) and say
    what changed."""
    now = utcnow()
    with store.driver(write=True) as db:
        got = fetch_article(db, ref)
        old = got.article
        new = (
            old.title if title is None else title,
            old.dek if dek is None else dek,
            old.body if body is None else body,
        )
        if new == (old.title, old.dek, old.body):
            return old, Change()
        article = write_text(db, got, *new, now)
        reason = RevisionReason.AUTOSAVE if autosave else RevisionReason.MANUAL
        revised = snapshot(db, old.id, *new, reason, now) is not None
    revs = frozenset({old.id}) if revised else frozenset()
    return article, Change(articles=frozenset({old.id}), revisions=revs, outbox=True)


def save_point(store: Store, ref: str) -> tuple[str, bool]:
    """A manual revision of the stored text unless history already holds it: the article's id
    and whether a revision was made."""
    with store.driver(write=True) as db:
        a = fetch_article(db, ref).article
        return a.id, snapshot(db, a.id, a.title, a.dek, a.body, RevisionReason.MANUAL, utcnow()) is not None
