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

from editor_app.core.domain import Change, Media, media_path
from editor_app.core.errors import InvalidInput, NotFound
from editor_app.core.privacy import make_private_dir, open_private
from editor_app.core.store import media_read
from editor_app.core.store.engine import Store

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
    """The one door for an article's images. Reading them (the editor's featured image, the
    preview) is plain SQL; the first change imports the ORM store module (`store.media_write`)."""

    def __init__(self, store: Store, media_dir: Path) -> None:
        self.store = store
        self.media_dir = media_dir

    def path_of(self, sha256: str, mime: str) -> Path:
        return media_path(self.media_dir, sha256, mime)

    # ----------------------------------------------------------------- reading
    def list(self, article_ref: str) -> list[Media]:
        """The article's images, oldest first; the article by id or unique id prefix."""
        return media_read.for_article(self.store, self.media_dir, article_ref)

    def featured(self, article_ref: str) -> Media | None:
        return next((m for m in self.list(article_ref) if m.featured), None)

    def get(self, media_id: int) -> Media:
        return media_read.one(self.store, self.media_dir, _media_id(media_id))

    # ----------------------------------------------------------------- changing
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
        """Copy an image into the media folder (once per picture) and add it to the article."""
        from editor_app.core.store import media_write

        mime = _check_image(file)
        check_alt(alt, str(file))
        sha = self._keep(file, mime)
        media_id, _change = media_write.add(
            self.store, article_ref, sha256=sha, filename=file.name, mime=mime,
            alt=alt, caption=caption, credit=credit, featured=featured,
        )  # fmt: skip
        return self.get(media_id)  # read once committed

    def _keep(self, file: Path, mime: str) -> str:
        """The image's file in the media folder, named by its content; its sha256."""
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
        return sha

    def set_featured(self, article_ref: str, media_id: int | None) -> Change:
        """Feature one of the article's images, or none (None). Either way the article is marked
        for the next push, which sends the new one, or ``featured_media: 0`` to take ours off the post."""
        from editor_app.core.store import media_write

        return media_write.set_featured(self.store, article_ref, media_id)

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
        from editor_app.core.store import media_write

        media = self.get(media_id)
        if alt is not None:
            check_alt(alt, f"image {media.id} ({media.filename})")
        media_write.update_text(self.store, media.id, alt=alt, caption=caption, credit=credit)
        return self.get(media.id)  # read once committed


def _check_image(file: Path) -> str:
    """The image type of a file the user chose; refuses what the site could not take."""
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
    return mime
