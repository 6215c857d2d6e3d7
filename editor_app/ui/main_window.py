"""The workstation window: navigator | article list | editor tabs | preview, in remembered splitters."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.desk import Desk
from editor_app.core.domain import Article, Change, Term
from editor_app.core.i18n import QT_TRANSLATE_NOOP
from editor_app.core.paths import AppPaths
from editor_app.core.preferences import Preferences
from editor_app.core.text import TextStats
from editor_app.ui.articles.model import LINE_BREAKS, row_from_article
from editor_app.ui.articles.navigator import Navigator
from editor_app.ui.articles.view import ArticleListPanel
from editor_app.ui.change_views import ChangeFollower
from editor_app.ui.dialogs.recovery import RecoveryBanner
from editor_app.ui.editor.actions import build_actions
from editor_app.ui.editor.autosave import RecoveryJournal
from editor_app.ui.editor.commands import Commands
from editor_app.ui.editor.spelling import SpellingSupport
from editor_app.ui.focus_mode import FocusMode
from editor_app.ui.labels import length_text
from editor_app.ui.operations import ProblemDetails, operations_for
from editor_app.ui.preferences.apply import apply_to_editor, apply_to_window, language_change_needed
from editor_app.ui.preview.pane import PreviewController, PreviewPane
from editor_app.ui.workers import Lane

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from editor_app.ui.editor.article_editor import ArticleEditor
    from editor_app.ui.sync.controller import SyncController

TAB_TITLE_CHARS = 32
SAVE_STATES = {
    "unsaved": QT_TRANSLATE_NOOP("MainWindow", "Unsaved changes"),
    "saving": QT_TRANSLATE_NOOP("MainWindow", "Saving…"),
    "saved": QT_TRANSLATE_NOOP("MainWindow", "All changes saved"),
    "failed": QT_TRANSLATE_NOOP("MainWindow", "Not saved — will retry"),
}
FIRST_WINDOW_SHARE = 0.8  # of the screen's available area, for a window with no saved geometry


def _preload_editing_modules() -> None:
    """Module imports only (no Qt objects are made), safe on a worker thread. These are the light
    modules an editing session needs; SQLAlchemy, the HTTP client and the keychain are not among
    them (they load with the first metadata edit, management dialog, account or sync)."""
    import importlib

    for name in (
        "editor_app.core.services.articles",
        "editor_app.core.services.terms",
        "editor_app.core.services.media",
        "editor_app.core.services.sites",
        "editor_app.ui.editor.article_editor",
        "editor_app.ui.sync.install",
    ):
        importlib.import_module(name)


def desk_settings(paths: AppPaths) -> QSettings:
    """Settings of this desk only (never Qt's global location), so tests and demos stay isolated."""
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(paths.settings_file), QSettings.Format.IniFormat)


def elide(text: str, limit: int) -> str:
    """One line of at most `limit` characters (tab titles; the tab bar elides further by width)."""
    text = LINE_BREAKS.sub(" ", text[: limit * 4])
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ReadableTabBar(QTabBar):
    """Tabs never shrink below about a dozen characters of their title: with many articles open
    the bar scrolls instead of eliding every title to a letter or two (the tooltip has it whole)."""

    READABLE_CHARS = 12

    def minimumTabSizeHint(self, index: int) -> QSize:  # noqa: N802 - Qt's API name
        hint = super().minimumTabSizeHint(index)
        full = self.tabSizeHint(index)
        readable = hint.width() + self.fontMetrics().horizontalAdvance("M" * self.READABLE_CHARS) // 2
        return QSize(min(full.width(), max(hint.width(), readable)), hint.height())


class MainWindow(QMainWindow):
    language_requested = Signal(str)  # the preferences ask for another interface language
    # Ask before quitting with changes the store refused (tests turn this off: no modal dialogs).
    confirm_unsaved_close = True

    def __init__(self, desk: Desk, lane: Lane, compute: Lane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.lane = lane
        self.ops = operations_for(lane)  # every store and network call of this window and its dialogs
        self.compute = compute
        self.settings = desk_settings(desk.paths)
        self.journal = RecoveryJournal(desk.paths.data_dir / "recovery")
        self.sections: list[Term] = []
        self.tags: list[Term] = []
        self.requested_desk: Path | None = None
        self.language = "en"  # the interface language this window was built in (set by the window host)
        self.site_names: list[str] = []
        self.restore_places: dict[str, tuple[int, int]] = {}  # article id → (caret, scroll), see WindowHost
        self._closing = False
        self.sync: SyncController | None = None
        self._first_page_seen = False
        self.net: Lane | None = None
        self._retiring: set[ArticleEditor] = set()
        self.setWindowTitle(self.tr("Copydesk — {desk}").format(desk=desk.paths.data_dir.name))
        self.setObjectName("mainWindow")
        self.setAccessibleName("Copydesk")

        self.navigator = Navigator(self)
        self.list_panel = ArticleListPanel(desk, lane, self)
        self.tabs = QTabWidget(self)
        self.tabs.setTabBar(ReadableTabBar(self.tabs))
        self.tabs.setObjectName("articleTabs")
        self.tabs.setAccessibleName(self.tr("Open articles"))
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.setUsesScrollButtons(True)
        self.empty_hint = QLabel(self.tr("Open an article from the list, or press Ctrl+N for a new one."), self)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.banner = RecoveryBanner(desk, lane, self.journal, self)
        base = QUrl.fromLocalFile(str(desk.paths.media_dir) + "/")
        self.preview = PreviewPane(base, self, cache_dir=desk.paths.cache_dir)
        self.preview_controller = PreviewController(self.preview, compute, self)
        self.prefs, self._prefs_problem = desk.preferences.load_or_default()
        self.spelling = SpellingSupport(desk.paths.data_dir, parent=self)
        self.spelling.apply_preferences(self.prefs)
        self.spelling.note.connect(lambda msg: self.statusBar().showMessage(msg, 8000))

        editor_area = QWidget(self)
        column = QVBoxLayout(editor_area)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.banner)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.empty_hint, 1)
        self.workspace = QSplitter(Qt.Orientation.Horizontal, self)
        self.workspace.setObjectName("workspaceSplitter")
        self.workspace.addWidget(editor_area)
        self.workspace.addWidget(self.preview)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.navigator)
        self.main_splitter.addWidget(self.list_panel)
        self.main_splitter.addWidget(self.workspace)
        self.main_splitter.setStretchFactor(2, 1)
        self.main_splitter.setSizes([170, 520, 900])
        self.workspace.setSizes([560, 440])
        self.setCentralWidget(self.main_splitter)

        self.stats_label = QLabel(self)
        self.stats_label.setAccessibleName(self.tr("Word count and reading time"))
        self.save_label = QLabel(self)
        self.save_label.setAccessibleName(self.tr("Save state"))
        self.problem = ProblemDetails(self)
        self.statusBar().addPermanentWidget(self.stats_label)
        self.statusBar().addPermanentWidget(self.save_label)
        self.statusBar().addPermanentWidget(self.problem)
        self.ops.failed.connect(self._operation_failed)
        self.follower = ChangeFollower(self)  # the list, navigator and open editors follow the store

        self.commands = Commands(self)
        self.actions = build_actions(self, self.commands.handlers())
        self.focus_mode = FocusMode(self)
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(40)
        self._scroll_timer.timeout.connect(self._sync_scroll)
        self._scroll_from_preview = False
        self.preview.block_clicked.connect(self._go_to_clicked_block)

        self.navigator.facets_changed.connect(self.list_panel.apply_facets)
        self.list_panel.open_requested.connect(self.open_article)
        self.tabs.tabCloseRequested.connect(lambda i: self.close_tab(i))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.preview_controller.stats_ready.connect(self._show_stats)
        self.banner.recovered.connect(self._after_recovery)
        self._restore_layout()
        apply_to_window(self, self.prefs, initial=True)
        self._update_empty_state()
        # The first page is asked for now, so the store lane runs the query while the window is
        # still being shown. The Site menu and status come once it is in: the sync UI is not
        # needed to show the desk, and loading it first would delay the window and the list.
        self.list_panel.model.total_changed.connect(self._after_first_page)
        self.list_panel.model.failed.connect(self._after_first_page)
        self.list_panel.start()

    # ------------------------------------------------------------------ start-up
    def start(self, *, reopen: bool = True) -> None:
        """Check for recovery notes and reopen last session's tabs (the list is already loading)."""
        self.banner.check()
        if self._prefs_problem is not None:
            self.statusBar().showMessage(
                self.tr(
                    "The preferences could not be read ({error}); the defaults are used until you save new ones."
                ).format(error=self._prefs_problem)
            )
        if reopen:
            ids = self.settings.value("session/open_articles", [], type=list) or []
            current = self.settings.value("session/current", "", type=str)
            for article_id in ids:
                self.open_article(str(article_id), focus=str(article_id) == current)

    def _after_first_page(self, *_: object) -> None:
        if self._first_page_seen:
            return
        self._first_page_seen = True
        # Import the editing and sync layers on the store lane, so the GUI thread never stalls
        # on them; the terms and the Site menu follow once they are in.
        self.ops.store(_preload_editing_modules, on_done=lambda _: self._editing_ready())

    def _editing_ready(self) -> None:
        self.reload_terms()
        self._install_sync()
        # The web engine starts now, with the window and the list on screen, rather than before
        # the window shows; when the preview is switched off it waits for the first page to show.
        if not self._closing and self.preview_controller.enabled:
            self.preview.warm_up()

    def _install_sync(self) -> None:
        if self._closing or self.sync is not None:
            return
        from editor_app.ui.sync.install import install_sync_ui
        from editor_app.ui.workers import network_pool

        self.net = network_pool(self)
        self.ops.use_network_lane(self.net)
        self.sync = install_sync_ui(self, self.desk, self.lane, self.net, after_sync=self.follower.after_sync)
        self.sync.default_site = self.prefs.default_site
        self.reload_sites()

    def reload_sites(self) -> None:
        sites = self.desk.sites
        self.ops.store(lambda: [s.name for s in sites.list()], on_done=self._sites_loaded)

    def _sites_loaded(self, names: list[str]) -> None:
        self.site_names = names
        self.navigator.set_sites(names)

    def refresh_open_articles(self, article_ids: set[str] | frozenset[str] | None = None) -> None:
        """Open editors take in the store's copy of their article (all of them when ``None``)."""
        self.follower.refresh_editors(article_ids)

    def reload_terms(self) -> None:
        terms = self.desk.terms
        self.ops.store(
            lambda: (terms.sections(), terms.tags()),
            on_done=self._terms_loaded,
            what=self.tr("Could not load sections: {error}"),
        )

    def _terms_loaded(self, result: tuple[list[Term], list[Term]]) -> None:
        self.sections, self.tags = result
        self.navigator.set_terms(self.sections, self.tags)
        for editor in self.editors():
            editor.set_terms(self.sections, self.tags)

    # ------------------------------------------------------------------ tabs
    def editors(self) -> list[ArticleEditor]:
        # Tabs hold only editors (see _add_tab); the editor module loads with the first article.
        return [self.tabs.widget(i) for i in range(self.tabs.count())]  # type: ignore[misc]

    def current_editor(self) -> ArticleEditor | None:
        widget = self.tabs.currentWidget()
        return widget  # type: ignore[return-value]

    def editor_for(self, article_id: str) -> ArticleEditor | None:
        return next((e for e in self.editors() if e.article_id == article_id), None)

    def open_article(self, article_id: str, *, focus: bool = True) -> None:
        existing = self.editor_for(article_id)
        if existing is not None:
            if focus:
                self.tabs.setCurrentWidget(existing)
            return
        self.ops.store(
            self.desk.articles.get,
            article_id,
            on_done=lambda art: self._add_tab(art, focus),
            what=self.tr("Could not open the article: {error}"),
        )

    def _add_tab(self, article: Article, focus: bool = True) -> ArticleEditor:
        existing = self.editor_for(article.id)
        if existing is not None:
            return existing
        from editor_app.ui.editor.article_editor import ArticleEditor

        editor = ArticleEditor(
            self.desk, self.lane, self.journal, article, self.sections, self.tags, self, spelling=self.spelling
        )
        editor.set_focus_mode(
            self.focus_mode.active,
            details=self.actions["toggle_metadata"].isChecked(),
            outline=self.actions["toggle_outline"].isChecked(),
        )
        apply_to_editor(editor, self.prefs)
        state = self.settings.value("splitters/metadata")
        if isinstance(state, QByteArray):
            editor.splitter.restoreState(state)
        index = self.tabs.addTab(editor, elide(article.title, TAB_TITLE_CHARS))
        self.tabs.setTabToolTip(index, article.title[:300])
        editor.edited.connect(lambda e=editor: self._editor_edited(e))
        editor.refreshed.connect(lambda e=editor: self._editor_edited(e))
        editor.title_changed.connect(lambda _t, e=editor: self._retitle(e))
        editor.note.connect(lambda msg: self.statusBar().showMessage(msg, 8000))
        editor.autosave.state_changed.connect(lambda state, e=editor: self._save_state(e, state))
        editor.autosave.saved.connect(self._article_saved)
        editor.body.verticalScrollBar().valueChanged.connect(lambda _v: self._scroll_timer.start())
        if not editor.highlighting:
            self.statusBar().showMessage(self.tr("Syntax highlighting is off for this very large article."), 8000)
        if focus or self.tabs.count() == 1:
            self.tabs.setCurrentWidget(editor)
            editor.body.setFocus()
        place = self.restore_places.pop(article.id, None)
        if place is not None:  # the same article in a rebuilt window: the caret and view where they were
            cursor = editor.body.textCursor()
            cursor.setPosition(min(place[0], editor.body.document().characterCount() - 1))
            editor.body.setTextCursor(cursor)
            QTimer.singleShot(0, lambda: editor.body.verticalScrollBar().setValue(place[1]))
        self._update_empty_state()
        return editor

    def _retitle(self, editor: ArticleEditor) -> None:
        i = self.tabs.indexOf(editor)
        if i >= 0:
            self.tabs.setTabText(i, elide(editor.title(), TAB_TITLE_CHARS))
            self.tabs.setTabToolTip(i, editor.title()[:300])

    def close_tab(self, index: int | None = None) -> None:
        index = self.tabs.currentIndex() if index is None else index
        editor = self.tabs.widget(index)
        if editor is None:
            return
        editor.autosave.flush()
        self.tabs.removeTab(index)
        self._retire(editor)
        self._update_empty_state()

    def _retire(self, editor: ArticleEditor) -> None:
        """Keep a closed editor alive until its last save has landed (it clears the journal)."""
        editor.hide()
        if not editor.autosave.dirty:
            editor.deleteLater()
            return
        self._retiring.add(editor)

        def finished(state: str) -> None:
            if state in ("saved", "failed") and not editor.autosave.dirty:
                self._retiring.discard(editor)
                editor.deleteLater()

        editor.autosave.state_changed.connect(finished)

    def _tab_changed(self, _index: int) -> None:
        for editor in self.editors():
            if editor is not self.current_editor():
                editor.autosave.flush()  # switching tabs saves the one left behind
        editor = self.current_editor()
        if editor is None:
            self.preview_controller.cancel()
            self.preview.clear()
            self.stats_label.clear()
            self.save_label.clear()
            return
        self._save_state(editor, "unsaved" if editor.autosave.dirty else "saved")
        self.preview_controller.schedule(editor.preview_source(), immediately=True)
        self._sync_scroll()

    def refresh_preview(self) -> None:
        """Render the current article again (its site's look was learned or the choice changed)."""
        editor = self.current_editor()
        if editor is not None:
            self.preview_controller.schedule(editor.preview_source(), immediately=True)

    def _update_empty_state(self) -> None:
        has_tabs = self.tabs.count() > 0
        self.tabs.setVisible(has_tabs)
        self.empty_hint.setVisible(not has_tabs)
        if not has_tabs:
            self.preview.clear()

    # ------------------------------------------------------------------ edits, saves, stats
    def _editor_edited(self, editor: ArticleEditor) -> None:
        if editor is self.current_editor():
            self.preview_controller.schedule(editor.preview_source)  # read when the render starts

    def _save_state(self, editor: ArticleEditor, state: str) -> None:
        if editor is self.current_editor():
            self.save_label.setText(self.tr(SAVE_STATES[state]) if state in SAVE_STATES else state)

    def _article_saved(self, article: Article, _change: Change) -> None:
        section = next((t.name for t in self.sections if t.slug == article.primary_section), None)
        self.list_panel.model.replace_row(row_from_article(article, section))
        # The navigator's counts follow `change` through the operations' signal (ChangeFollower).

    def _show_stats(self, article_id: str, stats: TextStats) -> None:
        editor = self.current_editor()
        if editor is not None and editor.article_id == article_id:
            self.stats_label.setText(self.describe_stats(stats))

    def describe_stats(self, stats: TextStats) -> str:
        """'1,234 words · 5 min read' in the interface language (CJK text counts characters, as the list does)."""
        minutes = self.tr("{minutes} min read").format(minutes=stats.reading_minutes)
        return length_text(stats.words, stats.cjk_chars) + " · " + minutes

    def _sync_scroll(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            if self._scroll_from_preview:  # the editor moved to a block clicked in the preview: stay put
                self._scroll_from_preview = False
                return
            self.preview.set_scroll_fraction(editor.body.scroll_fraction(), editor.body.first_visible_line())

    def _go_to_clicked_block(self, line: int) -> None:
        editor = self.current_editor()
        if editor is None or self.preview.shown_article != editor.article_id:
            return
        bar = editor.body.verticalScrollBar()
        before = bar.value()
        editor.body.go_to_line(line)
        self._scroll_from_preview = bar.value() != before

    def _after_recovery(self, article_id: str) -> None:
        self.list_panel.model.reload()
        editor = self.editor_for(article_id)
        if editor is None:
            self.open_article(article_id)
            return
        self.ops.store(self.desk.articles.get, article_id, on_done=editor.show_article)
        self.statusBar().showMessage(self.tr("The recovered text is back in the article."), 8000)

    def _operation_failed(self, message: str, details: str) -> None:
        self.statusBar().showMessage(message, 20000)
        self.problem.show_problem(message, details)

    # ------------------------------------------------------------------ preferences
    def show_preferences(self) -> None:
        from editor_app.ui.preferences.dialog import PreferencesDialog

        dialog = PreferencesDialog(self.prefs, self.site_names, self)
        dialog.applied.connect(self.use_preferences)
        dialog.open()
        self.preferences_dialog = dialog

    def use_preferences(self, prefs: Preferences) -> None:
        """Keep the chosen preferences (written on the store lane) and apply them now."""
        previous, self.prefs = self.prefs, prefs
        self.ops.store(
            self.desk.preferences.save,
            prefs,
            on_done=self._preferences_saved,
            what=self.tr("The preferences could not be saved: {error}"),
        )
        apply_to_window(self, prefs, initial=prefs.preview_width == previous.preview_width)
        language = language_change_needed(self.language, prefs)
        if language is not None:
            self.language_requested.emit(language)  # the window host rebuilds the window in it

    def _preferences_saved(self, kept: Path | None) -> None:
        if kept is not None:
            self.statusBar().showMessage(
                self.tr("Preferences saved. The unreadable earlier file was kept as {file}.").format(file=kept)
            )

    # ------------------------------------------------------------------ layout memory
    def _restore_layout(self) -> None:
        s = self.settings
        if not isinstance(s.value("window/geometry"), QByteArray):
            self.size_for_screen()
        for key, restore in (
            ("window/geometry", self.restoreGeometry),
            ("window/state", self.restoreState),
            ("splitters/main", self.main_splitter.restoreState),
            ("splitters/workspace", self.workspace.restoreState),
        ):
            value = s.value(key)
            if isinstance(value, QByteArray):
                restore(value)
        for key, widget in (("toggle_navigator", self.navigator), ("toggle_preview", self.preview)):
            visible = s.value(f"view/{key}", True, type=bool)
            self.actions[key].setChecked(visible)
            widget.setVisible(visible)
        for key in ("toggle_metadata", "toggle_outline"):
            self.actions[key].setChecked(s.value(f"view/{key}", True, type=bool))
        self.preview_controller.enabled = self.actions["toggle_preview"].isChecked()

    def size_for_screen(self) -> None:
        """A first window: about 80 % of the screen, centred, the panes in proportion to it."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        width, height = int(area.width() * FIRST_WINDOW_SHARE), int(area.height() * FIRST_WINDOW_SHARE)
        self.resize(width, height)
        self.move(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2)
        self.apply_proportions(width)

    def apply_proportions(self, width: int) -> None:
        """Navigator 12 %, list 28 %, editor and preview share the rest 55:45."""
        navigator, articles = int(width * 0.12), int(width * 0.28)
        rest = max(0, width - navigator - articles)
        self.main_splitter.setSizes([navigator, articles, rest])
        self.workspace.setSizes([int(rest * 0.55), rest - int(rest * 0.55)])

    def save_layout(self) -> None:
        self.focus_mode.leave()  # the layout saved is the normal one, never the full-screen editor
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("splitters/main", self.main_splitter.saveState())
        s.setValue("splitters/workspace", self.workspace.saveState())
        editor = self.current_editor()
        if editor is not None:
            s.setValue("splitters/metadata", editor.splitter.saveState())
        for key in ("toggle_navigator", "toggle_preview", "toggle_metadata", "toggle_outline"):
            s.setValue(f"view/{key}", self.actions[key].isChecked())
        s.setValue("session/open_articles", [e.article_id for e in self.editors()])
        s.setValue("session/current", editor.article_id if editor else "")
        s.sync()

    # ------------------------------------------------------------------ closing
    def flush_all(self, timeout_ms: int = 15_000) -> bool:
        """Save every open (and closing) editor and wait until the store has it all."""
        editors = self.editors() + list(self._retiring)
        for editor in editors:
            editor.autosave.flush()
        return all(editor.autosave.wait_saved(timeout_ms) for editor in editors)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's API name
        if self._closing:
            event.accept()
            return
        saved = self.flush_all()
        if not saved and self.confirm_unsaved_close:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.warning(
                self,
                self.tr("Changes not saved"),
                self.tr(
                    "Some changes could not be saved to the store. They are kept in the recovery folder and "
                    "will be offered when Copydesk starts again. Quit anyway?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self._closing = True
        self.save_layout()
        self.preview_controller.cancel()
        self.compute.wait_idle(5000)
        self.spelling.shutdown()
        self.preview.dispose()
        if self.net is not None:
            self.net.shutdown()  # a sync under way finishes its current request first
        event.accept()

    def choose_other_desk(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(self.desk.paths.data_dir.parent)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a Desk Folder"), start)
        if folder:
            self.requested_desk = Path(folder)
            self.close()
