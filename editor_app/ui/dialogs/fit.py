"""Small dialogs that read well: wide enough for their whole title, focus on their first field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDialog, QWidget

TITLE_ALLOWANCE = 140  # pixels of the title bar taken by the window's icon and buttons


def title_width(dialog: QWidget) -> int:
    """The width a window needs so that its title bar shows the whole title."""
    return dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + TITLE_ALLOWANCE


def fit_title(dialog: QWidget, minimum: int = 360) -> None:
    dialog.setMinimumWidth(max(minimum, dialog.minimumWidth(), title_width(dialog)))


class _FocusOnShow(QObject):
    def __init__(self, field: QWidget) -> None:
        super().__init__(field)
        self.field = field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's API name
        if event.type() == QEvent.Type.Show:
            self.field.setFocus()
            if hasattr(self.field, "selectAll"):
                self.field.selectAll()
        return False


def focus_first(dialog: QDialog, field: QWidget) -> None:
    """Each time the dialog opens the caret is in `field` (Qt would pick the first button made)."""
    dialog.installEventFilter(_FocusOnShow(field))
