"""Sites: the one door for adding, listing, checking and removing the sites the desk publishes
to, and for their state as the status bar and the navigator show it.

A site row holds the address, the user name and what the last check learned (role,
capabilities, timezone, state). The application password lives only in the keychain
(:mod:`editor_app.core.credentials`) and is read when a client is opened. Listing is plain SQL
and loads neither the HTTP client, the keychain nor the ORM: the window reads it on every start.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from editor_app.core.clock import from_store
from editor_app.core.errors import CopydeskError, InvalidInput, NotFound
from editor_app.core.store import sites as site_rows
from editor_app.core.store.engine import Store
from editor_app.core.store.sites import OFFLINE, ONLINE, PAUSED, UNKNOWN
from editor_app.core.sync.account import SiteCheck, auth_message
from editor_app.core.sync.bylines import SiteAuthor, SiteBylines, effective_field

if TYPE_CHECKING:  # the HTTP client and the keychain load with the first check or sync
    from editor_app.core.credentials import CredentialStore
    from editor_app.core.sync.cms import CmsClient

__all__ = [
    "OFFLINE",
    "ONLINE",
    "PAUSED",
    "UNKNOWN",
    "SiteCheck",
    "SiteService",
    "SiteView",
    "SyncFailed",
    "auth_message",
]

ClientFactory = Callable[[str, str, str], "CmsClient"]  # (url, username, password) -> client


class SyncFailed(CopydeskError):
    """Talking to the site failed; the message says why and what to do."""

    exit_code = 1


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


def default_client_factory(url: str, username: str, password: str) -> CmsClient:
    from editor_app.core.sync.wordpress import WordPressClient

    return WordPressClient(url, username, password)


class SiteService:
    def __init__(
        self,
        store: Store,
        credentials: CredentialStore | None = None,
        client_factory: ClientFactory | None = None,
    ) -> None:
        self.store = store
        self._credentials = credentials
        self.client_factory = client_factory or default_client_factory

    @property
    def credentials(self) -> CredentialStore:
        if self._credentials is None:
            from editor_app.core.credentials import CredentialStore

            self._credentials = CredentialStore()
        return self._credentials

    # ----------------------------------------------------------------- reading
    def list(self) -> list[SiteView]:
        return [_view(r) for r in site_rows.site_rows(self.store)]

    def get(self, name: str) -> SiteView:
        rows = site_rows.site_rows(self.store, name)
        if not rows:
            raise NotFound(f"no site named {name!r}; see `copydesk site list`")
        return _view(rows[0])

    def open_conflicts(self) -> int:
        """Open conflicts on the desk, whichever site they belong to."""
        return site_rows.open_conflicts(self.store)

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
        # A keychain failure rolls the row back.
        site_rows.add_site_keeping(
            self.store, name, clean_url, username, lambda: self.credentials.set(clean_url, username, password)
        )
        return self.get(name)

    def set_password(self, name: str, password: str) -> SiteView:
        """A new application password (after a 401); the site is no longer paused."""
        password = password.strip()
        if not password:
            raise InvalidInput("the application password is empty")
        site_rows.new_password_keeping(
            self.store, name, lambda login: self.credentials.set(login.url, login.username, password)
        )
        return self.get(name)

    def remove(self, name: str) -> bool:
        """Forget the site and delete its keychain entry. Articles stay, unlinked from it.
        Returns whether a keychain entry was removed."""
        login = site_rows.forget_site(self.store, name)
        return self.credentials.delete(login.url, login.username)

    def set_state(self, site_id: int, state: str, message: str = "") -> None:
        site_rows.save_state(self.store, site_id, state, message)

    def record_account(self, site_id: int, found: SiteCheck) -> None:
        site_rows.save_account(self.store, site_id, **account_fields(found))

    def set_byline_field(self, name: str, field: str | None) -> SiteView:
        """Choose the post meta field bylines go to: a field name, "" for none (bylines then go to
        the author or the top of the story), or None to detect one by its common names."""
        field = field.strip() if field is not None else None
        site_rows.choose_byline_field(self.store, name, field)
        return self.get(name)

    # ----------------------------------------------------------------- the network
    def open_client(self, name: str) -> CmsClient:
        login = site_rows.site_login(self.store, name)
        return self.client_factory(login.url, login.username, self.credentials.get(login.url, login.username))

    def test_connection(self, url: str, username: str, password: str) -> SiteCheck:
        """The account dialog's "Test connection": nothing is stored."""
        from editor_app.core.sync.errors import AuthRejected, CmsError

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
        from editor_app.core.sync.errors import AuthRejected, CmsError, SiteUnreachable

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

    @staticmethod
    def inspect(client: CmsClient) -> SiteCheck:
        from editor_app.core.sync.account import inspect

        return inspect(client)

    # ----------------------------------------------------------------- helpers
    @staticmethod
    def _clean_url(url: str) -> str:
        from editor_app.core.sync.errors import InvalidSiteUrl
        from editor_app.core.sync.wp_wire import check_site_url

        try:
            return check_site_url(url)
        except InvalidSiteUrl as exc:
            raise InvalidInput(str(exc)) from None


def account_fields(found: SiteCheck) -> dict:
    """What the store keeps of an account check."""
    return {
        "role": found.role,
        "capabilities": found.capabilities,
        "user_id": found.user_id,
        "timezone": found.timezone,
        "wp_version": found.wp_version,
        "authors": None if found.authors is None else [(a.id, a.name) for a in found.authors],
        "meta_fields": found.meta_fields,
        "summary": found.summary,
    }
