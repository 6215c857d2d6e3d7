"""Spellcheck for Markdown text: which words to check, which dictionary checks them, and the
desk's personal word list. Display-free; the editor's highlighter asks it about one line at a time.

Dictionaries come from the system's Enchant (hunspell's English and Korean). Japanese has no
hunspell dictionary and is not checked. Loading a dictionary can take half a second (Korean),
so `Speller.load` is meant for a worker thread; checking a loaded one is fast and cached.
"""

from __future__ import annotations

import os
import re
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

PERSONAL_WORDS_FILE = "dictionary.txt"
ENGLISH_VARIANTS = ("en_US", "en_GB")
DEFAULT_ENGLISH = "en_US"
# The article languages the desk checks, and the Enchant dictionary of each (English: a preference).
KOREAN = "ko_KR"
UNCHECKED_LANGUAGES = frozenset({"ja", "zh"})  # no hunspell dictionary: skipped, never an error
CACHE_LIMIT = 200_000  # cached word verdicts per dictionary; cleared when full

# Spans that are not prose: code, URLs, link and image targets, HTML tags, footnote and
# attribute markers, e-mail addresses. They are blanked out before words are looked for.
_NOT_PROSE = re.compile(
    r"`+[^`]*`+"  # code spans (and an unclosed run of backticks to the end of the span)
    r"|\]\([^)\s]*(?:\s+\"[^\"]*\")?\)"  # ](target "title") of links and images
    r"|<[^>\n]{1,300}>"  # HTML tags and <https://autolinks>
    r"|\b(?:https?|ftp|mailto):[^\s)>\]]+"  # bare URLs
    r"|\bwww\.[^\s)>\]]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|\[\^[^\]]*\]"  # footnote references [^1]
    r"|\{[:#.][^}]*\}"  # attribute lists {#id .class}
    r"|&[A-Za-z]+;|&#\d+;"  # HTML entities
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


class Dictionary(Protocol):
    def check(self, word: str) -> bool: ...
    def suggest(self, word: str) -> list[str]: ...


@dataclass(frozen=True)
class Misspelling:
    start: int
    length: int
    word: str


def prose_words(line: str) -> Iterator[tuple[int, str]]:
    """(offset, word) for each word of one Markdown line worth checking: code, URLs, markup,
    words with digits, one-letter words and all-capital abbreviations are left out."""
    if len(line) < 2:
        return
    masked = _NOT_PROSE.sub(lambda m: " " * (m.end() - m.start()), line)
    for hit in _WORD.finditer(masked):
        word = hit.group().rstrip("'’")
        if len(word) < 2 or (word.isupper() and word.isascii()):
            continue
        end = hit.end()
        if end < len(masked) and (masked[end].isdigit() or masked[end] == "_"):
            continue  # part of an identifier such as COVID19 or snake_case
        start = hit.start()
        if start > 0 and (masked[start - 1].isdigit() or masked[start - 1] == "_"):
            continue
        yield start, word


def english_code(preference: str | None) -> str:
    return preference if preference in ENGLISH_VARIANTS else DEFAULT_ENGLISH


class PersonalWords:
    """The desk's own word list: one word a line, UTF-8, in the data folder; shared by all languages."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._words: set[str] = set()
        self._lock = threading.Lock()
        self._readable = True
        text = ""
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            pass
        except (OSError, UnicodeDecodeError):
            self._readable = False  # fewer accepted words; the unreadable file is never overwritten
        self._words = {w.strip() for w in text.splitlines() if w.strip()}

    def __contains__(self, word: str) -> bool:
        return word in self._words or word.lower() in self._words

    def add(self, word: str) -> None:
        """Accept `word` from now on (in memory); `save` writes the list."""
        word = word.strip()
        if word:
            with self._lock:
                self._words.add(word)

    def words(self) -> list[str]:
        with self._lock:
            return sorted(self._words)

    def save(self) -> None:
        """Write the list atomically (a crash mid-write keeps the previous one)."""
        if not self._readable:
            raise OSError(f"{self.path}: the word list could not be read, so it is not overwritten")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".dictionary-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write("".join(f"{w}\n" for w in self.words()))
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


class Speller:
    """The dictionaries a desk checks with, their cached verdicts and the personal list.

    `load` (slow, on a worker) makes a dictionary available; `checker_for` answers on the GUI
    thread with what is loaded. `opener` makes a dictionary from an Enchant tag such as en_US.
    """

    def __init__(self, personal: PersonalWords, opener: Callable[[str], Dictionary] | None = None) -> None:
        self.personal = personal
        self._opener = opener or _enchant_dictionary
        self._loaded: dict[str, Dictionary] = {}
        self._missing: set[str] = set()
        self._cache: dict[str, dict[str, bool]] = {}
        self._lock = threading.Lock()

    # ---------------------------------------------------------------- dictionaries
    def load(self, tag: str) -> bool:
        """Open the dictionary `tag` (e.g. ko_KR) if not yet done; False when the system has none."""
        with self._lock:
            if tag in self._loaded:
                return True
            if tag in self._missing:
                return False
        try:
            dictionary = self._opener(tag)
        except Exception:  # Enchant missing, or no dictionary for the tag: both mean "cannot check"
            with self._lock:
                self._missing.add(tag)
            return False
        with self._lock:
            self._loaded[tag] = dictionary
        return True

    def is_loaded(self, tag: str) -> bool:
        return tag in self._loaded

    def is_missing(self, tag: str) -> bool:
        return tag in self._missing

    @staticmethod
    def tags_for(article_lang: str, english: str | None = None) -> tuple[str, ...]:
        """The dictionaries an article in `article_lang` needs: its own, and English for the Latin
        words of a Korean article. None for Japanese and languages without a dictionary.
        `english` is en_US or en_GB (None: the default), or "" when English is not checked."""
        lang = (article_lang or "").lower()
        english_tags = () if english == "" else (english_code(english),)
        if lang == "en":
            return english_tags
        if lang == "ko":
            return (KOREAN, *english_tags)
        return ()

    # ---------------------------------------------------------------- checking
    def is_correct(self, tag: str, word: str) -> bool:
        dictionary = self._loaded.get(tag)
        if dictionary is None:
            return True
        verdicts = self._cache.setdefault(tag, {})
        known = verdicts.get(word)
        if known is None:
            if len(verdicts) >= CACHE_LIMIT:
                verdicts.clear()
            known = dictionary.check(word)
            verdicts[word] = known
        return known or word in self.personal

    def misspellings(self, line: str, article_lang: str, english: str | None = None) -> list[Misspelling]:
        """The misspelled words of one line, with the dictionaries loaded so far."""
        tags = self.tags_for(article_lang, english)
        if not tags or not any(t in self._loaded for t in tags):
            return []
        korean = tags[0] == KOREAN
        latin_tag = tags[-1] if tags[-1] != KOREAN else None
        out = []
        for start, word in prose_words(line):
            if korean and _HANGUL.search(word):
                tag = KOREAN
            elif latin_tag and _LATIN.match(word):
                tag = latin_tag
            else:
                continue  # kanji, kana and other scripts the article's dictionaries do not cover
            if not self.is_correct(tag, word):
                out.append(Misspelling(start, len(word), word))
        return out

    def suggestions(self, word: str, article_lang: str, english: str | None = None, limit: int = 6) -> list[str]:
        tags = self.tags_for(article_lang, english)
        latin_tag = tags[-1] if tags and tags[-1] != KOREAN else ""
        tag = KOREAN if KOREAN in tags and _HANGUL.search(word) else latin_tag
        dictionary = self._loaded.get(tag)
        if dictionary is None:
            return []
        return [s for s in dictionary.suggest(word) if s != word][:limit]

    def accept(self, word: str) -> None:
        """Add `word` to the personal list in memory; cached verdicts stay valid (the list is consulted after)."""
        self.personal.add(word)

    def forget_cache(self, words: Iterable[str] = ()) -> None:
        for verdicts in self._cache.values():
            if words:
                for w in words:
                    verdicts.pop(w, None)
            else:
                verdicts.clear()


def _enchant_dictionary(tag: str) -> Dictionary:
    import enchant  # the binding to the system's Enchant library; imported only when checking starts

    return enchant.Dict(tag)
