"""Conflicts in the store: recording one (from a pull or a push), reading them, and writing what
the user kept.

A conflict keeps three texts, base (what both sides last agreed on), mine and theirs, each a
``{"title", "dek", "body"}`` mapping. Whatever the user keeps, both versions are saved as
revisions first: history never loses either side. A post deleted on the site is a conflict too
(``theirs`` is ``{"deleted": true}``): keeping mine recreates the post, keeping theirs moves the
local article to the trash.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from editor_app.core.clock import from_store, to_store, utcnow
from editor_app.core.domain import RevisionReason, Status
from editor_app.core.errors import InvalidInput, NotFound
from editor_app.core.store import jobs
from editor_app.core.store.article_rows import mark_dirty, reindex
from editor_app.core.store.engine import Store
from editor_app.core.text import text_stats

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from editor_app.core.store.models import Article, Conflict


class HasText(Protocol):
    def as_dict(self) -> dict[str, str]: ...


TextLike = HasText | Mapping[str, str]


def _plain(text: TextLike) -> dict[str, str]:
    data = dict(text) if isinstance(text, Mapping) else text.as_dict()
    return {k: str(data.get(k, "")) for k in ("title", "dek", "body")}


@dataclass(frozen=True)
class ConflictRecord:
    id: int
    article_id: str
    title: str  # the local title, to name it in lists
    created_at: datetime
    base: dict
    mine: dict
    theirs: dict  # {"deleted": True} when deleted on the site
    remote_modified_gmt: datetime | None
    resolved_at: datetime | None
    resolution: str | None


def open_conflict(s: Session, article_id: str) -> Conflict | None:
    from sqlalchemy import select

    from editor_app.core.store.models import Conflict

    return s.scalars(select(Conflict).where(Conflict.article_id == article_id, Conflict.resolved_at.is_(None))).first()


def record_conflict(
    s: Session,
    row: Article,
    theirs: TextLike | None,
    remote_modified_gmt: datetime | None,
    *,
    status: str = "",
    digest: str | None = None,
    overwritten: bool = False,
) -> Conflict:
    """Record (or refresh) the open conflict of an article. `theirs` None: deleted on the site.
    `overwritten`: the site holds our text and `theirs` is what our update replaced there."""
    from sqlalchemy import update

    from editor_app.core.store.models import Conflict, OutboxOp

    now = utcnow()
    theirs_data: dict = {"deleted": True} if theirs is None else {**_plain(theirs), "status": status, "digest": digest}
    if overwritten:
        theirs_data["overwritten"] = True
    mine = _current_text(row)
    existing = open_conflict(s, row.id)
    if existing is not None:
        existing.mine, existing.theirs = mine, theirs_data
        existing.remote_modified_gmt = to_store(remote_modified_gmt)
        return existing
    conflict = Conflict(
        article_id=row.id,
        created_at=now,
        base={"title": row.base_title or "", "dek": row.base_dek or "", "body": row.base_body or ""},
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
    jobs.trouble(s, row.id, jobs.ATTENTION, jobs.DELETED_MESSAGE if theirs is None else jobs.CONFLICT_MESSAGE)
    return conflict


def _current_text(row: Article) -> dict[str, str]:
    return {"title": row.title, "dek": row.dek, "body": row.body}


def _record(s: Session, c: Conflict) -> ConflictRecord:
    from sqlalchemy import select

    from editor_app.core.store.models import Article

    row = s.scalars(select(Article).where(Article.id == c.article_id)).first()
    # While open, "mine" is the article as it is now: the user may write on after a conflict is
    # found, and a choice must offer (and a resolution replace) that text, not the text of then.
    mine = _current_text(row) if c.resolved_at is None and row is not None else dict(c.mine or {})
    return ConflictRecord(
        id=c.id,
        article_id=c.article_id,
        title=row.title if row is not None else "",
        created_at=from_store(c.created_at),  # type: ignore[arg-type]
        base=dict(c.base or {}),
        mine=mine,
        theirs=dict(c.theirs or {}),
        remote_modified_gmt=from_store(c.remote_modified_gmt),
        resolved_at=from_store(c.resolved_at),
        resolution=c.resolution,
    )


def conflict_records(
    store: Store, *, include_resolved: bool = False, site_id: int | None = None
) -> list[ConflictRecord]:
    from sqlalchemy import select

    from editor_app.core.store.models import Article, Conflict

    with store.read() as s:
        query = select(Conflict).order_by(Conflict.id)
        if not include_resolved:
            query = query.where(Conflict.resolved_at.is_(None))
        if site_id is not None:
            query = query.where(Conflict.article_id.in_(select(Article.id).where(Article.site_id == site_id)))
        return [_record(s, c) for c in s.scalars(query)]


def has_open_conflict(store: Store, article_id: str) -> bool:
    """Whether the article waits for a conflict's resolution (a pre-publish check)."""
    with store.read() as s:
        return open_conflict(s, article_id) is not None


def conflict_record(store: Store, conflict_id: int) -> ConflictRecord:
    with store.read() as s:
        return _record(s, _conflict(s, conflict_id))


def resolve(s: Session, conflict_id: int, keep: str, merged: Mapping[str, str] | None) -> str:
    """Write the user's choice: keep mine (sent on the next sync), theirs (the site's text becomes
    ours) or a merged text (sent on the next sync). Returns the article's id."""
    from sqlalchemy import select

    from editor_app.core.store.models import Article

    now = utcnow()
    c = _conflict(s, conflict_id)
    if c.resolved_at is not None:
        raise InvalidInput(f"conflict {conflict_id} was already resolved ({c.resolution})")
    row = s.scalars(select(Article).where(Article.id == c.article_id)).first()
    if row is None:
        raise NotFound(f"the article of conflict {conflict_id} no longer exists")
    deleted = bool((c.theirs or {}).get("deleted"))
    c.mine = _current_text(row)  # what this choice keeps or replaces, for the record
    _keep_revision(s, row.id, c.mine, RevisionReason.CONFLICT_MINE, now)
    if deleted:
        _resolve_deleted(s, row, keep, merged, now)
    else:
        theirs = _plain(c.theirs or {})
        overwritten = bool((c.theirs or {}).get("overwritten"))  # the site holds ours, theirs was replaced
        _keep_revision(s, row.id, theirs, RevisionReason.CONFLICT_THEIRS, now)
        # The site's version is now the one we have seen: the next push compares against it.
        row.remote_modified_gmt = c.remote_modified_gmt
        row.remote_digest = (c.theirs or {}).get("digest")
        if not overwritten:
            row.base_title, row.base_dek, row.base_body = theirs["title"], theirs["dek"], theirs["body"]
        if keep == "theirs" and overwritten:  # their text goes back on the site
            _set_text(row, theirs)
            _drop_ops(s, row.id)
            mark_dirty(s, row, now)
        elif keep == "theirs":
            _set_text(row, theirs)
            status = str((c.theirs or {}).get("status") or "")
            if status:
                row.status = status
            row.dirty = False
            row.updated_at = c.remote_modified_gmt or now  # the site's version, as a pull shows it
            _drop_ops(s, row.id)
        else:
            if keep == "merged":
                assert merged is not None
                _set_text(row, merged)
                _keep_revision(s, row.id, merged, RevisionReason.MANUAL, now)
            _drop_ops(s, row.id)
            mark_dirty(s, row, now)
    c.resolved_at, c.resolution = now, keep
    s.flush()
    reindex(s, row)
    return row.id


def _resolve_deleted(s: Session, row: Article, keep: str, merged: Mapping[str, str] | None, now: datetime) -> None:
    _drop_ops(s, row.id)
    row.remote_id = None
    row.remote_modified_gmt = None
    row.remote_digest = None
    if keep == "theirs":  # accept the deletion: the article goes to the local trash
        row.status = Status.TRASH.value
        row.dirty = False
        row.updated_at = now
        return
    if keep == "merged" and merged is not None:
        _set_text(row, merged)
        _keep_revision(s, row.id, merged, RevisionReason.MANUAL, now)
    mark_dirty(s, row, now)  # recreated as a new post on the next sync


def _set_text(row: Article, text: Mapping[str, str]) -> None:
    row.title, row.dek, row.body = text.get("title") or row.title, text.get("dek", ""), text.get("body", "")
    stats = text_stats(row.body)
    row.word_count, row.cjk_chars = stats.count, stats.cjk_chars


def _keep_revision(s: Session, article_id: str, text: Mapping[str, str], reason: RevisionReason, now: datetime) -> None:
    from editor_app.core.store.models import Revision

    s.add(
        Revision(
            article_id=article_id,
            created_at=now,
            reason=reason.value,
            title=text.get("title", ""),
            dek=text.get("dek", ""),
            body=text.get("body", ""),
        )
    )


def _drop_ops(s: Session, article_id: str) -> None:
    from sqlalchemy import select

    from editor_app.core.store.models import OutboxOp

    for op in s.scalars(
        select(OutboxOp).where(
            OutboxOp.kind == "article.save", OutboxOp.entity == article_id, OutboxOp.state != "sending"
        )
    ):
        s.delete(op)
    s.flush()


def _conflict(s: Session, conflict_id: int) -> Conflict:
    from editor_app.core.store.models import Conflict

    c = s.get(Conflict, conflict_id)
    if c is None:
        raise NotFound(f"no conflict {conflict_id}; see `copydesk conflicts list`")
    return c


def resolve_conflict(store: Store, conflict_id: int, keep: str, merged: Mapping[str, str] | None) -> str:
    """`resolve` in its own transaction."""
    with store.write() as s:
        return resolve(s, conflict_id, keep, merged)
