"""Article history: list, read, diff and restore revisions. History is never rewritten."""

from __future__ import annotations

import difflib

from sqlalchemy import select

from editor_app.core.clock import from_store, utcnow
from editor_app.core.domain import Change, RevisionInfo, RevisionReason
from editor_app.core.errors import NotFound
from editor_app.core.store.article_rows import mark_dirty, record_revision, reindex, resolve_article
from editor_app.core.store.engine import Store
from editor_app.core.store.models import Revision
from editor_app.core.text import text_stats


def _info(r: Revision) -> RevisionInfo:
    return RevisionInfo(
        id=r.id,
        article_id=r.article_id,
        created_at=from_store(r.created_at),  # type: ignore[arg-type]
        reason=RevisionReason(r.reason),
        title=r.title,
        word_count=text_stats(r.body).count,
    )


def _as_text(title: str, dek: str, body: str) -> list[str]:
    lines = [f"# {title}", ""]
    if dek:
        lines += [f"> {dek}", ""]
    return [line + "\n" for line in lines + body.splitlines()]


class RevisionService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def list(self, article_ref: str) -> list[RevisionInfo]:
        """Newest first."""
        with self.store.read() as s:
            art = resolve_article(s, article_ref)
            rows = s.scalars(select(Revision).where(Revision.article_id == art.id).order_by(Revision.id.desc())).all()
            return [_info(r) for r in rows]

    def _get(self, s: object, article_id: str, revision_id: int) -> Revision:
        rev = s.get(Revision, revision_id)  # type: ignore[attr-defined]
        if rev is None or rev.article_id != article_id:
            raise NotFound(f"article {article_id} has no revision {revision_id}")
        return rev

    def text(self, article_ref: str, revision_id: int) -> tuple[str, str, str]:
        with self.store.read() as s:
            art = resolve_article(s, article_ref)
            rev = self._get(s, art.id, revision_id)
            return rev.title, rev.dek, rev.body

    def diff(self, article_ref: str, revision_id: int, against: int | None = None) -> str:
        """Unified diff from the revision to `against` (another revision) or the current text."""
        with self.store.read() as s:
            art = resolve_article(s, article_ref)
            old = self._get(s, art.id, revision_id)
            if against is None:
                new_lines, new_name = _as_text(art.title, art.dek, art.body), "current"
            else:
                other = self._get(s, art.id, against)
                new_lines, new_name = _as_text(other.title, other.dek, other.body), f"revision {other.id}"
            old_lines = _as_text(old.title, old.dek, old.body)
        return "".join(difflib.unified_diff(old_lines, new_lines, f"revision {revision_id}", new_name))

    def restore(self, article_ref: str, revision_id: int) -> Change:
        """Bring back a revision's text. The current text is kept in history first, and the
        restore itself is recorded as a revision."""
        now = utcnow()
        with self.store.write() as s:
            art = resolve_article(s, article_ref)
            rev = self._get(s, art.id, revision_id)
            record_revision(s, art, RevisionReason.MANUAL, now)
            art.title, art.dek, art.body = rev.title, rev.dek, rev.body
            stats = text_stats(art.body)
            art.word_count, art.cjk_chars = stats.count, stats.cjk_chars
            s.flush()
            s.add(
                Revision(
                    article_id=art.id,
                    created_at=now,
                    reason=RevisionReason.RESTORE.value,
                    title=art.title,
                    dek=art.dek,
                    body=art.body,
                )
            )
            mark_dirty(s, art, now)
            reindex(s, art)
            return Change(articles=frozenset({art.id}), revisions=frozenset({art.id}), outbox=True)
