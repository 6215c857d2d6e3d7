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
from datetime import timedelta

from editor_app.core.clock import utcnow
from editor_app.core.store import remote_posts as rows
from editor_app.core.store.engine import Store
from editor_app.core.store.writer import Writer
from editor_app.core.sync.bylines import SiteBylines
from editor_app.core.sync.cms import CmsClient, Page, RemotePost
from editor_app.core.sync.mapping import SYNCED_STATUSES, post_facts, pulled_term, remote_text, unchanged_since_seen
from editor_app.core.threads import mark_network_thread

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

    def add(self, page: rows.PageOutcome) -> None:
        self.seen += page.seen
        self.created += page.created
        self.updated += page.updated
        self.unchanged += page.unchanged
        self.conflicts += page.conflicts
        self.articles |= page.articles


# ----------------------------------------------------------------------------- terms
def pull_terms(write: Writer, site_id: int, client: CmsClient) -> tuple[int, int]:
    categories = [pulled_term(t) for t in client.list_terms("category")]
    tags = [pulled_term(t) for t in client.list_terms("post_tag")]
    return write(lambda s: rows.store_terms(s, site_id, categories, tags))


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


def _facts(store: Store, site_id: int, page: Page[RemotePost], bylines: SiteBylines | None) -> list[rows.PostFacts]:
    """The page's posts as the store keeps them. Only new and changed posts are converted to
    Markdown (the expensive part), here, while the next page downloads."""
    seen = rows.seen_versions(store, site_id, [p.id for p in page.items])

    def needs_text(post: RemotePost) -> bool:
        known = seen.get(post.id)
        if known is None:
            return post.status in SYNCED_STATUSES
        return not unchanged_since_seen(known[0], known[1], post)

    return [post_facts(p, remote_text(p) if needs_text(p) else None, bylines) for p in page.items]


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
    watermark = None if full else rows.watermark(store, site_id)
    result = PullResult()
    result.sections, result.tags = pull_terms(write, site_id, client)
    result.terms_changed = True  # names and links may have moved even when nothing was new
    if progress:
        progress("pull", 0, 0)
    # Page N+1 downloads in the prefetch thread while page N is converted and stored here.
    for page in _prefetch(iter(client.iter_post_pages(modified_after=watermark))):
        facts = _facts(store, site_id, page, bylines)
        outcome = write(lambda s, facts=facts: rows.store_page(s, site_id, facts))
        result.add(outcome)
        if progress:
            progress("pull", result.seen, max(page.total, result.seen))
    write(lambda s: rows.set_watermark(s, site_id, started - WATERMARK_MARGIN))
    return result
