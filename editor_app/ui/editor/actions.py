"""Every command of the workstation as a QAction, with its shortcut, for menus and the toolbar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStyle, QToolBar

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
    ActionSpec("new", "&New Article", "Ctrl+N", Pix.SP_FileIcon, "Start a new draft"),
    ActionSpec(
        "open", "&Open Selected Article", "Ctrl+O", Pix.SP_DialogOpenButton, "Open the article selected in the list"
    ),
    ActionSpec(
        "save",
        "&Save Point",
        "Ctrl+S",
        Pix.SP_DialogSaveButton,
        "Record a revision now (the text is autosaved as you type)",
    ),
    ActionSpec("close_tab", "&Close Article", "Ctrl+W", Pix.SP_DialogCloseButton, "Close the current article"),
    ActionSpec("open_desk", "Open &Desk Folder…", None, Pix.SP_DirOpenIcon, "Open the desk in another folder"),
    ActionSpec("quit", "&Quit", "Ctrl+Q", None, "Save everything and quit"),
    ActionSpec("undo", "&Undo", Std.Undo),
    ActionSpec("redo", "&Redo", Std.Redo),
    ActionSpec("cut", "Cu&t", Std.Cut),
    ActionSpec("copy", "&Copy", Std.Copy),
    ActionSpec("paste", "&Paste", Std.Paste),
    ActionSpec("select_all", "Select &All", Std.SelectAll),
    ActionSpec("find", "&Find…", "Ctrl+F", Pix.SP_FileDialogContentsView, "Find in the article"),
    ActionSpec("replace", "&Replace…", "Ctrl+H", None, "Find and replace in the article"),
    ActionSpec("find_next", "Find &Next", Std.FindNext),
    ActionSpec("find_previous", "Find Pre&vious", Std.FindPrevious),
    ActionSpec("search", "Search &Articles", "Ctrl+Shift+F", None, "Search all articles"),
    ActionSpec("bold", "&Bold", "Ctrl+B", None, "Bold (**text**)"),
    ActionSpec("italic", "&Italic", "Ctrl+I", None, "Italic (*text*)"),
    ActionSpec("link", "&Link", "Ctrl+K", None, "Link ([text](https://…))"),
    ActionSpec("h1", "Heading &1", "Ctrl+1"),
    ActionSpec("h2", "Heading &2", "Ctrl+2"),
    ActionSpec("h3", "Heading &3", "Ctrl+3"),
    ActionSpec("paragraph", "&Paragraph (no heading)", "Ctrl+0"),
    ActionSpec("quote", "&Quote", "Ctrl+Shift+.", None, "Block quote (> text)"),
    ActionSpec(
        "history",
        "Revision &History…",
        "Ctrl+Shift+H",
        Pix.SP_FileDialogDetailedView,
        "Earlier versions of this article",
    ),
    ActionSpec("trash", "Move to &Trash", None, Pix.SP_TrashIcon, "Move the current article to the trash"),
    ActionSpec("taxonomy", "&Sections and Tags…", "Ctrl+Shift+T", Pix.SP_DirIcon, "Manage sections and tags"),
    ActionSpec("refresh", "&Refresh List", Std.Refresh, Pix.SP_BrowserReload),
    ActionSpec("toggle_navigator", "&Navigator", "Ctrl+Shift+N", None, "Show or hide the navigator", True),
    ActionSpec("toggle_preview", "&Preview", "Ctrl+Shift+P", None, "Show or hide the preview", True),
    ActionSpec("toggle_metadata", "Article &Details", "Ctrl+Shift+D", None, "Show or hide the details panel", True),
    ActionSpec("toggle_outline", "&Outline", "Ctrl+Shift+O", None, "Show or hide the outline of headings", True),
    ActionSpec("focus_mode", "&Focus Mode", "F11", None, "The editor alone, full screen (Esc leaves)", True),
    ActionSpec("next_tab", "Next Article Tab", Std.NextChild),
    ActionSpec("previous_tab", "Previous Article Tab", Std.PreviousChild),
    ActionSpec("show_logs", "Show &Logs", None, None, "Open the folder with Copydesk's log files"),
    ActionSpec("about", "&About Copydesk"),
)

MENUS: tuple[tuple[str, tuple[str | None, ...]], ...] = (
    ("&File", ("new", "open", "save", None, "close_tab", None, "open_desk", None, "quit")),
    (
        "&Edit",
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
        ),
    ),
    ("F&ormat", ("bold", "italic", "link", None, "h1", "h2", "h3", "paragraph", "quote")),
    ("&Article", ("history", None, "trash")),
    ("&Desk", ("taxonomy", "refresh")),
    (
        "&View",
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
    ("&Help", ("show_logs", None, "about")),
)
TOOLBAR: tuple[str | None, ...] = ("new", "save", None, "find", None, "history", "taxonomy", None, "refresh")


def build_actions(window: QMainWindow, handlers: dict[str, Callable[[], None]]) -> dict[str, QAction]:
    """Create every action, wire it to its handler, and fill the menu bar and the toolbar."""
    actions: dict[str, QAction] = {}
    style = window.style()
    for spec in SPECS:
        action = QAction(spec.text, window)
        action.setObjectName(f"action_{spec.key}")
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.icon is not None:
            action.setIcon(style.standardIcon(spec.icon))
        tip = spec.tip or spec.text.replace("&", "").rstrip("…")
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
        menu = bar.addMenu(title)
        for key in keys:
            if key is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[key])
    toolbar = QToolBar("Main", window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setAccessibleName("Main toolbar")
    toolbar.setMovable(False)
    for key in TOOLBAR:
        if key is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(actions[key])
    window.addToolBar(toolbar)
    return actions
