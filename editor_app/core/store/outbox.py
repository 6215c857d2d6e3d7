"""Recording changes to send, in the same transaction as the change itself.

An operation is written by the service that makes the local change, inside its session, so a
crash can never leave a change without its operation or an operation without its change.
Repeated saves of one article coalesce into its one pending operation.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from editor_app.core.clock import utcnow
from editor_app.core.store.models import OutboxOp

PENDING = "pending"
COALESCING_KINDS = frozenset({"article.save", "term.update"})


def enqueue(
    session: Session,
    kind: str,
    entity: str,
    payload: dict | None = None,
    *,
    site_id: int | None = None,
    now: datetime | None = None,
) -> OutboxOp:
    now = now or utcnow()
    if kind in COALESCING_KINDS:
        existing = session.scalars(
            select(OutboxOp).where(
                OutboxOp.kind == kind, OutboxOp.entity == entity, OutboxOp.state == PENDING
            )
        ).first()
        if existing is not None:
            existing.payload = {**(existing.payload or {}), **(payload or {})}
            existing.updated_at = now
            return existing
    op = OutboxOp(
        site_id=site_id,
        kind=kind,
        entity=entity,
        payload=payload or {},
        state=PENDING,
        attempts=0,
        last_error="",
        created_at=now,
        updated_at=now,
    )
    session.add(op)
    return op
