"""Conflicts: the one door for listing an article changed on both sides (or deleted on the site
while we still have it) and for resolving it. The rows and the writes are in `store/conflicts.py`.

Whatever the user keeps, both versions are saved as revisions first: history never loses either side.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from editor_app.core.domain import Change
from editor_app.core.errors import InvalidInput
from editor_app.core.store import conflicts as rows
from editor_app.core.store.engine import Store
from editor_app.core.sync.mapping import Text

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


def _text(data: Mapping | None) -> Text:
    data = data or {}
    return Text(str(data.get("title", "")), str(data.get("dek", "")), str(data.get("body", "")))


def _view(c: rows.ConflictRecord) -> ConflictView:
    deleted = bool(c.theirs.get("deleted"))
    return ConflictView(
        id=c.id,
        article_id=c.article_id,
        title=c.title,
        kind="deleted" if deleted else "edited",
        created_at=c.created_at,
        base=_text(c.base),
        mine=_text(c.mine),
        theirs=None if deleted else _text(c.theirs),
        remote_modified_gmt=c.remote_modified_gmt,
        resolved_at=c.resolved_at,
        resolution=c.resolution,
    )


class ConflictService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def list(self, *, include_resolved: bool = False, site_id: int | None = None) -> list[ConflictView]:
        return [_view(c) for c in rows.conflict_records(self.store, include_resolved=include_resolved, site_id=site_id)]

    def get(self, conflict_id: int) -> ConflictView:
        return _view(rows.conflict_record(self.store, conflict_id))

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
        article_id = rows.resolve_conflict(
            self.store, conflict_id, keep, merged.as_dict() if merged is not None else None
        )
        return Change(articles=frozenset({article_id}), revisions=frozenset({article_id}), outbox=True)
