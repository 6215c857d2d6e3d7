"""Cheap pre-processing that keeps Python-Markdown linear on hostile input.

Python-Markdown recurses once per nesting level (lists, quotes) and some inline scanners restart
from every opening ``[``, ``(`` or ``<`` and read to the end of the paragraph or document when
nothing closes them. Real articles never trip these limits; pathological ones are defused here:

* container prefixes (indentation, ``>`` and list markers at the start of a line) are capped at
  ``MAX_PREFIX`` columns, i.e. about twelve levels of nesting;
* in a paragraph with many brackets, ``[`` and ``(`` without a partner, or nested deeper than
  ``MAX_BRACKET_DEPTH``, are made literal;
* when a document has many ``<`` that cannot start a tag (the next angle bracket is another
  ``<``), they are made literal;
* Python-Markdown rebuilds a paragraph's whole text for every inline match, so a paragraph costs
  (its length) x (its inline markers). A run of lines whose product passes ``INLINE_BUDGET``
  (tens of thousands of characters dense with ``*``, ``_``, backticks, brackets...) has its
  markers made literal: it renders as plain text, every character shown, in linear time.

"Made literal" means replaced by a Unicode noncharacter (U+FDD0…, reserved for a program's
internal use and stripped from the input first) that Markdown has no rule for; `restore` puts
the character back into the finished HTML, so it prints exactly as typed, in code spans too.
Every check starts with a C-speed count or a regex that fails fast, so normal text costs almost
nothing and renders exactly as Python-Markdown renders it.
"""

from __future__ import annotations

import re

MAX_PREFIX = 48
MAX_BRACKET_DEPTH = 16
BRACKET_SCAN_THRESHOLD = 32
UNCLOSED_TAG_THRESHOLD = 8
# Characters x inline markers of one paragraph above which its markers are made literal: about
# 0.05 s of Python-Markdown's rebuilding; a 3,000-word paragraph with 300 links stays below.
INLINE_BUDGET = 8_000_000

# The stand-ins and what each becomes in the HTML (escaped where HTML needs it).
_STAND_INS = {
    "[": "\ufdd0",
    "(": "\ufdd1",
    "<": "\ufdd2",
    "*": "\ufdd3",
    "_": "\ufdd4",
    "`": "\ufdd5",
    "&": "\ufdd6",
    "\\": "\ufdd7",
    "{": "\ufdd8",
    "~": "\ufdd9",
    "!": "\ufdda",
}
_RESTORE = {ord(v): {"<": "&lt;", "&": "&amp;"}.get(k, k) for k, v in _STAND_INS.items()}
_TO_STAND_INS = str.maketrans(_STAND_INS)
_INLINE_MARKERS = tuple(_STAND_INS)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufdd0-\ufdef]")
# Where a line's inline text starts: after indentation, quote markers, a list marker or a heading.
_LINE_PREFIX = re.compile(r"[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+|#{1,6}[ \t]+)?")
_RUN_START = re.compile(r"[ \t>]*(?:[-*+]|\d{1,9}[.)]|#{1,6}|\|)(?:[ \t]|$)")
_LONG_PREFIX = re.compile(
    r"^(?=[ \t>*+\-.)0-9]{" + str(MAX_PREFIX) + r"})(?:[ \t]|>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]))+", re.M
)
_PREFIX_TOKEN = re.compile(r"[ \t]|>|[-*+]|\d{1,9}[.)]")
_FENCE = re.compile(r"^[ \t]*(?:```|~~~)", re.M)
_ANGLE = re.compile(r"<(?=[A-Za-z/!?])|>")


def defuse(text: str) -> str:
    """Return ``text`` with pathological constructs neutralised; normal Markdown is unchanged."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # STX/ETX are Python-Markdown's placeholder markers and U+FDD0… are ours; other controls
    # are never wanted.
    text = _CONTROL.sub("", text)
    text = _LONG_PREFIX.sub(_cap_prefix, text)
    if text.count("[") > BRACKET_SCAN_THRESHOLD or text.count("(") > BRACKET_SCAN_THRESHOLD:
        text = "\n\n".join(_defuse_brackets(block) for block in text.split("\n\n"))
    if text.count("<") > UNCLOSED_TAG_THRESHOLD:
        text = _defuse_angles(text)
    if len(text) * (sum(map(text.count, _INLINE_MARKERS)) + text.count("  \n")) > INLINE_BUDGET:
        text = "\n".join(_defuse_inline_runs(text.split("\n")))
    return text


def restore(html: str) -> str:
    """Put the characters `defuse` made literal back, as text of the finished HTML."""
    if not any("\ufdd0" <= ch <= "\ufdda" for ch in set(html)):
        return html
    return html.translate(_RESTORE)


def _defuse_inline_runs(lines: list[str]) -> list[str]:
    """Make the inline markers literal in each run of lines Python-Markdown would treat as one
    text (a paragraph: lines up to a blank line or the next list item, heading or table row)
    whose length x markers passes the budget."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        size = sum(len(line) for line in run)
        markers = sum(line.count(m) for line in run for m in _INLINE_MARKERS) + sum(line.endswith("  ") for line in run)
        if size * markers > INLINE_BUDGET:
            for line in run:
                prefix = _LINE_PREFIX.match(line).end()  # type: ignore[union-attr]
                out.append(line[:prefix] + line[prefix:].rstrip(" ").translate(_TO_STAND_INS))
        else:
            out.extend(run)
        run.clear()

    for line in lines:
        if not line.strip() or _RUN_START.match(line):
            flush()
        run.append(line)
    flush()
    return out


def _cap_prefix(match: re.Match[str]) -> str:
    kept: list[str] = []
    width = 0
    for token in _PREFIX_TOKEN.findall(match.group(0)):
        width += 4 if token == "\t" else len(token)
        if width > MAX_PREFIX:
            break
        kept.append(token)
    prefix = "".join(kept)
    if prefix and not prefix[-1].isspace():
        prefix += " "
    return prefix


def _defuse_brackets(block: str) -> str:
    if block.count("[") <= BRACKET_SCAN_THRESHOLD and block.count("(") <= BRACKET_SCAN_THRESHOLD:
        return block
    if _FENCE.search(block) or block.startswith("    "):
        return block  # code: leave it alone
    escape: set[int] = set()
    for opener, closer in (("[", "]"), ("(", ")")):
        stack: list[int] = []
        i = 0
        n = len(block)
        while i < n:
            ch = block[i]
            if ch == "\\":
                i += 2
                continue
            if ch == opener:
                if len(stack) >= MAX_BRACKET_DEPTH:
                    escape.add(i)
                else:
                    stack.append(i)
            elif ch == closer and stack:
                stack.pop()
            i += 1
        escape.update(stack)
    if not escape:
        return block
    chars = list(block)
    for pos in escape:
        chars[pos] = _STAND_INS[chars[pos]]
    return "".join(chars)


def _defuse_angles(text: str) -> str:
    # A "<x" whose next angle bracket is another "<x" (or none) can never close as a tag, yet the
    # HTML scanner reads on to the next ">" for each one.
    marks = [(m.start(), m.group(0)) for m in _ANGLE.finditer(text)]
    unclosed = [
        pos for k, (pos, ch) in enumerate(marks) if ch == "<" and (k + 1 == len(marks) or marks[k + 1][1] == "<")
    ]
    if len(unclosed) <= UNCLOSED_TAG_THRESHOLD:
        return text
    chars = list(text)
    for pos in unclosed:
        chars[pos] = _STAND_INS["<"]
    return "".join(chars)
