"""Spellcheck for the window's editors: one speller per desk, dictionaries loaded off the GUI
thread, the personal word list saved in the data folder, a missing dictionary reported once."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from editor_app.core.preferences import Preferences
from editor_app.core.spelling import (
    DEFAULT_ENGLISH,
    ENGLISH_VARIANTS,
    KOREAN,
    PERSONAL_WORDS_FILE,
    PersonalWords,
    Speller,
    english_code,
)
from editor_app.ui.editor.highlighter import SpellingTarget
from editor_app.ui.workers import Lane

log = logging.getLogger(__name__)


class SpellingSupport(QObject):
    """What every editor of one window checks with. Editors ask `target_for(lang)`; the
    dictionaries that language needs start loading then, and `dictionaries_ready` tells the
    editors to check what they show."""

    dictionaries_ready = Signal()
    word_added = Signal(str)
    settings_changed = Signal()
    note = Signal(str)  # for the status bar

    def __init__(
        self,
        data_dir: Path,
        *,
        enabled: bool = True,
        english: str = DEFAULT_ENGLISH,
        korean: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.speller = Speller(PersonalWords(data_dir / PERSONAL_WORDS_FILE))
        self.enabled = enabled
        self.english = english_code(english) if english else ""
        self.korean = korean
        self._lane = Lane("spelling", workers=1, parent=self)
        self._loading: set[str] = set()
        self._reported: set[str] = set()

    def configure(self, *, enabled: bool, english: str, korean: bool = True) -> None:
        """Apply the preferences (spellcheck on or off; en_US, en_GB, or "" for no English;
        Korean or not) to every editor."""
        english = english_code(english) if english else ""
        if (enabled, english, korean) != (self.enabled, self.english, self.korean):
            self.enabled, self.english, self.korean = enabled, english, korean
            self.settings_changed.emit()

    def apply_preferences(self, prefs: Preferences) -> None:
        """The desk's Preferences: spellcheck on or off, and which of en_US, en_GB, ko_KR."""
        english = next((c for c in prefs.spellcheck_languages if c in ENGLISH_VARIANTS), "")
        self.configure(enabled=prefs.spellcheck_enabled, english=english, korean=KOREAN in prefs.spellcheck_languages)

    def target_for(self, lang: str) -> SpellingTarget | None:
        """What an article in `lang` is checked with; None when spellcheck is off or the language
        has no dictionary (Japanese). Dictionaries not loaded yet start loading."""
        if not self.enabled or (lang.lower() == "ko" and not self.korean):
            return None
        tags = self.speller.tags_for(lang, self.english)
        if not tags:
            return None
        for tag in tags:
            self._ensure_loaded(tag)
        return SpellingTarget(self.speller, lang.lower(), self.english)

    def _ensure_loaded(self, tag: str) -> None:
        if self.speller.is_loaded(tag) or self.speller.is_missing(tag) or tag in self._loading:
            return
        self._loading.add(tag)
        self._lane.submit(
            self.speller.load,
            tag,
            on_done=lambda ok, t=tag: self._loaded(t, ok),
            on_error=lambda e, t=tag: self._failed(t, e),
        )

    def _loaded(self, tag: str, ok: bool) -> None:
        self._loading.discard(tag)
        if not ok:
            self._report_missing(tag)
        self.dictionaries_ready.emit()

    def _failed(self, tag: str, exc: BaseException) -> None:
        self._loading.discard(tag)
        log.warning("spelling dictionary %s could not be loaded", tag, exc_info=exc)
        self._report_missing(tag)
        self.dictionaries_ready.emit()

    def _report_missing(self, tag: str) -> None:
        if tag in self._reported:
            return
        self._reported.add(tag)
        log.info("no spelling dictionary for %s on this system; words in it are not checked", tag)
        names = {
            KOREAN: self.tr("Korean"),
            "en_US": self.tr("US English"),
            "en_GB": self.tr("UK English"),
        }
        language = names.get(tag, tag)
        text = self.tr("No {0} spelling dictionary is installed, so {0} words are not checked.")
        self.note.emit(text.format(language))

    def add_word(self, word: str) -> None:
        """Accept `word` in every article of this desk, now and after a restart."""
        self.speller.accept(word)
        self.word_added.emit(word)
        self._lane.submit(self.speller.personal.save, on_error=self._not_saved)

    def _not_saved(self, exc: BaseException) -> None:
        log.warning("the personal word list could not be saved", exc_info=exc)
        self.note.emit(self.tr("The word was added for now, but the personal word list could not be saved."))

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        return self._lane.wait_idle(timeout_ms)

    def shutdown(self) -> None:
        self._lane.shutdown()
