"""What a WordPress site says about bylines: its authors and the post meta fields it exposes.

Kept out of the client module (which is only the conversation) so it stays small; the client
hands in its paged walk and its request function.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from editor_app.core.sync.bylines import SiteAuthor
from editor_app.core.sync.errors import UnexpectedResponse

Pages = Callable[[str, Mapping[str, Any]], Iterator[tuple[list[Any], int, int, int]]]
Request = Callable[..., tuple[Any, Any]]

USERS_ROUTE = "/wp/v2/users"
POSTS_ROUTE = "/wp/v2/posts"


def authors(pages: Pages, per_page: int = 100) -> list[SiteAuthor]:
    """Every user who may write posts (``who=authors``: contributors and up), with display names.
    Any account that may write posts may ask; the view context carries id and name."""
    params = {"who": "authors", "per_page": per_page, "orderby": "id", "order": "asc", "context": "view"}
    found: list[SiteAuthor] = []
    for items, _page, _pages, _total in pages(USERS_ROUTE, params):
        for item in items:
            if not isinstance(item, dict) or not isinstance(item.get("id"), int):
                raise UnexpectedResponse("expected a user object in the list", method="GET", route=USERS_ROUTE)
            found.append(SiteAuthor(item["id"], str(item.get("name") or item.get("slug") or "")))
    return found


def meta_fields(request: Request) -> tuple[str, ...]:
    """The post meta keys the site exposes over REST (``register_post_meta`` with ``show_in_rest``),
    from the posts route's schema (``OPTIONS /wp/v2/posts``)."""
    body, _ = request("OPTIONS", POSTS_ROUTE)
    schema = body.get("schema") if isinstance(body, dict) else None
    properties = schema.get("properties") if isinstance(schema, dict) else None
    meta = properties.get("meta") if isinstance(properties, dict) else None
    keys = meta.get("properties") if isinstance(meta, dict) else None
    return tuple(sorted(str(k) for k in keys)) if isinstance(keys, dict) else ()
