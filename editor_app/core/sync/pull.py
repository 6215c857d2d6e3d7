"""Pull: sections (with their hierarchy), tags, then posts, page by page, since the watermark.

Rules:
* a post unchanged since we last saw it (same ``modified_gmt``) changes nothing locally, so a
  push followed by a pull is a no-op;
* a changed post overwrites an article only when the article has no unsent local edits;
  otherwise a conflict (base, mine, theirs) is recorded and nothing is overwritten;
* the watermark moves only after the whole pull succeeded, and to a moment a little before
  the pull started: paging by offset can miss a post modified during the walk, and an overlap
  is harmless because unchanged posts are skipped.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import unquote

from sqlalchemy import select
from sqlalchemy.orm import Session

from editor_app.core.clock import from_store, to_store, utcnow
from editor_app.core.store import jobs as publish_queue
from editor_app.core.store.conflicts import open_conflict, record_conflict
from editor_app.core.store.engine import Store
from editor_app.core.store.models import Article, OutboxOp, Section, Site, Tag
from editor_app.core.store.sites import set_watermark
from editor_app.core.store.threads import mark_network_thread
from editor_app.core.store.writer import Writer
from editor_app.core.sync.bylines import SiteBylines
from editor_app.core.sync.cms import CmsClient, Page, RemotePost, RemoteTerm
from editor_app.core.sync.mapping import (
    SYNCED_STATUSES,
    Text,
    apply_remote,
    digest,
    local_status,
    new_articles,
    remote_text,
    take_byline,
    term_maps,
    unchanged_since_seen,
)
from editor_app.core.text import slugify

WATERMARK_MARGIN = timedelta(minutes=5)
PREFETCH_PAGES = 2

Progress = Callable[[str, int, int], None]  # (phase, done, total)


@dataclass
class PullResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    sections: int = 0
    tags: int = 0
    seen: int = 0
    articles: set[str] = field(default_factory=set)  # ids of the articles the pull changed
    terms_changed: bool = False

    @property
    def changed(self) -> int:
        return self.created + self.updated


# ----------------------------------------------------------------------------- terms
def _pending_term_op(s: Session, entity: str) -> bool:
    found = s.scalars(
        select(OutboxOp.id).where(OutboxOp.entity == entity, OutboxOp.kind.in_(("term.update", "term.create")))
    ).first()
    return found is not None


def _free_slug(s: Session, model: type[Section] | type[Tag], slug: str) -> str:
    candidate, n = slug or "term", 2
    while s.scalars(select(model.id).where(model.slug == candidate)).first() is not None:
        candidate, n = f"{slug}-{n}", n + 1
    return candidate


def _link_terms(
    s: Session, site_id: int, model: type[Section] | type[Tag], remote: list[RemoteTerm], kind: str
) -> tuple[int, dict[int, Section | Tag]]:
    """Match remote terms to local ones (by remote id, then slug or name), creating the rest."""
    linked = {
        r.remote_id: r for r in s.scalars(select(model).where(model.site_id == site_id, model.remote_id.is_not(None)))
    }
    made = 0
    by_remote: dict[int, Section | Tag] = {}
    for term in remote:
        slug = unquote(term.slug)
        row = linked.get(term.id)
        if row is None:
            row = s.scalars(
                select(model).where(
                    model.remote_id.is_(None),
                    (model.site_id.is_(None)) | (model.site_id == site_id),
                    (model.slug == slug) | (model.name == term.name),
                )
            ).first()
            if row is not None:
                row.site_id, row.remote_id = site_id, term.id
        if row is None:
            row = model(name=term.name, slug=_free_slug(s, model, slug or slugify(term.name)))
            row.site_id, row.remote_id = site_id, term.id
            if isinstance(row, Section):
                row.description, row.position = term.description, 100
            s.add(row)
            s.flush()
            made += 1
        elif not _pending_term_op(s, f"{kind}:{row.id}"):  # a local rename waiting to be sent wins
            row.name = term.name
            if isinstance(row, Section):
                row.description = term.description
        by_remote[term.id] = row
    gone = set(linked) - {t.id for t in remote}
    for remote_id in gone:  # deleted on the site: used again, it will be created again
        linked[remote_id].remote_id = None
    return made, by_remote


def pull_terms(write: Writer, site_id: int, client: CmsClient) -> tuple[int, int]:
    categories = client.list_terms("category")
    tags = client.list_terms("post_tag")
    return write(lambda s: _store_terms(s, site_id, categories, tags))


def _store_terms(s: Session, site_id: int, categories: list[RemoteTerm], tags: list[RemoteTerm]) -> tuple[int, int]:
    made_sections, sections = _link_terms(s, site_id, Section, categories, "section")
    for term in categories:
        row = sections[term.id]
        if _pending_term_op(s, f"section:{row.id}"):
            continue
        parent = sections.get(term.parent) if term.parent else None
        row.parent_id = parent.id if parent is not None and parent.id != row.id else None  # type: ignore[union-attr]
    made_tags, _ = _link_terms(s, site_id, Tag, tags, "tag")
    return made_sections, made_tags


# ----------------------------------------------------------------------------- posts
def _prefetch(pages: Iterator[Page[RemotePost]]) -> Iterator[Page[RemotePost]]:
    """Fetch the next pages in the background while the current one is stored."""
    box: queue.Queue[tuple[str, object]] = queue.Queue(maxsize=PREFETCH_PAGES)
    stop = threading.Event()

    def work() -> None:
        mark_network_thread()  # this thread only fetches; the consumer hands pages to the writer
        try:
            for page in pages:
                if stop.is_set():
                    return
                box.put(("page", page))
            box.put(("end", None))
        except BaseException as exc:  # handed to the consumer, raised there
            box.put(("error", exc))

    thread = threading.Thread(target=work, name="pull-prefetch", daemon=True)
    thread.start()
    try:
        while True:
            kind, value = box.get()
            if kind == "end":
                return
            if kind == "error":
                raise value  # type: ignore[misc]
            yield value  # type: ignore[misc]
    finally:
        stop.set()
        while thread.is_alive():  # unblock a producer waiting on a full queue
            try:
                box.get_nowait()
            except queue.Empty:
                thread.join(0.05)


def _known(s: Session, site_id: int, posts: tuple[RemotePost, ...]) -> dict[int, Article]:
    ids = [p.id for p in posts]
    rows = s.scalars(select(Article).where(Article.site_id == site_id, Article.remote_id.in_(ids))).all()
    return {r.remote_id: r for r in rows if r.remote_id is not None}


def _by_marker(s: Session, posts: tuple[RemotePost, ...]) -> dict[str, Article]:
    markers = [p.marker for p in posts if p.marker]
    if not markers:
        return {}
    rows = s.scalars(select(Article).where(Article.id.in_(markers), Article.remote_id.is_(None))).all()
    return {r.id: r for r in rows}


def _needs_text(row: Article | None, post: RemotePost) -> bool:
    return row is None or not unchanged_since_seen(row.remote_modified_gmt, row.remote_digest, post)


def _stale(store: Store, site_id: int, page: Page[RemotePost]) -> list[RemotePost]:
    """Posts of the page whose text must be converted: new ones, and changed ones."""
    with store.read() as s:
        known = _known(s, site_id, page.items)
    return [p for p in page.items if p.status in SYNCED_STATUSES and _needs_text(known.get(p.id), p)]


def _store_page(
    s: Session,
    site_id: int,
    page: Page[RemotePost],
    texts: dict[int, Text],
    result: PullResult,
    bylines: SiteBylines | None = None,
) -> None:
    fresh: list[tuple[RemotePost, Text]] = []
    known = _known(s, site_id, page.items)
    markers = _by_marker(s, page.items)
    maps = term_maps(s, site_id)
    for post in page.items:
        result.seen += 1
        row = known.get(post.id)
        if row is None and post.marker:
            row = markers.get(post.marker)
            if row is not None:  # created by this desk, answer lost: link it, never duplicate it
                result.articles.add(row.id)
                row.site_id, row.remote_id = site_id, post.id
                row.remote_modified_gmt = to_store(post.modified_gmt)  # the push sends any newer text
                row.remote_digest = digest(post)
                result.unchanged += 1
                continue
        if row is None:
            if post.id in texts:
                fresh.append((post, texts[post.id]))
            continue
        if unchanged_since_seen(row.remote_modified_gmt, row.remote_digest, post):
            result.unchanged += 1
            continue
        text = texts.get(post.id) or remote_text(post)
        result.articles.add(row.id)
        if _apply_changed(s, row, post, text, maps, result) and bylines is not None:
            take_byline(row, post, bylines, new=False)
    result.articles.update(new_articles(s, site_id, fresh, maps, bylines))
    result.created += len(fresh)


def _apply_changed(
    s: Session,
    row: Article,
    post: RemotePost,
    theirs: Text,
    maps: tuple[dict[int, int], dict[int, int]],
    result: PullResult,
) -> bool:
    """Apply a changed post to its article; False when it became a conflict or changed nothing."""
    if open_conflict(s, row.id) is not None or row.dirty:
        mine = Text(row.title, row.dek, row.body)
        if mine == theirs and open_conflict(s, row.id) is None:
            row.remote_modified_gmt = to_store(post.modified_gmt)  # both sides made the same edit
            row.remote_digest = digest(post)
            row.base_title, row.base_dek, row.base_body = mine.title, mine.dek, mine.body
            result.unchanged += 1
            return False
        record_conflict(s, row, theirs, post.modified_gmt, status=local_status(post.status), digest=digest(post))
        result.conflicts += 1
        return False
    apply_remote(s, row, post, theirs, maps)
    publish_queue.pulled(s, row.id, post.status, post.date_gmt)
    result.updated += 1
    return True


def pull(
    store: Store,
    site_id: int,
    client: CmsClient,
    *,
    progress: Progress | None = None,
    full: bool = False,
    bylines: SiteBylines | None = None,
    write: Writer | None = None,
) -> PullResult:
    """Pull terms and posts changed since the site's watermark (everything with `full`).
    `bylines` (the site's authors and byline field) lets pulled articles take their byline.
    Pages are fetched on a network thread; every write goes through `write` (the writer)."""
    write = write or Writer(store)
    started = utcnow()
    with store.read() as s:
        site = s.get(Site, site_id)
        watermark: datetime | None = None if full or site is None else from_store(site.pull_watermark)
    result = PullResult()
    result.sections, result.tags = pull_terms(write, site_id, client)
    result.terms_changed = True  # names and links may have moved even when nothing was new
    if progress:
        progress("pull", 0, 0)
    # Page N+1 downloads in the prefetch thread while page N is converted and stored here.
    for page in _prefetch(iter(client.iter_post_pages(modified_after=watermark))):
        stale = _stale(store, site_id, page)
        texts = {p.id: remote_text(p) for p in stale}  # HTML → Markdown, while the next page downloads
        write(lambda s, page=page, texts=texts: _store_page(s, site_id, page, texts, result, bylines))
        if progress:
            progress("pull", result.seen, max(page.total, result.seen))
    write(lambda s: set_watermark(s, site_id, started - WATERMARK_MARGIN))
    return result
