"""One sync of one site: check the account, pull, then push the outbox; a report at the end.

The engine takes a store, a client and a write hop, never the desk or a service. Network work
(page fetches, push workers) runs on network threads, where writing the store raises; every
write of a sync goes through the hop to the one writer (the GUI's store lane, or the command
line's calling thread), and the report lists what changed (`SyncReport.changes`).

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

from editor_app.core.domain import Change
from editor_app.core.errors import CopydeskError
from editor_app.core.store import sites as site_rows
from editor_app.core.store.engine import Store
from editor_app.core.store.sites import OFFLINE, ONLINE, PAUSED
from editor_app.core.store.writer import Writer
from editor_app.core.sync import outbox_state as ob
from editor_app.core.sync.account import SiteCheck, auth_message, inspect
from editor_app.core.sync.bylines import SiteAuthor, SiteBylines, effective_field
from editor_app.core.sync.cms import CmsClient
from editor_app.core.sync.errors import AuthRejected, CmsError, SiteUnreachable
from editor_app.core.sync.pull import PullResult, pull
from editor_app.core.sync.push import DEFAULT_WORKERS, Failure, Pusher, PushResult
from editor_app.core.threads import WriteHop, direct

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
    changes: Change = field(default_factory=Change)  # what the sync changed in the store, for the views

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


@dataclass(frozen=True)
class SyncTarget:
    """What the engine knows of the site before its check: the row's facts, no service."""

    id: int
    name: str
    username: str
    wp_version: str = ""
    authors: tuple[SiteAuthor, ...] = ()  # as the last check listed them
    meta_fields: tuple[str, ...] = ()
    byline_field_setting: str | None = None  # None: detect one; "": none


def run_sync(
    store: Store,
    client: CmsClient,
    site: SyncTarget,
    *,
    write: WriteHop = direct,
    progress: ProgressFn | None = None,
    claim_unassigned: bool = False,
    workers: int = DEFAULT_WORKERS,
    retry_budget_s: float = 10.0,
    pull_first: bool = True,
    media_dir: Path | None = None,
    publish_format: str = "blocks",
) -> SyncReport:
    """Sync one site: check the account, pull, push. Every store write goes through `write`
    (call it from the writer itself with `direct`). The caller holds the site's lock
    (`site_lock`) and owns the client. `progress` is called from the calling thread."""
    report = SyncReport(site=site.name)
    started = time.monotonic()
    writer = Writer(store, write)

    def tell(phase: str, done: int, total: int) -> None:
        if progress:
            progress(SyncProgress(site.name, phase, done, total))

    _run(
        writer,
        site,
        client,
        report,
        tell,
        media_dir,
        claim_unassigned,
        workers,
        retry_budget_s,
        pull_first,
        publish_format,
    )
    report.open_conflicts = site_rows.open_conflicts_of(store, site.id)
    report.failures = [Failure(i, k, e, m) for i, k, e, m in ob.failed_ops(store, site.id)]
    report.waiting = ob.waiting(store, site.id)
    report.changes = Change(
        articles=frozenset(report.pull.articles | report.push.articles),
        terms=report.pull.terms_changed or bool(report.push.terms),
        revisions=frozenset(report.pull.articles),
        outbox=True,
        sites=frozenset({site.name}),
        jobs=True,
    )
    report.seconds = time.monotonic() - started
    return report


def site_bylines(site: SyncTarget, found: SiteCheck) -> SiteBylines:
    """The site's byline facts as this check learned them (a listing that failed keeps the last)."""
    authors = site.authors if found.authors is None else found.authors
    fields = site.meta_fields if found.meta_fields is None else found.meta_fields
    return SiteBylines(
        authors,
        fields,
        effective_field(site.byline_field_setting, fields),
        may_set_author=bool(found.capabilities.get("edit_others_posts")),
        own_user_id=found.user_id,
    )


def _record_account(s: object, site_id: int, found: SiteCheck) -> None:
    site_rows.record_account(
        s,  # type: ignore[arg-type]
        site_id,
        role=found.role,
        capabilities=found.capabilities,
        user_id=found.user_id,
        timezone=found.timezone,
        wp_version=found.wp_version,
        authors=None if found.authors is None else [(a.id, a.name) for a in found.authors],
        meta_fields=found.meta_fields,
        summary=found.summary,
    )


def _run(
    write: Writer,
    site: SyncTarget,
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
    def set_state(state: str, message: str) -> None:
        write(lambda s: site_rows.set_state(s, site.id, state, message))

    report.recovered = ob.recover_interrupted(write, site.id)
    ob.claim_unassigned(write, site.id, everything=claim)
    tell("check", 0, 1)
    try:
        # The only trustworthy credentials test: a wrong password still reads public posts.
        found = inspect(client)
    except AuthRejected:
        report.state, report.message = PAUSED, auth_message(site.username)
        set_state(PAUSED, report.message)
        return
    except SiteUnreachable as exc:
        report.state, report.message = OFFLINE, f"the site could not be reached: {exc}"
        set_state(OFFLINE, report.message)
        return
    write(lambda s: _record_account(s, site.id, found))
    bylines = site_bylines(site, found)
    try:
        if pull_first:
            report.pull = pull(write.store, site.id, client, progress=tell, bylines=bylines, write=write)
        pusher = Pusher(
            write.store,
            site.id,
            client,
            role=found.role,
            may_manage_sections=bool(found.capabilities.get("manage_categories")),
            media_dir=media_dir,
            workers=workers,
            retry_budget_s=retry_budget_s,
            publish_format=publish_format,
            wp_version=found.wp_version or site.wp_version or None,
            bylines=bylines,
            write=write,
        )
        report.push = pusher.run(progress=tell)
    except AuthRejected:
        report.state, report.message = PAUSED, auth_message(site.username)
    except SiteUnreachable as exc:
        report.state, report.message = OFFLINE, f"the site could not be reached: {exc}"
    except CmsError as exc:
        report.state, report.message = OFFLINE, f"the sync stopped: {exc}"
    if report.push.paused:
        report.state, report.message = PAUSED, auth_message(site.username)
    elif report.push.offline and report.state == ONLINE:
        report.state, report.message = OFFLINE, report.push.offline
    set_state(report.state, report.message or found.summary)
