"""One sync of one site: check the account, pull, then push the outbox; a report at the end.

It is safe to kill at any point. Pulled pages are committed one by one and the watermark
moves only at the end, so a new run pulls again what was missed (unchanged posts cost
nothing). Outbox operations caught ``sending`` by a kill are reconciled by the next run. A
per-site lock file keeps two processes (the GUI and a ``copydesk sync``) from syncing the
same site at once, which is also what makes a leftover ``sending`` provably orphaned.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.core.errors import CopydeskError
from editor_app.core.store.engine import Store
from editor_app.core.sync import outbox_state as ob
from editor_app.core.sync.cms import CmsClient
from editor_app.core.sync.errors import AuthRejected, CmsError, SiteUnreachable
from editor_app.core.sync.pull import PullResult, pull
from editor_app.core.sync.push import DEFAULT_WORKERS, Failure, Pusher, PushResult
from editor_app.core.sync.sites import OFFLINE, ONLINE, PAUSED, SiteService, SiteView, auth_message

if TYPE_CHECKING:
    from editor_app.core.desk import Desk

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory locks, one desk process assumed
    fcntl = None  # type: ignore[assignment]

ProgressFn = Callable[["SyncProgress"], None]


class SyncBusy(CopydeskError):
    """Another process is syncing this site right now."""

    exit_code = 1


@dataclass(frozen=True)
class SyncProgress:
    """For progress bars: `phase` is check, pull or push; `total` 0 means not known yet."""

    site: str
    phase: str
    done: int
    total: int


@dataclass
class SyncReport:
    site: str
    state: str = ONLINE  # online / offline / paused after the run
    message: str = ""
    pull: PullResult = field(default_factory=PullResult)
    push: PushResult = field(default_factory=PushResult)
    open_conflicts: int = 0  # all conflicts of this site waiting for the user
    failures: list[Failure] = field(default_factory=list)  # operations in the failed state
    waiting: int = 0  # operations not sent yet (retry later, blocked by a conflict)
    recovered: int = 0  # operations found interrupted and reconciled
    seconds: float = 0.0

    @property
    def pulled(self) -> int:
        return self.pull.changed

    @property
    def pushed(self) -> int:
        return self.push.sent

    @property
    def conflicts(self) -> int:
        return self.open_conflicts

    @property
    def ok(self) -> bool:
        return self.state == ONLINE and not self.failures

    def as_dict(self) -> dict:
        return {
            "site": self.site,
            "state": self.state,
            "message": self.message,
            "pulled": {
                "created": self.pull.created,
                "updated": self.pull.updated,
                "unchanged": self.pull.unchanged,
                "new_conflicts": self.pull.conflicts,
                "new_sections": self.pull.sections,
                "new_tags": self.pull.tags,
            },
            "pushed": {
                "created": self.push.created,
                "updated": self.push.updated,
                "deleted": self.push.deleted,
                "terms": self.push.terms,
                "media": self.push.media,
                "unchanged": self.push.unchanged,
                "new_conflicts": self.push.conflicts,
                "deleted_on_site": self.push.missing,
            },
            "conflicts": self.open_conflicts,
            "failures": [
                {"op": f.op_id, "kind": f.kind, "entity": f.entity, "message": f.message} for f in self.failures
            ],
            "waiting": self.waiting,
            "recovered": self.recovered,
            "notes": list(self.push.notes),
            "seconds": round(self.seconds, 3),
        }

    def summary(self) -> str:
        lines = [
            f"{self.site}: {self.state}" + (f" ({self.message})" if self.message and self.state != ONLINE else ""),
            f"  pulled: {self.pull.created} new, {self.pull.updated} updated, {self.pull.unchanged} unchanged",
            f"  pushed: {self.push.created} created, {self.push.updated} updated, {self.push.deleted} deleted, "
            f"{self.push.terms} sections/tags, {self.push.media} images",
            f"  conflicts: {self.open_conflicts} open" + ("  → copydesk conflicts list" if self.open_conflicts else ""),
            f"  failures: {len(self.failures)}",
        ]
        lines += [f"    {f.kind} {f.entity}: {f.message}" for f in self.failures]
        if self.waiting:
            lines.append(f"  waiting: {self.waiting} to send later")
        lines += [f"  note: {n}" for n in self.push.notes]
        return "\n".join(lines)


@contextmanager
def site_lock(lock_dir: Path, site_id: int) -> Iterator[None]:
    lock_dir.mkdir(parents=True, exist_ok=True)
    path = lock_dir / f"sync-site-{site_id}.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise SyncBusy("this site is being synced by another Copydesk window or command; try again") from None
        yield
    finally:
        os.close(fd)  # closing releases the lock; a killed process releases it too


def sync_site(
    desk: Desk,
    site: str | SiteView,
    client: CmsClient | None = None,
    *,
    progress: ProgressFn | None = None,
    claim_unassigned: bool = False,
    workers: int = DEFAULT_WORKERS,
    retry_budget_s: float = 10.0,
    pull_first: bool = True,
) -> SyncReport:
    """Sync one site: check the account, pull, push. `client` defaults to one opened with the
    keychain's password. `claim_unassigned` sends local work that belongs to no site yet to
    this one (the CLI does so when the site is named or is the only one). Safe to call from a
    worker thread; `progress` is called from that thread."""
    store, sites = desk.store, desk.sites
    view = sites.get(site) if isinstance(site, str) else site
    report = SyncReport(site=view.name)
    started = time.monotonic()
    own = client is None

    def tell(phase: str, done: int, total: int) -> None:
        if progress:
            progress(SyncProgress(view.name, phase, done, total))

    # A damaged preferences file is reported where it is edited; sync then sends block markup.
    publish_format = desk.preferences.load_or_default()[0].publish_format
    with site_lock(desk.paths.cache_dir, view.id):
        client = client or sites.open_client(view.name)
        try:
            _run(
                store,
                sites,
                view,
                client,
                report,
                tell,
                desk.paths.media_dir,
                claim_unassigned,
                workers,
                retry_budget_s,
                pull_first,
                publish_format,
            )
        finally:
            if own:
                client.close()
    report.open_conflicts = sites.get(view.name).conflicts
    report.failures = [Failure(i, k, e, m) for i, k, e, m in ob.failed_ops(store, view.id)]
    report.waiting = ob.waiting(store, view.id)
    report.seconds = time.monotonic() - started
    return report


def _run(
    store: Store,
    sites: SiteService,
    view: SiteView,
    client: CmsClient,
    report: SyncReport,
    tell: Callable[[str, int, int], None],
    media_dir: Path | None,
    claim: bool,
    workers: int,
    retry_budget_s: float,
    pull_first: bool,
    publish_format: str = "blocks",
) -> None:
    report.recovered = ob.recover_interrupted(store, view.id)
    ob.claim_unassigned(store, view.id, everything=claim)
    tell("check", 0, 1)
    try:
        # The only trustworthy credentials test: a wrong password still reads public posts.
        found = sites.inspect(client)
    except AuthRejected:
        report.state, report.message = PAUSED, auth_message(view.username)
        sites.set_state(view.id, PAUSED, report.message)
        return
    except SiteUnreachable as exc:
        report.state, report.message = OFFLINE, f"the site could not be reached: {exc}"
        sites.set_state(view.id, OFFLINE, report.message)
        return
    sites.record_account(view.id, found)
    bylines = sites.get(view.name).bylines()  # as this check learned them
    try:
        if pull_first:
            report.pull = pull(store, view.id, client, progress=tell, bylines=bylines)
        pusher = Pusher(
            store,
            view.id,
            client,
            role=found.role,
            may_manage_sections=bool(found.capabilities.get("manage_categories")),
            media_dir=media_dir,
            workers=workers,
            retry_budget_s=retry_budget_s,
            publish_format=publish_format,
            wp_version=found.wp_version or view.wp_version or None,
            bylines=bylines,
        )
        report.push = pusher.run(progress=tell)
    except AuthRejected:
        report.state, report.message = PAUSED, auth_message(view.username)
    except SiteUnreachable as exc:
        report.state, report.message = OFFLINE, f"the site could not be reached: {exc}"
    except CmsError as exc:
        report.state, report.message = OFFLINE, f"the sync stopped: {exc}"
    if report.push.paused:
        report.state, report.message = PAUSED, auth_message(view.username)
    elif report.push.offline and report.state == ONLINE:
        report.state, report.message = OFFLINE, report.push.offline
    sites.set_state(view.id, report.state, report.message or found.summary)
