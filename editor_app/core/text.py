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


# Letters remove_accents() spells out rather than decomposes.
_LATIN_SPELLED = {"ß": "s", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ł": "l", "ı": "i"}


def _fold_latin(ch: str) -> str:
    """é → e, ß → s, as WordPress's remove_accents does (outside a German site); other scripts are kept intact
    (decomposing them would split Hangul syllables and kana with voicing marks)."""
    if ch in _LATIN_SPELLED:
        return _LATIN_SPELLED[ch]
    if ch.isascii() or not unicodedata.name(ch, "").startswith("LATIN"):
        return ch
    decomposed = unicodedata.normalize("NFKD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# What sanitize_title_with_dashes() does with characters outside ASCII when it saves a slug:
# these become a hyphen (no-break and typographic spaces, en and em dashes) ...
_WP_HYPHENS = frozenset("\u00a0\u2013\u2014\u2028\u2029\u202f" + "".join(map(chr, range(0x2000, 0x200B))))
# ... these vanish (quotes, inverted marks, bullets, ©®°…™, accents, invisible marks) ...
_WP_DROPPED = frozenset(
    "\u00ad\u00a1\u00bf\u00ab\u00bb\u2039\u203a\u2018\u2019\u201c\u201d\u201a\u201b\u201e\u201f\u2022"
    "\u00a9\u00ae\u00b0\u2026\u2122\u00b4\u02ca\u0301\u0341\u0300\u0304\u030c"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff\ufffc"
)
# ... and every other character outside ASCII is kept (letters of any script, CJK punctuation,
# the ideographic space), percent-encoded in the address.
_ASCII_KEPT = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_-")


def slugify(title: str) -> str:
    """The slug WordPress makes from a title (sanitize_title in its saving context), which keeps
    letters of every script: 'Tokyo 東京 2026!' → 'tokyo-東京-2026'. ASCII punctuation is
    dropped ("Q&A" → "qa"), spaces, dots and slashes become hyphens."""
    text = unicodedata.normalize("NFC", title).lower()
    out: list[str] = []
    for ch in text:
        for c in _fold_latin(ch):
            if c.isascii():
                if c in _ASCII_KEPT:
                    out.append(c)
                elif c.isspace() or c in "./":
                    out.append("-")
            elif c in _WP_HYPHENS:
                out.append("-")
            elif c == "\u00d7":
                out.append("x")  # the multiplication sign
            elif c not in _WP_DROPPED and unicodedata.category(c) != "Cc":
                out.append(c)
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


# What Ctrl+N names a new article in each interface language (the UI's translations of
# "Untitled article"; a test checks them against the .ts files), and what a pulled post with no
# title is called. A headline still like this is a placeholder: it never becomes a slug.
PLACEHOLDER_TITLES = frozenset({"untitled article", "無題の記事", "제목 없는 기사", "(untitled)"})


def is_placeholder_title(title: str) -> bool:
    return " ".join(title.split()).casefold() in PLACEHOLDER_TITLES


def title_slug(title: str) -> str:
    """The slug that follows a headline; empty for a placeholder headline, so that the site
    makes one from the real title rather than publishing `untitled-article`."""
    return "" if is_placeholder_title(title) else slugify(title)


def slug_follows_title(slug: str, title: str) -> bool:
    """True when `slug` is what the headline gives (or nothing), allowing the `-2` WordPress
    appends when the slug is taken: such a slug was not set by hand."""
    return not slug or _same_or_numbered(slug, title_slug(title))


def is_placeholder_slug(slug: str) -> bool:
    """A slug made from a placeholder headline (by an earlier desk, or by the site)."""
    return any(_same_or_numbered(slug, slugify(title)) for title in PLACEHOLDER_TITLES)


def _same_or_numbered(slug: str, base: str) -> bool:
    return bool(base) and (slug == base or re.fullmatch(re.escape(base) + r"-\d+", slug) is not None)
