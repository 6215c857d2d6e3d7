"""Each site's state in a line ("Daily · online · 3 pending · 1 conflict") and a progress bar
while a pull or push runs. The sites are read through the store lane; nothing here waits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from editor_app.core.desk import Desk
from editor_app.core.domain import Change
from editor_app.core.i18n import QT_TRANSLATE_NOOP
from editor_app.core.services.sites import OFFLINE, ONLINE, PAUSED, SiteView
from editor_app.ui.operations import operations_for
from editor_app.ui.sync.callbacks import weak_callback
from editor_app.ui.sync.controller import SyncController
from editor_app.ui.sync.messages import describe_error, short_reason
from editor_app.ui.workers import Lane

translate = QCoreApplication.translate

PHASES = {
    "check": QT_TRANSLATE_NOOP("SiteStatus", "Checking the account"),
    "pull": QT_TRANSLATE_NOOP("SiteStatus", "Pulling"),
    "push": QT_TRANSLATE_NOOP("SiteStatus", "Pushing"),
}
STATE_WORDS = {
    ONLINE: QT_TRANSLATE_NOOP("SiteStatus", "online"),
    OFFLINE: QT_TRANSLATE_NOOP("SiteStatus", "offline"),
    PAUSED: QT_TRANSLATE_NOOP("SiteStatus", "paused"),
}
NO_SITES = QT_TRANSLATE_NOOP("SiteStatus", "No site yet — Site → Add Site…")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SiteStatus", text)


def conflicts_text(n: int) -> str:
    if n == 1:
        return translate("SiteStatus", "1 conflict")
    return translate("SiteStatus", "{count} conflicts").format(count=n)


def site_line(site: SiteView) -> str:
    """The compact line for one site."""
    parts = [site.name, _tr(STATE_WORDS.get(site.state, QT_TRANSLATE_NOOP("SiteStatus", "not checked yet")))]
    if site.state == PAUSED and site.state_message:
        parts[1] = translate("SiteStatus", "paused: {reason}").format(reason=short_reason(site.state_message))
    parts.append(translate("SiteStatus", "{count} pending").format(count=site.pending))
    if site.conflicts:
        parts.append(conflicts_text(site.conflicts))
    if site.failed:
        parts.append(translate("SiteStatus", "{count} failed").format(count=site.failed))
    return " · ".join(parts)


def progress_text(site: str, phase: str, done: int, total: int) -> str:
    words = _tr(PHASES[phase]) if phase in PHASES else phase.capitalize()
    return f"{site}: {words} {done}/{total}" if total else f"{site}: {words}…"


class _SiteEntry(QWidget):
    """One site: its line, and "Re-enter password" while it is paused."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.password_button = QToolButton(self)
        self.password_button.setText(self.tr("Re-enter password"))
        self.password_button.setAccessibleName(self.tr("Re-enter the application password"))
        self.password_button.setAutoRaise(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.label)
        row.addWidget(self.password_button)

    def show_site(self, site: SiteView) -> None:
        self.label.setText(site_line(site))
        self.label.setAccessibleName(self.tr("Sync state of {site}").format(site=site.name))
        who = self.tr("{site} ({url}, as {user})").format(site=site.name, url=site.url, user=site.username)
        self.setToolTip(f"{who}\n{site.state_message}".strip())
        self.password_button.setVisible(site.state == PAUSED)


class SiteStatusWidget(QWidget):
    password_requested = Signal(str)  # site whose password should be entered again
    refreshed = Signal()

    def __init__(self, desk: Desk, store_lane: Lane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.lane = store_lane
        self.ops = operations_for(store_lane)
        self.ops.changed.connect(self._store_changed)
        self.sites: list[SiteView] = []
        self.entries: dict[str, _SiteEntry] = {}
        self._active: dict[str, tuple[str, int, int]] = {}  # site -> (phase, done, total)
        self._loading = False
        self._again = False
        self.setObjectName("siteStatus")
        self.setAccessibleName(self.tr("Site sync status"))

        self.sites_box = QWidget(self)
        self.sites_row = QHBoxLayout(self.sites_box)
        self.sites_row.setContentsMargins(0, 0, 0, 0)
        self.sites_row.setSpacing(12)
        self.empty_label = QLabel(_tr(NO_SITES), self.sites_box)
        self.sites_row.addWidget(self.empty_label)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("syncProgress")
        self.progress_bar.setAccessibleName(self.tr("Sync progress"))
        self.progress_bar.setMaximumWidth(260)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.sites_box)
        row.addWidget(self.progress_bar)

    def attach(self, controller: SyncController) -> None:
        """Follow a controller's syncs: the bar while one runs, fresh states when it ends."""
        controller.started.connect(lambda site: self.show_progress(site, "check", 0, 0))
        controller.progress.connect(self.show_progress)
        controller.finished.connect(lambda report: self.end_progress(report.site))
        controller.failed.connect(lambda site, _message: self.end_progress(site))
        controller.conflicts_changed.connect(lambda _n: self.refresh())

    # ------------------------------------------------------------------ site states
    def refresh(self) -> None:
        """Read the sites and their counts again (through the store lane)."""
        if self._loading:
            self._again = True  # one more read after the one in flight
            return
        self._loading = True
        self.ops.store(
            self.desk.sites.list,
            on_done=weak_callback(self, SiteStatusWidget._loaded),
            on_error=weak_callback(self, SiteStatusWidget._load_failed),
        )

    def _store_changed(self, change: Change) -> None:
        """Pending counts move with every change queued for a site (and with the sites themselves)."""
        if change.outbox or getattr(change, "sites", False):
            self.refresh()

    def _loaded(self, sites: list[SiteView]) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()
        self.show_sites(sites)

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.empty_label.setText(self.tr("Site states unavailable:") + " " + describe_error(exc))
        self.empty_label.show()

    def show_sites(self, sites: list[SiteView]) -> None:
        self.sites = list(sites)
        names = {s.name for s in sites}
        for name in list(self.entries):
            if name not in names:
                self.entries.pop(name).deleteLater()
        for site in sites:
            entry = self.entries.get(site.name)
            if entry is None:
                entry = _SiteEntry(self.sites_box)
                entry.password_button.clicked.connect(lambda _c=False, n=site.name: self.password_requested.emit(n))
                self.sites_row.addWidget(entry)
                self.entries[site.name] = entry
            entry.show_site(site)
            entry.show()
        self.empty_label.setText(_tr(NO_SITES))
        self.empty_label.setVisible(not sites)
        self.refreshed.emit()

    def site(self, name: str) -> SiteView | None:
        return next((s for s in self.sites if s.name == name), None)

    def line(self, name: str) -> str:
        entry = self.entries.get(name)
        return entry.label.text() if entry is not None else ""

    # ------------------------------------------------------------------ progress
    def show_progress(self, site: str, phase: str, done: int, total: int) -> None:
        self._active[site] = (phase, done, total)
        self._show_bar(site)

    def end_progress(self, site: str) -> None:
        self._active.pop(site, None)
        if self._active:
            self._show_bar(next(reversed(self._active)))
        else:
            self.progress_bar.hide()
        self.refresh()

    def _show_bar(self, site: str) -> None:
        phase, done, total = self._active[site]
        bar = self.progress_bar
        if total > 0:
            bar.setRange(0, total)
            bar.setValue(min(done, total))
        else:
            bar.setRange(0, 0)  # busy: the total is not known yet
        bar.setFormat(progress_text(site, phase, done, total))
        bar.setToolTip(bar.format())
        bar.show()
