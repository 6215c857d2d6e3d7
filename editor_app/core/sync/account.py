"""The account check: who the application password signs in as, what that account may do on
the site, and the site's timezone and byline facts. Network only; what it learned is recorded
by the caller."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from editor_app.core.domain import Role
from editor_app.core.sync.bylines import SiteAuthor
from editor_app.core.sync.cms import CmsClient, RemoteUser, SiteInfo
from editor_app.core.sync.errors import AuthRejected, CmsError

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class SiteCheck:
    """What `site check` / "Test connection" learned about an account."""

    user_id: int
    user_name: str
    role: str
    capabilities: Mapping[str, bool]
    timezone: str
    site_name: str
    summary: str  # plain words: what this account may do
    wp_version: str = ""  # as the site states it (feed generator or home page meta)
    authors: tuple[SiteAuthor, ...] | None = None  # None: the site would not list them this time
    meta_fields: tuple[str, ...] | None = None

    @property
    def can_publish(self) -> bool:
        return bool(self.capabilities.get("publish_posts"))


def role_of(user: RemoteUser) -> Role:
    """The WordPress role, or the nearest standard one for a custom role, by its capabilities."""
    for name in user.roles:
        try:
            return Role(name)
        except ValueError:
            continue
    if user.can("edit_others_posts") and user.can("publish_posts"):
        return Role.EDITOR
    if user.can("publish_posts"):
        return Role.AUTHOR
    return Role.CONTRIBUTOR


def describe_permissions(user: RemoteUser, role: Role) -> str:
    """What this account may do, in the words an editor would use."""
    lines: list[str] = []
    if user.can("publish_posts") and user.can("edit_others_posts"):
        lines.append("publish and schedule articles, including other people's")
    elif user.can("publish_posts"):
        lines.append("publish and schedule your own articles")
    elif user.can("edit_posts"):
        lines.append("write drafts and submit them for review; an editor publishes them")
    else:
        lines.append("not write articles at all (this account has no edit_posts capability)")
    lines.append(
        "create and edit sections" if user.can("manage_categories") else "use existing sections but not create them"
    )
    lines.append("upload images" if user.can("upload_files") else "not upload images")
    roles = ", ".join(user.roles) or role.value
    return f"Signed in as {user.name or user.slug} ({roles}). This account may " + "; ".join(lines) + "."


def _timezone(info: SiteInfo) -> str:
    if info.timezone_string:
        return info.timezone_string
    hours = info.gmt_offset
    sign = "+" if hours >= 0 else "-"
    whole = int(abs(hours))
    minutes = int(round((abs(hours) - whole) * 60))
    return f"UTC{sign}{whole:02d}:{minutes:02d}"


def inspect(client: CmsClient) -> SiteCheck:
    user = client.whoami()
    info = client.site_info()
    role = role_of(user)
    authors = _optional(lambda: tuple(client.list_authors()), "authors")
    meta_fields = _optional(client.post_meta_fields, "post meta fields")
    return SiteCheck(
        user_id=user.id,
        user_name=user.name or user.slug,
        role=role.value,
        capabilities=dict(user.capabilities),
        timezone=_timezone(info),
        site_name=info.name,
        summary=describe_permissions(user, role),
        wp_version=info.wordpress_version,
        authors=authors,
        meta_fields=meta_fields,
    )


def _optional(read: Callable[[], T], what: str) -> T | None:
    """Byline facts are a help, not a condition: a site that refuses to list them (a plugin hiding
    users, an old schema) still syncs, and keeps what an earlier check learned."""
    try:
        return read()
    except AuthRejected:
        raise
    except CmsError as exc:
        log.info("the site did not list its %s: %s", what, exc)
        return None


def auth_message(username: str) -> str:
    return (
        f"paused: the site refused the application password for {username} (wrong, revoked or expired). "
        "Create a new application password in WordPress (Users → Profile → Application Passwords) and "
        "enter it with `copydesk site password NAME --password-stdin` or the account dialog"
    )
