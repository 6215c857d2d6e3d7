"""WordPress REST API client (``/wp/v2``) over httpx, authenticated with an Application Password.

The client is deliberately retry-free: it sends each request once and turns every failure
into a typed :mod:`editor_app.core.sync.errors` exception, so the sync engine alone decides
about backoff, pausing a site and reconciling.

Reconciling a create whose answer was lost
------------------------------------------
Each post the desk creates carries the local article id where no reader sees it: in block
content as the first attribute of the first block's delimiter, ``<!-- wp:paragraph
{"copydeskId":"3f0c…"} -->`` (delimiters never reach the page, and the block editor drops an
attribute the block does not declare on its next save, so no Classic block appears); in plain
HTML content, which is one Classic block anyway, as a comment inside its first element (on a line of
its own wpautop would make it an empty paragraph). Posts
created before carry ``<!-- copydesk:3f0c… -->`` at the end, which is still read. Only creates
carry it: once the post's id is known, updates send the content without it.
:meth:`WordPressClient.find_posts_by_marker` asks
``GET /wp/v2/posts?search=<id>&status=any&context=edit`` and keeps the posts whose raw content
holds that id in either form. Why this and not something else:

* post meta is not writable over REST on a stock site (it needs ``register_post_meta``);
* slugs are empty until a post is published, and the site may rewrite them;
* matching on title and time is a guess, and two desks may create look-alike posts;
* block delimiters and comments survive kses for every role (checked for author and contributor,
  who lack ``unfiltered_html``), and WordPress's ``search`` looks in the raw content of drafts,
  pending, future, private and published posts alike. The id is passed on its own because
  ``search`` splits its input on spaces into separate words.

Posts read back have the marker stripped from ``content`` and its id in ``marker``, so the
desk's text round-trips unchanged. Media uploads carry the same comment in their
description, for :meth:`WordPressClient.find_media_by_marker`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import httpx

from editor_app.core.sync import wp_people
from editor_app.core.sync.bylines import SiteAuthor
from editor_app.core.sync.cms import (
    Page,
    PostChanges,
    RemoteMedia,
    RemotePost,
    RemoteTerm,
    RemoteUser,
    SiteInfo,
    Taxonomy,
)
from editor_app.core.sync.wp_bodies import (
    media_from_body,
    post_fields,
    post_from_body,
    present,
    require_id,
    term_from_body,
)
from editor_app.core.sync.wp_transport import (
    _FEED_GENERATOR,
    _META_GENERATOR,
    _TERM_ROUTES,
    PER_PAGE,
    VERSION_SCAN_CHARS,
    WordPressTransport,
)
from editor_app.core.sync.wp_wire import (
    check_marker,
    comment_marker,
    format_gmt,
)

log = logging.getLogger(__name__)


class WordPressClient(WordPressTransport):
    """One site, one account, over :class:`WordPressTransport`: the REST operations the sync
    engine uses (:class:`editor_app.core.sync.cms.CmsClient`). No network happens in the
    constructor; the API root is discovered on first use unless ``api_root`` is given."""

    # ----------------------------------------------------------------- account and site
    def site_info(self) -> SiteInfo:
        body, _ = self._request("GET", "/")
        return SiteInfo(
            name=str(body.get("name", "")),
            url=str(body.get("home") or body.get("url") or self.site_url),
            api_root=self.api_root.url,
            gmt_offset=float(body.get("gmt_offset") or 0),
            timezone_string=str(body.get("timezone_string") or ""),
            namespaces=tuple(body.get("namespaces") or ()),
            wordpress_version=self.wordpress_version(),
        )

    def wordpress_version(self) -> str:
        """The WordPress version the site states, "" when it does not. The REST index has no
        version field; WordPress puts it in its RSS feed's <generator> and in the home page's
        generator meta (either may be removed by a plugin, so both are tried)."""
        for url, pattern in (
            (self.site_url + "/?feed=rss2", _FEED_GENERATOR),
            (self.site_url + "/", _META_GENERATOR),
        ):
            try:
                response = self._http.get(url, headers={"Accept": "*/*"})
            except httpx.HTTPError as exc:
                log.debug("GET %s for the WordPress version failed: %s", url, type(exc).__name__)
                continue
            if response.status_code == 200:
                found = pattern.search(response.text[:VERSION_SCAN_CHARS])
                if found:
                    return found.group(1)
        return ""

    def whoami(self) -> RemoteUser:
        body, _ = self._request("GET", "/wp/v2/users/me", params={"context": "edit"})
        require_id(body, "id", "GET", "/wp/v2/users/me")
        caps = body.get("capabilities")
        return RemoteUser(
            id=int(body["id"]),
            name=str(body.get("name", "")),
            slug=str(body.get("slug", "")),
            roles=tuple(body.get("roles") or ()),
            capabilities={str(k): bool(v) for k, v in caps.items()} if isinstance(caps, dict) else {},
        )

    def list_authors(self) -> list[SiteAuthor]:
        return wp_people.authors(self._pages, PER_PAGE)

    def post_meta_fields(self) -> tuple[str, ...]:
        return wp_people.meta_fields(self._request)

    # ----------------------------------------------------------------- terms
    def iter_term_pages(self, taxonomy: Taxonomy) -> Iterator[Page[RemoteTerm]]:
        route = self._term_route(taxonomy)
        # context=view: "edit" needs manage_terms, which authors and contributors lack, and
        # view already carries every field a term has.
        params = {"per_page": PER_PAGE, "orderby": "id", "order": "asc"}
        for items, page, total_pages, total in self._pages(route, params):
            terms = tuple(term_from_body(item, taxonomy, "GET", route) for item in items)
            yield Page(terms, page, total_pages, total)

    def list_terms(self, taxonomy: Taxonomy) -> list[RemoteTerm]:
        return [term for page in self.iter_term_pages(taxonomy) for term in page.items]

    def get_term(self, taxonomy: Taxonomy, term_id: int) -> RemoteTerm:
        route = f"{self._term_route(taxonomy)}/{int(term_id)}"
        body, _ = self._request("GET", route)
        return term_from_body(body, taxonomy, "GET", route)

    def create_term(
        self,
        taxonomy: Taxonomy,
        name: str,
        *,
        slug: str | None = None,
        parent: int | None = None,
        description: str | None = None,
    ) -> RemoteTerm:
        """Create a term. A name already used under the same parent raises :class:`TermExists`
        whose ``term_id`` is the existing term's id."""
        route = self._term_route(taxonomy)
        fields = present(name=name, slug=slug, parent=parent, description=description)
        body, _ = self._request("POST", route, json_body=fields)
        return term_from_body(body, taxonomy, "POST", route)

    def update_term(
        self,
        taxonomy: Taxonomy,
        term_id: int,
        *,
        name: str | None = None,
        slug: str | None = None,
        parent: int | None = None,
        description: str | None = None,
    ) -> RemoteTerm:
        route = f"{self._term_route(taxonomy)}/{int(term_id)}"
        fields = present(name=name, slug=slug, parent=parent, description=description)
        body, _ = self._request("POST", route, json_body=fields)
        return term_from_body(body, taxonomy, "POST", route)

    def delete_term(self, taxonomy: Taxonomy, term_id: int) -> None:
        # Terms have no trash: without force WordPress answers 501.
        self._request("DELETE", f"{self._term_route(taxonomy)}/{int(term_id)}", params={"force": "true"})

    # ----------------------------------------------------------------- posts
    def iter_post_pages(
        self, *, modified_after: datetime | None = None, status: str = "any"
    ) -> Iterator[Page[RemotePost]]:
        """Posts page by page (``context=edit``, ordered by id).

        ``modified_after`` is exclusive and compared by WordPress in the site's own timezone,
        which the explicit ``+00:00`` makes correct for any site zone. The order is not by
        modification time, so advance a pull's watermark only after the whole walk, to the
        time the pull *started* (less a second: ``modified_gmt`` has one-second resolution).
        """
        params: dict[str, Any] = {
            "context": "edit",
            "status": status,
            "per_page": PER_PAGE,
            "orderby": "id",
            "order": "asc",
        }
        if modified_after is not None:
            params["modified_after"] = format_gmt(modified_after) + "+00:00"
        route = "/wp/v2/posts"
        for items, page, total_pages, total in self._pages(route, params):
            posts = tuple(post_from_body(item, "GET", route) for item in items)
            yield Page(posts, page, total_pages, total)

    def list_posts(self, *, modified_after: datetime | None = None, status: str = "any") -> list[RemotePost]:
        pages = self.iter_post_pages(modified_after=modified_after, status=status)
        return [post for page in pages for post in page.items]

    def get_post(self, post_id: int) -> RemotePost:
        route = f"/wp/v2/posts/{int(post_id)}"
        body, _ = self._request("GET", route, params={"context": "edit"})
        return post_from_body(body, "GET", route)

    def create_post(self, changes: PostChanges) -> RemotePost:
        """Create a post. On :class:`OutcomeUnknown` (or any error whose ``may_have_applied``
        is true) call :meth:`find_posts_by_marker` before sending it again."""
        route = "/wp/v2/posts"
        body, _ = self._request("POST", route, json_body=post_fields(changes))
        return post_from_body(body, "POST", route)

    def update_post(self, post_id: int, changes: PostChanges) -> RemotePost:
        route = f"/wp/v2/posts/{int(post_id)}"
        body, _ = self._request("POST", route, json_body=post_fields(changes))
        return post_from_body(body, "POST", route)

    def post_revisions(self, post_id: int, limit: int = 2) -> list[RemotePost]:
        """The texts the post has held, newest first (title, content and excerpt of each)."""
        route = f"/wp/v2/posts/{int(post_id)}/revisions"
        params = {"context": "edit", "per_page": max(1, min(int(limit), PER_PAGE)), "orderby": "id", "order": "desc"}
        items, _ = self._request("GET", route, params=params, expect="list")
        return [post_from_body(item, "GET", route) for item in items]

    def delete_post(self, post_id: int, *, force: bool = False) -> None:
        """Move a post to the trash, or delete it for good with ``force``."""
        params = {"force": "true"} if force else None
        self._request("DELETE", f"/wp/v2/posts/{int(post_id)}", params=params)

    def find_posts_by_marker(self, marker: str) -> list[RemotePost]:
        """Posts (any status but trash) that carry the desk's marker for this local article id."""
        route = "/wp/v2/posts"
        params = {"search": check_marker(marker), "status": "any", "context": "edit", "per_page": PER_PAGE}
        items, _ = self._request("GET", route, params=params, expect="list")
        posts = (post_from_body(item, "GET", route) for item in items)
        return [post for post in posts if post.marker == marker]

    def find_posts_by_slug(self, slug: str) -> list[RemotePost]:
        """Posts of any status but trash whose slug is exactly `slug` (drafts included: their
        slug is claimed as soon as the site gives it one)."""
        route = "/wp/v2/posts"
        params = {"slug": slug, "status": "any", "context": "edit", "per_page": PER_PAGE}
        items, _ = self._request("GET", route, params=params, expect="list")
        return [post_from_body(item, "GET", route) for item in items]

    # ----------------------------------------------------------------- media
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
    ) -> RemoteMedia:
        """Upload one file as multipart form data (which, unlike a raw body, carries non-ASCII
        file names and the alt text and caption in the same request)."""
        route = "/wp/v2/media"
        fields = present(alt_text=alt_text, caption=caption, title=title)
        if marker is not None:
            fields["description"] = comment_marker(marker)
        body, _ = self._request(
            "POST", route, files={"file": (filename, data, mime_type)}, data={k: str(v) for k, v in fields.items()}
        )
        return media_from_body(body, "POST", route)

    def update_media(self, media_id: int, *, alt_text: str | None = None, caption: str | None = None) -> RemoteMedia:
        """Change an attachment's alt text or caption; an empty string clears it. WordPress takes
        the caption as a plain string (its raw text) and answers in the edit context."""
        route = f"/wp/v2/media/{int(media_id)}"
        body, _ = self._request("POST", route, json_body=present(alt_text=alt_text, caption=caption))
        return media_from_body(body, "POST", route)

    def get_media(self, media_id: int) -> RemoteMedia:
        route = f"/wp/v2/media/{int(media_id)}"
        body, _ = self._request("GET", route, params={"context": "edit"})
        return media_from_body(body, "GET", route)

    def delete_media(self, media_id: int) -> None:
        # Attachments have no trash over REST: without force WordPress answers 501.
        self._request("DELETE", f"/wp/v2/media/{int(media_id)}", params={"force": "true"})

    def find_media_by_marker(self, marker: str) -> list[RemoteMedia]:
        route = "/wp/v2/media"
        params = {"search": check_marker(marker), "context": "edit", "per_page": PER_PAGE}
        items, _ = self._request("GET", route, params=params, expect="list")
        media = (media_from_body(item, "GET", route) for item in items)
        return [item for item in media if item.marker == marker]

    # ------------------------------------------------------------------ routes
    @staticmethod
    def _term_route(taxonomy: Taxonomy) -> str:
        try:
            return "/wp/v2/" + _TERM_ROUTES[taxonomy]
        except KeyError:
            raise ValueError(f"unknown taxonomy {taxonomy!r}; use 'category' or 'post_tag'") from None
