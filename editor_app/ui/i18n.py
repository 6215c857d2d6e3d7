"""The interface language: Qt translators for Copydesk's strings and Qt's own (standard buttons).

The language comes from the desk's preferences, else the system's locale; English is the
source language and needs no file. Switching at runtime swaps the translators; the main window
then rebuilds itself in the new language with the same articles open (see app.WindowHost).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from editor_app.core.i18n import Message

INTERFACE_LANGUAGES = ("en", "ja", "ko")
# Each language in its own name, as a language menu shows it.
LANGUAGE_NAMES = {"en": "English", "ja": "日本語", "ko": "한국어"}


def translations_dir() -> Path:
    """resources/translations beside the package (as the preview finds resources/preview)."""
    return Path(__file__).resolve().parents[2] / "resources" / "translations"


def system_language(locale: QLocale | None = None) -> str:
    """The interface language the system asks for, when Copydesk has it; else English."""
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in INTERFACE_LANGUAGES:
            return code
    return "en"


def resolve_language(preference: str) -> str:
    """The preference ("" = follow the system) as one of the interface languages."""
    return preference if preference in INTERFACE_LANGUAGES else system_language()


class Translations:
    """The translators installed on the application; one per application, owned by it."""

    def __init__(self, app: QCoreApplication, folder: Path | None = None) -> None:
        self.app = app
        self.folder = folder or translations_dir()
        self.language = "en"
        self._installed: list[QTranslator] = []

    def use(self, language: str) -> bool:
        """Install `language` ("en", "ja", "ko"); False when its file is missing (English is shown)."""
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()
        self.language = "en"
        if language == "en":
            QLocale.setDefault(QLocale(QLocale.Language.English))
            return True
        own = QTranslator(self.app)
        if not own.load(f"copydesk_{language}", str(self.folder)):
            return False
        qt_own = QTranslator(self.app)  # Qt's standard buttons and dialogs ("Cancel", "Open")
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self.app.installTranslator(qt_own)
            self._installed.append(qt_own)
        self.app.installTranslator(own)
        self._installed.append(own)
        QLocale.setDefault(QLocale(language))
        self.language = language
        return True


def tr_message(message: Message | str) -> str:
    """A core message in the interface language (a plain string is shown as it is)."""
    if isinstance(message, Message):
        return message.render(QCoreApplication.translate)
    return message
