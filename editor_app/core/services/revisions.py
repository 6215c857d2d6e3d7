"""Article history: the one door for listing, reading, comparing and restoring revisions.
History is never rewritten."""

from __future__ import annotations

import difflib

from editor_app.core.domain import Change, RevisionInfo
from editor_app.core.store import revisions
from editor_app.core.store.engine import Store


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
        return revisions.list_for(self.store, article_ref)

    def text(self, article_ref: str, revision_id: int) -> tuple[str, str, str]:
        """A revision's title, dek and body."""
        return revisions.text_of(self.store, article_ref, revision_id)

    def diff(self, article_ref: str, revision_id: int, against: int | None = None) -> str:
        """Unified diff from the revision to `against` (another revision) or the current text."""
        old, article = revisions.with_current(self.store, article_ref, revision_id)
        if against is None:
            new_lines, new_name = _as_text(article.title, article.dek, article.body), "current"
        else:
            new_lines, new_name = _as_text(*revisions.text_of(self.store, article.id, against)), f"revision {against}"
        return "".join(difflib.unified_diff(_as_text(*old), new_lines, f"revision {revision_id}", new_name))

    def restore(self, article_ref: str, revision_id: int) -> Change:
        """Bring back a revision's text. The current text is kept in history first, and the
        restore itself is recorded as a revision."""
        return revisions.restore(self.store, article_ref, revision_id)
