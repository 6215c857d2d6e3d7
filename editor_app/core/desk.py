"""The desk: one open store with its services, built once and passed to whoever needs it.

Services are created on first use, each importing its own module then. What opening a desk,
filling the list and typing need — reading and saving text through `articles`, the lists of
`terms`, an article's images from `media`, and listing `sites` — is plain SQL; it imports neither
SQLAlchemy nor the HTTP client. Those load with the first metadata edit, management dialog or sync.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from editor_app.core.paths import AppPaths
from editor_app.core.store.engine import DEFAULT_BUSY_TIMEOUT_MS, Store, open_store

if TYPE_CHECKING:
    from editor_app.core.look.service import LookService
    from editor_app.core.preferences import Preferences, PreferencesFile
    from editor_app.core.services.articles import ArticleService
    from editor_app.core.services.conflicts import ConflictService
    from editor_app.core.services.media import MediaService
    from editor_app.core.services.publishing import PublishQueue, PublishService
    from editor_app.core.services.revisions import RevisionService
    from editor_app.core.services.sites import SiteService
    from editor_app.core.services.syncing import SyncService
    from editor_app.core.services.terms import TermService
    from editor_app.core.services.transfer import TransferService


@dataclass(eq=False)
class Desk:
    paths: AppPaths
    store: Store

    @cached_property
    def looks(self) -> LookService:
        """The sites' learned looks and which one each site's articles are shown in."""
        from editor_app.core.look.service import LookService

        return LookService(self.paths)

    @cached_property
    def preferences(self) -> PreferencesFile:
        """This desk's preferences file (config folder): `.load()`, `.load_or_default()`, `.save(prefs)`."""
        from editor_app.core.preferences import PreferencesFile

        return PreferencesFile.in_folder(self.paths.config_dir)

    @cached_property
    def articles(self) -> ArticleService:
        """Lists, search, opening and saving articles; listing and typing are plain SQL."""
        from editor_app.core.services.articles import ArticleService

        return ArticleService(self.store)

    @cached_property
    def terms(self) -> TermService:
        """Sections and tags; their lists with counts (navigator, metadata panel) are plain SQL."""
        from editor_app.core.services.terms import TermService

        return TermService(self.store)

    @cached_property
    def revisions(self) -> RevisionService:
        from editor_app.core.services.revisions import RevisionService

        return RevisionService(self.store)

    @cached_property
    def transfer(self) -> TransferService:
        from editor_app.core.services.transfer import TransferService

        return TransferService(self.store)

    @cached_property
    def media(self) -> MediaService:
        """An article's images; reading them (editor, preview) is plain SQL."""
        from editor_app.core.services.media import MediaService

        return MediaService(self.store, self.paths.media_dir)

    @cached_property
    def sites(self) -> SiteService:
        """The sites with their state and counts (plain SQL, for the status bar and the navigator),
        adding, checking and removing them (the keychain and the HTTP client load then)."""
        from editor_app.core.services.sites import SiteService

        return SiteService(self.store)

    @cached_property
    def conflicts(self) -> ConflictService:
        from editor_app.core.services.conflicts import ConflictService

        return ConflictService(self.store)

    @cached_property
    def publishing(self) -> PublishService:
        from editor_app.core.services.publishing import PublishService

        def preferences() -> Preferences:
            return self.preferences.load_or_default()[0]

        return PublishService(
            self.store, media_dir=self.paths.media_dir, open_client=self.sites.open_client, preferences=preferences
        )

    @cached_property
    def publish_queue(self) -> PublishQueue:
        """Publish jobs and their state; listing is plain SQL, cancelling loads the ORM."""
        from editor_app.core.services.publishing import PublishQueue

        return PublishQueue(self.store)

    @cached_property
    def syncing(self) -> SyncService:
        """Syncing a site; the engine (HTTP client, ORM) loads with the first sync."""
        from editor_app.core.services.syncing import SyncService

        def publish_format() -> str:
            # A damaged preferences file is reported where it is edited; sync then sends block markup.
            return self.preferences.load_or_default()[0].publish_format

        return SyncService(
            self.store,
            self.sites,
            lock_dir=self.paths.cache_dir,
            media_dir=self.paths.media_dir,
            publish_format=publish_format,
        )

    @classmethod
    def open(cls, paths: AppPaths, *, create: bool = True, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Desk:
        if create:
            try:
                paths.ensure()
            except OSError as exc:
                from editor_app.core.store.engine import os_error

                raise os_error(exc, paths.store_file) from None
        store = open_store(paths.store_file, create=create, busy_timeout_ms=busy_timeout_ms)
        if not store.read_only:
            paths.tighten()  # a desk made with looser modes becomes owner-only
        return cls(paths, store)

    def close(self) -> None:
        self.store.close()
