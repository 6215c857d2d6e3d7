"""Puts sync into a main window: a "Site" menu and the site status in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from editor_app.core.desk import Desk
from editor_app.core.services.sites import ONLINE, SiteView
from editor_app.ui.sync.byline_choice import BylineChoiceDialog
from editor_app.ui.sync.controller import SyncController
from editor_app.ui.sync.messages import short_reason
from editor_app.ui.sync.schedule_dialog import ScheduleDialog
from editor_app.ui.sync.status import STATE_WORDS, SiteStatusWidget, conflicts_text
from editor_app.ui.workers import Lane

if TYPE_CHECKING:  # the account dialog brings the site service (HTTP client, keychain): opened on demand
    from datetime import datetime

    from editor_app.core.prepublish import Finding
    from editor_app.core.sync.engine import SyncReport
    from editor_app.ui.editor.article_editor import ArticleEditor
    from editor_app.ui.queue.dialog import PublishQueueDialog
    from editor_app.ui.sync.account_dialog import AccountDialog
    from editor_app.ui.sync.prepublish_sheet import PrepublishSheet

translate = QCoreApplication.translate
SYNC_SHORTCUT = "F5"
QUEUE_SHORTCUT = "Ctrl+Shift+U"
STATUS_REFRESH_MS = 20_000  # pending counts change as people type; a cheap read now and then
CurrentArticle = Callable[[], "str | None"]


def report_line(report: SyncReport) -> str:
    if report.state != ONLINE:
        state = translate("SiteStatus", STATE_WORDS[report.state]) if report.state in STATE_WORDS else report.state
        return f"{report.site}: {state} — {short_reason(report.message, 160)}"
    text = translate("SyncUi", "{site}: synced — {pulled} pulled, {sent} sent").format(
        site=report.site, pulled=report.pulled, sent=report.pushed
    )
    if report.conflicts:
        text += ", " + translate("SyncUi", "{conflicts} to resolve (Site → Conflicts…)").format(
            conflicts=conflicts_text(report.conflicts)
        )
    if report.failures:
        text += ", " + translate("SyncUi", "{count} failed").format(count=len(report.failures))
    return text


def _window_current_article(window: QMainWindow) -> CurrentArticle:
    def current() -> str | None:
        editor_of = getattr(window, "current_editor", None)
        editor = editor_of() if callable(editor_of) else None
        article_id = getattr(editor, "article_id", None)
        return article_id if isinstance(article_id, str) else None

    return current


def _editor_of(window: QMainWindow, article_id: str) -> ArticleEditor | None:
    editor_for = getattr(window, "editor_for", None)
    return editor_for(article_id) if callable(editor_for) else None


def _window_current_site(window: QMainWindow) -> Callable[[], str | None]:
    def current() -> str | None:
        editor_of = getattr(window, "current_editor", None)
        editor = editor_of() if callable(editor_of) else None
        site = getattr(getattr(editor, "article", None), "site", None)
        return site if isinstance(site, str) else None

    return current


def _refresh_preview(window: QMainWindow) -> None:
    """Show the current article again (the look it is previewed in changed)."""
    refresh = getattr(window, "refresh_preview", None)
    if callable(refresh):
        refresh()


class SyncUi(QObject):
    """Owns the sync menu, the status widget and the dialogs they open, for one window."""

    def __init__(
        self,
        window: QMainWindow,
        desk: Desk,
        store_lane: Lane,
        net_lane: Lane,
        current_article: CurrentArticle,
        after_sync: Callable[[SyncReport], None] | None,
    ) -> None:
        super().__init__(window)
        self.setObjectName("syncUi")
        self.window, self.desk = window, desk
        self.store_lane, self.net_lane = store_lane, net_lane
        self.current_article = current_article
        self.account_dialog: AccountDialog | None = None
        self.queue_dialog: PublishQueueDialog | None = None
        self.controller = SyncController(desk, store_lane, net_lane, parent=window)
        self.controller.setObjectName("syncController")
        self.status = SiteStatusWidget(desk, store_lane, window)
        self.status.attach(self.controller)
        self.status.password_requested.connect(self.reenter_password)
        window.statusBar().addPermanentWidget(self.status)

        bar = window.statusBar()
        self.controller.notice.connect(lambda text: bar.showMessage(text, 8000))
        self.controller.failed.connect(lambda _site, text: bar.showMessage(text, 20000))
        self.controller.byline_choice_needed.connect(self.ask_byline)
        self.controller.checks_found.connect(self.show_checks)
        self.controller.finished.connect(lambda report: bar.showMessage(report_line(report), 12000))
        if after_sync is not None:
            self.controller.finished.connect(after_sync)
        self.actions = self._build_menu()
        from editor_app.ui.sync.look_ui import SiteLookUi

        self.looks = SiteLookUi(
            window, desk, self.controller.ops, self.menu, _window_current_site(window), lambda: _refresh_preview(window)
        )
        self.timer = QTimer(self)
        self.timer.setInterval(STATUS_REFRESH_MS)
        self.timer.timeout.connect(self.status.refresh)
        self.timer.start()
        self.status.refresh()
        self.controller.refresh_conflicts()

    # ------------------------------------------------------------------ menu
    def _action(self, key: str, text: str, handler: Callable[[], object], tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(f"action_{key}")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: handler())
        self.window.addAction(action)
        return action

    def _build_menu(self) -> dict[str, QAction]:
        acts = {
            "add_site": self._action(
                "add_site", self.tr("&Add Site…"), self.add_site, self.tr("Connect a WordPress site")
            ),
            "sync_now": self._action(
                "sync_now", self.tr("&Sync Now"), self.controller.sync, self.tr("Pull and push every site")
            ),
            "conflicts": self._action(
                "conflicts",
                self.tr("&Conflicts…"),
                lambda: self.controller.open_conflicts(self.window),
                self.tr("Resolve conflicts"),
            ),
            "publish_now": self._action(
                "publish_now",
                self.tr("&Publish Now"),
                self.publish_now,
                self.tr("Publish the current article on the next sync"),
            ),
            "schedule": self._action(
                "schedule",
                self.tr("Sc&hedule…"),
                self.schedule,
                self.tr("Publish the current article at a chosen time"),
            ),
            "publish_queue": self._action(
                "publish_queue",
                self.tr("Publish &Queue…"),
                self.open_queue,
                self.tr("What waits to be published, scheduled or live"),
            ),
        }
        self._take_shortcut(acts["sync_now"], SYNC_SHORTCUT)
        self._take_shortcut(acts["publish_queue"], QUEUE_SHORTCUT)
        menu = QMenu(self.tr("&Site"), self.window)
        menu.setObjectName("siteMenu")
        menu.addAction(acts["add_site"])
        self.password_menu = menu.addMenu(self.tr("&Re-enter Password"))
        self.password_menu.setObjectName("passwordMenu")
        self.password_menu.aboutToShow.connect(self._fill_password_menu)
        menu.addSeparator()
        menu.addAction(acts["sync_now"])
        menu.addAction(acts["conflicts"])
        menu.addSeparator()
        menu.addAction(acts["publish_now"])
        menu.addAction(acts["schedule"])
        menu.addAction(acts["publish_queue"])
        menu.aboutToShow.connect(self._update_publish_actions)
        bar = self.window.menuBar()
        help_menu = next((a for a in bar.actions() if a.menu() and a.menu().objectName() == "menu_help"), None)
        if help_menu is not None:
            bar.insertMenu(help_menu, menu)
        else:
            bar.addMenu(menu)
        self.menu = menu
        return acts

    def _take_shortcut(self, action: QAction, key: str) -> None:
        """Give `key` to `action`; another window action bound to it keeps its other bindings only."""
        wanted = QKeySequence(key)
        for other in self.window.findChildren(QAction):
            if other is action:
                continue
            keys = [k for k in other.shortcuts() if k != wanted]
            if len(keys) != len(other.shortcuts()):
                other.setShortcuts(keys)
        action.setShortcut(wanted)
        action.setToolTip(f"{action.toolTip()} ({wanted.toString(QKeySequence.SequenceFormat.NativeText)})")

    def _fill_password_menu(self) -> None:
        self.password_menu.clear()
        for site in self.status.sites:
            action = self.password_menu.addAction(site.name)
            action.triggered.connect(lambda _c=False, n=site.name: self.reenter_password(n))
        if not self.status.sites:
            self.password_menu.addAction(self.tr("No site yet")).setEnabled(False)

    def _update_publish_actions(self) -> None:
        has_article = self.current_article() is not None
        self.actions["publish_now"].setEnabled(has_article)
        self.actions["schedule"].setEnabled(has_article)

    # ------------------------------------------------------------------ accounts
    def add_site(self) -> AccountDialog:
        return self._open_account(None)

    def reenter_password(self, name: str) -> AccountDialog | None:
        site = self.status.site(name)
        return self._open_account(site) if site is not None else None

    def _open_account(self, site: SiteView | None) -> AccountDialog:
        if self.account_dialog is not None:
            self.account_dialog.close()
        from editor_app.ui.sync.account_dialog import AccountDialog

        dialog = AccountDialog(self.desk, self.store_lane, self.net_lane, site, self.window)
        dialog.saved.connect(self._account_saved)
        dialog.finished.connect(lambda _r: self._forget_account(dialog))
        self.account_dialog = dialog
        dialog.open()
        return dialog

    def _forget_account(self, dialog: AccountDialog) -> None:
        if self.account_dialog is dialog:
            self.account_dialog = None
        dialog.deleteLater()

    def _account_saved(self, view: SiteView) -> None:
        self.status.refresh()
        reload_sites = getattr(self.window, "reload_sites", None)
        if callable(reload_sites):  # the navigator's Sites and the preferences' default-site choice
            reload_sites()
        self.looks.refresh(view.name)  # learn the site's look on connecting it
        shortcut = self.actions["sync_now"].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.window.statusBar().showMessage(
            self.tr("Saved {site}. Sync it with Site → Sync Now ({shortcut}).").format(
                site=view.name, shortcut=shortcut
            ),
            10000,
        )

    # ------------------------------------------------------------------ publishing
    def _article_or_say(self) -> str | None:
        article_id = self.current_article()
        if article_id is None:
            self.window.statusBar().showMessage(
                self.tr("Open an article first; publishing acts on the current one."), 8000
            )
        return article_id

    def ask_byline(self, article_id: str, at: object, byline: str) -> BylineChoiceDialog:
        """The pre-publish question: the byline at the top of the story, no byline, or cancel."""
        dialog = BylineChoiceDialog(byline, self.window)

        def answered() -> None:
            choice = dialog.choice()
            if choice is not None:
                self.controller.publish(article_id, at=at, byline_fallback=choice)  # type: ignore[arg-type]
            else:
                self.window.statusBar().showMessage(self.tr("Not published: the byline question was cancelled."), 8000)

        dialog.finished.connect(lambda _r: (answered(), dialog.deleteLater()))
        dialog.open()
        return dialog

    def _check_then_publish(self, article_id: str, at: datetime | None = None) -> None:
        """The pre-publish checks, after the open article's typing is saved."""
        editor = _editor_of(self.window, article_id)
        autosave = getattr(editor, "autosave", None)
        if autosave is not None:
            autosave.flush()
        self.controller.check_then_publish(
            article_id, at, unsaved=(lambda: bool(autosave.dirty)) if autosave is not None else None
        )

    def show_checks(self, article_id: str, at: datetime | None, findings: list[Finding]) -> PrepublishSheet:
        """The findings as one sheet: "Fix" goes to the field, "Publish Anyway" when nothing blocks."""
        from editor_app.ui.sync.prepublish_sheet import PrepublishSheet

        sheet = PrepublishSheet(findings, scheduling=at is not None, parent=self.window)
        sheet.publish_anyway.connect(lambda: self.controller.publish(article_id, at=at))
        sheet.fix_requested.connect(lambda field, code: self.go_to_field(article_id, field, code))
        sheet.finished.connect(lambda _r: sheet.deleteLater())
        sheet.open()
        return sheet

    def go_to_field(self, article_id: str, field: str, code: str = "") -> None:
        """Focus the field a finding names, in the article's open editor (opened if need be)."""
        if field == "conflict":
            self.controller.open_conflicts(self.window)
            return
        open_article = getattr(self.window, "open_article", None)
        if _editor_of(self.window, article_id) is None and callable(open_article):
            open_article(article_id)
        editor = _editor_of(self.window, article_id)
        if editor is None:
            return
        meta = editor.metadata
        widgets = {
            "headline": meta.headline,
            "dek": meta.dek,
            "section": meta.section,
            "slug": meta.slug,
            "byline": meta.byline,
            "featured_image": meta.featured_alt if code == "featured_alt_missing" else meta.featured_url,
        }
        target = widgets.get(field, editor.body)
        focus_mode = getattr(self.window, "focus_mode", None)
        if field in widgets and getattr(focus_mode, "active", False):
            focus_mode.leave()  # type: ignore[union-attr] - the details panel is hidden in focus mode
        target.setFocus()

    def publish_now(self) -> None:
        article_id = self._article_or_say()
        if article_id is not None:
            self._check_then_publish(article_id)

    def schedule(self) -> ScheduleDialog | None:
        article_id = self._article_or_say()
        if article_id is None:
            return None
        dialog = ScheduleDialog(self.window)
        dialog.accepted.connect(lambda: self._check_then_publish(article_id, at=dialog.when()))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ publish queue
    def open_queue(self) -> PublishQueueDialog:
        """The publish queue (not blocking); opening it again brings it forward, reloaded."""
        if self.queue_dialog is not None:
            self.queue_dialog.reload()
            self.queue_dialog.raise_()
            self.queue_dialog.activateWindow()
            return self.queue_dialog
        from editor_app.ui.queue.dialog import PublishQueueDialog

        dialog = PublishQueueDialog(self.desk, self.store_lane, self.controller, self.window)
        dialog.cancelled.connect(lambda _job, article_id: self.controller.article_changed.emit(article_id))
        dialog.finished.connect(lambda _r: self._forget_queue(dialog))
        self.queue_dialog = dialog
        dialog.show()
        return dialog

    def _forget_queue(self, dialog: PublishQueueDialog) -> None:
        if self.queue_dialog is dialog:
            self.queue_dialog = None
        dialog.deleteLater()


def install_sync_ui(
    window: QMainWindow,
    desk: Desk,
    store_lane: Lane,
    net_lane: Lane,
    current_article: CurrentArticle | None = None,
    *,
    after_sync: Callable[[SyncReport], None] | None = None,
) -> SyncController:
    """Add the "Site" menu (Add Site…, Re-enter Password, Sync Now F5, Conflicts…, Publish Now,
    Schedule…, Publish Queue… Ctrl+Shift+U) and the site status to `window`. `current_article`
    gives the article the publish actions act on (by default the window's `current_editor().article_id`);
    `after_sync` is called with each SyncReport (e.g. to reload the article list after a pull)."""
    ui = SyncUi(window, desk, store_lane, net_lane, current_article or _window_current_article(window), after_sync)
    return ui.controller
