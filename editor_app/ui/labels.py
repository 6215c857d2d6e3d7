"""Words the interface shows for the core's codes (statuses), in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

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


def length_text(words: int, cjk_chars: int) -> str:
    """An article's length as the status bar and the list show it: "1,234 words", "2,345 characters",
    or "12 words + 2,345 characters" for mixed text (Japanese and Korean are counted in characters)."""
    locale = QLocale()  # the interface language's (set with the translators)
    parts = []
    if words or not cjk_chars:
        text = (
            QT_TRANSLATE_NOOP("Labels", "{count} word") if words == 1 else QT_TRANSLATE_NOOP("Labels", "{count} words")
        )
        parts.append(QCoreApplication.translate("Labels", text).format(count=locale.toString(words)))
    if cjk_chars:
        text = (
            QT_TRANSLATE_NOOP("Labels", "{count} character")
            if cjk_chars == 1
            else QT_TRANSLATE_NOOP("Labels", "{count} characters")
        )
        parts.append(QCoreApplication.translate("Labels", text).format(count=locale.toString(cjk_chars)))
    return " + ".join(parts)
