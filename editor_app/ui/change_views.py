"""The window's views follow the store: each `Change` on the operations' signal refreshes what
it names, in the list, the navigator, the open editors (and so the preview and the status bar's
word count) and the Site menu.

Changes that arrive in one turn of the event loop are applied together, so a sync that changed
forty articles refreshes each view once. An editor's own autosave is not read back into it (the
editor already shows what it saved) and its list row is replaced from the saved article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from editor_app.core.domain import Change

if TYPE_CHECKING:
    from editor_app.ui.editor.article_editor import ArticleEditor
    from editor_app.ui.main_window import MainWindow


class ChangeFollower(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._editors: set[str] = set()  # articles whose open editors take in the store's copy
        self._list = False
        self._terms = False
        self._sites = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.apply)
        window.ops.changed.connect(self.collect)

    def collect(self, change: Change) -> None:
        own = self._saved_by(change)
        if change.articles:
            ids = set(change.articles)
            if own is not None:
                ids.discard(own.article_id)  # its row was replaced from the saved article
            self._editors |= ids
            for editor in self.window.editors():
                if editor.article_id in ids:
                    editor.autosave.hold()  # until it has taken in the store's copy (absorb)
            self._list = self._list or bool(ids)
        self._terms = self._terms or change.terms  # the navigator's counts, the known tags
        # A change to the sites (added, removed, renamed) names them; older Change types do not.
        self._sites = self._sites or bool(getattr(change, "sites", False))
        self._timer.start()

    def _saved_by(self, change: Change) -> ArticleEditor | None:
        """The open editor whose own save made this change, if any."""
        for editor in self.window.editors():
            if editor.autosave.last_change is change:
                return editor
        return None

    def apply(self) -> None:
        w = self.window
        editors, self._editors = self._editors, set()
        reload_list, self._list = self._list, False
        terms, self._terms = self._terms, False
        sites, self._sites = self._sites, False
        if reload_list:
            w.list_panel.model.reload()
        if terms:
            w.reload_terms()
        if editors:
            self.refresh_editors(editors)
        if sites:
            w.reload_sites()

    def after_sync(self, report: object) -> None:
        """A report that lists its changes was followed through the operations' signal already;
        only one that cannot say what changed reloads everything."""
        if hasattr(report, "changes"):
            return
        w = self.window
        w.list_panel.model.reload()
        w.reload_terms()
        self.refresh_editors(None)  # pulled text, publish dates, statuses the queue changed
        w.reload_sites()

    def refresh_editors(self, article_ids: set[str] | frozenset[str] | None) -> None:
        """Open editors take in the store's copy of their article (all of them when ``None``).

        Nothing is saved first: `ArticleEditor.absorb` keeps what the user typed since the last
        save, field by field, while a save computed now would send the form's older values of
        fields changed in the store (a merged tag would come back)."""
        w = self.window
        what = self.tr("An open article could not take in its latest saved version: {error}")
        for editor in w.editors():
            if article_ids is not None and editor.article_id not in article_ids:
                continue

            def failed(exc: BaseException, editor: ArticleEditor = editor) -> None:
                editor.autosave.release()
                w.ops.report(exc, what)

            w.ops.store(w.desk.articles.get, editor.article_id, on_done=editor.absorb, on_error=failed)

    def pending(self) -> bool:
        return self._timer.isActive()
