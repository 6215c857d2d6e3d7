"""Words the interface shows for the core's codes (statuses), in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor_app.core.i18n import QT_TRANSLATE_NOOP

# WordPress's statuses as the journalist reads them.
STATUS_NAMES = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "pending": QT_TRANSLATE_NOOP("Labels", "Pending review"),
    "future": QT_TRANSLATE_NOOP("Labels", "Scheduled"),
    "publish": QT_TRANSLATE_NOOP("Labels", "Published"),
    "private": QT_TRANSLATE_NOOP("Labels", "Private"),
    "trash": QT_TRANSLATE_NOOP("Labels", "Trash"),
}


def status_name(status: object) -> str:
    code = str(getattr(status, "value", status))
    text = STATUS_NAMES.get(code)
    return QCoreApplication.translate("Labels", text) if text else code
