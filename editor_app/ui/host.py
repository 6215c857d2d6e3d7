"""The window host: builds the main window and rebuilds it when the interface language changes.

Qt widgets take their texts when they are made, so a new language is shown by a new window:
every editor is saved first, then the same articles reopen in the new window at the same place,
with the window's size and panes as they were. Nothing typed is lost (the recovery journal also
covers a save the store refused).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from editor_app.core.desk import Desk
from editor_app.ui.i18n import Translations
from editor_app.ui.main_window import MainWindow
from editor_app.ui.workers import Lane


class WindowHost(QObject):
    window_replaced = Signal(object)  # the new MainWindow

    def __init__(self, desk: Desk, lane: Lane, compute: Lane, translations: Translations) -> None:
        super().__init__()
        self.desk = desk
        self.lane = lane
        self.compute = compute
        self.translations = translations
        self.window: MainWindow | None = None

    def open(self, *, reopen: bool = True, show: bool = True) -> MainWindow:
        window = self._make()
        if show:
            window.show()
        window.start(reopen=reopen)
        return window

    def _make(self) -> MainWindow:
        window = MainWindow(self.desk, self.lane, self.compute)
        window.language = self.translations.language
        window.language_requested.connect(self.switch_language)
        self.window = window
        return window

    def switch_language(self, language: str) -> bool:
        """Show the interface in `language`; False (and a note) when its translation is missing."""
        old = self.window
        if old is None or language == self.translations.language:
            return False
        if not self.translations.use(language):
            self.translations.use(old.language)
            old.statusBar().showMessage(
                self.tr("The {language} translation is not installed; run scripts/setup.sh.").format(language=language)
            )
            return False
        places = {e.article_id: (e.body.textCursor().position(), e.body.verticalScrollBar().value())
                  for e in old.editors()}  # fmt: skip
        was_visible = old.isVisible()
        old.save_layout()  # the new window starts from the same geometry, panes and open articles
        new = self._make()
        new.restore_places = places
        if was_visible:
            new.show()
        old.confirm_unsaved_close = False  # a save the store refused stays in the recovery journal
        old.close()  # saves every editor and waits for the store
        old.deleteLater()
        new.start(reopen=True)
        self.window_replaced.emit(new)
        return True
