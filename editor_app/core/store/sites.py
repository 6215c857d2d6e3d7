"""Sites in the store: the rows behind the site list, the status bar and the navigator, and the
writes that record an account check, a state, a password change or a byline field choice.

Reading is hand-written SQL on the read connection (the status bar reads it on every start);
writes take an ORM session from `Store.write()`, given by the caller so that a sync can run
them on its writer."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from editor_app.core.clock import utcnow
from editor_app.core.errors import InvalidInput, NotFound
from editor_app.core.store.engine import Store

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from editor_app.core.store.models import Site

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


def site_rows(store: Store, name: str | None = None) -> list[tuple[Any, ...]]:
    """Each site with its counts: (id, name, url, user, role, capabilities json, timezone, state,
    message, watermark, wp version, authors json, meta fields json, byline field, remote user id,
    pending, conflicts, failed)."""
    if name is None:
        return store.rows(_SITES_SQL.format(where=""))
    return store.rows(_SITES_SQL.format(where="WHERE s.name = ?"), (name,))


def open_conflicts(store: Store) -> int:
    """Open conflicts on the desk, whichever site they belong to."""
    return int(store.rows("SELECT count(*) FROM conflicts WHERE resolved_at IS NULL")[0][0])


@dataclass(frozen=True)
class SiteLogin:
    id: int
    url: str
    username: str


def site_login(store: Store, name: str) -> SiteLogin:
    rows = store.rows("SELECT id, base_url, username FROM sites WHERE name = ?", (name,))
    if not rows:
        raise NotFound(f"no site named {name!r}; see `copydesk site list`")
    return SiteLogin(*rows[0])


def _row(s: Session, name: str) -> Site:
    from sqlalchemy import select

    from editor_app.core.store.models import Site

    row = s.scalars(select(Site).where(Site.name == name)).first()
    if row is None:
        raise NotFound(f"no site named {name!r}; see `copydesk site list`")
    return row


def add_site(s: Session, name: str, url: str, username: str) -> None:
    from sqlalchemy import select

    from editor_app.core.store.models import Site

    if s.scalars(select(Site).where(Site.name == name)).first():
        raise InvalidInput(f"a site named {name!r} already exists; remove it first or pick another name")
    s.add(
        Site(
            name=name,
            base_url=url,
            username=username,
            state=UNKNOWN,
            state_message="not checked yet; run `copydesk site check`",
            created_at=utcnow(),
        )
    )
    s.flush()


def new_password_saved(s: Session, name: str) -> SiteLogin:
    """A paused site is no longer paused once it has a new password."""
    row = _row(s, name)
    if row.state == PAUSED:
        row.state, row.state_message = UNKNOWN, "new password saved; not checked yet"
    return SiteLogin(row.id, row.base_url, row.username)


def remove_site(s: Session, name: str) -> SiteLogin:
    """Forget the site; its articles stay, unlinked from it."""
    row = _row(s, name)
    login = SiteLogin(row.id, row.base_url, row.username)
    s.delete(row)
    return login


def set_state(s: Session, site_id: int, state: str, message: str = "") -> None:
    from editor_app.core.store.models import Site

    row = s.get(Site, site_id)
    if row is not None:
        row.state, row.state_message = state, message


def record_account(
    s: Session,
    site_id: int,
    *,
    role: str,
    capabilities: Mapping[str, bool],
    user_id: int,
    timezone: str,
    wp_version: str,
    authors: Sequence[tuple[int, str]] | None,
    meta_fields: Sequence[str] | None,
    summary: str,
) -> None:
    """What an account check learned; the site is online."""
    from editor_app.core.store.models import Site

    row = s.get(Site, site_id)
    if row is None:
        return
    row.role = role
    row.capabilities = dict(capabilities)
    row.remote_user_id = user_id
    row.timezone = timezone
    if wp_version:  # a site that stops saying keeps the version it last said
        row.wp_version = wp_version
    if authors is not None:  # a listing that failed this time keeps the last one
        row.authors = [{"id": i, "name": n} for i, n in authors]
    if meta_fields is not None:
        row.meta_fields = list(meta_fields)
    row.state, row.state_message = ONLINE, summary


def set_byline_field(s: Session, name: str, field: str | None) -> None:
    row = _row(s, name)
    known = row.meta_fields or []
    if field and known and field not in known:
        raise InvalidInput(f"{row.name} exposes no post meta field {field!r}; it has: {', '.join(known) or 'none'}")
    row.byline_field = field


def set_watermark(s: Session, site_id: int, when: datetime) -> None:
    from editor_app.core.store.models import Site

    row = s.get(Site, site_id)
    if row is not None:
        row.pull_watermark = when


@dataclass(frozen=True)
class SiteFacts:
    """What a site row tells about publishing to it and placing bylines there."""

    id: int
    name: str
    role: str | None
    capabilities: Mapping[str, bool]
    authors: tuple[tuple[int, str], ...]  # (id, name) as the last check listed them
    meta_fields: tuple[str, ...]
    byline_field: str | None
    remote_user_id: int | None


def _facts(row: Site) -> SiteFacts:
    caps = row.capabilities if isinstance(row.capabilities, dict) else {}
    authors = tuple(
        (int(a["id"]), str(a.get("name") or ""))
        for a in row.authors or []
        if isinstance(a, dict) and isinstance(a.get("id"), int)
    )
    return SiteFacts(
        row.id,
        row.name,
        row.role,
        {str(k): bool(v) for k, v in caps.items()},
        authors,
        tuple(str(f) for f in row.meta_fields or []),
        row.byline_field,
        row.remote_user_id,
    )


def site_for(s: Session, site_id: int | None, name: str | None) -> SiteFacts:
    """The named site, else the article's own site, else the only site."""
    from sqlalchemy import select

    from editor_app.core.store.models import Site

    if name:
        return _facts(_row(s, name))
    if site_id is not None:
        linked = s.get(Site, site_id)
        if linked is not None:
            return _facts(linked)
    rows = s.scalars(select(Site)).all()
    if len(rows) == 1:
        return _facts(rows[0])
    if not rows:
        raise NotFound("no site yet; add one with `copydesk site add NAME --url URL --user USER`")
    raise InvalidInput("several sites; say which with --site NAME")


def open_conflicts_of(store: Store, site_id: int) -> int:
    """Open conflicts of one site's articles."""
    rows = store.rows(
        "SELECT count(*) FROM conflicts c JOIN articles a ON a.id = c.article_id "
        "WHERE c.resolved_at IS NULL AND a.site_id = ?",
        (site_id,),
    )
    return int(rows[0][0])


# ----------------------------------------------------------------------------- whole transactions
def add_site_keeping(store: Store, name: str, url: str, username: str, keep_password: Callable[[], None]) -> None:
    """Record a site; `keep_password` (the keychain) runs in the same transaction, so a
    keychain that fails leaves no site behind."""
    with store.write() as s:
        add_site(s, name, url, username)
        keep_password()


def new_password_keeping(store: Store, name: str, keep_password: Callable[[SiteLogin], None]) -> None:
    with store.write() as s:
        keep_password(new_password_saved(s, name))


def forget_site(store: Store, name: str) -> SiteLogin:
    with store.write() as s:
        return remove_site(s, name)


def save_state(store: Store, site_id: int, state: str, message: str = "") -> None:
    with store.write() as s:
        set_state(s, site_id, state, message)


def save_account(store: Store, site_id: int, **found: Any) -> None:
    with store.write() as s:
        record_account(s, site_id, **found)


def choose_byline_field(store: Store, name: str, field: str | None) -> None:
    with store.write() as s:
        set_byline_field(s, name, field)
