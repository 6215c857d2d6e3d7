"""Recording changes to send, in the same transaction as the change itself.

An operation is written by the service that makes the local change, inside its session, so a
crash can never leave a change without its operation or an operation without its change.
Repeated saves of one article (or edits of one image's text) coalesce into its one pending operation.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from editor_app.core.clock import store_text, utcnow
from editor_app.core.store.engine import Store, driver_of

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

PENDING, SENDING, UNKNOWN = "pending", "sending", "unknown"
# The engine sends these things' current state, so one pending operation stands for many changes.
COALESCING_KINDS = frozenset({"article.save", "term.update", "media.update"})


def enqueue(
    target: Session | Connection | sqlite3.Connection,
    kind: str,
    entity: str,
    payload: dict | None = None,
    *,
    site_id: int | None = None,
    now: datetime | None = None,
) -> int:
    """Queue one operation (coalesced into a pending one of the same kind and entity); its id.

    Hand-written SQL, as it runs on every autosave."""
    db = driver_of(target)
    stamp = store_text(now or utcnow())
    if kind in COALESCING_KINDS:
        found = db.execute(
            "SELECT id, payload FROM outbox WHERE kind = ? AND entity = ? AND state = ? LIMIT 1",
            (kind, entity, PENDING),
        ).fetchone()
        if found is not None:
            op_id, old = found
            merged = {**(json.loads(old) if old else {}), **(payload or {})}
            db.execute("UPDATE outbox SET payload = ?, updated_at = ? WHERE id = ?", (json.dumps(merged), stamp, op_id))
            return int(op_id)
    cur = db.execute(
        "INSERT INTO outbox (site_id, kind, entity, payload, state, attempts, last_error, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, 0, '', ?, ?)",
        (site_id, kind, entity, json.dumps(payload or {}), PENDING, stamp, stamp),
    )
    return int(cur.lastrowid)


def retry_failed(store: Store, site_id: int, op_ids: Iterable[int] | None = None) -> int:
    """Put failed operations back in the queue (after the user fixed the cause)."""
    from sqlalchemy import update

    from editor_app.core.store.models import OutboxOp

    with store.write() as s:
        query = update(OutboxOp).where(OutboxOp.site_id == site_id, OutboxOp.state == "failed")
        if op_ids is not None:
            query = query.where(OutboxOp.id.in_(list(op_ids)))
        result = s.execute(query.values(state=PENDING, attempts=0, next_attempt_at=None, last_error=""))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]
