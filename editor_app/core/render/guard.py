"""Cheap pre-processing that keeps Python-Markdown linear on hostile input.

Python-Markdown recurses once per nesting level (lists, quotes) and some inline scanners restart
from every opening ``[``, ``(`` or ``<`` and read to the end of the paragraph or document when
nothing closes them. Real articles never trip these limits; pathological ones are defused here:

* container prefixes (indentation, ``>`` and list markers at the start of a line) are capped at
  ``MAX_PREFIX`` columns, i.e. about twelve levels of nesting;
* in a paragraph with many brackets, ``[`` and ``(`` without a partner, or nested deeper than
  ``MAX_BRACKET_DEPTH``, are backslash-escaped so they print literally;
* when a document has many ``<`` that cannot start a tag (the next angle bracket is another
  ``<``), they are written as ``&lt;``.

Every check starts with a C-speed count or a regex that fails fast, so normal text costs almost
nothing. A defused pathological paragraph may show a stray backslash inside inline code.
"""

from __future__ import annotations

import re

MAX_PREFIX = 48
MAX_BRACKET_DEPTH = 16
BRACKET_SCAN_THRESHOLD = 32
UNCLOSED_TAG_THRESHOLD = 8

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
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
    # STX/ETX are Python-Markdown's placeholder markers; other controls are never wanted.
    text = _CONTROL.sub("", text)
    text = _LONG_PREFIX.sub(_cap_prefix, text)
    if text.count("[") > BRACKET_SCAN_THRESHOLD or text.count("(") > BRACKET_SCAN_THRESHOLD:
        text = "\n\n".join(_defuse_brackets(block) for block in text.split("\n\n"))
    if text.count("<") > UNCLOSED_TAG_THRESHOLD:
        text = _defuse_angles(text)
    return text


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
    out: list[str] = []
    last = 0
    for pos in sorted(escape):
        out.append(block[last:pos])
        out.append("\\")
        last = pos
    out.append(block[last:])
    return "".join(out)


def _defuse_angles(text: str) -> str:
    # A "<x" whose next angle bracket is another "<x" (or none) can never close as a tag, yet the
    # HTML scanner reads on to the next ">" for each one.
    marks = [(m.start(), m.group(0)) for m in _ANGLE.finditer(text)]
    unclosed = [
        pos
        for k, (pos, ch) in enumerate(marks)
        if ch == "<" and (k + 1 == len(marks) or marks[k + 1][1] == "<")
    ]
    if len(unclosed) <= UNCLOSED_TAG_THRESHOLD:
        return text
    out: list[str] = []
    last = 0
    for pos in unclosed:
        out.append(text[last:pos])
        out.append("&lt;")
        last = pos + 1
    out.append(text[last:])
    return "".join(out)
