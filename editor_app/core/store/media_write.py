"""Image writes through the ORM: adding one to an article, featuring one, changing its text.
Each queues what the site must learn (an upload, an update of the attachment, a new save of
the post) in the same transaction."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from editor_app.core.clock import utcnow
from editor_app.core.domain import Change
from editor_app.core.errors import InvalidInput, NotFound
from editor_app.core.store.article_rows import mark_dirty, resolve_article
from editor_app.core.store.engine import Store
from editor_app.core.store.models import Article, MediaAsset, OutboxOp
from editor_app.core.store.outbox import SENDING, UNKNOWN, enqueue


def add(
    store: Store,
    article_ref: str,
    *,
    sha256: str,
    filename: str,
    mime: str,
    alt: str,
    caption: str,
    credit: str,
    featured: bool,
) -> tuple[int, Change]:
    """Record an image (its file already in the media folder) for an article; its new id."""
    now = utcnow()
    with store.write() as s:
        art = resolve_article(s, article_ref)
        if featured:
            s.execute(update(MediaAsset).where(MediaAsset.article_id == art.id).values(featured=False))
        row = MediaAsset(
            article_id=art.id,
            sha256=sha256,
            filename=filename,
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
        return row.id, Change(articles=frozenset({art.id}), outbox=True)


def set_featured(store: Store, article_ref: str, media_id: int | None) -> Change:
    """Feature one of the article's images, or none, and mark the article for the next push."""
    now = utcnow()
    with store.write() as s:
        art = resolve_article(s, article_ref)
        s.execute(update(MediaAsset).where(MediaAsset.article_id == art.id).values(featured=False))
        if media_id is not None:
            row = s.get(MediaAsset, media_id)
            if row is None or row.article_id != art.id:
                raise InvalidInput(f"image {media_id} does not belong to article {art.id}")
            row.featured = True
        mark_dirty(s, art, now)
        return Change(articles=frozenset({art.id}), outbox=True)


def update_text(store: Store, media_id: int, *, alt: str | None, caption: str | None, credit: str | None) -> Change:
    """Change an image's alt text, caption or credit (None leaves a field as it is), queueing
    what the site must be sent."""
    with store.write() as s:
        row = s.get(MediaAsset, media_id)
        if row is None:
            raise NotFound(f"no image with id {media_id} in this desk")
        wanted = {"alt_text": (alt, row.alt), "caption": (caption, row.caption)}  # by WordPress's names
        changed = {field: True for field, (new, old) in wanted.items() if new is not None and new != old}
        resent = False
        if credit is not None and credit != row.credit:
            changed["caption"] = True  # the site's caption carries the credit
            resent = _resend_figure(s, row)
        row.alt = row.alt if alt is None else alt
        row.caption = row.caption if caption is None else caption
        row.credit = row.credit if credit is None else credit
        if changed and _needs_update_op(s, row):
            enqueue(s, "media.update", str(media_id), changed, site_id=_site_of(s, row), now=utcnow())
        touched = frozenset({row.article_id}) if resent and row.article_id else frozenset()
        return Change(articles=touched, outbox=bool(changed))


def _resend_figure(s: Session, row: MediaAsset) -> bool:
    """The post's figure caption ends with the credit: a post on the site that shows the image
    in its body is sent again (unchanged otherwise, it is left alone by the push)."""
    if row.article_id is None:
        return False
    art = s.scalars(select(Article).where(Article.id == row.article_id)).first()
    if art is not None and art.remote_id is not None and row.sha256 in art.body:
        enqueue(s, "article.save", art.id, site_id=art.site_id, now=utcnow())
        return True
    return False


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
