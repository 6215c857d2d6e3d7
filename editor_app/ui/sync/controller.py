"""Runs syncs off the GUI thread and reports them as signals.

The sync runs on the network pool and its writes hop to the store lane; its progress callback
runs in that worker, so it only emits a signal, which Qt queues to the GUI thread. One sync per
site at a time: a second request for a site that is already syncing is refused at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from editor_app.core.desk import Desk
from editor_app.core.errors import BylineChoiceNeeded, ChecksFailed
from editor_app.core.i18n import QT_TRANSLATE_NOOP
from editor_app.core.services.sites import SiteView
from editor_app.ui.i18n import tr_message
from editor_app.ui.operations import operations_for
from editor_app.ui.sync.callbacks import weak_callback
from editor_app.ui.sync.messages import describe_error
from editor_app.ui.workers import Lane

translate = QCoreApplication.translate

if TYPE_CHECKING:  # the sync engine (HTTP client, keychain, ORM) loads with the first sync or publish
    from editor_app.core.services.publishing import PublishRequest
    from editor_app.core.sync.engine import SyncProgress, SyncReport
    from editor_app.ui.sync.conflict_list import ConflictListDialog

log = logging.getLogger(__name__)

SyncRunner = Callable[..., "SyncReport"]  # sync_site(desk, site, *, progress=..., claim_unassigned=..., write=...)
NO_SITE = QT_TRANSLATE_NOOP("SyncController", "No site yet: add one with Site → Add Site…")


class _Relay(QObject):
    """Carries progress out of the worker: emitted there, delivered queued on the GUI thread."""

    raw = Signal(object)


def _run_sync(
    runner: SyncRunner | None,
    desk: Desk,
    emit: Callable[[SyncProgress], None],
    site: str,
    claim: bool,
    write: Callable[[Callable[[], Any]], Any],
) -> SyncReport:
    """In the network worker: `emit` only posts a signal; no widget or GUI object is touched here.
    Every store write of the sync hops to the store lane through `write`. The sync engine (and
    the HTTP client, keychain and ORM under it) is imported here too."""
    if runner is None:
        return desk.syncing.sync(site, progress=emit, claim_unassigned=claim, write=write)
    return runner(desk, site, progress=emit, claim_unassigned=claim, write=write)


class SyncController(QObject):
    started = Signal(str)  # site
    progress = Signal(str, str, int, int)  # site, phase (check/pull/push), done, total (0: not known)
    finished = Signal(object)  # SyncReport
    failed = Signal(str, str)  # site ("" when no site is concerned), message saying what to do
    conflicts_changed = Signal(int)  # open conflicts on the desk
    notice = Signal(str)  # a short note for the status bar (refused request, publish queued, …)
    byline_choice_needed = Signal(str, object, str)  # article id, scheduled time or None, byline
    checks_found = Signal(str, object, object)  # article id, scheduled time or None, list of Finding
    article_changed = Signal(str)  # an article the sync UI changed in the store (conflict resolved, publish)

    def __init__(
        self,
        desk: Desk,
        store_lane: Lane,
        net_lane: Lane,
        *,
        runner: SyncRunner | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.store_lane = store_lane
        self.net_lane = net_lane
        self.ops = operations_for(store_lane, net_lane)
        self.runner = runner  # None: desk.syncing, loaded in the worker on first use; tests give a stand-in
        self._running: set[str] = set()
        self._relay = _Relay(self)  # owned by the controller, never destroyed from a worker
        self._relay.raw.connect(self._relay_progress, Qt.ConnectionType.QueuedConnection)
        self.conflict_dialog: ConflictListDialog | None = None
        self.default_site = ""  # the preference: the site that takes new local work

    # ------------------------------------------------------------------ state
    def is_running(self, site: str | None = None) -> bool:
        return bool(self._running) if site is None else site in self._running

    # ------------------------------------------------------------------ syncing
    def sync(self, site_name: str | None = None) -> bool:
        """Sync one site, or every site with None. False when refused (that site is already syncing)."""
        if site_name is not None:
            if site_name in self._running:
                self.notice.emit(self.tr("{site} is already syncing; wait for it to finish.").format(site=site_name))
                return False
            self._running.add(site_name)  # reserved now, so a quick second request is refused too
        self.ops.store(
            self.desk.sites.list,
            on_done=weak_callback(self, lambda c, sites: c._sites_loaded(site_name, sites)),
            on_error=weak_callback(self, lambda c, exc: c._start_failed(site_name, exc)),
        )
        return True

    def _sites_loaded(self, wanted: str | None, sites: list[SiteView]) -> None:
        # Work not yet linked to a site goes to the only site, or to the default site (Preferences).
        def claim(view: SiteView) -> bool:
            return len(sites) == 1 or view.name == self.default_site

        if wanted is not None:
            view = next((s for s in sites if s.name == wanted), None)
            if view is None:
                self._running.discard(wanted)
                self.failed.emit(
                    wanted, self.tr("There is no site named {site}. Add it with Site → Add Site…").format(site=wanted)
                )
                return
            self._start(view.name, claim(view))
            return
        if not sites:
            self.failed.emit("", self.tr(NO_SITE))
            return
        for view in sites:
            if view.name in self._running:
                self.notice.emit(self.tr("{site} is already syncing.").format(site=view.name))
                continue
            self._running.add(view.name)
            self._start(view.name, claim(view))

    def _start_failed(self, site: str | None, exc: BaseException) -> None:
        if site is not None:
            self._running.discard(site)
        self.failed.emit(site or "", describe_error(exc, site or ""))

    def _start(self, site: str, claim: bool) -> None:
        self.started.emit(site)
        self.ops.network(
            _run_sync,
            self.runner,
            self.desk,
            self._relay.raw.emit,
            site,
            claim,
            self.store_lane.call,  # every store write of the sync hops to the store lane
            on_done=weak_callback(self, lambda c, report: c._done(site, report)),
            on_error=weak_callback(self, lambda c, exc: c._error(site, exc)),
        )

    @Slot(object)
    def _relay_progress(self, step: SyncProgress) -> None:
        if step.site in self._running:
            self.progress.emit(step.site, step.phase, step.done, step.total)

    def _done(self, site: str, report: SyncReport) -> None:
        self._running.discard(site)
        self.finished.emit(report)
        self.refresh_conflicts()

    def _error(self, site: str, exc: BaseException) -> None:
        self._running.discard(site)
        message = describe_error(exc, site)
        if type(exc).__module__.startswith("editor_app."):
            log.warning("sync of %s failed: %s", site, message)
        else:
            log.error("sync of %s failed unexpectedly", site, exc_info=exc)
        self.failed.emit(site, message)

    def refresh_conflicts(self) -> None:
        self.ops.store(
            self.desk.sites.open_conflicts,
            on_done=weak_callback(self, lambda c, count: c.conflicts_changed.emit(count)),
            on_error=lambda exc: log.warning("could not count conflicts: %s", type(exc).__name__),
        )

    # ------------------------------------------------------------------ publishing
    def check_then_publish(
        self, article_id: str, at: datetime | None = None, unsaved: Callable[[], bool] | None = None
    ) -> None:
        """Publish Now and Schedule: the pre-publish checks first (the site and the links on the
        network pool), after the store lane has taken in any save queued before. Findings go to
        `checks_found` for the sheet; none, and the publish goes ahead."""
        self.ops.store(  # the lane is serial: saves queued before have landed when this returns
            lambda: None, on_done=weak_callback(self, lambda c, _r: c._run_checks(article_id, at, unsaved))
        )

    def _run_checks(self, article_id: str, at: datetime | None, unsaved: Callable[[], bool] | None) -> None:
        desk = self.desk
        pending = bool(unsaved()) if unsaved is not None else False
        self.ops.network(
            lambda: desk.publishing.check(article_id, unsaved=pending),
            on_done=weak_callback(self, lambda c, found: c._checked(article_id, at, found)),
            on_error=weak_callback(self, lambda c, exc: c._publish_refused(article_id, at, exc)),
        )

    def _checked(self, article_id: str, at: datetime | None, findings: list) -> None:
        if findings:
            self.checks_found.emit(article_id, at, findings)
        else:
            self.publish(article_id, at)

    def publish(self, article_id: str, at: datetime | None = None, byline_fallback: str | None = None) -> None:
        """Queue a publish (or a schedule at `at`, timezone-aware) and sync its site, once the
        checks were shown: what blocks is checked again in the same step (offline; warnings
        were accepted on the sheet). A byline with nowhere to go on the site asks first
        (`byline_choice_needed`), then comes back here."""
        desk = self.desk
        self.ops.store(
            lambda article_id, at: desk.publishing.publish_checked(  # the service loads on the lane
                article_id, at=at, byline_fallback=byline_fallback, accept_warnings=True, online=False
            ),
            article_id,
            at=at,
            on_done=weak_callback(self, lambda c, request: c._publish_queued(request)),
            on_error=weak_callback(self, lambda c, exc: c._publish_refused(article_id, at, exc)),
        )

    def _publish_refused(self, article_id: str, at: datetime | None, exc: BaseException) -> None:
        if isinstance(exc, BylineChoiceNeeded):
            self.byline_choice_needed.emit(article_id, at, exc.byline)
            return
        if isinstance(exc, ChecksFailed):
            self.checks_found.emit(article_id, at, exc.findings)
            return
        self.failed.emit("", translate("SyncController", "Not published:") + " " + describe_error(exc))

    def _publish_queued(self, request: PublishRequest) -> None:
        if request.scheduled_at:
            when = f"{request.scheduled_at.astimezone():%Y-%m-%d %H:%M}"
            text = self.tr("Publish queued for {site}, scheduled for {time}").format(site=request.site, time=when)
        else:
            text = self.tr("Publish queued for {site}").format(site=request.site)
        self.notice.emit(text + (f" ({tr_message(request.note)})" if request.note else "") + ".")
        self.article_changed.emit(request.article_id)
        if request.site not in self._running:
            self.sync(request.site)

    # ------------------------------------------------------------------ conflicts
    def open_conflicts(self, parent: QWidget | None = None) -> ConflictListDialog:
        """The list of open conflicts (not blocking); each opens the three-way view."""
        if self.conflict_dialog is not None:
            self.conflict_dialog.reload()
            self.conflict_dialog.raise_()
            self.conflict_dialog.activateWindow()
            return self.conflict_dialog
        from editor_app.ui.sync.conflict_list import ConflictListDialog

        dialog = ConflictListDialog(self.desk, self.store_lane, parent)
        dialog.resolved.connect(self._conflict_resolved)
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.conflict_dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self, dialog: ConflictListDialog) -> None:
        if self.conflict_dialog is dialog:
            self.conflict_dialog = None
        dialog.deleteLater()

    def _conflict_resolved(self, _conflict_id: int, article_id: str) -> None:
        self.article_changed.emit(article_id)
        self.refresh_conflicts()
