"""Images for articles, kept content-addressed in the data folder (`media/<sha256><ext>`).

The same picture added twice is stored once. Alt text is asked for because the site's readers
include people using screen readers; captions and credits follow the newsroom's style.
"""

from __future__ import annotations

import hashlib
import mimetypes
import shutil
from pathlib import Path

from sqlalchemy import update

from editor_app.core.clock import utcnow
from editor_app.core.domain import Change
from editor_app.core.errors import InvalidInput
from editor_app.core.services.articles import mark_dirty, resolve_article
from editor_app.core.services.media_queries import Media, MediaQueries, media_path
from editor_app.core.store.engine import Store
from editor_app.core.store.models import MediaAsset
from editor_app.core.store.outbox import enqueue

_MAGIC = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)
MAX_BYTES = 64 * 1024 * 1024


def sniff_image(head: bytes) -> str | None:
    for magic, mime in _MAGIC:
        if head.startswith(magic):
            return mime
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return None


class MediaService:
    def __init__(self, store: Store, media_dir: Path) -> None:
        self.store = store
        self.media_dir = media_dir

        self.queries = MediaQueries(store, media_dir)

    def path_of(self, sha256: str, mime: str) -> Path:
        return media_path(self.media_dir, sha256, mime)

    def add(
        self,
        article_ref: str,
        file: Path,
        *,
        alt: str = "",
        caption: str = "",
        credit: str = "",
        featured: bool = False,
    ) -> Media:
        try:
            size = file.stat().st_size
            with file.open("rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise InvalidInput(f"{file}: cannot read ({exc.strerror})") from None
        mime = sniff_image(head)
        if mime is None:
            guess = mimetypes.guess_type(file.name)[0]
            looks = f" (looks like {guess})" if guess else ""
            raise InvalidInput(f"{file}: not a JPEG, PNG, GIF or WebP image{looks}")
        if size > MAX_BYTES:
            mb = 1024 * 1024
            raise InvalidInput(f"{file}: {size // mb} MB is larger than the {MAX_BYTES // mb} MB limit")
        digest = hashlib.sha256()
        with file.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        sha = digest.hexdigest()
        target = self.path_of(sha, mime)
        if not target.exists():
            self.media_dir.mkdir(parents=True, exist_ok=True)
            tmp = target.with_suffix(target.suffix + ".part")
            shutil.copyfile(file, tmp)
            tmp.replace(target)  # atomic: a half-copied file never carries the final name
        now = utcnow()
        with self.store.write() as s:
            art = resolve_article(s, article_ref)
            if featured:
                s.execute(update(MediaAsset).where(MediaAsset.article_id == art.id).values(featured=False))
            row = MediaAsset(
                article_id=art.id,
                sha256=sha,
                filename=file.name,
                mime=mime,
                alt=alt,
                caption=caption,
                credit=credit,
                featured=featured,
                created_at=now,
            )
            s.add(row)
            s.flush()
            enqueue(s, "media.upload", str(row.id), site_id=art.site_id, now=now)
            mark_dirty(s, art, now)
            article_id, media_id = art.id, row.id
        return next(m for m in self.queries.list(article_id) if m.id == media_id)  # read once committed

    def list(self, article_ref: str) -> list[Media]:
        with self.store.read() as s:
            article_id = resolve_article(s, article_ref).id  # ids and unique id prefixes
        return self.queries.list(article_id)

    def featured(self, article_ref: str) -> Media | None:
        return next((m for m in self.list(article_ref) if m.featured), None)

    def set_featured(self, article_ref: str, media_id: int | None) -> Change:
        now = utcnow()
        with self.store.write() as s:
            art = resolve_article(s, article_ref)
            s.execute(update(MediaAsset).where(MediaAsset.article_id == art.id).values(featured=False))
            if media_id is not None:
                row = s.get(MediaAsset, media_id)
                if row is None or row.article_id != art.id:
                    raise InvalidInput(f"image {media_id} does not belong to article {art.id}")
                row.featured = True
            mark_dirty(s, art, now)
            return Change(articles=frozenset({art.id}), outbox=True)
