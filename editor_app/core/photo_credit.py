"""Photo credits in the form newsrooms print them, in the article's language: "Photo: NAME".

WordPress has no credit field, so the credit travels inside the caption: the media item's
caption and the figure caption of the post. A pulled caption ending in a credit of this form is
split again, so caption and credit stay apart on the desk.
"""

from __future__ import annotations

import re

# The prefix by the article's language; English's for any other language.
CREDIT_PREFIXES = {"en": "Photo: ", "ja": "写真：", "ko": "사진: "}
_ANY_PREFIX = "|".join(re.escape(p.strip()) for p in CREDIT_PREFIXES.values())
_PREFIXED = re.compile(rf"^(?:{_ANY_PREFIX})\s*\S")
_TRAILING = re.compile(rf"(?:^|(?<=\s)|(?<=[。.、）)]))((?:{_ANY_PREFIX})\s*(\S[^\n]*?))\s*$")


def _base(lang: str) -> str:
    return lang.lower().replace("_", "-").split("-", 1)[0]


def credit_line(credit: str, lang: str) -> str:
    """'Jane Doe' → 'Photo: Jane Doe' (写真：… for Japanese, 사진: … for Korean); a credit typed
    with its prefix already is kept as typed; no credit gives ''."""
    name = " ".join(credit.split())
    if not name:
        return ""
    if _PREFIXED.match(name):
        return name
    return CREDIT_PREFIXES.get(_base(lang), CREDIT_PREFIXES["en"]) + name


def with_credit(caption: str, credit: str, lang: str) -> str:
    """The caption followed by the credit line, as the site shows it; never the credit twice."""
    line = credit_line(credit, lang)
    text = caption.strip()
    if not line:
        return text
    if not text:
        return line
    if " ".join(text.split()).endswith(line):
        return text
    return f"{text}{separator(text, line)}{line}"


def separator(caption: str, line: str) -> str:
    """What goes between a caption and its credit line: a space, but none after Japanese
    closing punctuation, as Japanese is set."""
    closed = line.startswith(CREDIT_PREFIXES["ja"]) and caption.rstrip()[-1:] in ("。", "）", "」")
    return "" if closed else " "


def split_credit(caption: str) -> tuple[str, str]:
    """(caption, credit line) of a caption that ends in a credit of the usual form, else
    (caption, '')."""
    found = _TRAILING.search(caption)
    if found is None:
        return caption.strip(), ""
    return caption[: found.start(1)].strip(), found.group(1).strip()
