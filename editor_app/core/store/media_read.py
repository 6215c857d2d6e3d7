"""Reading images: what the editor and the preview ask for when an article opens, as
hand-written SQL (no ORM on this path). Writing them is `media_write`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from editor_app.core.domain import Media, media_path
from editor_app.core.errors import NotFound
from editor_app.core.store.articles_read import article_id
from editor_app.core.store.engine import Store

_COLUMNS = "id, article_id, sha256, filename, mime, alt, caption, credit, featured, remote_id, remote_url"
_MEDIA_SQL = f"SELECT {_COLUMNS} FROM media_assets WHERE article_id = ? ORDER BY id"
_ONE_SQL = f"SELECT {_COLUMNS} FROM media_assets WHERE id = ?"


def _media(media_dir: Path, row: Sequence[Any]) -> Media:
    id_, art, sha, filename, mime, alt, caption, credit, featured, remote_id, remote_url = row
    return Media(
        id_, art, media_path(media_dir, sha, mime), filename, mime,
        alt or "", caption or "", credit or "", bool(featured), remote_id, remote_url,
    )  # fmt: skip


def for_article(store: Store, media_dir: Path, ref: str) -> list[Media]:
    """The images of the article with this id or unique id prefix, oldest first."""
    rows = store.rows(_MEDIA_SQL, (ref.strip(),))
    if not rows:  # a prefix, or an article with no images, or none at all
        rows = store.rows(_MEDIA_SQL, (article_id(store, ref),))
    return [_media(media_dir, row) for row in rows]


def one(store: Store, media_dir: Path, media_id: int) -> Media:
    """One image by its id."""
    rows = store.rows(_ONE_SQL, (media_id,))
    if not rows:
        raise NotFound(f"no image with id {media_id} in this desk")
    return _media(media_dir, rows[0])
