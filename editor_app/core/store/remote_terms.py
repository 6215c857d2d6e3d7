"""What the push keeps of sections, tags and images on the site: their facts to send, and their
site ids once sent. Plain values out, one write function per outcome (run on the writer)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from editor_app.core.store.engine import Store
from editor_app.core.store.outbox import enqueue

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

TERM_KINDS = ("section", "tag")


def _model(kind: str) -> type:
    from editor_app.core.store.models import Section, Tag

    if kind == "section":
        return Section
    if kind == "tag":
        return Tag
    raise ValueError(f"not a term kind: {kind!r}")


@dataclass(frozen=True)
class TermFacts:
    id: int
    kind: str
    name: str
    slug: str
    description: str | None  # sections only
    parent_id: int | None  # sections only
    site_id: int | None
    remote_id: int | None


def term_facts(store: Store, kind: str, local_id: int) -> TermFacts | None:
    model = _model(kind)
    with store.read() as s:
        row = s.get(model, local_id)
        if row is None:
            return None
        section = kind == "section"
        return TermFacts(
            row.id,
            kind,
            row.name,
            row.slug,
            row.description if section else None,
            row.parent_id if section else None,
            row.site_id,
            row.remote_id,
        )


def link_term(s: Session, kind: str, local_id: int, site_id: int, remote_id: int) -> None:
    """The term is on the site as `remote_id`; a queued create of it has nothing left to do."""
    from sqlalchemy import delete

    from editor_app.core.store.models import OutboxOp

    row = s.get(_model(kind), local_id)
    if row is not None:
        row.site_id, row.remote_id = site_id, remote_id
    s.execute(
        delete(OutboxOp).where(
            OutboxOp.kind == "term.create", OutboxOp.entity == f"{kind}:{local_id}", OutboxOp.state != "sending"
        )
    )


def unlink_term(s: Session, kind: str, local_id: int) -> None:
    """The term is gone from the site: it is created again when used."""
    row = s.get(_model(kind), local_id)
    if row is not None:
        row.remote_id = None


@dataclass(frozen=True)
class MediaFacts:
    id: int
    article_id: str | None
    sha256: str
    filename: str
    mime: str
    alt: str
    caption: str
    credit: str
    lang: str  # the article's language, for the credit's wording
    featured: bool
    remote_id: int | None
    remote_url: str | None


def _facts(s: Session, asset: object) -> MediaFacts:
    from sqlalchemy import select

    from editor_app.core.store.models import Article

    article_id = asset.article_id  # type: ignore[attr-defined]
    lang = (s.scalars(select(Article.lang).where(Article.id == article_id)).first() if article_id else None) or "en"
    return MediaFacts(
        asset.id,  # type: ignore[attr-defined]
        article_id,
        asset.sha256,  # type: ignore[attr-defined]
        asset.filename,  # type: ignore[attr-defined]
        asset.mime,  # type: ignore[attr-defined]
        asset.alt or "",  # type: ignore[attr-defined]
        asset.caption or "",  # type: ignore[attr-defined]
        asset.credit or "",  # type: ignore[attr-defined]
        lang,
        bool(asset.featured),  # type: ignore[attr-defined]
        asset.remote_id,  # type: ignore[attr-defined]
        asset.remote_url,  # type: ignore[attr-defined]
    )


def media_facts(store: Store, media_id: int) -> MediaFacts | None:
    from editor_app.core.store.models import MediaAsset

    with store.read() as s:
        asset = s.get(MediaAsset, media_id)
        return _facts(s, asset) if asset is not None else None


def media_with_sha(store: Store, shas: Iterable[str]) -> list[MediaFacts]:
    """Every stored image whose file is one of `shas` (several articles may hold the same file)."""
    from sqlalchemy import select

    from editor_app.core.store.models import MediaAsset

    with store.read() as s:
        return [_facts(s, a) for a in s.scalars(select(MediaAsset).where(MediaAsset.sha256.in_(list(shas))))]


def link_media(s: Session, media_id: int, site_id: int, remote_id: int, url: str) -> None:
    """Remember the upload. A post sent before the image was on the site (its upload failed
    for a while, or was reconciled later) is queued again so it gets the image."""
    from sqlalchemy import select

    from editor_app.core.store.models import Article, MediaAsset, OutboxOp

    asset = s.get(MediaAsset, media_id)
    if asset is None:
        return
    asset.remote_id, asset.remote_url = remote_id, url
    row = s.scalars(select(Article).where(Article.id == asset.article_id)).first() if asset.article_id else None
    if row is None or row.site_id != site_id or row.remote_id is None:
        return  # not on the site yet: its own create will carry the image
    if not asset.featured and asset.sha256 not in row.body:
        return
    queued = s.scalars(select(OutboxOp.id).where(OutboxOp.kind == "article.save", OutboxOp.entity == row.id)).first()
    if queued is None:
        enqueue(s, "article.save", row.id, site_id=site_id)


def forget_media(s: Session, media_id: int, site_id: int) -> str | None:
    """The site no longer has this image: queue it to be uploaded again. Its file name, or None
    if it is gone locally too."""
    from editor_app.core.store.models import MediaAsset

    asset = s.get(MediaAsset, media_id)
    if asset is None:
        return None
    asset.remote_id, asset.remote_url = None, None
    enqueue(s, "media.upload", str(media_id), site_id=site_id)
    return asset.filename
