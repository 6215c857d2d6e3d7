"""Reading an article's images: what the editor and the preview ask for when an article opens,
as hand-written SQL (no ORM on this path). Writing them is `media.MediaService`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from editor_app.core.errors import NotFound
from editor_app.core.store.engine import Store

IMAGE_TYPES = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "image/webp": ".webp",
}
_COLUMNS = "id, article_id, sha256, filename, mime, alt, caption, credit, featured, remote_id, remote_url"
_MEDIA_SQL = f"SELECT {_COLUMNS} FROM media_assets WHERE article_id = ? ORDER BY id"
_ONE_SQL = f"SELECT {_COLUMNS} FROM media_assets WHERE id = ?"


@dataclass(frozen=True)
class Media:
    id: int
    article_id: str | None
    path: Path
    filename: str
    mime: str
    alt: str
    caption: str
    credit: str
    featured: bool
    remote_id: int | None
    remote_url: str | None


def media_path(media_dir: Path, sha256: str, mime: str) -> Path:
    """Where a stored image lives: content-addressed, so one picture added twice is one file."""
    return media_dir / f"{sha256}{IMAGE_TYPES.get(mime, '')}"


class MediaQueries:
    def __init__(self, store: Store, media_dir: Path) -> None:
        self.store = store
        self.media_dir = media_dir

    def list(self, article_id: str) -> list[Media]:
        """The images of the article with exactly this id, oldest first."""
        rows = self.store.rows(_MEDIA_SQL, (article_id,))
        if not rows and not self.store.rows("SELECT 1 FROM articles WHERE id = ?", (article_id,)):
            raise NotFound(f"no article with id {article_id!r}")
        return [self._media(row) for row in rows]

    def get(self, media_id: int) -> Media:
        """One image by its id."""
        rows = self.store.rows(_ONE_SQL, (media_id,))
        if not rows:
            raise NotFound(f"no image with id {media_id} in this desk")
        return self._media(rows[0])

    def _media(self, row: tuple) -> Media:
        id_, art, sha, filename, mime, alt, caption, credit, featured, remote_id, remote_url = row
        return Media(
            id_, art, media_path(self.media_dir, sha, mime), filename, mime,
            alt or "", caption or "", credit or "", bool(featured), remote_id, remote_url,
        )  # fmt: skip

    def featured(self, article_id: str) -> Media | None:
        return next((m for m in self.list(article_id) if m.featured), None)
