"""Revision history of an article."""

from editor_app.ui.history.dialog import HistoryDialog

__all__ = ["HistoryDialog"]
