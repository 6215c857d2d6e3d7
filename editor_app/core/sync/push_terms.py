"""Sections, tags and images on the site: created on demand, so a post never waits for an
operation that has not run yet, and get-or-create through WordPress's ``term_exists``."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from editor_app.core.photo_credit import credit_line, with_credit
from editor_app.core.store.engine import Store
from editor_app.core.store.models import Article, MediaAsset, OutboxOp, Section, Tag
from editor_app.core.store.outbox import enqueue
from editor_app.core.store.writer import Writer
from editor_app.core.sync.cms import CmsClient, Taxonomy
from editor_app.core.sync.errors import Forbidden, NotFoundRemote, TermExists
from editor_app.core.sync.media_refs import sha_of

TAXONOMY: dict[str, Taxonomy] = {"section": "category", "tag": "post_tag"}
# The lead's services name taxonomies by REST route in term.delete payloads.
ROUTE_TAXONOMY: dict[str, Taxonomy] = {"categories": "category", "tags": "post_tag", **TAXONOMY}
MODELS: dict[str, type[Section] | type[Tag]] = {"section": Section, "tag": Tag}


def parse_entity(entity: str) -> tuple[str, int]:
    kind, _, raw = entity.partition(":")
    if kind not in MODELS or not raw.isdigit():
        raise ValueError(f"not a term entity: {entity!r}")
    return kind, int(raw)


class TermPusher:
    """Turns local sections and tags into site term ids, creating them when needed."""

    def __init__(
        self,
        store: Store,
        site_id: int,
        client: CmsClient,
        *,
        may_manage_sections: bool = True,
        write: Writer | None = None,
    ) -> None:
        self.store = store
        self.write = write or Writer(store)
        self.site_id = site_id
        self.client = client
        # Authors and contributors cannot create categories (WordPress answers 403): their
        # articles go without a section the site lacks, and the skipped names are reported.
        self.may_manage_sections = may_manage_sections
        self.skipped_sections: set[str] = set()
        self._lock = threading.Lock()  # article workers share it: one create per term

    def remote_id(self, kind: str, local_id: int) -> int | None:
        """The site's id of a local term, created there first if it has none. None if the term
        no longer exists locally."""
        with self._lock:
            return self._ensure(kind, local_id, depth=0)

    def _ensure(self, kind: str, local_id: int, depth: int) -> int | None:
        model = MODELS[kind]
        with self.store.read() as s:
            row = s.get(model, local_id)
            if row is None:
                return None
            if row.site_id == self.site_id and row.remote_id is not None:
                return row.remote_id
            name, slug = row.name, row.slug
            description = row.description if isinstance(row, Section) else None
            parent_local = row.parent_id if isinstance(row, Section) else None
        if kind == "section" and not self.may_manage_sections:
            self.skipped_sections.add(name)
            return None
        parent = self._ensure(kind, parent_local, depth + 1) if parent_local and depth < 50 else None
        try:
            term = self.client.create_term(
                TAXONOMY[kind], name, slug=slug or None, parent=parent, description=description or None
            )
            remote = term.id
        except TermExists as exc:
            if exc.term_id is None:
                raise
            remote = exc.term_id
        self._link(kind, local_id, remote)
        return remote

    def _link(self, kind: str, local_id: int, remote: int) -> None:
        model = MODELS[kind]

        def run(s: Session) -> None:
            row = s.get(model, local_id)
            if row is not None:
                row.site_id, row.remote_id = self.site_id, remote
            s.execute(
                delete(OutboxOp).where(
                    OutboxOp.kind == "term.create", OutboxOp.entity == f"{kind}:{local_id}", OutboxOp.state != "sending"
                )
            )

        self.write(run)

    def update(self, entity: str) -> None:
        """Send a rename or move; a term gone from the site is created again."""
        kind, local_id = parse_entity(entity)
        model = MODELS[kind]
        with self.store.read() as s:
            row = s.get(model, local_id)
            if row is None:
                return
            linked = row.site_id == self.site_id and row.remote_id is not None
            remote, name, slug = row.remote_id, row.name, row.slug
            description = row.description if isinstance(row, Section) else None
            parent_local = row.parent_id if isinstance(row, Section) else None
        if not linked:
            self.remote_id(kind, local_id)
            return
        parent = self.remote_id(kind, parent_local) if parent_local else (0 if kind == "section" else None)
        try:
            self.client.update_term(
                TAXONOMY[kind], int(remote), name=name, slug=slug or None, parent=parent, description=description
            )
        except NotFoundRemote:

            def unlink(s: Session) -> None:
                found = s.get(model, local_id)
                if found is not None:
                    found.remote_id = None

            self.write(unlink)
            self.remote_id(kind, local_id)

    def delete(self, payload: dict) -> None:
        taxonomy = ROUTE_TAXONOMY.get(str(payload.get("taxonomy")))
        remote = payload.get("remote_id")
        if taxonomy is None or not isinstance(remote, int):
            return
        try:
            self.client.delete_term(taxonomy, remote)
        except NotFoundRemote:
            pass  # already gone: the goal is met


@dataclass(frozen=True)
class LocalImage:
    """A stored image an article body points at: its file name as the user knows it, and its
    address on the site (None while it is not there)."""

    filename: str
    url: str | None
    credit: str = ""  # the credit line its figure caption ends with ("Photo: …"), if any


class MediaPusher:
    """Uploads a local image once; a lost answer is reconciled by the marker in its description."""

    def __init__(
        self, store: Store, site_id: int, client: CmsClient, media_dir: Path | None, *, write: Writer | None = None
    ) -> None:
        self.store = store
        self.write = write or Writer(store)
        self.site_id = site_id
        self.client = client
        self.media_dir = media_dir

    @staticmethod
    def marker(asset: MediaAsset) -> str:
        """Unique across desks: local ids restart at 1 in every desk, and two desks may well
        upload the same agency photo, so the article's UUID is part of it."""
        if asset.article_id:
            return f"{asset.article_id}-m{asset.id}"
        return f"media-{asset.id}-{asset.sha256[:16]}"

    def upload(self, media_id: int, *, maybe_applied: bool) -> int | None:
        with self.store.read() as s:
            asset = s.get(MediaAsset, media_id)
            if asset is None:
                return None
            if asset.remote_id is not None:
                return asset.remote_id
            marker = self.marker(asset)
            filename, mime, alt, sha = asset.filename, asset.mime, asset.alt, asset.sha256
            caption = self._caption(s, asset)
        found = self.client.find_media_by_marker(marker) if maybe_applied else []
        if found:
            remote = found[0]
        else:
            data = self._read(sha, filename)
            remote = self.client.upload_media(
                data, filename, mime, alt_text=alt or None, caption=caption or None, marker=marker
            )
        self._link(media_id, remote.id, remote.source_url)
        return remote.id

    def _link(self, media_id: int, remote_id: int, url: str) -> None:
        """Remember the upload. A post sent before the image was on the site (its upload failed
        for a while, or was reconciled later) is sent again so it gets the image."""
        self.write(lambda s: self._linked(s, media_id, remote_id, url))

    def _linked(self, s: Session, media_id: int, remote_id: int, url: str) -> None:
        asset = s.get(MediaAsset, media_id)
        if asset is None:
            return
        asset.remote_id, asset.remote_url = remote_id, url
        row = s.scalars(select(Article).where(Article.id == asset.article_id)).first() if asset.article_id else None
        if row is None or row.site_id != self.site_id or row.remote_id is None:
            return  # not on the site yet: its own create will carry the image
        if not asset.featured and asset.sha256 not in row.body:
            return
        queued = s.scalars(
            select(OutboxOp.id).where(OutboxOp.kind == "article.save", OutboxOp.entity == row.id)
        ).first()
        if queued is None:
            enqueue(s, "article.save", row.id, site_id=self.site_id)

    def update(self, media_id: int, fields: dict) -> bool:
        """Send an image's current alt text and caption (those named in `fields`, by WordPress's
        names; both when it names none). False when the image is not on the site: its upload,
        whenever it happens, carries the text it has then."""
        with self.store.read() as s:
            asset = s.get(MediaAsset, media_id)
            if asset is None or asset.remote_id is None:
                return False
            remote, values = asset.remote_id, {"alt_text": asset.alt or "", "caption": self._caption(s, asset)}
        named = {key: value for key, value in values.items() if key in fields} or values
        self.client.update_media(remote, **named)
        return True

    @staticmethod
    def _lang(s: Session, asset: MediaAsset) -> str:
        if not asset.article_id:
            return "en"
        return s.scalars(select(Article.lang).where(Article.id == asset.article_id)).first() or "en"

    def _caption(self, s: Session, asset: MediaAsset) -> str:
        """The media item's caption as the site shows it: the caption, then the credit in the
        usual form of the article's language (WordPress has no credit field)."""
        return with_credit(asset.caption or "", asset.credit or "", self._lang(s, asset))

    def forget(self, media_id: int) -> str | None:
        """The site no longer has this image (it silently ignored it as a featured image):
        queue it to be uploaded again. Its file name, or None if it is gone locally too."""
        return self.write(lambda s: self._forgotten(s, media_id))

    def _forgotten(self, s: Session, media_id: int) -> str | None:
        asset = s.get(MediaAsset, media_id)
        if asset is None:
            return None
        asset.remote_id, asset.remote_url = None, None
        enqueue(s, "media.upload", str(media_id), site_id=self.site_id)
        return asset.filename

    def refused(self, media_id: int, exc: Forbidden) -> str:
        """What to tell the user when the site will not take an image from this account."""
        return (
            f"{self._name(media_id)} was not uploaded: this account may not upload images to the site, so its "
            f"article went without it; an author or editor has to upload it (WordPress said: {exc.message})"
        )

    def refused_update(self, media_id: int, exc: Forbidden) -> str:
        """What to tell the user when the site will not let this account change an image's text."""
        return (
            f"the new alt text or caption of {self._name(media_id)} did not reach the site: this account may "
            f"not edit that image there; an editor has to (WordPress said: {exc.message})"
        )

    def _name(self, media_id: int) -> str:
        with self.store.read() as s:
            asset = s.get(MediaAsset, media_id)
            return asset.filename if asset is not None else f"image {media_id}"

    def _read(self, sha: str, filename: str) -> bytes:
        if self.media_dir is None:
            raise FileNotFoundError("the desk's media folder is not known")
        suffix = Path(filename).suffix.lower()
        for candidate in [self.media_dir / f"{sha}{suffix}", *sorted(self.media_dir.glob(f"{sha}.*"))]:
            if candidate.is_file():
                return candidate.read_bytes()
        raise FileNotFoundError(f"the image file of {filename} is missing from the media folder")

    def featured(self, media_id: int | None) -> int | None:
        if media_id is None:
            return None
        with self.store.read() as s:
            asset = s.get(MediaAsset, media_id)
            return asset.remote_id if asset is not None else None

    def _credit_line(self, s: Session, asset: MediaAsset) -> str:
        return credit_line(asset.credit or "", self._lang(s, asset))

    def body_images(self, article_id: str, names: set[str]) -> dict[str, LocalImage]:
        """The stored images among a body's local image names (``<sha256>.<ext>``), with their
        site URLs. The article's own copy wins; another article's upload of the same file
        serves too. A name the desk does not know is left out (and left alone in the body)."""
        shas = {sha_of(name): name for name in names}
        with self.store.read() as s:
            rows = s.scalars(select(MediaAsset).where(MediaAsset.sha256.in_(shas))).all()
            found: dict[str, LocalImage] = {}
            for row in sorted(rows, key=lambda r: (r.remote_url is None, r.article_id != article_id, r.id)):
                image = LocalImage(row.filename, row.remote_url, self._credit_line(s, row))
                found.setdefault(shas[row.sha256], image)
        for name in names - found.keys():
            if self.media_dir is not None and (self.media_dir / name).is_file():
                found[name] = LocalImage(name, None)  # in the folder, never added: not on the site
        return found
