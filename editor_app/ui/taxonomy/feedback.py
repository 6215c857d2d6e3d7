"""A message line under the manager's tabs: what just happened, or why it could not."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel, QWidget

from editor_app.core.errors import CopydeskError


def user_message(exc: BaseException) -> str:
    """The core's own message for its errors (they are written for users); anything else is a fault."""
    if isinstance(exc, CopydeskError):
        text = str(exc)
    else:
        text = QCoreApplication.translate("MessageBar", "Unexpected error ({kind}): {error}").format(
            kind=type(exc).__name__, error=exc
        )
    return text[:1].upper() + text[1:] if text else QCoreApplication.translate("MessageBar", "Something went wrong.")


class MessageBar(QLabel):
    """Shows one message at a time; errors stand out, and screen readers are told of each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Messages"))
        self.setContentsMargins(6, 4, 6, 4)
        self.is_error = False
        self.hide()

    def show_info(self, text: str) -> None:
        self._show(text, error=False)

    def show_error(self, text: str) -> None:
        self._show(text, error=True)

    def clear_message(self) -> None:
        self.setText("")
        self.is_error = False
        self.hide()

    def _show(self, text: str, *, error: bool) -> None:
        self.is_error = error
        self.setText(text)
        self.setAccessibleDescription(self.tr("Error") if error else self.tr("Information"))
        # A red frame marks errors; text keeps the palette's colour so light and dark themes both read.
        border = "#c0392b" if error else "palette(mid)"
        self.setStyleSheet(f"QLabel {{ border: 1px solid {border}; border-radius: 3px; }}")
        self.show()
        event = QAccessible.Event.Alert if error else QAccessible.Event.NameChanged
        QAccessible.updateAccessibility(QAccessibleEvent(self, event))
