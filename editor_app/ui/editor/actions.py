"""Every command of the workstation as a QAction, with its shortcut, for menus and the toolbar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStyle, QToolBar

from editor_app.core.i18n import QT_TRANSLATE_NOOP

Std = QKeySequence.StandardKey
Pix = QStyle.StandardPixmap


@dataclass(frozen=True)
class ActionSpec:
    key: str
    text: str
    shortcut: QKeySequence.StandardKey | str | None = None
    icon: QStyle.StandardPixmap | None = None
    tip: str = ""
    checkable: bool = False


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "new",
        QT_TRANSLATE_NOOP("Actions", "&New Article"),
        "Ctrl+N",
        Pix.SP_FileIcon,
        QT_TRANSLATE_NOOP("Actions", "Start a new draft"),
    ),
    ActionSpec(
        "open",
        QT_TRANSLATE_NOOP("Actions", "&Open Selected Article"),
        "Ctrl+O",
        Pix.SP_DialogOpenButton,
        QT_TRANSLATE_NOOP("Actions", "Open the article selected in the list"),
    ),
    ActionSpec(
        "save",
        QT_TRANSLATE_NOOP("Actions", "&Save Point"),
        "Ctrl+S",
        Pix.SP_DialogSaveButton,
        QT_TRANSLATE_NOOP("Actions", "Record a revision now (the text is autosaved as you type)"),
    ),
    ActionSpec(
        "close_tab",
        QT_TRANSLATE_NOOP("Actions", "&Close Article"),
        "Ctrl+W",
        Pix.SP_DialogCloseButton,
        QT_TRANSLATE_NOOP("Actions", "Close the current article"),
    ),
    ActionSpec(
        "open_desk",
        QT_TRANSLATE_NOOP("Actions", "Open &Desk Folder…"),
        None,
        Pix.SP_DirOpenIcon,
        QT_TRANSLATE_NOOP("Actions", "Open the desk in another folder"),
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        "Ctrl+Q",
        None,
        QT_TRANSLATE_NOOP("Actions", "Save everything and quit"),
    ),
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), Std.Undo),
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), Std.Redo),
    ActionSpec("cut", QT_TRANSLATE_NOOP("Actions", "Cu&t"), Std.Cut),
    ActionSpec("copy", QT_TRANSLATE_NOOP("Actions", "&Copy"), Std.Copy),
    ActionSpec("paste", QT_TRANSLATE_NOOP("Actions", "&Paste"), Std.Paste),
    ActionSpec("select_all", QT_TRANSLATE_NOOP("Actions", "Select &All"), Std.SelectAll),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        "Ctrl+F",
        Pix.SP_FileDialogContentsView,
        QT_TRANSLATE_NOOP("Actions", "Find in the article"),
    ),
    ActionSpec(
        "replace",
        QT_TRANSLATE_NOOP("Actions", "&Replace…"),
        "Ctrl+H",
        None,
        QT_TRANSLATE_NOOP("Actions", "Find and replace in the article"),
    ),
    ActionSpec("find_next", QT_TRANSLATE_NOOP("Actions", "Find &Next"), Std.FindNext),
    ActionSpec("find_previous", QT_TRANSLATE_NOOP("Actions", "Find Pre&vious"), Std.FindPrevious),
    ActionSpec(
        "search",
        QT_TRANSLATE_NOOP("Actions", "Search &Articles"),
        "Ctrl+Shift+F",
        None,
        QT_TRANSLATE_NOOP("Actions", "Search all articles"),
    ),
    ActionSpec(
        "bold", QT_TRANSLATE_NOOP("Actions", "&Bold"), "Ctrl+B", None, QT_TRANSLATE_NOOP("Actions", "Bold (**text**)")
    ),
    ActionSpec(
        "italic",
        QT_TRANSLATE_NOOP("Actions", "&Italic"),
        "Ctrl+I",
        None,
        QT_TRANSLATE_NOOP("Actions", "Italic (*text*)"),
    ),
    ActionSpec(
        "link",
        QT_TRANSLATE_NOOP("Actions", "&Link"),
        "Ctrl+K",
        None,
        QT_TRANSLATE_NOOP("Actions", "Link ([text](https://…))"),
    ),
    ActionSpec("h1", QT_TRANSLATE_NOOP("Actions", "Heading &1"), "Ctrl+1"),
    ActionSpec("h2", QT_TRANSLATE_NOOP("Actions", "Heading &2"), "Ctrl+2"),
    ActionSpec("h3", QT_TRANSLATE_NOOP("Actions", "Heading &3"), "Ctrl+3"),
    ActionSpec("paragraph", QT_TRANSLATE_NOOP("Actions", "&Paragraph (no heading)"), "Ctrl+0"),
    ActionSpec(
        "quote",
        QT_TRANSLATE_NOOP("Actions", "&Quote"),
        "Ctrl+Shift+.",
        None,
        QT_TRANSLATE_NOOP("Actions", "Block quote (> text)"),
    ),
    ActionSpec(
        "history",
        QT_TRANSLATE_NOOP("Actions", "Revision &History…"),
        "Ctrl+Shift+H",
        Pix.SP_FileDialogDetailedView,
        QT_TRANSLATE_NOOP("Actions", "Earlier versions of this article"),
    ),
    ActionSpec(
        "trash",
        QT_TRANSLATE_NOOP("Actions", "Move to &Trash"),
        None,
        Pix.SP_TrashIcon,
        QT_TRANSLATE_NOOP("Actions", "Move the current article to the trash"),
    ),
    ActionSpec(
        "taxonomy",
        QT_TRANSLATE_NOOP("Actions", "&Sections and Tags…"),
        "Ctrl+Shift+T",
        Pix.SP_DirIcon,
        QT_TRANSLATE_NOOP("Actions", "Manage sections and tags"),
    ),
    ActionSpec("refresh", QT_TRANSLATE_NOOP("Actions", "&Refresh List"), Std.Refresh, Pix.SP_BrowserReload),
    ActionSpec(
        "toggle_navigator",
        QT_TRANSLATE_NOOP("Actions", "&Navigator"),
        "Ctrl+Shift+N",
        None,
        QT_TRANSLATE_NOOP("Actions", "Show or hide the navigator"),
        True,
    ),
    ActionSpec(
        "toggle_preview",
        QT_TRANSLATE_NOOP("Actions", "&Preview"),
        "Ctrl+Shift+P",
        None,
        QT_TRANSLATE_NOOP("Actions", "Show or hide the preview"),
        True,
    ),
    ActionSpec(
        "toggle_metadata",
        QT_TRANSLATE_NOOP("Actions", "Article &Details"),
        "Ctrl+Shift+D",
        None,
        QT_TRANSLATE_NOOP("Actions", "Show or hide the details panel"),
        True,
    ),
    ActionSpec(
        "toggle_outline",
        QT_TRANSLATE_NOOP("Actions", "&Outline"),
        "Ctrl+Shift+O",
        None,
        QT_TRANSLATE_NOOP("Actions", "Show or hide the outline of headings"),
        True,
    ),
    ActionSpec(
        "focus_mode",
        QT_TRANSLATE_NOOP("Actions", "&Focus Mode"),
        "F11",
        None,
        QT_TRANSLATE_NOOP("Actions", "The editor alone, full screen (Esc leaves)"),
        True,
    ),
    ActionSpec("next_tab", QT_TRANSLATE_NOOP("Actions", "Next Article Tab"), Std.NextChild),
    ActionSpec("previous_tab", QT_TRANSLATE_NOOP("Actions", "Previous Article Tab"), Std.PreviousChild),
    ActionSpec(
        "preferences",
        QT_TRANSLATE_NOOP("Actions", "Pre&ferences…"),
        "Ctrl+,",
        None,
        QT_TRANSLATE_NOOP("Actions", "Interface language, editor font, theme, autosave, publish format…"),
    ),
    ActionSpec(
        "show_logs",
        QT_TRANSLATE_NOOP("Actions", "Show &Logs"),
        None,
        None,
        QT_TRANSLATE_NOOP("Actions", "Open the folder with Copydesk's log files"),
    ),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About Copydesk")),
)

MENUS: tuple[tuple[str, tuple[str | None, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("Actions", "&File"),
        ("new", "open", "save", None, "close_tab", None, "open_desk", None, "quit"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Edit"),
        (
            "undo",
            "redo",
            None,
            "cut",
            "copy",
            "paste",
            "select_all",
            None,
            "find",
            "replace",
            "find_next",
            "find_previous",
            None,
            "search",
            None,
            "preferences",
        ),
    ),
    (QT_TRANSLATE_NOOP("Actions", "F&ormat"), ("bold", "italic", "link", None, "h1", "h2", "h3", "paragraph", "quote")),
    (QT_TRANSLATE_NOOP("Actions", "&Article"), ("history", None, "trash")),
    (QT_TRANSLATE_NOOP("Actions", "&Desk"), ("taxonomy", "refresh")),
    (
        QT_TRANSLATE_NOOP("Actions", "&View"),
        (
            "toggle_navigator",
            "toggle_preview",
            "toggle_metadata",
            "toggle_outline",
            None,
            "focus_mode",
            None,
            "next_tab",
            "previous_tab",
        ),
    ),
    (QT_TRANSLATE_NOOP("Actions", "&Help"), ("show_logs", None, "about")),
)
TOOLBAR: tuple[str | None, ...] = ("new", "save", None, "find", None, "history", "taxonomy", None, "refresh")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def build_actions(window: QMainWindow, handlers: dict[str, Callable[[], None]]) -> dict[str, QAction]:
    """Create every action, wire it to its handler, and fill the menu bar and the toolbar."""
    actions: dict[str, QAction] = {}
    style = window.style()
    for spec in SPECS:
        action = QAction(_tr(spec.text), window)
        action.setObjectName(f"action_{spec.key}")
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.icon is not None:
            action.setIcon(style.standardIcon(spec.icon))
        tip = _tr(spec.tip) if spec.tip else action.text().replace("&", "").rstrip("…")
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        action.setStatusTip(tip)
        action.setCheckable(spec.checkable)
        handler = handlers.get(spec.key)
        if handler is not None:
            if spec.checkable:
                action.toggled.connect(lambda _on, h=handler: h())
            else:
                action.triggered.connect(lambda _checked=False, h=handler: h())
        window.addAction(action)  # shortcuts work even with the menu bar hidden
        actions[spec.key] = action
    bar = window.menuBar()
    for title, keys in MENUS:
        menu = bar.addMenu(_tr(title))
        menu.setObjectName(f"menu_{title.replace('&', '').lower()}")
        for key in keys:
            if key is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[key])
    toolbar = QToolBar(QCoreApplication.translate("Actions", "Main"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setAccessibleName(QCoreApplication.translate("Actions", "Main toolbar"))
    toolbar.setMovable(False)
    for key in TOOLBAR:
        if key is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(actions[key])
    window.addToolBar(toolbar)
    return actions
