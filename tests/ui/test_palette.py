"""The window follows the light or dark colour scheme, and changes when the system's changes.

The offscreen platform has no desktop scheme to switch, so the test sets the scheme through
COPYDESK_COLOR_SCHEME (the override the app honours) and announces the change with the same
signal the desktop sends."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from editor_app.ui.app import COLOR_SCHEME_ENV, follow_system_palette


def _is_dark(app: QApplication) -> bool:
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def test_palette_follows_the_scheme_and_its_changes(qtbot, monkeypatch) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        monkeypatch.setenv(COLOR_SCHEME_ENV, "light")
        follow_system_palette(app)
        assert not _is_dark(app)
        monkeypatch.setenv(COLOR_SCHEME_ENV, "dark")
        app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # what the desktop sends on a switch
        assert _is_dark(app)
        palette = app.palette()
        assert palette.color(QPalette.ColorRole.WindowText).lightness() > 128  # readable on the dark window
        assert palette.color(QPalette.ColorRole.Text).lightness() > palette.color(QPalette.ColorRole.Base).lightness()
    finally:
        monkeypatch.setenv(COLOR_SCHEME_ENV, "light")
        follow_system_palette(app)
