"""Sites the desk publishes to: add, list, check, remove, and open a client for one.

A site row holds the address, the user name and what the last check learned (role,
capabilities, timezone, state). The application password lives only in the keychain
(:mod:`editor_app.core.credentials`) and is read when a client is opened.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from editor_app.core.clock import utcnow
from editor_app.core.credentials import CredentialStore
from editor_app.core.domain import Role
from editor_app.core.errors import CopydeskError, InvalidInput, NotFound
from editor_app.core.store.engine import Store
from editor_app.core.store.models import Site
from editor_app.core.sync.bylines import SiteAuthor
from editor_app.core.sync.cms import CmsClient, RemoteUser, SiteInfo
from editor_app.core.sync.errors import AuthRejected, CmsError, InvalidSiteUrl, SiteUnreachable
from editor_app.core.sync.site_views import OFFLINE, ONLINE, PAUSED, UNKNOWN, SiteView, SiteViews
from editor_app.core.sync.wordpress import WordPressClient, check_site_url

log = logging.getLogger(__name__)
T = TypeVar("T")
ClientFactory = Callable[[str, str, str], CmsClient]  # (url, username, password) -> client


class SyncFailed(CopydeskError):
    """Talking to the site failed; the message says why and what to do."""

    exit_code = 1


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


def default_client_factory(url: str, username: str, password: str) -> CmsClient:
    return WordPressClient(url, username, password)


class SiteService:
    def __init__(
        self,
        store: Store,
        credentials: CredentialStore | None = None,
        client_factory: ClientFactory = default_client_factory,
    ) -> None:
        self.store = store
        self.credentials = credentials or CredentialStore()
        self.client_factory = client_factory
        self.views = SiteViews(store)

    # ----------------------------------------------------------------- reading
    def list(self) -> list[SiteView]:
        return self.views.list()

    def get(self, name: str) -> SiteView:
        return self.views.get(name)

    def pick(self, name: str | None) -> SiteView:
        """The named site, or the only one when there is exactly one."""
        if name:
            return self.get(name)
        sites = self.list()
        if len(sites) == 1:
            return sites[0]
        if not sites:
            raise NotFound("no site yet; add one with `copydesk site add NAME --url URL --user USER`")
        raise InvalidInput(f"several sites ({', '.join(s.name for s in sites)}); say which with --site NAME")

    # ----------------------------------------------------------------- changing
    def add(self, name: str, url: str, username: str, password: str) -> SiteView:
        """Record a site and keep its password in the keychain (checked before anything is written)."""
        name, username = name.strip(), username.strip()
        if not name or not username:
            raise InvalidInput("a site needs a name and a user name")
        clean_url = self._clean_url(url)
        password = password.strip()
        if not password:
            raise InvalidInput("the application password is empty")
        self.credentials.backend()  # no usable keychain: refuse before recording anything
        with self.store.write() as s:
            if s.scalars(select(Site).where(Site.name == name)).first():
                raise InvalidInput(f"a site named {name!r} already exists; remove it first or pick another name")
            self.credentials.set(clean_url, username, password)
            row = Site(
                name=name,
                base_url=clean_url,
                username=username,
                state=UNKNOWN,
                state_message="not checked yet; run `copydesk site check`",
                created_at=utcnow(),
            )
            s.add(row)
        return self.get(name)

    def set_password(self, name: str, password: str) -> SiteView:
        """A new application password (after a 401); the site is no longer paused."""
        password = password.strip()
        if not password:
            raise InvalidInput("the application password is empty")
        with self.store.write() as s:
            row = self._row(s, name)
            self.credentials.set(row.base_url, row.username, password)
            if row.state == PAUSED:
                row.state, row.state_message = UNKNOWN, "new password saved; not checked yet"
        return self.get(name)

    def remove(self, name: str) -> bool:
        """Forget the site and delete its keychain entry. Articles stay, unlinked from it.
        Returns whether a keychain entry was removed."""
        with self.store.write() as s:
            row = self._row(s, name)
            url, user = row.base_url, row.username
            s.delete(row)
        return self.credentials.delete(url, user)

    def set_state(self, site_id: int, state: str, message: str = "") -> None:
        with self.store.write() as s:
            row = s.get(Site, site_id)
            if row is not None:
                row.state, row.state_message = state, message

    # ----------------------------------------------------------------- the network
    def open_client(self, name: str) -> CmsClient:
        with self.store.read() as s:
            row = self._row(s, name)
            url, user = row.base_url, row.username
        return self.client_factory(url, user, self.credentials.get(url, user))

    def test_connection(self, url: str, username: str, password: str) -> SiteCheck:
        """The account dialog's "Test connection": nothing is stored."""
        client = self.client_factory(self._clean_url(url), username.strip(), password.strip())
        try:
            return self.inspect(client)
        except AuthRejected:
            raise SyncFailed(auth_message(username)) from None
        except CmsError as exc:
            raise SyncFailed(f"could not check the account: {exc}") from None
        finally:
            client.close()

    def check(self, name: str, client: CmsClient | None = None) -> SiteCheck:
        """Read the account (``/wp/v2/users/me?context=edit``) and the site's timezone, and store
        role, capabilities, timezone and state. A refused password pauses the site."""
        view = self.get(name)
        own = client is None
        client = client or self.open_client(name)
        try:
            found = self.inspect(client)
        except AuthRejected:
            message = auth_message(view.username)
            self.set_state(view.id, PAUSED, message)
            raise SyncFailed(f"{view.name}: {message}") from None
        except SiteUnreachable as exc:
            self.set_state(view.id, OFFLINE, f"the site could not be reached: {exc}")
            raise SyncFailed(f"{view.name}: the site could not be reached ({exc})") from None
        except CmsError as exc:
            self.set_state(view.id, OFFLINE, str(exc))
            raise SyncFailed(f"{view.name}: {exc}") from None
        finally:
            if own:
                client.close()
        self.record_account(view.id, found)
        return found

    def record_account(self, site_id: int, found: SiteCheck) -> None:
        with self.store.write() as s:
            row = s.get(Site, site_id)
            if row is None:
                return
            row.role = found.role
            row.capabilities = dict(found.capabilities)
            row.remote_user_id = found.user_id
            row.timezone = found.timezone
            if found.wp_version:  # a site that stops saying keeps the version it last said
                row.wp_version = found.wp_version
            if found.authors is not None:  # a listing that failed this time keeps the last one
                row.authors = [{"id": a.id, "name": a.name} for a in found.authors]
            if found.meta_fields is not None:
                row.meta_fields = list(found.meta_fields)
            row.state, row.state_message = ONLINE, found.summary

    def set_byline_field(self, name: str, field: str | None) -> SiteView:
        """Choose the post meta field bylines go to: a field name, "" for none (bylines then go to
        the author or the top of the story), or None to detect one by its common names."""
        field = field.strip() if field is not None else None
        with self.store.write() as s:
            row = self._row(s, name)
            known = row.meta_fields or []
            if field and known and field not in known:
                raise InvalidInput(
                    f"{row.name} exposes no post meta field {field!r}; it has: {', '.join(known) or 'none'}"
                )
            row.byline_field = field
        return self.get(name)

    @staticmethod
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

    # ----------------------------------------------------------------- helpers
    @staticmethod
    def _clean_url(url: str) -> str:
        try:
            return check_site_url(url)
        except InvalidSiteUrl as exc:
            raise InvalidInput(str(exc)) from None

    @staticmethod
    def _row(s: Session, name: str) -> Site:
        row = s.scalars(select(Site).where(Site.name == name)).first()
        if row is None:
            raise NotFound(f"no site named {name!r}; see `copydesk site list`")
        return row


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
