"""What each menu and toolbar action does. Store work goes through the window's store lane."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit

from editor_app.core.domain import Article
from editor_app.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from editor_app.ui.main_window import MainWindow

NEW_TITLE = QT_TRANSLATE_NOOP("Commands", "Untitled article")


class Commands:
    def __init__(self, window: MainWindow) -> None:
        self.w = window

    def tr(self, text: str) -> str:
        """Translated in this class's context, as lupdate files `self.tr` here (not a QObject)."""
        return QCoreApplication.translate("Commands", text)

    def handlers(self) -> dict[str, Callable[[], None]]:
        w = self.w
        return {
            "new": self.new_article,
            "open": self.open_selected,
            "save": self.save_point,
            "close_tab": lambda: w.close_tab(),
            "open_desk": w.choose_other_desk,
            "quit": w.close,
            "undo": lambda: self._focused("undo"),
            "redo": lambda: self._focused("redo"),
            "cut": lambda: self._focused("cut"),
            "copy": lambda: self._focused("copy"),
            "paste": lambda: self._focused("paste"),
            "select_all": lambda: self._focused("selectAll"),
            "find": lambda: self._find_bar(replace=False),
            "replace": lambda: self._find_bar(replace=True),
            "find_next": lambda: self._with_find(lambda bar: bar.find_next()),
            "find_previous": lambda: self._with_find(lambda bar: bar.find_previous()),
            "search": self.focus_search,
            "bold": lambda: self._body(lambda b: b.toggle_wrap("**")),
            "italic": lambda: self._body(lambda b: b.toggle_wrap("*")),
            "link": lambda: self._body(lambda b: b.insert_link()),
            "h1": lambda: self._body(lambda b: b.set_heading(1)),
            "h2": lambda: self._body(lambda b: b.set_heading(2)),
            "h3": lambda: self._body(lambda b: b.set_heading(3)),
            "paragraph": lambda: self._body(lambda b: b.set_heading(0)),
            "quote": lambda: self._body(lambda b: b.toggle_quote()),
            "history": self.show_history,
            "trash": self.move_to_trash,
            "taxonomy": self.show_taxonomy,
            "refresh": self.refresh,
            "toggle_navigator": lambda: w.navigator.setVisible(w.actions["toggle_navigator"].isChecked()),
            "toggle_preview": self.toggle_preview,
            "toggle_metadata": self.toggle_metadata,
            "toggle_outline": self.toggle_outline,
            "focus_mode": lambda: w.focus_mode.toggle(),
            "next_tab": lambda: self._step_tab(1),
            "previous_tab": lambda: self._step_tab(-1),
            "show_logs": self.show_logs,
            "preferences": w.show_preferences,
            "about": self.about,
        }

    # ------------------------------------------------------------------ articles
    def new_article(self) -> None:
        w = self.w
        facets = w.navigator.facets
        fields: dict[str, object] = {"lang": facets.lang or w.prefs.default_language}
        if facets.section:
            fields["sections"] = [facets.section]

        def created(article: Article) -> None:
            editor = w._add_tab(article, True)
            w.list_panel.model.reload()
            editor.metadata.headline.setFocus()
            editor.metadata.headline.selectAll()

        w.ops.store(
            w.desk.articles.create,
            self.tr(NEW_TITLE),
            **fields,
            on_done=created,
            what=self.tr("Could not create an article: {error}"),
        )

    def open_selected(self) -> None:
        article_id = self.w.list_panel.current_article_id()
        if article_id:
            self.w.open_article(article_id)

    def save_point(self) -> None:
        """Ctrl+S: the text is autosaved anyway; this also records a revision to come back to."""
        w = self.w
        editor = w.current_editor()
        if editor is None:
            return

        def done(made: bool) -> None:
            w.statusBar().showMessage(
                self.tr("Save point recorded in the history.")
                if made
                else self.tr("Saved; the history already holds this text."),
                5000,
            )

        editor.body.end_typing_run()  # what is typed next is undone apart from what was saved here
        # The autosave controller saves what was just typed as this save point, never as an autosave.
        editor.autosave.save_point(
            on_done=done,
            on_error=lambda exc: w.statusBar().showMessage(
                self.tr("Could not record a save point: {error}").format(error=exc), 8000
            ),
        )

    def move_to_trash(self) -> None:
        w = self.w
        editor = w.current_editor()
        if editor is None:
            return
        answer = QMessageBox.question(
            w, self.tr("Move to Trash"), self.tr("Move “{title}” to the trash?").format(title=editor.title()[:120])
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        editor.autosave.flush()
        article_id = editor.article_id
        w.close_tab(w.tabs.indexOf(editor))
        # The list and the navigator's counts follow the change it returns (ChangeFollower).
        w.ops.store(w.desk.articles.delete, article_id, what=self.tr("Could not move it to the trash: {error}"))

    def refresh(self) -> None:
        self.w.list_panel.model.reload()
        self.w.reload_terms()

    # ------------------------------------------------------------------ dialogs from the other team
    def show_history(self) -> None:
        w = self.w
        editor = w.current_editor()
        if editor is None:
            return
        editor.autosave.flush()
        from editor_app.ui.history.dialog import HistoryDialog  # built separately; loaded on first use

        # A restore's change reaches the open editor, its preview and the list (ChangeFollower).
        dialog = HistoryDialog(w.desk, w.lane, editor.article_id, w)
        dialog.open()

    def show_taxonomy(self) -> None:
        w = self.w
        from editor_app.ui.taxonomy.manager import TaxonomyManager  # built separately; loaded on first use

        # A merge, rename or delete reaches the navigator, the list and every open form through
        # the change it returns (ChangeFollower), so no form writes back the old names. Typed
        # tags are saved first, so they land before any edit made in the manager.
        for editor in w.editors():
            editor.autosave.flush()
        dialog = TaxonomyManager(w.desk, w.lane, w)
        dialog.open()

    # ------------------------------------------------------------------ editing
    def _body(self, fn: Callable[[object], None]) -> None:
        editor = self.w.current_editor()
        if editor is not None:
            fn(editor.body)
            editor.body.setFocus()

    def _focused(self, method: str) -> None:
        widget = QApplication.focusWidget()
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            getattr(widget, method)()

    def _find_bar(self, *, replace: bool) -> None:
        editor = self.w.current_editor()
        if editor is not None:
            editor.find_bar.open_bar(replace=replace)

    def _with_find(self, fn: Callable[[object], object]) -> None:
        editor = self.w.current_editor()
        if editor is not None:
            if not editor.find_bar.find_field.text():
                editor.find_bar.open_bar()
            else:
                fn(editor.find_bar)

    def focus_search(self) -> None:
        search = self.w.list_panel.search
        if not self.w.list_panel.isVisible():
            self.w.list_panel.show()
        search.setFocus()
        search.selectAll()

    def _step_tab(self, step: int) -> None:
        tabs = self.w.tabs
        if tabs.count():
            tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())

    # ------------------------------------------------------------------ view
    def toggle_preview(self) -> None:
        w = self.w
        on = w.actions["toggle_preview"].isChecked()
        w.preview.setVisible(on)
        w.preview_controller.enabled = on
        editor = w.current_editor()
        if on and editor is not None:
            w.preview_controller.schedule(editor.preview_source(), immediately=True)

    def toggle_metadata(self) -> None:
        on = self.w.actions["toggle_metadata"].isChecked()
        for editor in self.w.editors():
            editor.meta_scroll.setVisible(on)

    def toggle_outline(self) -> None:
        on = self.w.actions["toggle_outline"].isChecked()
        for editor in self.w.editors():
            editor.outline.setVisible(on)

    def show_logs(self) -> None:
        """The log folder in the system's file manager."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        folder = self.w.desk.paths.logs_dir
        folder.mkdir(parents=True, exist_ok=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.w.statusBar().showMessage(self.tr("The logs are in {0}").format(folder), 15000)

    def about(self) -> None:
        """Version, Qt and the WordPress versions of the connected sites (read on the store lane)."""
        from editor_app.ui.about import about_text

        w = self.w
        w.ops.store(
            w.desk.sites.list,
            on_done=lambda sites: QMessageBox.about(w, self.tr("About Copydesk"), about_text(w.desk.paths, sites)),
            on_error=lambda _exc: QMessageBox.about(w, self.tr("About Copydesk"), about_text(w.desk.paths, [])),
        )
