"""Articles: the one door for creating, reading, listing, searching, saving and deleting them.

Listing, opening and saving the text (what typing does) run on the store's plain-SQL path, so
importing this module and using those never loads SQLAlchemy; the first metadata change,
creation or deletion imports the ORM store module (`store.articles_write`) then.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from editor_app.core.domain import (
    UNSET,
    Article,
    ArticleRow,
    Change,
    ListFilter,
    SearchHit,
    Status,
    check_language,
    check_title,
)
from editor_app.core.store import articles_read, articles_text
from editor_app.core.store.engine import Store
from editor_app.core.text import check_slug


class ArticleService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # ----------------------------------------------------------------- read
    def get(self, ref: str) -> Article:
        """One article by id or unique id prefix (six characters or more)."""
        return articles_read.get_article(self.store, ref)

    def list(
        self,
        f: ListFilter | None = None,
        *,
        offset: int = 0,
        limit: int = 100,
        sort: str = "updated",
        descending: bool = True,
    ) -> list[ArticleRow]:
        return articles_read.list_rows(
            self.store, f or ListFilter(), offset=offset, limit=limit, sort=sort, descending=descending
        )

    def count(self, f: ListFilter | None = None) -> int:
        return articles_read.count_rows(self.store, f or ListFilter())

    def search(self, user_query: str, *, limit: int = 50, include_trash: bool = False) -> list[SearchHit]:
        """Ranked full-text search; FTS syntax in the query is searched as plain text."""
        return articles_read.search_rows(self.store, user_query, limit=limit, include_trash=include_trash)

    # ----------------------------------------------------------------- write
    def create(self, title: str, **fields: Any) -> Article:
        """A new draft (or the given status); see `store.article_rows.create_in` for the fields."""
        from editor_app.core.store import articles_write

        return articles_write.create(self.store, title, **fields)

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
        """Save the given fields (None, or leaving one out, keeps it as stored) and say what
        changed. Headline, dek and body alone take the plain-SQL path, so typing never loads the
        ORM; call this on a worker, as the first metadata change imports the ORM there."""
        if title is not None:
            title = check_title(title)
        if (slug, byline, lang, sections, tags, status) == (None,) * 6 and scheduled_at is UNSET:
            return articles_text.save_text(self.store, ref, title=title, dek=dek, body=body, autosave=autosave)
        from editor_app.core.store import articles_write

        return articles_write.update(
            self.store,
            ref,
            title=title,
            dek=dek,
            body=body,
            # A slug typed by hand is checked; an empty one goes back to following the headline.
            slug=None if slug is None else (check_slug(slug) if slug.strip() else ""),
            byline=byline,
            lang=None if lang is None else check_language(lang),
            sections=sections,
            tags=tags,
            status=status,
            scheduled_at=scheduled_at,
            autosave=autosave,
        )

    def save_point(self, ref: str) -> Change:
        """A manual save point (Ctrl+S): a revision of the stored text, unless history already
        holds it (then the change is empty)."""
        article_id, made = articles_text.save_point(self.store, ref)
        return Change(revisions=frozenset({article_id})) if made else Change()

    def delete(self, ref: str, *, purge: bool = False) -> Change:
        """Move to the trash; with purge, remove an article already in the trash for good."""
        from editor_app.core.store import articles_write

        return articles_write.delete(self.store, ref, purge=purge)
