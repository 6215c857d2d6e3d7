"""Recording a revision with plain SQL on the driver: the light path typing uses, and the one
the ORM paths reach through their session's connection."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from editor_app.core.clock import store_text
from editor_app.core.domain import RevisionReason

# Autosaves make at most one revision a minute per article; manual saves always make one.
AUTOSAVE_REVISION_INTERVAL = timedelta(minutes=1)


def snapshot(
    db: sqlite3.Connection, article_id: str, title: str, dek: str, body: str, reason: RevisionReason, now: datetime
) -> int | None:
    """Record a revision of this text, unless the newest revision already holds exactly it or
    (for autosaves) one was taken less than a minute ago. Returns the new revision's id. A save
    point (manual) is recorded over an autosave of the same text: the history must show that the
    user marked this text, not that a timer happened to store it a moment before.

    The comparison runs inside SQLite, so the newest revision's body is never loaded."""
    last = db.execute(
        "SELECT reason, created_at, title = ? AND dek = ? AND body = ? FROM revisions "
        "WHERE article_id = ? ORDER BY id DESC LIMIT 1",
        (title, dek, body, article_id),
    ).fetchone()
    if last is not None:
        last_reason, last_created, same_text = last
        if same_text and not (reason is RevisionReason.MANUAL and last_reason == RevisionReason.AUTOSAVE.value):
            return None
        if (
            reason is RevisionReason.AUTOSAVE
            and last_reason == RevisionReason.AUTOSAVE.value
            and now - datetime.fromisoformat(last_created) < AUTOSAVE_REVISION_INTERVAL
        ):
            return None
    cur = db.execute(
        "INSERT INTO revisions (article_id, created_at, reason, title, dek, body) VALUES (?, ?, ?, ?, ?, ?)",
        (article_id, store_text(now), reason.value, title, dek, body),
    )
    return int(cur.lastrowid)
