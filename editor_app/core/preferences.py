"""The desk's preferences: what the journalist chose in Preferences, kept per desk as JSON.

Plain values and no Qt, so the CLI, the UI and tests share one reading of the file. The UI
applies them live; the core uses the ones it needs (publish format, length thresholds).
A damaged file is never rewritten silently: loading it raises `PreferencesError` naming the
file and the field, and `PreferencesFile.save` keeps a copy of a file it could not read.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from editor_app.core.text import is_cjk, strip_markdown

PREFERENCES_FILENAME = "preferences.json"
FORMAT_VERSION = 1

ARTICLE_LANGUAGES: tuple[str, ...] = ("en", "ja", "ko")
INTERFACE_LANGUAGES: tuple[str, ...] = ("", "en", "ja", "ko")  # "" follows the system's locale
THEMES: tuple[str, ...] = ("system", "light", "dark")
PUBLISH_FORMATS: tuple[str, ...] = ("blocks", "html")  # the renderer's formats (render.PUBLISH_FORMATS)
SPELLCHECK_LANGUAGES: tuple[str, ...] = ("en_US", "en_GB", "ko_KR")  # hunspell has no Japanese
CHARACTER_LANGUAGES: frozenset[str] = frozenset({"ja", "ko", "zh"})  # lengths counted in characters

FONT_SIZES = range(6, 73)
AUTOSAVE_SECONDS = (0.5, 60.0)
PREVIEW_WIDTHS = range(240, 2401)
LENGTH_LIMITS = range(1, 10_001)

# Newsroom habits: an English headline of ~12 words and a dek of ~35; Japanese headlines run to
# about 30 characters and Korean to about 35, their deks to roughly 80–90 characters.
DEFAULT_HEADLINE_LIMITS: Mapping[str, int] = {"en": 12, "ja": 30, "ko": 35}
DEFAULT_DEK_LIMITS: Mapping[str, int] = {"en": 35, "ja": 80, "ko": 90}


class PreferencesError(ValueError):
    """The preferences file cannot be used; the message names the file and what is wrong."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


@dataclass(frozen=True)
class Preferences:
    default_site: str = ""  # the site that takes new local work when several exist ("" = none: one site takes it)
    default_language: str = "en"  # of new articles
    interface_language: str = ""  # "" = the system's language
    editor_font_family: str = ""  # "" = the system's interface font
    editor_font_size: int = 12  # points
    theme: str = "system"
    spellcheck_enabled: bool = True
    spellcheck_languages: tuple[str, ...] = SPELLCHECK_LANGUAGES
    autosave_seconds: float = 1.5  # longest an edit stays unsaved while typing goes on
    preview_width: int = 520  # pixels of the preview pane beside the editor
    publish_format: str = "blocks"  # what is sent to WordPress: block markup or plain HTML
    headline_limits: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_HEADLINE_LIMITS))
    dek_limits: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_DEK_LIMITS))

    def validated(self) -> Preferences:
        """This value when every field is usable; else `PreferencesError` naming the field."""
        _choice("default_language", self.default_language, ARTICLE_LANGUAGES)
        _choice("interface_language", self.interface_language, INTERFACE_LANGUAGES)
        _choice("theme", self.theme, THEMES)
        _choice("publish_format", self.publish_format, PUBLISH_FORMATS)
        _type("default_site", self.default_site, str)
        _type("editor_font_family", self.editor_font_family, str)
        _type("spellcheck_enabled", self.spellcheck_enabled, bool)
        _in_range("editor_font_size", self.editor_font_size, FONT_SIZES)
        _in_range("preview_width", self.preview_width, PREVIEW_WIDTHS)
        seconds = self.autosave_seconds
        if isinstance(seconds, bool) or not isinstance(seconds, int | float):
            raise PreferencesError(f"autosave_seconds: expected a number of seconds, got {seconds!r}")
        if not AUTOSAVE_SECONDS[0] <= seconds <= AUTOSAVE_SECONDS[1]:
            raise PreferencesError(
                f"autosave_seconds: {seconds} is outside {AUTOSAVE_SECONDS[0]}–{AUTOSAVE_SECONDS[1]} seconds"
            )
        if not isinstance(self.spellcheck_languages, tuple | list):
            raise PreferencesError(f"spellcheck_languages: expected a list, got {self.spellcheck_languages!r}")
        for code in self.spellcheck_languages:
            _choice("spellcheck_languages", code, SPELLCHECK_LANGUAGES)
        for name in ("headline_limits", "dek_limits"):
            limits = getattr(self, name)
            if not isinstance(limits, Mapping):
                raise PreferencesError(f"{name}: expected a language → number table, got {limits!r}")
            for lang, limit in limits.items():
                _choice(f"{name} language", lang, ARTICLE_LANGUAGES)
                _in_range(f"{name}[{lang}]", limit, LENGTH_LIMITS)
        return replace(
            self,
            autosave_seconds=float(seconds),
            spellcheck_languages=tuple(self.spellcheck_languages),
            headline_limits={**DEFAULT_HEADLINE_LIMITS, **self.headline_limits},
            dek_limits={**DEFAULT_DEK_LIMITS, **self.dek_limits},
        )

    @property
    def english_dictionary(self) -> str:
        """The English variant (en_US or en_GB) English words are checked against: the first chosen."""
        return next((c for c in self.spellcheck_languages if c.startswith("en_")), "en_US")

    @property
    def checks_korean(self) -> bool:
        return "ko_KR" in self.spellcheck_languages

    @property
    def autosave_ms(self) -> int:
        return round(self.autosave_seconds * 1000)

    def headline_limit(self, lang: str) -> int:
        return self.headline_limits.get(lang, DEFAULT_HEADLINE_LIMITS.get(lang, DEFAULT_HEADLINE_LIMITS["en"]))

    def dek_limit(self, lang: str) -> int:
        return self.dek_limits.get(lang, DEFAULT_DEK_LIMITS.get(lang, DEFAULT_DEK_LIMITS["en"]))

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["spellcheck_languages"] = list(self.spellcheck_languages)
        data["headline_limits"] = dict(self.headline_limits)
        data["dek_limits"] = dict(self.dek_limits)
        return {"version": FORMAT_VERSION, **data}

    @classmethod
    def from_json(cls, data: object) -> Preferences:
        """Values from a parsed file; unknown keys (a newer Copydesk's) are ignored."""
        if not isinstance(data, dict):
            raise PreferencesError(f"expected a JSON object, got {type(data).__name__}")
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if isinstance(values.get("spellcheck_languages"), list):
            values["spellcheck_languages"] = tuple(values["spellcheck_languages"])
        return cls(**values).validated()


def length_unit(lang: str) -> str:
    """ "characters" for Japanese, Korean and Chinese, else "words": how a length limit counts."""
    return "characters" if lang.split("-")[0].lower() in CHARACTER_LANGUAGES else "words"


def measure(text: str, lang: str) -> int:
    """The length of a headline or dek in the unit of its language (see `length_unit`)."""
    prose = strip_markdown(text)
    if length_unit(lang) == "characters":
        return sum(1 for ch in prose if not ch.isspace())
    return sum(1 for token in prose.split() if any(ch.isalnum() or is_cjk(ch) for ch in token))


@dataclass(frozen=True)
class PreferencesFile:
    """Reads and writes one desk's preferences file (in its config folder)."""

    path: Path

    @classmethod
    def in_folder(cls, config_dir: Path) -> PreferencesFile:
        return cls(Path(config_dir) / PREFERENCES_FILENAME)

    def load(self) -> Preferences:
        """The saved preferences, the defaults when there is no file yet."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return Preferences()
        except OSError as exc:
            raise PreferencesError(f"{self.path}: cannot read the preferences ({exc.strerror})", self.path) from exc
        try:
            data = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise PreferencesError(f"{self.path}: not UTF-8 text (byte {exc.start})", self.path) from exc
        except json.JSONDecodeError as exc:
            raise PreferencesError(f"{self.path}: line {exc.lineno}, column {exc.colno}: {exc.msg}", self.path) from exc
        try:
            return Preferences.from_json(data)
        except (PreferencesError, TypeError) as exc:
            raise PreferencesError(f"{self.path}: {exc}", self.path) from exc

    def load_or_default(self) -> tuple[Preferences, PreferencesError | None]:
        """The saved preferences, or the defaults with the reason the file could not be used."""
        try:
            return self.load(), None
        except PreferencesError as exc:
            return Preferences(), exc

    def save(self, prefs: Preferences) -> Path | None:
        """Write atomically. A file that cannot be read is first kept beside it
        (`preferences.json.unreadable`), whose path is returned so the user can be told."""
        prefs = prefs.validated()
        kept: Path | None = None
        if self.path.exists():
            try:
                self.load()
            except PreferencesError:
                kept = self.path.with_name(self.path.name + ".unreadable")
                os.replace(self.path, kept)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(prefs.to_json(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        fd, tmp = tempfile.mkstemp(prefix=".preferences-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return kept


def _choice(name: str, value: object, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        shown = ", ".join(repr(a) for a in allowed)
        raise PreferencesError(f"{name}: {value!r} is not one of {shown}")


def _type(name: str, value: object, kind: type) -> None:
    if not isinstance(value, kind):
        raise PreferencesError(f"{name}: expected {kind.__name__}, got {value!r}")


def _in_range(name: str, value: object, allowed: range) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value not in allowed:
        raise PreferencesError(f"{name}: {value!r} is not a whole number from {allowed.start} to {allowed.stop - 1}")
