"""The CMS boundary: what the sync engine needs from a site, independent of WordPress's wire format.

Everything here is plain data. The WordPress implementation lives in ``wordpress.py``;
tests and the sync engine can also use a fake that satisfies :class:`CmsClient`.

Times are always timezone-aware UTC ``datetime`` objects. Text fields are the *raw* values
an editor typed (WordPress's ``context=edit``), not rendered HTML.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Any, Generic, Literal, Protocol, TypeVar

from editor_app.core.sync.bylines import SiteAuthor
from editor_app.core.sync.errors import (
    AuthRejected,
    BadRequest,
    CmsError,
    Forbidden,
    InsecureUrl,
    InvalidSiteUrl,
    NotFoundRemote,
    OutcomeUnknown,
    RateLimited,
    ServerError,
    SiteUnreachable,
    TermExists,
    UnexpectedResponse,
)
from editor_app.core.threads import mark_network_thread

__all__ = [
    "AuthRejected",
    "BadRequest",
    "CmsClient",
    "CmsError",
    "Forbidden",
    "InsecureUrl",
    "InvalidSiteUrl",
    "NotFoundRemote",
    "Outcome",
    "OutcomeUnknown",
    "Page",
    "PostChanges",
    "RateLimited",
    "RemoteMedia",
    "RemotePost",
    "RemoteTerm",
    "RemoteUser",
    "ServerError",
    "SiteAuthor",
    "SiteInfo",
    "SiteUnreachable",
    "Taxonomy",
    "TermExists",
    "UnexpectedResponse",
    "map_concurrent",
]

Taxonomy = Literal["category", "post_tag"]
"""WordPress's own taxonomy names: sections are ``category``, tags are ``post_tag``."""

PostStatus = Literal["draft", "pending", "future", "publish", "private", "trash"]

_EMPTY: Mapping[str, Any] = MappingProxyType({})


def _frozen_mapping(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(value)) if value else _EMPTY


@dataclass(frozen=True)
class SiteInfo:
    """The site as its REST index describes it; the timezone matters for scheduling."""

    name: str
    url: str
    api_root: str
    gmt_offset: float
    timezone_string: str
    namespaces: tuple[str, ...]
    wordpress_version: str = ""  # as the site's feed or home page states it; "" when it does not say


@dataclass(frozen=True)
class RemoteUser:
    id: int
    name: str
    slug: str
    roles: tuple[str, ...]
    capabilities: Mapping[str, bool] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "capabilities", _frozen_mapping(self.capabilities))

    def can(self, capability: str) -> bool:
        return bool(self.capabilities.get(capability, False))


@dataclass(frozen=True)
class RemoteTerm:
    id: int
    taxonomy: Taxonomy
    name: str
    slug: str
    parent: int = 0
    description: str = ""
    count: int = 0


@dataclass(frozen=True)
class RemotePost:
    """A post as the site holds it.

    ``content`` is the raw content *without* the desk's reconcile marker; ``marker`` is the
    local article id the desk embedded when it created the post (None for posts written on
    the site).
    """

    id: int
    title: str
    content: str
    excerpt: str
    slug: str
    status: str
    date_gmt: datetime | None
    modified_gmt: datetime | None
    categories: tuple[int, ...] = ()
    tags: tuple[int, ...] = ()
    featured_media: int = 0
    link: str = ""
    author: int = 0
    meta: Mapping[str, Any] = field(default_factory=dict)
    marker: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "meta", _frozen_mapping(self.meta))


@dataclass(frozen=True)
class RemoteMedia:
    id: int
    source_url: str
    mime_type: str
    title: str = ""
    alt_text: str = ""
    caption: str = ""
    post: int | None = None
    date_gmt: datetime | None = None
    modified_gmt: datetime | None = None
    link: str = ""
    marker: str | None = None


@dataclass(frozen=True)
class PostChanges:
    """Fields to send when creating or updating a post; ``None`` means "leave as is".

    ``date_gmt`` must be timezone-aware; only the GMT date is ever sent, so the site's own
    timezone cannot shift a schedule. ``marker`` is the local article id: when ``content`` is
    sent it is embedded in it (invisible on the page), which lets :meth:`CmsClient.find_posts_by_marker`
    recognise the post after a create whose answer was lost. Pass it on creates only: an update
    sends the content without it, so the post on the site loses it once its id is known.
    """

    title: str | None = None
    content: str | None = None
    excerpt: str | None = None
    status: str | None = None
    slug: str | None = None
    date_gmt: datetime | None = None
    categories: Sequence[int] | None = None
    tags: Sequence[int] | None = None
    featured_media: int | None = None
    author: int | None = None
    meta: Mapping[str, Any] | None = None  # registered post meta fields to set, e.g. a byline field
    marker: str | None = None


T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a listing, with the totals the site reported (for progress bars)."""

    items: tuple[T, ...]
    page: int
    total_pages: int
    total: int


class CmsClient(Protocol):
    """What the sync engine needs from a CMS. Implementations never retry: every failure is
    raised as a :class:`CmsError` subclass and the caller decides about retries."""

    def site_info(self) -> SiteInfo: ...

    def whoami(self) -> RemoteUser: ...

    def list_authors(self) -> list[SiteAuthor]:
        """Users who may write posts (``who=authors``), for matching bylines."""
        ...

    def post_meta_fields(self) -> tuple[str, ...]:
        """Post meta keys the site exposes over REST (the posts schema's ``meta`` properties)."""
        ...

    # terms ---------------------------------------------------------------------------
    def iter_term_pages(self, taxonomy: Taxonomy) -> Iterator[Page[RemoteTerm]]: ...

    def list_terms(self, taxonomy: Taxonomy) -> list[RemoteTerm]: ...

    def get_term(self, taxonomy: Taxonomy, term_id: int) -> RemoteTerm: ...

    def create_term(
        self,
        taxonomy: Taxonomy,
        name: str,
        *,
        slug: str | None = None,
        parent: int | None = None,
        description: str | None = None,
    ) -> RemoteTerm: ...

    def update_term(
        self,
        taxonomy: Taxonomy,
        term_id: int,
        *,
        name: str | None = None,
        slug: str | None = None,
        parent: int | None = None,
        description: str | None = None,
    ) -> RemoteTerm: ...

    def delete_term(self, taxonomy: Taxonomy, term_id: int) -> None: ...

    # posts ---------------------------------------------------------------------------
    def iter_post_pages(
        self, *, modified_after: datetime | None = None, status: str = "any"
    ) -> Iterator[Page[RemotePost]]: ...

    def list_posts(self, *, modified_after: datetime | None = None, status: str = "any") -> list[RemotePost]: ...

    def get_post(self, post_id: int) -> RemotePost: ...

    def create_post(self, changes: PostChanges) -> RemotePost: ...

    def update_post(self, post_id: int, changes: PostChanges) -> RemotePost: ...

    def delete_post(self, post_id: int, *, force: bool = False) -> None: ...

    def find_posts_by_marker(self, marker: str) -> list[RemotePost]: ...

    def find_posts_by_slug(self, slug: str) -> list[RemotePost]: ...

    # A client may also offer `post_revisions(post_id, limit) -> list[RemotePost]` (the texts the
    # post has held, newest first); the push uses it to notice an update that overwrote a save.

    # media ---------------------------------------------------------------------------
    def upload_media(
        self,
        data: bytes,
        filename: str,
        mime_type: str,
        *,
        alt_text: str | None = None,
        caption: str | None = None,
        title: str | None = None,
        marker: str | None = None,
    ) -> RemoteMedia: ...

    def update_media(self, media_id: int, *, alt_text: str | None = None, caption: str | None = None) -> RemoteMedia:
        """Change an attachment's alt text or caption (None leaves it as it is)."""
        ...

    def get_media(self, media_id: int) -> RemoteMedia: ...

    def delete_media(self, media_id: int) -> None: ...

    def find_media_by_marker(self, marker: str) -> list[RemoteMedia]: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class Outcome(Generic[T, R]):
    """The result of one item of :func:`map_concurrent`: ``value`` or ``error``, never both."""

    item: T
    value: R | None = None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def map_concurrent(
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    workers: int = 4,
    serve: Callable[[Callable[[], bool]], None] | None = None,
) -> list[Outcome[T, R]]:
    """Run ``fn`` over ``items`` on at most ``workers`` threads; results keep the input order.

    A failure of one item never stops the others: each outcome carries its own value or
    exception, so bulk work (pushing many posts) can record exactly what happened to each.
    """
    if workers < 1:
        raise ValueError("workers must be at least 1")

    def run(item: T) -> Outcome[T, R]:
        try:
            return Outcome(item, value=fn(item))
        except Exception as exc:  # reported per item, by design
            return Outcome(item, error=exc)

    # Network threads: a write from one of them raises (`WrongThread`); they hand writes to the
    # writer, which `serve` (when given) lets the calling thread be while it waits for them.
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="cms", initializer=mark_network_thread) as pool:
        futures = [pool.submit(run, item) for item in items]
        if serve is not None:
            serve(lambda: all(f.done() for f in futures))
        return [f.result() for f in futures]
