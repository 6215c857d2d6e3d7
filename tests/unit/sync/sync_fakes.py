"""An in-memory CMS for tests of the sync engine's own logic (ordering, coalescing, conflicts,
retries). It behaves like WordPress where the engine relies on it: every write moves
``modified_gmt`` forward, a create can be made to "lose its answer" after applying, and term
names are unique per parent (``term_exists`` with the existing id)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from keychains import MemoryKeyring  # noqa: F401 - tests import it from here too

from editor_app.core.sync.bylines import SiteAuthor
from editor_app.core.sync.cms import Page, PostChanges, RemoteMedia, RemotePost, RemoteTerm, RemoteUser, SiteInfo
from editor_app.core.sync.errors import NotFoundRemote, TermExists

PASSWORD = "abcd EFGH 1234 ijkl MNOP 5678"  # an application password as WordPress shows it


class FakeCms:
    def __init__(self, role: str = "editor") -> None:
        self.role = role
        self.posts: dict[int, RemotePost] = {}
        self.terms: dict[str, dict[int, RemoteTerm]] = {"category": {1: RemoteTerm(1, "category", "Uncategorized",
                                                                                   "uncategorized")}, "post_tag": {}}
        self.media: dict[int, RemoteMedia] = {}
        self.calls: list[tuple[str, object]] = []
        self.sent: list[tuple[str, PostChanges]] = []  # every post create and update, as asked
        self.wordpress_version = ""  # what site_info states; "" like a site that does not say
        self._faults: list[tuple[str, Exception, bool]] = []
        self._next_id = 100
        self._clock = datetime.now(UTC).replace(microsecond=0) - timedelta(seconds=1)
        self._lock = threading.RLock()
        self.per_page = 100
        self.authors = [SiteAuthor(7, role.title()), SiteAuthor(8, "Jane Doe"), SiteAuthor(9, "山田 太郎")]
        self.meta_fields: tuple[str, ...] = ()
        self.refuse_author = False  # answer 403 to any author change, whatever the role

    # ----------------------------------------------------------------- test controls
    def fail(self, method: str, error: Exception, *, after_applying: bool = False) -> None:
        """The next call of `method` raises `error` (after doing its work with after_applying)."""
        self._faults.append((method, error, after_applying))

    def _fault(self, method: str) -> tuple[Exception, bool] | None:
        for i, (name, error, after) in enumerate(self._faults):
            if name == method:
                del self._faults[i]
                return error, after
        return None

    def _call(self, method: str, arg: object = None) -> tuple[Exception, bool] | None:
        with self._lock:
            self.calls.append((method, arg))
            fault = self._fault(method)
        if fault is not None and not fault[1]:
            raise fault[0]
        return fault

    def tick(self) -> datetime:
        """Like the site's clock: real time in whole seconds, and every write a later second."""
        with self._lock:
            self._clock = max(datetime.now(UTC).replace(microsecond=0), self._clock + timedelta(seconds=1))
            return self._clock

    def count(self, method: str) -> int:
        return sum(1 for name, _ in self.calls if name == method)

    def edit_on_site(self, post_id: int, **fields: object) -> RemotePost:
        with self._lock:
            post = replace(self.posts[post_id], **fields, modified_gmt=self.tick())  # type: ignore[arg-type]
            self.posts[post_id] = post
            return post

    def add_post(self, title: str, content: str, **fields: object) -> RemotePost:
        with self._lock:
            self._next_id += 1
            now = self.tick()
            values: dict = dict(id=self._next_id, title=title, content=content, excerpt="", slug="",
                                status="publish", date_gmt=now, modified_gmt=now)
            values.update(fields)
            post = RemotePost(**values)
            self.posts[post.id] = post
            return post

    # ----------------------------------------------------------------- CmsClient
    def site_info(self) -> SiteInfo:
        self._call("site_info")
        return SiteInfo("Fake", "http://127.0.0.1", "http://127.0.0.1/wp-json/", 9.0, "Asia/Tokyo", ("wp/v2",),
                        self.wordpress_version)

    def whoami(self) -> RemoteUser:
        self._call("whoami")
        caps = {"edit_posts": True, "read": True}
        if self.role in ("author", "editor", "administrator"):
            caps |= {"publish_posts": True, "upload_files": True}
        if self.role in ("editor", "administrator"):
            caps |= {"edit_others_posts": True, "manage_categories": True}
        return RemoteUser(7, self.role.title(), self.role, (self.role,), caps)

    def list_authors(self) -> list[SiteAuthor]:
        self._call("list_authors")
        return list(self.authors)

    def post_meta_fields(self) -> tuple[str, ...]:
        self._call("post_meta_fields")
        return self.meta_fields

    def iter_term_pages(self, taxonomy: str) -> Iterator[Page[RemoteTerm]]:
        self._call("iter_term_pages", taxonomy)
        items = tuple(sorted(self.terms[taxonomy].values(), key=lambda t: t.id))
        yield Page(items, 1, 1, len(items))

    def list_terms(self, taxonomy: str) -> list[RemoteTerm]:
        return [t for page in self.iter_term_pages(taxonomy) for t in page.items]

    def get_term(self, taxonomy: str, term_id: int) -> RemoteTerm:
        self._call("get_term", term_id)
        return self.terms[taxonomy][term_id]

    def create_term(self, taxonomy: str, name: str, *, slug: str | None = None, parent: int | None = None,
                    description: str | None = None) -> RemoteTerm:
        fault = self._call("create_term", name)
        with self._lock:
            for term in self.terms[taxonomy].values():
                if term.name == name and term.parent == (parent or 0):
                    raise TermExists("A term with the name provided already exists.", code="term_exists",
                                     data={"status": 400, "term_id": term.id})
            self._next_id += 1
            term = RemoteTerm(self._next_id, taxonomy, name, slug or name.lower(), parent or 0, description or "")  # type: ignore[arg-type]
            self.terms[taxonomy][term.id] = term
        if fault:
            raise fault[0]
        return term

    def update_term(self, taxonomy: str, term_id: int, *, name: str | None = None, slug: str | None = None,
                    parent: int | None = None, description: str | None = None) -> RemoteTerm:
        self._call("update_term", term_id)
        with self._lock:
            if term_id not in self.terms[taxonomy]:
                raise NotFoundRemote("Term does not exist.", code="rest_term_invalid", status=404)
            term = self.terms[taxonomy][term_id]
            term = replace(term, name=name or term.name, parent=term.parent if parent is None else parent)
            self.terms[taxonomy][term_id] = term
            return term

    def delete_term(self, taxonomy: str, term_id: int) -> None:
        self._call("delete_term", term_id)
        with self._lock:
            if self.terms[taxonomy].pop(term_id, None) is None:
                raise NotFoundRemote("Term does not exist.", code="rest_term_invalid", status=404)

    def iter_post_pages(self, *, modified_after: datetime | None = None, status: str = "any"
                        ) -> Iterator[Page[RemotePost]]:
        self._call("iter_post_pages", modified_after)
        with self._lock:
            posts = sorted(
                (p for p in self.posts.values() if p.status != "trash"
                 and (modified_after is None or (p.modified_gmt and p.modified_gmt > modified_after))),
                key=lambda p: (p.modified_gmt, p.id),
            )
        pages = max(1, -(-len(posts) // self.per_page))
        for n in range(pages):
            yield Page(tuple(posts[n * self.per_page:(n + 1) * self.per_page]), n + 1, pages, len(posts))

    def list_posts(self, *, modified_after: datetime | None = None, status: str = "any") -> list[RemotePost]:
        return [p for page in self.iter_post_pages(modified_after=modified_after) for p in page.items]

    def get_post(self, post_id: int) -> RemotePost:
        self._call("get_post", post_id)
        with self._lock:
            if post_id not in self.posts:
                raise NotFoundRemote("Invalid post ID.", code="rest_post_invalid_id", status=404)
            return self.posts[post_id]

    def _apply(self, post: RemotePost | None, changes: PostChanges) -> RemotePost:
        now = self.tick()
        status = changes.status or (post.status if post else "draft")
        if status == "publish" and self.role == "contributor":
            from editor_app.core.sync.errors import Forbidden

            raise Forbidden("Sorry, you are not allowed to publish posts.", code="rest_cannot_publish", status=403)
        date = changes.date_gmt or (post.date_gmt if post else now)
        if status == "future" and date and date <= now:
            status = "publish"
        if status == "publish" and date and date > now + timedelta(minutes=1):
            status = "future"
        if changes.author is not None and changes.author != (post.author if post else 7):
            if self.refuse_author or self.role not in ("editor", "administrator"):
                from editor_app.core.sync.errors import Forbidden

                raise Forbidden("Sorry, you are not allowed to create posts as this user.",
                                code="rest_cannot_edit_others", status=403)
        if post is None:
            self._next_id += 1
        base = post or RemotePost(self._next_id, "", "", "", "", status, date, now, author=7)
        meta = {**base.meta, **{k: v for k, v in (changes.meta or {}).items() if k in self.meta_fields}}
        return replace(
            base,
            title=changes.title if changes.title is not None else base.title,
            content=changes.content if changes.content is not None else base.content,
            excerpt=changes.excerpt if changes.excerpt is not None else base.excerpt,
            status=status,
            date_gmt=date,
            modified_gmt=date if status == "future" and post is None else now,
            categories=tuple(changes.categories) if changes.categories is not None else base.categories,
            tags=tuple(changes.tags) if changes.tags is not None else base.tags,
            featured_media=changes.featured_media if changes.featured_media is not None else base.featured_media,
            # The marker lives in the content: new content without one drops it, as on the site.
            marker=changes.marker if changes.content is not None else base.marker,
            author=changes.author if changes.author is not None else base.author,
            meta=meta,
            slug=(changes.slug or base.slug) if status == "publish" else "",
        )

    def create_post(self, changes: PostChanges) -> RemotePost:
        fault = self._call("create_post", changes.title)
        self.sent.append(("create_post", changes))
        with self._lock:
            post = self._apply(None, changes)
            self.posts[post.id] = post
        if fault:
            raise fault[0]
        return post

    def update_post(self, post_id: int, changes: PostChanges) -> RemotePost:
        fault = self._call("update_post", post_id)
        self.sent.append(("update_post", changes))
        with self._lock:
            if post_id not in self.posts:
                raise NotFoundRemote("Invalid post ID.", code="rest_post_invalid_id", status=404)
            post = self._apply(self.posts[post_id], changes)
            self.posts[post_id] = post
        if fault:
            raise fault[0]
        return post

    def delete_post(self, post_id: int, *, force: bool = False) -> None:
        self._call("delete_post", post_id)
        with self._lock:
            if post_id not in self.posts:
                raise NotFoundRemote("Invalid post ID.", code="rest_post_invalid_id", status=404)
            if force:
                del self.posts[post_id]
            else:
                self.posts[post_id] = replace(self.posts[post_id], status="trash", modified_gmt=self.tick())

    def find_posts_by_marker(self, marker: str) -> list[RemotePost]:
        self._call("find_posts_by_marker", marker)
        with self._lock:
            return [p for p in self.posts.values() if p.marker == marker and p.status != "trash"]

    def find_posts_by_slug(self, slug: str) -> list[RemotePost]:
        self._call("find_posts_by_slug", slug)
        with self._lock:
            return [p for p in self.posts.values() if p.slug == slug and p.status != "trash"]

    def upload_media(self, data: bytes, filename: str, mime_type: str, *, alt_text: str | None = None,
                     caption: str | None = None, title: str | None = None, marker: str | None = None) -> RemoteMedia:
        fault = self._call("upload_media", filename)
        with self._lock:
            self._next_id += 1
            media = RemoteMedia(self._next_id, f"http://127.0.0.1/{filename}", mime_type, alt_text=alt_text or "",
                                caption=caption or "", marker=marker, modified_gmt=self.tick())
            self.media[media.id] = media
        if fault:
            raise fault[0]
        return media

    def update_media(self, media_id: int, *, alt_text: str | None = None, caption: str | None = None) -> RemoteMedia:
        fault = self._call("update_media", {"id": media_id, "alt_text": alt_text, "caption": caption})
        with self._lock:
            if media_id not in self.media:
                raise NotFoundRemote("Invalid post ID.", code="rest_post_invalid_id", status=404)
            media = self.media[media_id]
            media = replace(media, alt_text=media.alt_text if alt_text is None else alt_text,
                            caption=media.caption if caption is None else caption, modified_gmt=self.tick())
            self.media[media_id] = media
        if fault:
            raise fault[0]
        return media

    def get_media(self, media_id: int) -> RemoteMedia:
        with self._lock:
            if media_id not in self.media:
                raise NotFoundRemote("Invalid post ID.", code="rest_post_invalid_id", status=404)
            return self.media[media_id]

    def find_media_by_marker(self, marker: str) -> list[RemoteMedia]:
        self._call("find_media_by_marker", marker)
        return [m for m in self.media.values() if m.marker == marker]

    def close(self) -> None:
        pass
