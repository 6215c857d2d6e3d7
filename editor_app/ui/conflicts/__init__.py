"""Three-way conflict view."""

from editor_app.ui.conflicts.view import ConflictView

__all__ = ["ConflictView"]
