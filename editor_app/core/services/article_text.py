"""Saving an article's words: headline, dek and body, with their revision and index entry.

This is what typing does, several times a minute, so it is hand-written SQL on the driver
(one read, one UPDATE, the outbox, the revision and the index) and imports nothing of the ORM:
an editing session that only writes needs neither SQLAlchemy nor the metadata services.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC

from editor_app.core.clock import store_text, utcnow
from editor_app.core.domain import Article, Change, RevisionReason
from editor_app.core.errors import InvalidInput
from editor_app.core.services.article_queries import fetch_article
from editor_app.core.store import search
from editor_app.core.store.engine import Store
from editor_app.core.store.outbox import enqueue
from editor_app.core.store.revision_rows import snapshot
from editor_app.core.text import text_stats, title_slug

TEXT_FIELDS = frozenset({"title", "dek", "body"})  # what `ArticleText.save` writes; anything else needs the ORM


class ArticleText:
    """The text-only writes of the editor: autosave and the manual save point (Ctrl+S)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def save(
        self,
        ref: str,
        *,
        title: str | None = None,
        dek: str | None = None,
        body: str | None = None,
        autosave: bool = False,
    ) -> tuple[Article, Change]:
        """Write the given text fields (None keeps the stored one) and say what changed."""
        now = utcnow()
        with self.store.driver(write=True) as db:
            got = fetch_article(db, ref)
            old = got.article
            new_title = old.title if title is None else title.strip()
            if not new_title:
                raise InvalidInput("an article needs a title")
            new_dek = old.dek if dek is None else dek
            new_body = old.body if body is None else body
            if (new_title, new_dek, new_body) == (old.title, old.dek, old.body):
                return old, Change()
            stats = text_stats(new_body) if new_body != old.body else None
            words, cjk = (stats.count, stats.cjk_chars) if stats else (old.word_count, old.cjk_chars)
            # Until the slug is set by hand it follows the headline.
            new_slug = old.slug if old.slug_manual or new_title == old.title else title_slug(new_title)
            db.execute(
                "UPDATE articles SET title = ?, dek = ?, body = ?, slug = ?, dirty = 1, updated_at = ?"
                + (", word_count = ?, cjk_chars = ?" if stats else "")
                + " WHERE pk = ?",
                (new_title, new_dek, new_body, new_slug, store_text(now))
                + ((stats.count, stats.cjk_chars) if stats else ())
                + (got.pk,),
            )
            enqueue(db, "article.save", old.id, site_id=got.site_id, now=now)
            reason = RevisionReason.AUTOSAVE if autosave else RevisionReason.MANUAL
            revised = snapshot(db, old.id, new_title, new_dek, new_body, reason, now) is not None
            search.update_index(db, got.pk, new_title, new_dek, new_body, old.tags)
        article = dataclasses.replace(
            old,
            title=new_title,
            slug=new_slug,
            dek=new_dek,
            body=new_body,
            dirty=True,
            word_count=words,
            cjk_chars=cjk,
            updated_at=now.replace(tzinfo=UTC),
        )
        revs = frozenset({old.id}) if revised else frozenset()
        return article, Change(articles=frozenset({old.id}), revisions=revs, outbox=True)

    def save_point(self, ref: str) -> bool:
        """A manual revision of the stored text, unless history already holds it."""
        with self.store.driver(write=True) as db:
            got = fetch_article(db, ref)
            a = got.article
            return snapshot(db, a.id, a.title, a.dek, a.body, RevisionReason.MANUAL, utcnow()) is not None
