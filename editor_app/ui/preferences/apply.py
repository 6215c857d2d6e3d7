"""Applying the desk's preferences to an open main window, live (no restart)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from editor_app.core.preferences import Preferences
from editor_app.ui.app import set_theme
from editor_app.ui.i18n import resolve_language

if TYPE_CHECKING:
    from editor_app.ui.editor.article_editor import ArticleEditor
    from editor_app.ui.main_window import MainWindow


def editor_font(prefs: Preferences) -> QFont:
    """The body editor's font: the chosen family, else the system's interface font, at the chosen size."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    if prefs.editor_font_family:
        font.setFamily(prefs.editor_font_family)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSize(prefs.editor_font_size)
    return font


def apply_to_editor(editor: ArticleEditor, prefs: Preferences) -> None:
    """What one article's editor takes from the preferences: font, autosave pace, length thresholds."""
    editor.body.setFont(editor_font(prefs))
    editor.autosave.set_interval(prefs.autosave_ms)
    editor.metadata.set_limits(prefs)


def apply_to_window(window: MainWindow, prefs: Preferences, *, initial: bool = False) -> None:
    """Everything but the interface language, which the window host applies by rebuilding the
    window (see `language_change_needed`)."""
    app = QApplication.instance()
    if app is not None:
        set_theme(app, prefs.theme)
    window.spelling.apply_preferences(prefs)
    if window.sync is not None:
        window.sync.default_site = prefs.default_site
    for editor in window.editors():
        apply_to_editor(editor, prefs)
    if not initial:  # at start the remembered splitter wins; a changed preference moves it
        set_preview_width(window, prefs.preview_width)


def set_preview_width(window: MainWindow, width: int) -> None:
    sizes = window.workspace.sizes()
    total = sum(sizes)
    if len(sizes) == 2 and total > 0:
        width = min(width, max(0, total - 200))  # the editor keeps room to type
        window.workspace.setSizes([total - width, width])


def language_change_needed(current: str, prefs: Preferences) -> str | None:
    """The language to switch to, or None when the interface already speaks it."""
    wanted = resolve_language(prefs.interface_language)
    return wanted if wanted != current else None
