"""The desk: one open store with its services, built once and passed to whoever needs it."""

from __future__ import annotations

from dataclasses import dataclass, field

from editor_app.core.paths import AppPaths
from editor_app.core.services.articles import ArticleService
from editor_app.core.services.media import MediaService
from editor_app.core.services.revisions import RevisionService
from editor_app.core.services.terms import TermService
from editor_app.core.services.transfer import TransferService
from editor_app.core.store.engine import DEFAULT_BUSY_TIMEOUT_MS, Store, open_store
from editor_app.core.sync.conflicts import ConflictService
from editor_app.core.sync.publish import PublishService
from editor_app.core.sync.sites import SiteService


@dataclass
class Desk:
    paths: AppPaths
    store: Store
    articles: ArticleService = field(init=False)
    terms: TermService = field(init=False)
    revisions: RevisionService = field(init=False)
    transfer: TransferService = field(init=False)
    sites: SiteService = field(init=False)
    conflicts: ConflictService = field(init=False)
    publishing: PublishService = field(init=False)
    media: MediaService = field(init=False)

    def __post_init__(self) -> None:
        self.articles = ArticleService(self.store)
        self.terms = TermService(self.store)
        self.revisions = RevisionService(self.store)
        self.transfer = TransferService(self.store)
        self.sites = SiteService(self.store)
        self.conflicts = ConflictService(self.store)
        self.publishing = PublishService(self.store, self.sites)
        self.media = MediaService(self.store, self.paths.media_dir)

    @classmethod
    def open(cls, paths: AppPaths, *, create: bool = True, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Desk:
        if create:
            paths.ensure()
        return cls(paths, open_store(paths.store_file, create=create, busy_timeout_ms=busy_timeout_ms))

    def close(self) -> None:
        self.store.close()
