"""Conflicts: an article changed on both sides, or deleted on the site while we still have it.

A conflict keeps three texts, base (what both sides last agreed on), mine and theirs, so the
conflict view can show a three-way comparison. Whatever the user keeps, both versions are
saved as revisions first: history never loses either side.

A post deleted on the site is a conflict too (``theirs`` is ``{"deleted": true}``): keeping
mine recreates the post, keeping theirs moves the local article to the trash.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from editor_app.core.clock import from_store, to_store, utcnow
from editor_app.core.domain import Change, RevisionReason, Status
from editor_app.core.errors import InvalidInput, NotFound
from editor_app.core.store.article_rows import mark_dirty, reindex
from editor_app.core.store.engine import Store
from editor_app.core.store.models import Article, Conflict, OutboxOp, Revision
from editor_app.core.sync import publish_queue
from editor_app.core.sync.mapping import Text
from editor_app.core.text import text_stats

Keep = Literal["mine", "theirs", "merged"]


@dataclass(frozen=True)
class ConflictView:
    id: int
    article_id: str
    title: str  # the local title, to name it in lists
    kind: str  # "edited" (both sides changed) or "deleted" (gone from the site)
    created_at: datetime
    base: Text
    mine: Text
    theirs: Text | None  # None when deleted on the site
    remote_modified_gmt: datetime | None
    resolved_at: datetime | None
    resolution: str | None


def _text(data: dict | None) -> Text:
    data = data or {}
    return Text(str(data.get("title", "")), str(data.get("dek", "")), str(data.get("body", "")))


def open_conflict(s: Session, article_id: str) -> Conflict | None:
    return s.scalars(select(Conflict).where(Conflict.article_id == article_id, Conflict.resolved_at.is_(None))).first()


def _base(row: Article) -> Text:
    return Text(row.base_title or "", row.base_dek or "", row.base_body or "")


def record_conflict(
    s: Session,
    row: Article,
    theirs: Text | None,
    remote_modified_gmt: datetime | None,
    *,
    status: str = "",
    digest: str | None = None,
) -> Conflict:
    """Record (or refresh) the open conflict of an article. `theirs` None: deleted on the site."""
    now = utcnow()
    theirs_data: dict = (
        {"deleted": True} if theirs is None else {**theirs.as_dict(), "status": status, "digest": digest}
    )
    mine = Text(row.title, row.dek, row.body).as_dict()
    existing = open_conflict(s, row.id)
    if existing is not None:
        existing.mine, existing.theirs = mine, theirs_data
        existing.remote_modified_gmt = to_store(remote_modified_gmt)
        return existing
    conflict = Conflict(
        article_id=row.id,
        created_at=now,
        base=_base(row).as_dict(),
        mine=mine,
        theirs=theirs_data,
        remote_modified_gmt=to_store(remote_modified_gmt),
    )
    s.add(conflict)
    # The article waits for the user: nothing of it is sent meanwhile.
    s.execute(
        update(OutboxOp)
        .where(OutboxOp.kind == "article.save", OutboxOp.entity == row.id, OutboxOp.state != "sending")
        .values(state="blocked", last_error="conflict: waiting for the user", updated_at=now)
    )
    publish_queue.trouble(
        s,
        row.id,
        publish_queue.ATTENTION,
        publish_queue.DELETED_MESSAGE if theirs is None else publish_queue.CONFLICT_MESSAGE,
    )
    return conflict


def _view(s: Session, c: Conflict) -> ConflictView:
    row = s.scalars(select(Article).where(Article.id == c.article_id)).first()
    deleted = bool((c.theirs or {}).get("deleted"))
    return ConflictView(
        id=c.id,
        article_id=c.article_id,
        title=row.title if row is not None else "",
        kind="deleted" if deleted else "edited",
        created_at=from_store(c.created_at),  # type: ignore[arg-type]
        base=_text(c.base),
        mine=_text(c.mine),
        theirs=None if deleted else _text(c.theirs),
        remote_modified_gmt=from_store(c.remote_modified_gmt),
        resolved_at=from_store(c.resolved_at),
        resolution=c.resolution,
    )


class ConflictService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def list(self, *, include_resolved: bool = False, site_id: int | None = None) -> list[ConflictView]:
        with self.store.read() as s:
            query = select(Conflict).order_by(Conflict.id)
            if not include_resolved:
                query = query.where(Conflict.resolved_at.is_(None))
            if site_id is not None:
                query = query.where(Conflict.article_id.in_(select(Article.id).where(Article.site_id == site_id)))
            return [_view(s, c) for c in s.scalars(query)]

    def get(self, conflict_id: int) -> ConflictView:
        with self.store.read() as s:
            return _view(s, self._row(s, conflict_id))

    def count_open(self) -> int:
        return len(self.list())

    def resolve(self, conflict_id: int, keep: Keep, merged: Text | Mapping[str, object] | None = None) -> Change:
        """Keep mine (sent on the next sync), theirs (the site's text becomes ours) or a merged
        text (sent on the next sync). Both sides are saved as revisions first."""
        if keep not in ("mine", "theirs", "merged"):
            raise InvalidInput(f"keep must be mine, theirs or merged, not {keep!r}")
        if keep == "merged" and merged is None:
            raise InvalidInput("a merged resolution needs the merged text")
        if merged is not None and not isinstance(merged, Text):
            merged = _text(dict(merged))
        now = utcnow()
        with self.store.write() as s:
            c = self._row(s, conflict_id)
            if c.resolved_at is not None:
                raise InvalidInput(f"conflict {conflict_id} was already resolved ({c.resolution})")
            row = s.scalars(select(Article).where(Article.id == c.article_id)).first()
            if row is None:
                raise NotFound(f"the article of conflict {conflict_id} no longer exists")
            deleted = bool((c.theirs or {}).get("deleted"))
            mine = Text(row.title, row.dek, row.body)
            self._keep_revision(s, row.id, mine, RevisionReason.CONFLICT_MINE, now)
            if deleted:
                self._resolve_deleted(s, row, keep, merged, now)
            else:
                theirs = _text(c.theirs)
                self._keep_revision(s, row.id, theirs, RevisionReason.CONFLICT_THEIRS, now)
                # The site's version is now the one we have seen: the next push compares against it.
                row.remote_modified_gmt = c.remote_modified_gmt
                row.remote_digest = (c.theirs or {}).get("digest")
                row.base_title, row.base_dek, row.base_body = theirs.title, theirs.dek, theirs.body
                if keep == "theirs":
                    self._set_text(row, theirs)
                    status = str((c.theirs or {}).get("status") or "")
                    if status:
                        row.status = status
                    row.dirty = False
                    row.updated_at = c.remote_modified_gmt or now  # the site's version, as a pull shows it
                    self._drop_ops(s, row.id)
                else:
                    if keep == "merged":
                        assert merged is not None
                        self._set_text(row, merged)
                        self._keep_revision(s, row.id, merged, RevisionReason.MANUAL, now)
                    self._drop_ops(s, row.id)
                    mark_dirty(s, row, now)
            c.resolved_at, c.resolution = now, keep
            s.flush()
            reindex(s, row)
            return Change(articles=frozenset({row.id}), revisions=frozenset({row.id}), outbox=True)

    # ----------------------------------------------------------------- helpers
    def _resolve_deleted(self, s: Session, row: Article, keep: Keep, merged: Text | None, now: datetime) -> None:
        self._drop_ops(s, row.id)
        row.remote_id = None
        row.remote_modified_gmt = None
        row.remote_digest = None
        if keep == "theirs":  # accept the deletion: the article goes to the local trash
            row.status = Status.TRASH.value
            row.dirty = False
            row.updated_at = now
            return
        if keep == "merged" and merged is not None:
            self._set_text(row, merged)
            self._keep_revision(s, row.id, merged, RevisionReason.MANUAL, now)
        mark_dirty(s, row, now)  # recreated as a new post on the next sync

    @staticmethod
    def _set_text(row: Article, text: Text) -> None:
        row.title, row.dek, row.body = text.title or row.title, text.dek, text.body
        stats = text_stats(row.body)
        row.word_count, row.cjk_chars = stats.count, stats.cjk_chars

    @staticmethod
    def _keep_revision(s: Session, article_id: str, text: Text, reason: RevisionReason, now: datetime) -> None:
        s.add(
            Revision(
                article_id=article_id,
                created_at=now,
                reason=reason.value,
                title=text.title,
                dek=text.dek,
                body=text.body,
            )
        )

    @staticmethod
    def _drop_ops(s: Session, article_id: str) -> None:
        for op in s.scalars(
            select(OutboxOp).where(
                OutboxOp.kind == "article.save", OutboxOp.entity == article_id, OutboxOp.state != "sending"
            )
        ):
            s.delete(op)
        s.flush()

    @staticmethod
    def _row(s: Session, conflict_id: int) -> Conflict:
        c = s.get(Conflict, conflict_id)
        if c is None:
            raise NotFound(f"no conflict {conflict_id}; see `copydesk conflicts list`")
        return c
