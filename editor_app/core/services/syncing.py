"""Syncing: the one door for running a sync of a site, from the command line or the window.

The service gathers what the engine needs (the site's row, a client with the keychain's
password, the desk's publish format and folders, the site's lock) and hands the engine a store,
a client and a write hop: the engine itself never sees the desk or a service. Without a hop
(the command line) the calling thread is the writer: the push workers, which are network
threads, hand it their writes, and it runs them while it waits for them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from editor_app.core.store.engine import Store
from editor_app.core.threads import CallerWriter, WriteHop

if TYPE_CHECKING:
    from editor_app.core.services.sites import SiteService, SiteView
    from editor_app.core.sync.cms import CmsClient
    from editor_app.core.sync.engine import ProgressFn, SyncReport

DEFAULT_WORKERS = 4


class SyncService:
    def __init__(
        self,
        store: Store,
        sites: SiteService,
        *,
        lock_dir: Path,
        media_dir: Path | None,
        publish_format: Callable[[], str] = lambda: "blocks",
    ) -> None:
        self.store = store
        self.sites = sites
        self.lock_dir = lock_dir
        self.media_dir = media_dir
        self.publish_format = publish_format

    def sync(
        self,
        site: str | SiteView,
        client: CmsClient | None = None,
        *,
        write: WriteHop | None = None,
        progress: ProgressFn | None = None,
        claim_unassigned: bool = False,
        workers: int = DEFAULT_WORKERS,
        retry_budget_s: float = 10.0,
        pull_first: bool = True,
    ) -> SyncReport:
        """Sync one site: check the account, pull, push. `client` defaults to one opened with the
        keychain's password. `claim_unassigned` sends local work that belongs to no site yet to
        this one (the CLI does so when the site is named or is the only one). `write` runs a
        function on the store's writer (the GUI passes its store lane); without it the calling
        thread is the writer. Safe to call from a network thread; `progress` is called there."""
        from editor_app.core.sync.engine import SyncTarget, run_sync, site_lock

        view = self.sites.get(site) if isinstance(site, str) else site
        target = SyncTarget(
            view.id,
            view.name,
            view.username,
            view.wp_version,
            view.authors,
            view.meta_fields,
            view.byline_field_setting,
        )
        # A damaged preferences file is reported where it is edited; sync then sends block markup.
        publish_format = self.publish_format()
        with site_lock(self.lock_dir, view.id):
            own = client is None
            client = client or self.sites.open_client(view.name)
            try:
                return run_sync(
                    self.store,
                    client,
                    target,
                    write=write or CallerWriter(),
                    progress=progress,
                    claim_unassigned=claim_unassigned,
                    workers=workers,
                    retry_budget_s=retry_budget_s,
                    pull_first=pull_first,
                    media_dir=self.media_dir,
                    publish_format=publish_format,
                )
            finally:
                if own:
                    client.close()

    def retry_failed(self, site: str, op_ids: list[int] | None = None) -> int:
        """Put a site's failed operations back in the queue (after the user fixed the cause)."""
        from editor_app.core.store.outbox import retry_failed

        return retry_failed(self.store, self.sites.get(site).id, op_ids)


class _HasSyncing(Protocol):
    @property
    def syncing(self) -> SyncService: ...


def sync_site(
    desk: _HasSyncing, site: str | SiteView, client: CmsClient | None = None, **options: object
) -> SyncReport:
    """`desk.syncing.sync(...)`, for scripts and tests that hold a desk."""
    return desk.syncing.sync(site, client, **options)  # type: ignore[arg-type]
