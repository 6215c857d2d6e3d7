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

ONLINE, OFFLINE, PAUSED, UNKNOWN = "online", "offline", "paused", "unknown"

_SITES_SQL = (
    "SELECT s.id, s.name, s.base_url, s.username, s.role, s.capabilities, s.timezone, s.state, s.state_message, "
    "s.pull_watermark, s.wp_version, "
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


def _capabilities(value: str | None) -> dict[str, bool]:
    try:
        found = json.loads(value) if value else {}
    except ValueError:  # a damaged column shows as "no capabilities known", not a crash
        return {}
    return {str(k): bool(v) for k, v in found.items()} if isinstance(found, dict) else {}


def _view(r: tuple) -> SiteView:
    id_, name, url, user, role, caps, tz, state, message, watermark, wp_version, pending, conflicts, failed = r
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
