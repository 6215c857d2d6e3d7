"""WordPress REST bodies to the desk's remote values and back: terms, posts, media, post fields.

Kept apart from the client so the client is only the conversation (requests, errors, paging)
and these readers can be tested and fuzzed on plain JSON.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from editor_app.core.sync.cms import PostChanges, RemoteMedia, RemotePost, RemoteTerm, Taxonomy
from editor_app.core.sync.errors import UnexpectedResponse
from editor_app.core.sync.wp_wire import (
    as_int,
    embed_marker,
    format_gmt,
    id_tuple,
    parse_gmt,
    raw_text,
    strip_marker,
)


def present(**fields: Any) -> dict[str, Any]:
    """The fields that were given (``None`` means "leave unchanged")."""
    return {key: value for key, value in fields.items() if value is not None}


def require_id(body: Mapping[str, Any], key: str, method: str, route: str) -> None:
    value = body.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise UnexpectedResponse(f"the answer has no numeric {key!r}", method=method, route=route)


def term_from_body(body: Any, taxonomy: Taxonomy, method: str, route: str) -> RemoteTerm:
    if not isinstance(body, dict):
        raise UnexpectedResponse("expected a term object in the list", method=method, route=route)
    require_id(body, "id", method, route)
    return RemoteTerm(
        id=body["id"],
        taxonomy=body.get("taxonomy") or taxonomy,
        name=str(body.get("name", "")),
        slug=str(body.get("slug", "")),
        parent=as_int(body.get("parent")),
        description=str(body.get("description") or ""),
        count=as_int(body.get("count")),
    )


def post_from_body(body: Any, method: str, route: str) -> RemotePost:
    if not isinstance(body, dict):
        raise UnexpectedResponse("expected a post object in the list", method=method, route=route)
    require_id(body, "id", method, route)
    content, marker = strip_marker(raw_text(body.get("content")))
    meta = body.get("meta")
    return RemotePost(
        id=body["id"],
        title=raw_text(body.get("title")),
        content=content,
        excerpt=raw_text(body.get("excerpt")),
        slug=str(body.get("slug") or ""),
        status=str(body.get("status") or ""),
        date_gmt=parse_gmt(body.get("date_gmt")),
        modified_gmt=parse_gmt(body.get("modified_gmt")),
        categories=id_tuple(body.get("categories")),
        tags=id_tuple(body.get("tags")),
        featured_media=as_int(body.get("featured_media")),
        link=str(body.get("link") or ""),
        author=as_int(body.get("author")),
        meta=meta if isinstance(meta, dict) else {},
        marker=marker,
    )


def media_from_body(body: Any, method: str, route: str) -> RemoteMedia:
    if not isinstance(body, dict):
        raise UnexpectedResponse("expected a media object in the list", method=method, route=route)
    require_id(body, "id", method, route)
    _, marker = strip_marker(raw_text(body.get("description")))
    post = body.get("post")
    return RemoteMedia(
        id=body["id"],
        source_url=str(body.get("source_url") or ""),
        mime_type=str(body.get("mime_type") or ""),
        title=raw_text(body.get("title")),
        alt_text=str(body.get("alt_text") or ""),
        caption=raw_text(body.get("caption")),
        post=post if isinstance(post, int) and post > 0 else None,
        date_gmt=parse_gmt(body.get("date_gmt")),
        modified_gmt=parse_gmt(body.get("modified_gmt")),
        link=str(body.get("link") or ""),
        marker=marker,
    )


def post_fields(changes: PostChanges) -> dict[str, Any]:
    fields = present(
        title=changes.title,
        excerpt=changes.excerpt,
        status=changes.status,
        slug=changes.slug,
        featured_media=changes.featured_media,
        author=changes.author,
    )
    if changes.content is not None:
        content = changes.content
        fields["content"] = embed_marker(content, changes.marker) if changes.marker else content
    if changes.meta is not None:
        fields["meta"] = dict(changes.meta)
    if changes.date_gmt is not None:
        # Only the GMT date: sending `date` too would let the site's timezone interfere.
        fields["date_gmt"] = format_gmt(changes.date_gmt)
    if changes.categories is not None:
        fields["categories"] = [int(i) for i in changes.categories]
    if changes.tags is not None:
        fields["tags"] = [int(i) for i in changes.tags]
    return fields
