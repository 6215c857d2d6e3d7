"""Focus mode: the editor alone, full screen. Everything else is hidden and comes back as it was
on leaving (the shortcut again, or Esc)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
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
        # Esc leaves; the action exists only while focus mode is on, so Esc means nothing else then
        self.leave_action = QAction(self.tr("Leave Focus Mode"), window)
        self.leave_action.setObjectName("action_leave_focus")
        self.leave_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave_action.setEnabled(False)
        self.leave_action.triggered.connect(self.leave)
        window.addAction(self.leave_action)
        window.tabs.currentChanged.connect(lambda _i: self._apply_to_editors())

    def _chrome(self) -> list[QWidget]:
        """The widgets around the editor: navigator, list, preview, bars and the tab strip."""
        w = self.w
        widgets: list[QWidget] = [w.navigator, w.list_panel, w.preview, w.banner, w.menuBar(), w.statusBar()]
        widgets += w.findChildren(QToolBar)
        widgets.append(w.tabs.tabBar())
        return widgets

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
        self.leave_action.setEnabled(self.active)
        action = actions["focus_mode"]
        if action.isChecked() != self.active:
            action.blockSignals(True)
            action.setChecked(self.active)
            action.blockSignals(False)
