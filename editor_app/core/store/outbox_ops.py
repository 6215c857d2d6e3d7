"""The outbox rows as the sync engine works them: which operations are due, and how an
operation's state moves (pending → sending → done, or back to pending/unknown/failed). The
order they are sent in is the engine's (`sync/outbox_state.py`).

An operation is marked ``sending`` in its own committed transaction *before* its request
leaves. A process killed mid-request therefore leaves ``sending`` behind, and the next sync
(which holds the site's sync lock, so nobody else is sending) turns it into ``unknown``: the
site may or may not have applied it, and it is reconciled before being sent again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from editor_app.core.clock import utcnow
from editor_app.core.store.engine import Store
from editor_app.core.store.models import Article, MediaAsset, OutboxOp
from editor_app.core.store.writer import Writer

PENDING, SENDING, UNKNOWN, FAILED, BLOCKED = "pending", "sending", "unknown", "failed", "blocked"
DUE_STATES = (PENDING, UNKNOWN)

MEDIA_KINDS = ("media.upload", "media.update")


@dataclass(frozen=True)
class OpRef:
    """An operation as the engine works on it (plain values, no session attached)."""

    id: int
    kind: str
    entity: str
    payload: dict
    state: str
    attempts: int
    created_at: datetime | None = None  # with the id, tells an op from a later one that reuses its id

    @property
    def maybe_applied(self) -> bool:
        """A previous try may have reached the site: reconcile before sending again."""
        return self.state in (UNKNOWN, SENDING)


def _mine(site_id: int) -> object:
    return OutboxOp.site_id == site_id


def recover_interrupted(write: Writer, site_id: int) -> int:
    """`sending` left by a killed process becomes `unknown`. Call only under the sync lock."""

    def run(s: Session) -> int:
        result = s.execute(
            update(OutboxOp)
            .where(_mine(site_id), OutboxOp.state == SENDING)
            .values(state=UNKNOWN, last_error="interrupted while sending; will be checked on the site")
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    return write(run)


def claim_unassigned(write: Writer, site_id: int, *, everything: bool) -> int:
    """Give operations queued without a site to this one: always those of its own articles, and
    with `everything` all local work made before any site was chosen (its articles join the site)."""
    return write(lambda s: _claim(s, site_id, everything))


def _claim(s: Session, site_id: int, everything: bool) -> int:
    ops = s.scalars(select(OutboxOp).where(OutboxOp.site_id.is_(None))).all()
    own = set(s.scalars(select(Article.id).where(Article.site_id == site_id)).all())
    own_media = (
        {str(i) for i in s.scalars(select(MediaAsset.id).where(MediaAsset.article_id.in_(own))).all()} if own else set()
    )
    claimed = [
        op
        for op in ops
        if everything
        or (op.kind == "article.save" and op.entity in own)
        or (op.kind in MEDIA_KINDS and op.entity in own_media)
    ]
    for op in claimed:
        op.site_id = site_id
    article_ids = [op.entity for op in claimed if op.kind == "article.save"]
    if article_ids:
        s.execute(update(Article).where(Article.id.in_(article_ids), Article.site_id.is_(None)).values(site_id=site_id))
    return len(claimed)


def coalesce(s: Session, site_id: int) -> None:
    """Several operations for one thing become one: the engine always sends the thing's
    current state, so the oldest (which may need reconciling) stands for all of them."""
    ops = s.scalars(
        select(OutboxOp)
        .where(_mine(site_id), OutboxOp.kind.in_(("article.save", "term.update", "term.create", *MEDIA_KINDS)))
        .where(OutboxOp.state.in_((PENDING, UNKNOWN, FAILED)))
        .order_by(OutboxOp.id)
    ).all()
    keep: dict[tuple[str, str], OutboxOp] = {}
    for op in ops:
        key = (op.kind, op.entity)
        first = keep.get(key)
        if first is None:
            keep[key] = op
            continue
        if first.state == FAILED:  # a new change retries what failed
            first.state, first.last_error, first.attempts = PENDING, "", 0
        if op.state == UNKNOWN:
            first.state = UNKNOWN
        first.payload = {**(first.payload or {}), **(op.payload or {})}
        s.delete(op)
    s.flush()


def due_ops(write: Writer, site_id: int, now: datetime | None = None) -> list[OpRef]:
    when = now or utcnow()

    def run(s: Session) -> list[OpRef]:
        coalesce(s, site_id)
        rows = s.scalars(
            select(OutboxOp)
            .where(_mine(site_id), OutboxOp.state.in_(DUE_STATES))
            .where(or_(OutboxOp.next_attempt_at.is_(None), OutboxOp.next_attempt_at <= when))
            .order_by(OutboxOp.id)
        ).all()
        return [OpRef(r.id, r.kind, r.entity, dict(r.payload or {}), r.state, r.attempts, r.created_at) for r in rows]

    return write(run)


def next_due(store: Store, site_id: int) -> datetime | None:
    with store.read() as s:
        return s.scalars(
            select(OutboxOp.next_attempt_at)
            .where(_mine(site_id), OutboxOp.state.in_(DUE_STATES), OutboxOp.next_attempt_at.is_not(None))
            .order_by(OutboxOp.next_attempt_at)
        ).first()


Also = Callable[[Session], None]  # more to write in the same transaction (the publish job)


def begin(write: Writer, op: OpRef, extra: dict | None = None, *, also: Also | None = None) -> bool:
    """Mark `sending` (committed before the request leaves). False if the op vanished."""
    return write(lambda s: _begin(s, op, extra, also))


def _begin(s: Session, op: OpRef, extra: dict | None, also: Also | None) -> bool:
    row = s.get(OutboxOp, op.id)
    if row is None or row.state not in DUE_STATES:
        return False
    row.state = SENDING
    row.attempts += 1
    row.updated_at = utcnow()
    if extra:
        row.payload = {**(row.payload or {}), **extra}
    if also is not None:
        also(s)
    return True


def finish(s: Session, op_id: int) -> None:
    row = s.get(OutboxOp, op_id)
    if row is not None:
        s.delete(row)


def reschedule(
    write: Writer, op_id: int, state: str, delay: float, message: str, *, count: bool = True, also: Also | None = None
) -> None:
    write(lambda s: _reschedule(s, op_id, state, delay, message, count, also))


def _reschedule(s: Session, op_id: int, state: str, delay: float, message: str, count: bool, also: Also | None) -> None:
    row = s.get(OutboxOp, op_id)
    if row is None:
        return
    if also is not None:
        also(s)
    row.state = state
    row.last_error = message[:2000]
    row.updated_at = utcnow()
    row.next_attempt_at = utcnow() + timedelta(seconds=delay) if delay > 0 else None
    if not count:
        row.attempts = max(0, row.attempts - 1)


def failed_ops(store: Store, site_id: int) -> list[tuple[int, str, str, str]]:
    with store.read() as s:
        rows = s.execute(
            select(OutboxOp.id, OutboxOp.kind, OutboxOp.entity, OutboxOp.last_error).where(
                _mine(site_id), OutboxOp.state == FAILED
            )
        ).all()
        return [(r[0], r[1], r[2], r[3]) for r in rows]


def waiting(store: Store, site_id: int) -> int:
    with store.read() as s:
        return len(
            s.scalars(select(OutboxOp.id).where(_mine(site_id), OutboxOp.state.in_((PENDING, UNKNOWN, BLOCKED)))).all()
        )


def unblock_sections(write: Writer, site_id: int) -> None:
    """Section operations held back for an account that could not manage sections."""
    write(
        lambda s: s.execute(
            update(OutboxOp)
            .where(_mine(site_id), OutboxOp.state == BLOCKED, OutboxOp.entity.startswith("section:"))
            .values(state=PENDING, last_error="")
        )
    )
