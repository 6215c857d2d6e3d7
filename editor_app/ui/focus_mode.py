"""Focus mode: the editor alone, full screen. Everything else is hidden and comes back as it was
on leaving (the shortcut again, or Esc)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QToolBar, QWidget

if TYPE_CHECKING:
    from editor_app.ui.main_window import MainWindow


class FocusMode(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.active = False
        self._hidden: list[QWidget] = []
        self._state = Qt.WindowState.WindowNoState
        # Esc leaves: a key the editor does not use travels up to the window, where this catches
        # it. (A window-wide Esc shortcut would clash with the find bar's own Esc.)
        window.installEventFilter(self)
        window.tabs.currentChanged.connect(lambda _i: self._apply_to_editors())

    def _chrome(self) -> list[QWidget]:
        """The widgets around the editor: navigator, list, preview, bars and the tab strip."""
        w = self.w
        widgets: list[QWidget] = [w.navigator, w.list_panel, w.preview, w.banner, w.menuBar(), w.statusBar()]
        widgets += w.findChildren(QToolBar)
        widgets.append(w.tabs.tabBar())
        return widgets

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API name
        if (
            self.active
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.leave()
            return True
        return False

    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    def enter(self) -> None:
        if self.active:
            return
        self.active = True
        self._state = self.w.windowState()
        self._hidden = [widget for widget in self._chrome() if widget.isVisible()]
        for widget in self._hidden:
            widget.hide()
        self._apply_to_editors()
        self.w.showFullScreen()
        self._sync_actions()
        editor = self.w.current_editor()
        if editor is not None:
            editor.body.setFocus()

    def leave(self) -> None:
        if not self.active:
            return
        self.active = False
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self._apply_to_editors()
        self.w.setWindowState(self._state)
        self._sync_actions()

    def _apply_to_editors(self) -> None:
        actions = self.w.actions
        for editor in self.w.editors():
            editor.set_focus_mode(
                self.active,
                details=actions["toggle_metadata"].isChecked(),
                outline=actions["toggle_outline"].isChecked(),
            )

    def _sync_actions(self) -> None:
        actions = self.w.actions
        action = actions["focus_mode"]
        if action.isChecked() != self.active:
            action.blockSignals(True)
            action.setChecked(self.active)
            action.blockSignals(False)
