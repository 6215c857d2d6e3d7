"""Sections, tags and images on the site: created on demand, so a post never waits for an
operation that has not run yet, and get-or-create through WordPress's ``term_exists``."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from editor_app.core.photo_credit import credit_line, with_credit
from editor_app.core.store import remote_terms as rows
from editor_app.core.store.engine import Store
from editor_app.core.store.remote_terms import TERM_KINDS, MediaFacts
from editor_app.core.store.writer import Writer
from editor_app.core.sync.cms import CmsClient, Taxonomy
from editor_app.core.sync.errors import Forbidden, NotFoundRemote, TermExists
from editor_app.core.sync.media_refs import sha_of

TAXONOMY: dict[str, Taxonomy] = {"section": "category", "tag": "post_tag"}
# The lead's services name taxonomies by REST route in term.delete payloads.
ROUTE_TAXONOMY: dict[str, Taxonomy] = {"categories": "category", "tags": "post_tag", **TAXONOMY}


def parse_entity(entity: str) -> tuple[str, int]:
    kind, _, raw = entity.partition(":")
    if kind not in TERM_KINDS or not raw.isdigit():
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
        term = rows.term_facts(self.store, kind, local_id)
        if term is None:
            return None
        if term.site_id == self.site_id and term.remote_id is not None:
            return term.remote_id
        name, slug, description, parent_local = term.name, term.slug, term.description, term.parent_id
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
        self.write(lambda s: rows.link_term(s, kind, local_id, self.site_id, remote))

    def update(self, entity: str) -> None:
        """Send a rename or move; a term gone from the site is created again."""
        kind, local_id = parse_entity(entity)
        term = rows.term_facts(self.store, kind, local_id)
        if term is None:
            return
        if term.site_id != self.site_id or term.remote_id is None:  # not linked: created instead
            self.remote_id(kind, local_id)
            return
        parent = self.remote_id(kind, term.parent_id) if term.parent_id else (0 if kind == "section" else None)
        try:
            self.client.update_term(
                TAXONOMY[kind],
                term.remote_id,
                name=term.name,
                slug=term.slug or None,
                parent=parent,
                description=term.description,
            )
        except NotFoundRemote:
            self.write(lambda s: rows.unlink_term(s, kind, local_id))
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


class _Asset(Protocol):
    id: int
    article_id: str | None
    sha256: str


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
    def marker(asset: _Asset) -> str:
        """Unique across desks: local ids restart at 1 in every desk, and two desks may well
        upload the same agency photo, so the article's UUID is part of it."""
        if asset.article_id:
            return f"{asset.article_id}-m{asset.id}"
        return f"media-{asset.id}-{asset.sha256[:16]}"

    def upload(self, media_id: int, *, maybe_applied: bool) -> int | None:
        asset = rows.media_facts(self.store, media_id)
        if asset is None:
            return None
        if asset.remote_id is not None:
            return asset.remote_id
        marker = self.marker(asset)
        caption = self._caption(asset)
        found = self.client.find_media_by_marker(marker) if maybe_applied else []
        if found:
            remote = found[0]
        else:
            data = self._read(asset.sha256, asset.filename)
            remote = self.client.upload_media(
                data, asset.filename, asset.mime, alt_text=asset.alt or None, caption=caption or None, marker=marker
            )
        self.write(lambda s: rows.link_media(s, media_id, self.site_id, remote.id, remote.source_url))
        return remote.id

    def update(self, media_id: int, fields: dict) -> bool:
        """Send an image's current alt text and caption (those named in `fields`, by WordPress's
        names; both when it names none). False when the image is not on the site: its upload,
        whenever it happens, carries the text it has then."""
        asset = rows.media_facts(self.store, media_id)
        if asset is None or asset.remote_id is None:
            return False
        values = {"alt_text": asset.alt, "caption": self._caption(asset)}
        named = {key: value for key, value in values.items() if key in fields} or values
        self.client.update_media(asset.remote_id, **named)
        return True

    @staticmethod
    def _caption(asset: MediaFacts) -> str:
        """The media item's caption as the site shows it: the caption, then the credit in the
        usual form of the article's language (WordPress has no credit field)."""
        return with_credit(asset.caption, asset.credit, asset.lang)

    def forget(self, media_id: int) -> str | None:
        """The site no longer has this image (it silently ignored it as a featured image):
        queue it to be uploaded again. Its file name, or None if it is gone locally too."""
        return self.write(lambda s: rows.forget_media(s, media_id, self.site_id))

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
        asset = rows.media_facts(self.store, media_id)
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
        asset = rows.media_facts(self.store, media_id)
        return asset.remote_id if asset is not None else None

    def body_images(self, article_id: str, names: set[str]) -> dict[str, LocalImage]:
        """The stored images among a body's local image names (``<sha256>.<ext>``), with their
        site URLs. The article's own copy wins; another article's upload of the same file
        serves too. A name the desk does not know is left out (and left alone in the body)."""
        shas = {sha_of(name): name for name in names}
        found: dict[str, LocalImage] = {}
        assets = rows.media_with_sha(self.store, shas)
        for asset in sorted(assets, key=lambda a: (a.remote_url is None, a.article_id != article_id, a.id)):
            image = LocalImage(asset.filename, asset.remote_url, credit_line(asset.credit, asset.lang))
            found.setdefault(shas[asset.sha256], image)
        for name in names - found.keys():
            if self.media_dir is not None and (self.media_dir / name).is_file():
                found[name] = LocalImage(name, None)  # in the folder, never added: not on the site
        return found
