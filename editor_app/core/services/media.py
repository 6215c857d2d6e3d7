"""Images for articles, kept content-addressed in the data folder (`media/<sha256><ext>`).

The same picture added twice is stored once. Alt text is asked for because the site's readers
include people using screen readers; captions and credits follow the newsroom's style.

Alt text and caption are the attachment's own fields on the site (``alt_text``, ``caption``): a
change after the upload is sent by a ``media.update`` operation. WordPress has no credit field,
so the credit goes at the end of the caption the site gets, in the usual form ("Photo: NAME",
see ``photo_credit``), and the figure caption of the post ends with it too.
"""

from __future__ import annotations

import hashlib
import mimetypes
import shutil
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from editor_app.core.clock import utcnow
from editor_app.core.domain import Change
from editor_app.core.errors import InvalidInput, NotFound
from editor_app.core.privacy import make_private_dir, open_private
from editor_app.core.services.media_queries import Media, MediaQueries, media_path
from editor_app.core.store.article_rows import mark_dirty, resolve_article
from editor_app.core.store.engine import Store
from editor_app.core.store.models import Article, MediaAsset, OutboxOp
from editor_app.core.store.outbox import SENDING, UNKNOWN, enqueue

_MAGIC = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)
MAX_BYTES = 64 * 1024 * 1024
# WordPress keeps alt text in post meta, which has no limit; screen readers read it whole, so
# anything this long is a paste gone wrong, not a description.
MAX_ALT_CHARS = 1_000


def sniff_image(head: bytes) -> str | None:
    for magic, mime in _MAGIC:
        if head.startswith(magic):
            return mime
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return None


def check_alt(alt: str, where: str) -> None:
    if len(alt) > MAX_ALT_CHARS:
        raise InvalidInput(
            f"{where}: the alt text is {len(alt):,} characters long; at most {MAX_ALT_CHARS:,} are allowed "
            "(describe the picture in a sentence or two; the caption can say more)"
        )


def _media_id(value: object) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        raise NotFound(f"no image with id {value!r} in this desk (image ids are numbers)") from None


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
        check_alt(alt, str(file))
        digest = hashlib.sha256()
        with file.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        sha = digest.hexdigest()
        target = self.path_of(sha, mime)
        if not target.exists():
            make_private_dir(self.media_dir)
            tmp = target.with_suffix(target.suffix + ".part")
            with file.open("rb") as src, open_private(tmp, "wb") as dst:  # images of unpublished stories
                shutil.copyfileobj(src, dst)
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
            media_id = row.id
        return self.queries.get(media_id)  # read once committed

    def list(self, article_ref: str) -> list[Media]:
        with self.store.read() as s:
            article_id = resolve_article(s, article_ref).id  # ids and unique id prefixes
        return self.queries.list(article_id)

    def featured(self, article_ref: str) -> Media | None:
        return next((m for m in self.list(article_ref) if m.featured), None)

    def set_featured(self, article_ref: str, media_id: int | None) -> Change:
        """Feature one of the article's images, or none (None). Either way the article is marked
        for the next push, which sends the new one, or ``featured_media: 0`` to take ours off the post."""
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

    def update(
        self,
        media_id: int,
        *,
        alt: str | None = None,
        caption: str | None = None,
        credit: str | None = None,
    ) -> Media:
        """Change an image's alt text, caption or credit (None leaves a field as it is); the image
        as stored now. Alt text and caption reach the site, the credit inside the caption
        ("Photo: …"), as WordPress has no field of its own for it."""
        media_id = _media_id(media_id)
        with self.store.write() as s:
            row = s.get(MediaAsset, media_id)
            if row is None:
                raise NotFound(f"no image with id {media_id} in this desk")
            if alt is not None:
                check_alt(alt, f"image {media_id} ({row.filename})")
            wanted = {"alt_text": (alt, row.alt), "caption": (caption, row.caption)}  # by WordPress's names
            changed = {field: True for field, (new, old) in wanted.items() if new is not None and new != old}
            if credit is not None and credit != row.credit:
                changed["caption"] = True  # the site's caption carries the credit
                _resend_figure(s, row)
            row.alt = row.alt if alt is None else alt
            row.caption = row.caption if caption is None else caption
            row.credit = row.credit if credit is None else credit
            if changed and _needs_update_op(s, row):
                enqueue(s, "media.update", str(media_id), changed, site_id=_site_of(s, row), now=utcnow())
        return self.queries.get(media_id)  # read once committed


def _resend_figure(s: Session, row: MediaAsset) -> None:
    """The post's figure caption ends with the credit: a post on the site that shows the image
    in its body is sent again (unchanged otherwise, it is left alone by the push)."""
    if row.article_id is None:
        return
    art = s.scalars(select(Article).where(Article.id == row.article_id)).first()
    if art is not None and art.remote_id is not None and row.sha256 in art.body:
        enqueue(s, "article.save", art.id, site_id=art.site_id, now=utcnow())


def _needs_update_op(s: Session, row: MediaAsset) -> bool:
    """An image on the site gets new text by a request of its own. One whose upload has not left
    yet sends the text it has then; an upload under way or whose answer was lost may carry the
    old text, so an update follows it."""
    if row.remote_id is not None:
        return True
    uploading = select(OutboxOp.id).where(
        OutboxOp.kind == "media.upload", OutboxOp.entity == str(row.id), OutboxOp.state.in_((SENDING, UNKNOWN))
    )
    return s.scalars(uploading.limit(1)).first() is not None


def _site_of(s: Session, row: MediaAsset) -> int | None:
    if row.article_id is None:
        return None
    return s.scalars(select(Article.site_id).where(Article.id == row.article_id)).first()
