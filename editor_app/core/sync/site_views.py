"""What the window shows of its sites: their state and what waits to be sent, without opening
a connection. Hand-written SQL, and nothing of the HTTP client, the keychain or the ORM: the
status bar and the navigator read this on every start, syncing or not."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from editor_app.core.clock import from_store
from editor_app.core.errors import NotFound
from editor_app.core.store.engine import Store
from editor_app.core.sync.bylines import SiteAuthor, SiteBylines, effective_field

ONLINE, OFFLINE, PAUSED, UNKNOWN = "online", "offline", "paused", "unknown"

_SITES_SQL = (
    "SELECT s.id, s.name, s.base_url, s.username, s.role, s.capabilities, s.timezone, s.state, s.state_message, "
    "s.pull_watermark, s.wp_version, s.authors, s.meta_fields, s.byline_field, s.remote_user_id, "
    "(SELECT count(*) FROM outbox o WHERE (o.site_id = s.id OR o.site_id IS NULL) "
    " AND o.state IN ('pending', 'sending', 'unknown')), "
    "(SELECT count(*) FROM conflicts c JOIN articles a ON a.id = c.article_id "
    " WHERE c.resolved_at IS NULL AND a.site_id = s.id), "
    "(SELECT count(*) FROM outbox o WHERE (o.site_id = s.id OR o.site_id IS NULL) AND o.state = 'failed') "
    "FROM sites s {where} ORDER BY s.name"
)


@dataclass(frozen=True)
class SiteView:
    """A site as the account dialog and the site list show it."""

    id: int
    name: str
    url: str
    username: str
    role: str | None
    capabilities: Mapping[str, bool]
    timezone: str | None
    state: str  # online / offline / paused / unknown
    state_message: str
    last_pull: datetime | None
    pending: int  # outbox operations waiting to be sent
    conflicts: int  # open conflicts (edited on both sides, or deleted on the site)
    failed: int  # operations that failed and wait for the user
    wp_version: str = ""  # the WordPress version the site stated at the last check; "" if unknown
    authors: tuple[SiteAuthor, ...] = ()  # the site's authors as the last check listed them
    meta_fields: tuple[str, ...] = ()  # post meta fields the site exposes over REST
    byline_field_setting: str | None = None  # chosen byline field: None detects one, "" means none
    remote_user_id: int | None = None

    @property
    def byline_field(self) -> str | None:
        """The meta field bylines are written to on this site, or None."""
        return effective_field(self.byline_field_setting, self.meta_fields)

    def bylines(self) -> SiteBylines:
        """What a publish needs to place a byline: may this account set the author (an editor)?"""
        return SiteBylines(
            self.authors,
            self.meta_fields,
            self.byline_field,
            may_set_author=bool(self.capabilities.get("edit_others_posts")),
            own_user_id=self.remote_user_id,
        )


def _capabilities(value: str | None) -> dict[str, bool]:
    try:
        found = json.loads(value) if value else {}
    except ValueError:  # a damaged column shows as "no capabilities known", not a crash
        return {}
    return {str(k): bool(v) for k, v in found.items()} if isinstance(found, dict) else {}


def _json_list(value: str | None) -> list:
    try:
        found = json.loads(value) if value else []
    except ValueError:
        return []
    return found if isinstance(found, list) else []


def _authors(value: str | None) -> tuple[SiteAuthor, ...]:
    return tuple(
        SiteAuthor(int(a["id"]), str(a.get("name") or ""))
        for a in _json_list(value)
        if isinstance(a, dict) and isinstance(a.get("id"), int)
    )


def _view(r: tuple) -> SiteView:
    id_, name, url, user, role, caps, tz, state, message, watermark, wp_version = r[:11]
    authors, meta_fields, byline_field, remote_user_id, pending, conflicts, failed = r[11:]
    return SiteView(
        id=id_,
        name=name,
        url=url,
        username=user,
        role=role,
        capabilities=_capabilities(caps),
        timezone=tz,
        state=state or UNKNOWN,
        state_message=message or "",
        last_pull=from_store(watermark),
        pending=pending,
        conflicts=conflicts,
        failed=failed,
        wp_version=wp_version or "",
        authors=_authors(authors),
        meta_fields=tuple(str(f) for f in _json_list(meta_fields) if isinstance(f, str)),
        byline_field_setting=byline_field,
        remote_user_id=remote_user_id,
    )


class SiteViews:
    def __init__(self, store: Store) -> None:
        self.store = store

    def list(self) -> list[SiteView]:
        return [_view(r) for r in self.store.rows(_SITES_SQL.format(where=""))]

    def get(self, name: str) -> SiteView:
        rows = self.store.rows(_SITES_SQL.format(where="WHERE s.name = ?"), (name,))
        if not rows:
            raise NotFound(f"no site named {name!r}; see `copydesk site list`")
        return _view(rows[0])

    def open_conflicts(self) -> int:
        """Open conflicts on the desk, whichever site they belong to."""
        return int(self.store.rows("SELECT count(*) FROM conflicts WHERE resolved_at IS NULL")[0][0])
