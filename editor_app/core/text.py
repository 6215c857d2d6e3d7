"""Word counts, reading time and slugs that treat Japanese and Korean properly.

Japanese has no spaces and Korean's spaced units carry particles, so both are measured in
characters; other scripts are measured in words. Slugs keep Unicode letters, as WordPress does.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote

# Reading speeds: ~230 words a minute for English news prose, ~500 characters a minute for
# Japanese and Korean (the figure newsrooms in both languages use for their own copy).
WORDS_PER_MINUTE = 230
CJK_CHARS_PER_MINUTE = 500

_CJK_RANGES = (
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3130, 0x318F),  # Hangul compatibility Jamo
    (0x31F0, 0x31FF),  # Katakana phonetic extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xA960, 0xA97F),  # Hangul Jamo extended A
    (0xAC00, 0xD7AF),  # Hangul syllables
    (0xD7B0, 0xD7FF),  # Hangul Jamo extended B
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF9F),  # half-width Katakana
    (0x20000, 0x2FA1F),  # CJK extensions B–F and supplement
)


def is_cjk(ch: str) -> bool:
    """True for a Han, kana or Hangul character."""
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _CJK_RANGES)


_CJK_CLASS = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _CJK_RANGES)
CJK_RUN = re.compile(f"[{_CJK_CLASS}\u30fc]+")  # ー (prolonged sound mark) belongs to katakana words
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")

# Markdown syntax that is not prose: code fences, link targets, images, HTML tags, markers.
# No pattern may read past the next opening character of its own kind: then a scan that fails
# (an unclosed "[", "(", "<" or "{") stops where the next one starts, and thousands of them cost
# linear time instead of each reading to the end of the text.
_FENCE = re.compile(r"^(```|~~~).*?$", re.M)
_IMAGE = re.compile(r"!\[([^\[\]]*)\]\([^()\n]*\)")
_LINK = re.compile(r"\[([^\[\]]*)\]\([^()\n]*\)")
_TAG = re.compile(r"<[^<>\n]{1,500}>")
_URL = re.compile(r"https?://\S+")
_ATTR_LIST = re.compile(r"\{:?[^{}\n]*\}")


def strip_markdown(text: str) -> str:
    """The prose of a Markdown text, for counting: no URLs, tags or attribute lists."""
    text = _FENCE.sub(" ", text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _TAG.sub(" ", text)
    text = _URL.sub(" ", text)
    return _ATTR_LIST.sub(" ", text)


@dataclass(frozen=True)
class TextStats:
    words: int  # words in space-separated scripts
    cjk_chars: int  # Japanese, Chinese and Korean characters

    @property
    def reading_minutes(self) -> int:
        minutes = self.words / WORDS_PER_MINUTE + self.cjk_chars / CJK_CHARS_PER_MINUTE
        return max(1, round(minutes)) if (self.words or self.cjk_chars) else 0

    @property
    def count(self) -> int:
        """One length figure: words plus CJK characters (each CJK character reads like a short word)."""
        return self.words + self.cjk_chars

    def describe(self) -> str:
        """'1,234 words', '3,456 characters', or both for mixed text."""
        parts = []
        if self.words or not self.cjk_chars:
            parts.append(f"{self.words:,} word{'s' if self.words != 1 else ''}")
        if self.cjk_chars:
            parts.append(f"{self.cjk_chars:,} character{'s' if self.cjk_chars != 1 else ''}")
        return " + ".join(parts)


def text_stats(markdown_text: str) -> TextStats:
    prose = strip_markdown(markdown_text)
    cjk = sum(len(m.group()) for m in CJK_RUN.finditer(prose))
    rest = CJK_RUN.sub(" ", prose)
    words = sum(1 for _ in _WORD.finditer(rest))
    return TextStats(words=words, cjk_chars=cjk)


def word_count(markdown_text: str) -> int:
    return text_stats(markdown_text).count


def reading_minutes(markdown_text: str) -> int:
    return text_stats(markdown_text).reading_minutes


# WordPress stores post_name in a 200-byte column of the percent-encoded slug.
SLUG_MAX_ENCODED = 200


def _fold_latin(ch: str) -> str:
    """é → e, ß → ss, as WordPress's remove_accents does; other scripts are kept intact
    (decomposing them would split Hangul syllables and kana with voicing marks)."""
    if ch == "ß":
        return "ss"
    if ch.isascii() or not unicodedata.name(ch, "").startswith("LATIN"):
        return ch
    decomposed = unicodedata.normalize("NFKD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slugify(title: str) -> str:
    """A URL slug that keeps letters of every script: 'Tokyo 東京 2026!' → 'tokyo-東京-2026'."""
    text = unicodedata.normalize("NFC", title).lower()
    out: list[str] = []
    for ch in text:
        ch = _fold_latin(ch)
        for c in ch:
            cat = unicodedata.category(c)
            if cat[0] in "LN" or c == "\u30fc":
                out.append(c)
            elif c in "'’":
                continue  # "Editor's note" → "editors-note"
            else:
                out.append("-")
    slug = re.sub(r"-{2,}", "-", "".join(out)).strip("-")
    return _truncate_encoded(slug, SLUG_MAX_ENCODED)


def _truncate_encoded(slug: str, limit: int) -> str:
    if len(quote(slug, safe="-")) <= limit:
        return slug
    size = 0
    kept: list[str] = []
    for ch in slug:
        size += len(quote(ch, safe="-"))
        if size > limit:
            break
        kept.append(ch)
    return "".join(kept).rstrip("-")


def check_slug(slug: str) -> str:
    """A user-typed slug, normalised; an empty result is an error, not a silent blank."""
    from editor_app.core.errors import InvalidInput

    clean = slugify(slug)
    if not clean:
        raise InvalidInput(f"slug {slug!r} has no letters or digits")
    return clean
