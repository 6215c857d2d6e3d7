"""The outbox seen from the sync engine: which operations are due and in which order. Their
rows and state moves (pending → sending → done, or back to pending/unknown/failed) are in
`store/outbox_ops.py`.

An operation is marked ``sending`` in its own committed transaction *before* its request
leaves. A process killed mid-request therefore leaves ``sending`` behind, and the next sync
(which holds the site's sync lock, so nobody else is sending) turns it into ``unknown``: the
site may or may not have applied it, and it is reconciled before being sent again.
"""

from __future__ import annotations

from datetime import datetime

from editor_app.core.store import outbox_ops
from editor_app.core.store.outbox_ops import (  # noqa: F401 - the engine's names for them
    BLOCKED,
    DUE_STATES,
    FAILED,
    MEDIA_KINDS,
    PENDING,
    SENDING,
    UNKNOWN,
    Also,
    OpRef,
    begin,
    claim_unassigned,
    failed_ops,
    finish,
    next_due,
    recover_interrupted,
    reschedule,
    unblock_sections,
    waiting,
)
from editor_app.core.store.writer import Writer

# Dependency order: terms before the posts that carry them (parents before children is
# handled by creating a missing parent on demand), media before the posts that show it,
# post deletions after updates, term deletions last (after posts stopped using them). An image's
# new alt text or caption goes after its upload, which may be the one to carry it.
KIND_ORDER = {
    "term.create": 0,
    "term.update": 1,
    "media.upload": 2,
    "media.update": 3,
    "article.save": 4,
    "article.delete": 5,
    "term.delete": 6,
}


def due_ops(write: Writer, site_id: int, now: datetime | None = None) -> list[OpRef]:
    """The operations due now (several for one thing coalesced), in dependency order."""
    refs = outbox_ops.due_ops(write, site_id, now)
    return sorted(refs, key=lambda r: (KIND_ORDER.get(r.kind, 9), r.id))
